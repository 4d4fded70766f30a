import { afterEach, describe, expect, it } from '@jest/globals'
import { GitHubIssueSource } from '../../../src/adapters/github/github-issue-source.js'
import { TicketError } from '../../../src/tickets/ticket.js'
import { startGitHubServer, type GitHubFake } from '../../fakes/github-server.js'
import { githubRepo } from '../../fakes/github-client.js'

let github: GitHubFake | undefined

afterEach(async () => {
  await github?.close()
  github = undefined
})

async function failure(promise: Promise<unknown>): Promise<TicketError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof TicketError)) throw new Error(`expected a TicketError, got ${String(error)}`)
  return error
}

async function start() {
  github = await startGitHubServer({
    token: 'ghs_good',
    issues: [
      {
        number: 42,
        title: 'Add customer tenure',
        body: 'Add `tenure_days` to `dim_customers`.\n\n- [ ] not null',
        labels: ['autopilot', 'dbt'],
        updated_at: '2026-11-21T10:00:00Z',
      },
      { number: 43, title: 'Empty', body: null, labels: [] },
      { number: 44, title: 'A PR', body: 'Closes #42', labels: [], pull_request: true },
    ],
  })
  return github
}

const sourceFor = (server: GitHubFake, token = 'ghs_good') =>
  new GitHubIssueSource(githubRepo(server.url, token))

describe('GitHubIssueSource', () => {
  it('reads an issue through Octokit and maps it to a ticket', async () => {
    const server = await start()
    const ticket = await sourceFor(server).fetch('#42')
    expect(ticket).toEqual({
      key: '#42',
      source: 'github',
      title: 'Add customer tenure',
      body: 'Add `tenure_days` to `dim_customers`.\n\n- [ ] not null',
      labels: ['autopilot', 'dbt'],
      url: 'https://github.com/acme/analytics/issues/42',
      fields: { State: 'open' },
      updated: '2026-11-21T10:00:00Z',
    })
    const request = server.requests.find((r) => r.path === '/repos/acme/analytics/issues/42')
    expect(request?.headers.authorization).toBe('token ghs_good')
  })

  it('accepts a ready-made Octokit and an issue with no body', async () => {
    const server = await start()
    const ticket = await new GitHubIssueSource(githubRepo(server.url, 'ghs_good')).fetch('43')
    expect(ticket.body).toBe('')
    expect(ticket.key).toBe('#43')
  })

  it('refuses a pull request passed as an issue', async () => {
    const server = await start()
    const error = await failure(sourceFor(server).fetch('#44'))
    expect(error.kind).toBe('invalid')
    expect(error.message).toContain('#44 in acme/analytics is a pull request, not an issue')
  })

  it('maps 404, 401 and 403 to ticket errors that name `github-token`', async () => {
    const server = await start()
    const missing = await failure(sourceFor(server).fetch('#999'))
    expect(missing.kind).toBe('not-found')
    expect(missing.message).toContain('GitHub has no issue #999 in acme/analytics')

    const rejected = await failure(sourceFor(server, 'ghs_stale').fetch('#42'))
    expect(rejected.kind).toBe('unauthorized')
    expect(rejected.message).toContain('`github-token`')

    server.failures.push({ method: 'GET', pathPrefix: '/repos/acme/analytics/issues/42', status: 403 })
    const forbidden = await failure(sourceFor(server).fetch('#42'))
    expect(forbidden.kind).toBe('forbidden')
    expect(forbidden.message).toContain('issues: read')
  })

  it('reports an exhausted rate limit with the wait GitHub asked for', async () => {
    const server = await start()
    server.failures.push({
      method: 'GET',
      pathPrefix: '/repos/acme/analytics/issues/42',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'retry-after': '60' },
      body: { message: 'API rate limit exceeded' },
    })
    const error = await failure(sourceFor(server).fetch('#42'))
    expect(error.kind).toBe('rate-limited')
    expect(error.retryAfterMs).toBe(60_000)
  })

  it('refuses keys that are not issue numbers without calling GitHub', async () => {
    const server = await start()
    const error = await failure(sourceFor(server).fetch('#42/../../admin'))
    expect(error.kind).toBe('invalid')
    expect(server.requests).toHaveLength(0)
  })
})
