import { afterEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'

let fake: GitHubFake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

describe('loopback GitHub server through real Octokit', () => {
  it('serves issues, comments, labels and permissions with real shapes', async () => {
    fake = await startGitHubServer({
      token: 'ghs_good',
      issues: [
        { number: 42, title: 'Add orders mart', body: 'Please', labels: ['autopilot'] },
        { number: 43, title: 'A PR', body: null, labels: [], pull_request: true },
      ],
    })
    fake.state.permissions.alice = 'write'
    const octokit = getOctokit('ghs_good', { baseUrl: fake.url })
    const repo = { owner: 'acme', repo: 'analytics' }

    const { data: repository } = await octokit.rest.repos.get(repo)
    expect(repository.default_branch).toBe('main')

    const { data: issue } = await octokit.rest.issues.get({ ...repo, issue_number: 42 })
    expect(issue).toMatchObject({ number: 42, title: 'Add orders mart', labels: [{ name: 'autopilot' }] })
    expect(issue.pull_request).toBeUndefined()
    const { data: prIssue } = await octokit.rest.issues.get({ ...repo, issue_number: 43 })
    expect(prIssue.pull_request?.url).toContain('/pulls/43')

    const { data: comment, status } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 42,
      body: 'hi',
    })
    expect(status).toBe(201)
    await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'edited' })
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 42 })
    expect(comments.map((c) => c.body)).toEqual(['edited'])

    await octokit.rest.issues.addLabels({ ...repo, issue_number: 42, labels: ['dbt'] })
    expect(fake.state.issues[0]?.labels).toEqual(['autopilot', 'dbt'])

    const { data: perm } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: 'alice',
    })
    expect(perm.permission).toBe('write')
    const { data: other } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: 'bob',
    })
    expect(other.permission).toBe('read')
  })

  it('paginates comment lists with Link headers', async () => {
    fake = await startGitHubServer({ issues: [{ number: 1, title: 't', body: '', labels: [] }] })
    const octokit = getOctokit('any', { baseUrl: fake.url })
    for (let i = 0; i < 5; i++) {
      await octokit.rest.issues.createComment({
        owner: 'acme',
        repo: 'analytics',
        issue_number: 1,
        body: `c${i}`,
      })
    }
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'acme',
      repo: 'analytics',
      issue_number: 1,
      per_page: 2,
    })
    expect(all.map((c) => c.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4'])
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(3)
  })

  it('answers 404, 401 and injected failures the way GitHub does, and strips a GHES prefix', async () => {
    fake = await startGitHubServer({ token: 'ghs_good' })
    const ghes = getOctokit('ghs_good', { baseUrl: `${fake.url}/api/v3` })
    await expect(
      ghes.rest.issues.get({ owner: 'acme', repo: 'analytics', issue_number: 9 }),
    ).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Not Found' } },
    })
    expect(fake.requests[0]?.path).toBe('/repos/acme/analytics/issues/9')

    const bad = getOctokit('ghs_bad', { baseUrl: fake.url })
    await expect(bad.rest.repos.get({ owner: 'acme', repo: 'analytics' })).rejects.toMatchObject({
      status: 401,
      response: { data: { message: 'Bad credentials' } },
    })

    fake.failures.push({
      method: 'GET',
      pathPrefix: '/repos/acme/analytics',
      status: 403,
      body: { message: 'nope' },
    })
    await expect(ghes.rest.repos.get({ owner: 'acme', repo: 'analytics' })).rejects.toMatchObject({
      status: 403,
    })
    await expect(ghes.rest.repos.get({ owner: 'acme', repo: 'analytics' })).resolves.toMatchObject({
      status: 200,
    })
  })
})

describe('loopback GitHub GraphQL through real Octokit', () => {
  const repo = { owner: 'acme', repo: 'analytics' }
  const READY = `mutation($id: ID!) {
    markPullRequestReadyForReview(input: { pullRequestId: $id }) { pullRequest { id isDraft number } }
  }`
  const TO_DRAFT = `mutation($input: ConvertPullRequestToDraftInput!) {
    convertPullRequestToDraft(input: $input) { pullRequest { isDraft } }
  }`

  async function draftPull(
    token = 'ghs_good',
  ): Promise<{ nodeId: string; octokit: ReturnType<typeof getOctokit> }> {
    fake = await startGitHubServer({ token })
    const octokit = getOctokit(token, { baseUrl: fake.url })
    const { data } = await octokit.rest.pulls.create({
      ...repo,
      head: 'feature',
      base: 'main',
      title: 't',
      draft: true,
    })
    return { nodeId: data.node_id, octokit }
  }

  it('flips the stored pull request found by node_id and answers in GraphQL’s shape', async () => {
    const { nodeId, octokit } = await draftPull()
    expect(nodeId).toBe(fake?.state.pulls[0]?.node_id)

    await expect(octokit.graphql(READY, { id: nodeId })).resolves.toEqual({
      markPullRequestReadyForReview: { pullRequest: { id: nodeId, isDraft: false, number: 1 } },
    })
    expect(fake?.state.pulls[0]?.draft).toBe(false)
    const { data: ready } = await octokit.rest.pulls.get({ ...repo, pull_number: 1 })
    expect(ready).toMatchObject({ draft: false, node_id: nodeId })

    await expect(octokit.graphql(TO_DRAFT, { input: { pullRequestId: nodeId } })).resolves.toEqual({
      convertPullRequestToDraft: { pullRequest: { isDraft: true } },
    })
    expect(fake?.state.pulls[0]?.draft).toBe(true)
  })

  it('answers errors with HTTP 200 and an errors array, as GitHub does', async () => {
    const { octokit } = await draftPull()

    await expect(octokit.graphql(READY, { id: 'PR_unknown' })).rejects.toMatchObject({
      name: 'GraphqlResponseError',
      errors: [
        { type: 'NOT_FOUND', message: "Could not resolve to a node with the global id of 'PR_unknown'." },
      ],
      data: { markPullRequestReadyForReview: null },
    })
    await expect(
      octokit.graphql('mutation { mergePullRequest(input: { pullRequestId: "x" }) { clientMutationId } }'),
    ).rejects.toMatchObject({
      errors: [{ message: "Field 'mergePullRequest' doesn't exist on type 'Mutation'" }],
    })
    expect(fake?.state.pulls[0]?.draft).toBe(true)
  })

  it('authenticates like REST, serves GHES at /api/graphql only, and takes injected failures', async () => {
    const { nodeId } = await draftPull()
    const bad = getOctokit('ghs_bad', { baseUrl: fake?.url })
    await expect(bad.graphql(READY, { id: nodeId })).rejects.toMatchObject({
      status: 401,
      response: { data: { message: 'Bad credentials' } },
    })

    const ghes = getOctokit('ghs_good', { baseUrl: `${fake?.url}/api/v3` })
    fake?.failures.push({
      method: 'POST',
      pathPrefix: '/graphql',
      status: 200,
      body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] },
    })
    await expect(ghes.graphql(READY, { id: nodeId })).rejects.toMatchObject({
      errors: [{ type: 'FORBIDDEN' }],
    })
    expect(fake?.state.pulls[0]?.draft).toBe(true)
    await expect(ghes.graphql(READY, { id: nodeId })).resolves.toMatchObject({
      markPullRequestReadyForReview: { pullRequest: { isDraft: false } },
    })
    expect(fake?.requests.slice(-2).map((r) => [r.rawPath, r.path])).toEqual([
      ['/api/graphql', '/graphql'],
      ['/api/graphql', '/graphql'],
    ])

    const wrongRoot = getOctokit('ghs_good', { baseUrl: fake?.url })
    await expect(
      wrongRoot.request('POST /api/v3/graphql', { query: READY, variables: { id: nodeId } }),
    ).rejects.toMatchObject({ status: 404 })
  })
})
