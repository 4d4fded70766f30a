import { afterEach, describe, expect, it } from '@jest/globals'
import { ticketMarker } from '../../src/report/pr-body.js'
import { GitHubRepository } from '../../src/adapters/github/github-repository.js'
import { resolveRevision } from '../../src/triggers/resolve-revision.js'
import { routeEvent } from '../../src/triggers/route-event.js'
import type { ReviseRequest } from '../../src/triggers/request.js'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { githubRepo } from '../fakes/github-client.js'
import { pullRequestCommentPayload } from './webhook-examples.js'

const TOKEN = 'ghs_trigger'

let fake: GitHubFake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

interface SeededPull {
  head: string
  body: string | null
  state?: 'open' | 'closed'
}

async function withPull(pull: SeededPull): Promise<GitHubRepository> {
  fake = await startGitHubServer({ token: TOKEN })
  const now = new Date().toISOString()
  fake.state.pulls.push({
    id: 9001,
    node_id: 'PR_9001',
    number: 1,
    title: 'DATA-123: Add customer count',
    body: pull.body,
    state: pull.state ?? 'open',
    draft: false,
    head: pull.head,
    base: 'main',
    labels: [],
    html_url: 'https://github.com/acme/analytics/pull/1',
    created_at: now,
    updated_at: now,
    user: 'github-actions[bot]',
  })
  return new GitHubRepository(githubRepo(fake.url, TOKEN))
}

function reviseRequest(): ReviseRequest {
  const request = routeEvent('issue_comment', pullRequestCommentPayload('/autopilot use left join'), {
    triggerLabel: 'autopilot',
    triggerPhrase: '/autopilot',
    branchPrefix: 'autopilot/',
  })
  if (request.kind !== 'revise') throw new Error(`expected a revise request, got ${request.kind}`)
  return request
}

describe('resolveRevision against the loopback GitHub', () => {
  it('resolves the branch, base and ticket of a pull request Autopilot opened', async () => {
    const repo = await withPull({
      head: 'autopilot/DATA-123',
      body: `Summary\n\n${ticketMarker('DATA-123')}\n`,
    })
    expect(await resolveRevision(reviseRequest(), repo, 'autopilot/')).toEqual({
      kind: 'revise',
      event: 'issue_comment',
      prNumber: 1,
      instruction: 'use left join',
      actor: { login: 'Codertocat', bot: false },
      commentId: 492700400,
      branch: 'autopilot/DATA-123',
      baseBranch: 'main',
      ticket: 'DATA-123',
      prUrl: 'https://github.com/acme/analytics/pull/1',
    })
    expect(fake?.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/analytics/pulls/1'])
  })

  it('refuses a pull request without the Autopilot marker', async () => {
    const repo = await withPull({ head: 'autopilot/DATA-123', body: 'A human wrote this.' })
    expect(await resolveRevision(reviseRequest(), repo, 'autopilot/')).toMatchObject({
      kind: 'skip',
      reason: 'not-autopilot-pr',
      message: expect.stringContaining('no Autopilot ticket marker'),
    })
  })

  it('refuses a pull request whose head is not under the branch prefix, even with the marker', async () => {
    const repo = await withPull({ head: 'feature/orders', body: ticketMarker('DATA-123') })
    expect(await resolveRevision(reviseRequest(), repo, 'autopilot/')).toMatchObject({
      kind: 'skip',
      reason: 'not-autopilot-pr',
      message: expect.stringContaining('`feature/orders`'),
    })
  })

  it('skips a closed Autopilot pull request', async () => {
    const repo = await withPull({
      head: 'autopilot/DATA-123',
      body: ticketMarker('DATA-123'),
      state: 'closed',
    })
    expect(await resolveRevision(reviseRequest(), repo, 'autopilot/')).toMatchObject({
      kind: 'skip',
      reason: 'pull-request-closed',
    })
  })
})
