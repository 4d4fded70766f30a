import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GitLabCodeHost } from '../../../src/adapters/gitlab/gitlab-code-host.js'
import { upsertPullRequest } from '../../../src/publish/code-host.js'
import { PublishError } from '../../../src/publish/publish-error.js'
import { startGitLabServer, type FakeGitLab } from '../../fakes/gitlab-server.js'

// The real gitbeaker client against a loopback GitLab API v4.

const TOKEN = 'glpat-test-token-0000000000'
const PROJECT = 'data/analytics'

describe('GitLabCodeHost', () => {
  let gitlab: FakeGitLab
  let host: GitLabCodeHost

  beforeEach(async () => {
    gitlab = await startGitLabServer({
      projectPath: PROJECT,
      token: TOKEN,
      defaultBranch: 'trunk',
      users: ['ana', 'bo'],
    })
    host = new GitLabCodeHost({ url: gitlab.url, project: PROJECT, token: TOKEN })
  })
  afterEach(() => gitlab.close())

  const input = {
    head: 'autopilot/DATA-1',
    base: 'trunk',
    title: 'DATA-1: Add a column',
    body: 'Validated.',
    draft: false,
  }

  it('opens a merge request, then updates the same one on the next run', async () => {
    const first = await upsertPullRequest(host, input)
    expect(first).toMatchObject({ operation: 'created', number: 1, draft: false })
    expect(first.url).toBe(`${gitlab.url}/${PROJECT}/-/merge_requests/1`)
    expect(gitlab.mergeRequests[0]).toMatchObject({
      source_branch: 'autopilot/DATA-1',
      target_branch: 'trunk',
      title: 'DATA-1: Add a column',
    })
    expect(gitlab.requests.every((request) => request.headers['private-token'] === TOKEN)).toBe(true)

    const second = await upsertPullRequest(host, { ...input, body: 'Validated again.', draft: true })
    expect(second).toMatchObject({ operation: 'updated', number: 1, draft: true })
    expect(gitlab.mergeRequests).toHaveLength(1)
    expect(gitlab.mergeRequests[0]?.title).toBe('Draft: DATA-1: Add a column')
    expect(gitlab.mergeRequests[0]?.description).toContain('Validated again.')
  })

  it('opens a draft as GitLab marks one, by the title, and marks it ready later', async () => {
    const created = await host.createPullRequest({ ...input, draft: true })
    expect(created).toMatchObject({ draft: true, title: 'DATA-1: Add a column' })
    expect(gitlab.mergeRequests[0]?.title).toBe('Draft: DATA-1: Add a column')
    const ready = await host.setDraft(created, false)
    expect(ready.draft).toBe(false)
    expect(gitlab.mergeRequests[0]?.title).toBe('DATA-1: Add a column')
  })

  it('updates the merge request another run opened between our lookup and our create (409)', async () => {
    await host.createPullRequest(input)
    class RacingHost extends GitLabCodeHost {
      private looked = false
      override async findOpenPullRequest(head: string, base: string) {
        if (this.looked) return super.findOpenPullRequest(head, base)
        this.looked = true
        return undefined
      }
    }
    const raced = await upsertPullRequest(
      new RacingHost({ url: gitlab.url, project: PROJECT, token: TOKEN }),
      {
        ...input,
        body: 'second',
      },
    )
    expect(raced.operation).toBe('updated')
    expect(gitlab.requests.filter((request) => request.method === 'POST')).toHaveLength(2)
    expect(gitlab.mergeRequests).toHaveLength(1)
    expect(gitlab.mergeRequests[0]?.description).toContain('second')
  })

  it('reads the default branch, adds labels and asks users for review by username', async () => {
    expect(await host.getDefaultBranch()).toBe('trunk')
    const mr = await host.createPullRequest(input)
    await host.addLabels(mr.number, ['autopilot', 'dbt'])
    await host.addLabels(mr.number, ['dbt', 'needs-review'])
    await host.requestReviewers(mr.number, { reviewers: ['ana'], teamReviewers: [] })
    await host.requestReviewers(mr.number, { reviewers: ['bo'], teamReviewers: [] })
    expect(gitlab.mergeRequests[0]?.labels).toEqual(['autopilot', 'dbt', 'needs-review'])
    expect(gitlab.mergeRequests[0]?.reviewers.map((user) => user.username)).toEqual(['ana', 'bo'])
  })

  it('says GitLab has no team reviewers and names a missing user', async () => {
    const mr = await host.createPullRequest(input)
    await expect(
      host.requestReviewers(mr.number, { reviewers: ['ana'], teamReviewers: ['data-eng'] }),
    ).rejects.toThrow(/no team reviewers/)
    // The users are asked all the same.
    expect(gitlab.mergeRequests[0]?.reviewers.map((user) => user.username)).toEqual(['ana'])
    await expect(
      host.requestReviewers(mr.number, { reviewers: ['nobody'], teamReviewers: [] }),
    ).rejects.toThrow(/no user `nobody`/)
  })

  it('finds the project by numeric id too', async () => {
    const byId = new GitLabCodeHost({ url: gitlab.url, project: String(gitlab.projectId), token: TOKEN })
    expect(await byId.getDefaultBranch()).toBe('trunk')
  })

  it.each([
    [401, 'unauthorized', /GITLAB_TOKEN/],
    [403, 'forbidden', /api.*write_repository/],
    [404, 'not-found', /gitlab-project/],
    [500, 'unavailable', /500/],
  ])('turns a %i into a PublishError (%s) that says what to do', async (status, kind, message) => {
    gitlab.failNext(1, status)
    const error = await host.getDefaultBranch().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PublishError)
    expect(error).toMatchObject({ kind, message: expect.stringMatching(message) })
  })

  it('rejects a wrong token with the 401 advice', async () => {
    const wrong = new GitLabCodeHost({ url: gitlab.url, project: PROJECT, token: 'glpat-wrong' })
    await expect(wrong.findOpenPullRequest('a', 'b')).rejects.toMatchObject({ kind: 'unauthorized' })
  })

  it('retries a rate-limited call (429) and then succeeds', async () => {
    gitlab.failNext(2, 429)
    expect(await host.getDefaultBranch()).toBe('trunk')
    expect(
      gitlab.requests.filter((request) => request.path === `/api/v4/projects/${encodeURIComponent(PROJECT)}`),
    ).toHaveLength(3)
  })
})
