import { afterEach, describe, expect, it } from '@jest/globals'
import { upsertPullRequest } from '../../src/publish/code-host.js'
import { ownedRegion } from '../../src/publish/owned-region.js'
import { OctokitCodeHost } from '../../src/adapters/github/octokit-code-host.js'
import { PublishError } from '../../src/publish/publish-error.js'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { githubRepo } from '../fakes/github-client.js'

const TOKEN = 'ghs_valid'
const PR = {
  head: 'autopilot/DATA-123',
  base: 'main',
  title: 'DATA-123: Add customer count',
  body: 'v1',
  draft: true,
}

let fake: GitHubFake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

async function host(token = TOKEN, prefix = ''): Promise<{ fake: GitHubFake; host: OctokitCodeHost }> {
  fake = await startGitHubServer({ token, defaultBranch: 'trunk' })
  return {
    fake,
    host: new OctokitCodeHost(githubRepo(fake.url + prefix, TOKEN)),
  }
}

describe('upsertPullRequest through real Octokit and the loopback GitHub', () => {
  it('creates a draft pull request the first time', async () => {
    const { fake, host: codeHost } = await host()

    const result = await upsertPullRequest(codeHost, PR)

    expect(result).toEqual({
      operation: 'created',
      number: 1,
      url: 'https://github.com/acme/analytics/pull/1',
      draft: true,
    })
    expect(fake.state.pulls[0]).toMatchObject({
      head: 'autopilot/DATA-123',
      base: 'main',
      draft: true,
      body: ownedRegion('v1'),
    })
    const create = fake.requests.find((r) => r.method === 'POST')
    expect(create?.headers.authorization).toBe(`token ${TOKEN}`)
  })

  it('updates the open pull request on a rerun instead of opening another', async () => {
    const { fake, host: codeHost } = await host()
    await upsertPullRequest(codeHost, PR)

    const result = await upsertPullRequest(codeHost, {
      ...PR,
      title: 'DATA-123: Add customer counts',
      body: 'v2',
      draft: false,
    })

    expect(result).toMatchObject({ operation: 'updated', number: 1, draft: false })
    expect(fake.state.pulls).toHaveLength(1)
    expect(fake.state.pulls[0]).toMatchObject({
      title: 'DATA-123: Add customer counts',
      body: ownedRegion('v2'),
    })
    const lookup = fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/pulls'))[1]
    expect(lookup?.query).toMatchObject({ state: 'open', head: 'acme:autopilot/DATA-123', base: 'main' })
  })

  it('opens a new pull request when the earlier one was closed', async () => {
    const { fake, host: codeHost } = await host()
    await upsertPullRequest(codeHost, PR)
    const first = fake.state.pulls[0]
    if (first) first.state = 'closed'

    const result = await upsertPullRequest(codeHost, PR)

    expect(result).toMatchObject({ operation: 'created', number: 2 })
  })

  it('updates the pull request a concurrent run created between lookup and create (422 race)', async () => {
    const { fake, host: codeHost } = await host()
    await upsertPullRequest(codeHost, PR)
    // The lookup sees no PR, as if the other run's create had not landed yet.
    fake.failures.push({ method: 'GET', pathPrefix: '/repos/acme/analytics/pulls', status: 200, body: [] })

    const result = await upsertPullRequest(codeHost, { ...PR, body: 'from the second run' })

    expect(result).toMatchObject({ operation: 'updated', number: 1 })
    expect(fake.state.pulls).toHaveLength(1)
    expect(fake.state.pulls[0]?.body).toBe(ownedRegion('from the second run'))
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/analytics/pulls',
      'POST /repos/acme/analytics/pulls',
      'GET /repos/acme/analytics/pulls',
      'POST /repos/acme/analytics/pulls',
      'GET /repos/acme/analytics/pulls',
      'PATCH /repos/acme/analytics/pulls/1',
    ])
  })

  it('works against a GHES-style /api/v3 root and reads the default branch', async () => {
    const { fake, host: codeHost } = await host(TOKEN, '/api/v3')

    await expect(codeHost.getDefaultBranch()).resolves.toBe('trunk')
    expect(fake.requests[0]?.path).toBe('/repos/acme/analytics')
  })
})

describe('the draft state follows the latest run', () => {
  const graphqlCalls = (fake: GitHubFake) => fake.requests.filter((r) => r.path === '/graphql')

  it('marks a draft ready for review when the rerun passes', async () => {
    const { fake, host: codeHost } = await host()
    await upsertPullRequest(codeHost, PR)

    const result = await upsertPullRequest(codeHost, { ...PR, draft: false })

    expect(result).toEqual({
      operation: 'updated',
      number: 1,
      url: 'https://github.com/acme/analytics/pull/1',
      draft: false,
    })
    expect(fake.state.pulls[0]?.draft).toBe(false)
    const [call] = graphqlCalls(fake)
    expect(call?.rawPath).toBe('/graphql')
    expect(call?.headers.authorization).toBe(`token ${TOKEN}`)
    expect(call?.body).toMatchObject({
      query: expect.stringContaining('markPullRequestReadyForReview'),
      variables: { id: fake.state.pulls[0]?.node_id },
    })
  })

  it('converts a ready pull request back to a draft when the rerun fails validation', async () => {
    const { fake, host: codeHost } = await host()
    await upsertPullRequest(codeHost, { ...PR, draft: false })

    const result = await upsertPullRequest(codeHost, { ...PR, body: 'v2', draft: true })

    expect(result).toMatchObject({ operation: 'updated', draft: true })
    expect(result.warning).toBeUndefined()
    expect(fake.state.pulls[0]).toMatchObject({ draft: true, body: ownedRegion('v2') })
    expect(graphqlCalls(fake)[0]?.body).toMatchObject({
      query: expect.stringContaining('convertPullRequestToDraft'),
    })
  })

  it('makes no GraphQL call when the draft state already matches', async () => {
    const { fake, host: codeHost } = await host()
    await upsertPullRequest(codeHost, PR)

    const result = await upsertPullRequest(codeHost, { ...PR, body: 'v2' })

    expect(result).toMatchObject({ operation: 'updated', draft: true })
    expect(fake.state.pulls[0]?.body).toBe(ownedRegion('v2'))
    expect(graphqlCalls(fake)).toHaveLength(0)
  })

  it('a refused mutation warns, keeps the run going and reports the actual state', async () => {
    const { fake, host: codeHost } = await host()
    await upsertPullRequest(codeHost, PR)
    // GitHub's answer for a token without `pull-requests: write`: HTTP 200 with an `errors` array.
    fake.failures.push({
      method: 'POST',
      pathPrefix: '/graphql',
      status: 200,
      body: {
        data: { markPullRequestReadyForReview: null },
        errors: [
          {
            type: 'FORBIDDEN',
            path: ['markPullRequestReadyForReview'],
            message: 'Resource not accessible by integration',
          },
        ],
      },
    })

    const result = await upsertPullRequest(codeHost, { ...PR, body: 'v2', draft: false })

    expect(result).toMatchObject({ operation: 'updated', number: 1, draft: true })
    expect(result.warning).toContain(
      'Pull request #1 stays a draft though this run wants it ready for review',
    )
    expect(result.warning).toContain('FORBIDDEN: Resource not accessible by integration')
    expect(result.warning).toContain('`pull-requests: write`')
    expect(result.warning).toContain('https://github.com/acme/analytics/pull/1')
    expect(fake.state.pulls[0]).toMatchObject({ draft: true, body: ownedRegion('v2') })
  })

  it('a GraphQL endpoint that stays down warns instead of failing the run', async () => {
    const { fake, host: codeHost } = await host()
    await upsertPullRequest(codeHost, { ...PR, draft: false })
    const down = { method: 'POST', pathPrefix: '/graphql', status: 502, body: { message: 'Server Error' } }
    fake.failures.push(down, down, down) // the first answer and both retries

    const result = await upsertPullRequest(codeHost, PR)

    expect(result).toMatchObject({ operation: 'updated', draft: false })
    expect(result.warning).toMatch(
      /stays ready for review though this run wants it a draft.*502 Server Error/,
    )
    expect(fake.state.pulls[0]?.draft).toBe(false)
  })

  it('reaches the GHES GraphQL endpoint /api/graphql from an /api/v3 REST root', async () => {
    const { fake, host: codeHost } = await host(TOKEN, '/api/v3')
    await upsertPullRequest(codeHost, PR)

    const result = await upsertPullRequest(codeHost, { ...PR, draft: false })

    expect(result).toMatchObject({ draft: false })
    expect(result.warning).toBeUndefined()
    expect(graphqlCalls(fake).map((r) => r.rawPath)).toEqual(['/api/graphql'])
  })
})

describe('GitHub errors say what to do', () => {
  it('401 points at the github-token input', async () => {
    const { host: codeHost } = await host('ghs_other')

    const error = await upsertPullRequest(codeHost, PR).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(PublishError)
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401 })
    expect((error as Error).message).toMatch(/Bad credentials.*`github-token`/)
  })

  it('403 on create names the permissions and the repository setting', async () => {
    const { fake, host: codeHost } = await host()
    fake.failures.push({
      method: 'POST',
      pathPrefix: '/repos/acme/analytics/pulls',
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', status: '403' },
    })

    const error = await upsertPullRequest(codeHost, PR).catch((e: unknown) => e)

    expect(error).toMatchObject({ kind: 'forbidden', status: 403 })
    expect((error as Error).message).toContain('`pull-requests: write`')
    expect((error as Error).message).toContain('Allow GitHub Actions to create and approve pull requests')
  })

  it('404 says the repository is missing or invisible to the token', async () => {
    fake = await startGitHubServer({ token: TOKEN })
    const codeHost = new OctokitCodeHost(githubRepo(fake.url, TOKEN, { owner: 'acme', repo: 'nope' }))

    await expect(codeHost.getDefaultBranch()).rejects.toMatchObject({
      kind: 'not-found',
      message: expect.stringContaining('acme/nope'),
    })
  })

  it('other 422s surface GitHub’s reason', async () => {
    const { host: codeHost } = await host()

    await expect(upsertPullRequest(codeHost, { ...PR, head: 'main' })).rejects.toMatchObject({
      kind: 'invalid-request',
      message: expect.stringContaining('No commits between main and main'),
    })
  })

  it('an unreachable server is reported as unavailable', async () => {
    const { fake, host: codeHost } = await host()
    await fake.close()

    await expect(codeHost.getDefaultBranch()).rejects.toMatchObject({ kind: 'unavailable' })
  })
})

describe('reviewers and labels after the upsert', () => {
  it('requests user and team reviewers and adds labels to the pull request', async () => {
    const { fake, host: codeHost } = await host()
    const pr = await upsertPullRequest(codeHost, PR)

    await codeHost.requestReviewers(pr.number, { reviewers: ['alice'], teamReviewers: ['finance'] })
    await codeHost.addLabels(pr.number, ['autopilot', 'needs-data-review'])
    await codeHost.addLabels(pr.number, ['autopilot'])

    expect(fake.state.pulls[0]).toMatchObject({
      requested_reviewers: ['alice'],
      requested_teams: ['finance'],
      labels: ['autopilot', 'needs-data-review'],
    })
    const request = fake.requests.find((r) => r.path.endsWith('/requested_reviewers'))
    expect(request).toMatchObject({
      method: 'POST',
      path: '/repos/acme/analytics/pulls/1/requested_reviewers',
      body: { reviewers: ['alice'], team_reviewers: ['finance'] },
    })
  })

  it('sends nothing when there is nobody to ask and no label to add', async () => {
    const { fake, host: codeHost } = await host()
    const pr = await upsertPullRequest(codeHost, PR)
    const before = fake.requests.length

    await codeHost.requestReviewers(pr.number, { reviewers: [], teamReviewers: [] })
    await codeHost.addLabels(pr.number, [])

    expect(fake.requests).toHaveLength(before)
  })

  it('turns a refused review request into a PublishError that says why', async () => {
    const { fake, host: codeHost } = await host()
    const pr = await upsertPullRequest(codeHost, PR)
    fake.state.permissions.mallory = 'none'

    const asking = codeHost.requestReviewers(pr.number, { reviewers: ['mallory'], teamReviewers: [] })

    await expect(asking).rejects.toThrow(PublishError)
    await expect(asking).rejects.toMatchObject({ status: 422 })
    await expect(asking).rejects.toThrow(/requesting reviewers on pull request #1/)
  })
})
