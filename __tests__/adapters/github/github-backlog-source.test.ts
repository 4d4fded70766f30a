import { afterEach, describe, expect, it } from '@jest/globals'
import { BacklogError } from '../../../src/backlog/backlog-item.js'
import {
  GitHubBacklogSource,
  GitHubOpenPullRequests,
} from '../../../src/adapters/github/github-backlog-source.js'
import { startGitHubServer, type FakeIssue, type GitHubFake } from '../../fakes/github-server.js'
import { githubRepo } from '../../fakes/github-client.js'

let github: GitHubFake | undefined
afterEach(async () => {
  await github?.close()
  github = undefined
})

function issue(number: number, labels: string[], extra: Partial<FakeIssue> = {}): FakeIssue {
  return { number, title: `Issue ${number}`, body: 'text', labels, ...extra }
}

describe('GitHubBacklogSource', () => {
  it('lists open issues with the label through Octokit, across pages, without pull requests', async () => {
    const many = Array.from({ length: 130 }, (_, n) => issue(n + 1, ['autopilot']))
    github = await startGitHubServer({
      token: 'ghs_good',
      issues: [
        ...many,
        issue(200, ['dbt']),
        issue(201, ['autopilot'], { state: 'closed' }),
        issue(202, ['autopilot'], { pull_request: true }),
      ],
    })
    const items = await new GitHubBacklogSource(githubRepo(github.url, 'ghs_good')).list('autopilot')

    expect(items).toHaveLength(130)
    expect(items.map((i) => i.key)).not.toEqual(expect.arrayContaining(['#200', '#201', '#202']))
    const lists = github.requests.filter((r) => r.path === '/repos/acme/analytics/issues')
    expect(lists).toHaveLength(2)
    expect(lists[0]?.query).toMatchObject({ labels: 'autopilot', state: 'open', per_page: '100' })
  })

  it('takes the priority from priority:<level> labels (the highest wins) and keeps the timestamps', async () => {
    github = await startGitHubServer({
      token: 'ghs_good',
      issues: [
        issue(1, ['autopilot', 'priority:high'], {
          created_at: '2026-10-01T08:00:00Z',
          updated_at: '2026-11-02T08:00:00Z',
        }),
        issue(2, ['autopilot', 'Priority: Lowest']),
        issue(3, ['autopilot']),
        issue(4, ['autopilot', 'priority:low', 'priority:highest']),
      ],
    })
    const items = await new GitHubBacklogSource(githubRepo(github.url, 'ghs_good')).list('autopilot')
    const byKey = Object.fromEntries(items.map((i) => [i.key, i]))
    expect(byKey['#1']).toEqual({
      key: '#1',
      title: 'Issue 1',
      priority: 'High',
      createdAt: '2026-10-01T08:00:00.000Z',
      updatedAt: '2026-11-02T08:00:00.000Z',
      labels: ['autopilot', 'priority:high'],
    })
    expect([byKey['#2']?.priority, byKey['#3']?.priority, byKey['#4']?.priority]).toEqual([
      'Lowest',
      'Medium',
      'Highest',
    ])
  })

  it('names the permission to grant when the token is refused', async () => {
    github = await startGitHubServer({ token: 'ghs_good', issues: [issue(1, ['autopilot'])] })
    github.failures.push({ method: 'GET', pathPrefix: '/repos/acme/analytics/issues', status: 403 })
    const error = await new GitHubBacklogSource(githubRepo(github.url, 'ghs_good'))
      .list('autopilot')
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BacklogError)
    expect(String(error)).toMatch(/`issues: read` \(set `permissions:` in the job\)/)
  })
})

describe('GitHubOpenPullRequests', () => {
  it('lists the head branches of open pull requests only', async () => {
    github = await startGitHubServer({ token: 'ghs_good' })
    const now = new Date().toISOString()
    for (const [number, head, state] of [
      [10, 'autopilot/DATA-2', 'open'],
      [11, 'autopilot/DATA-3', 'closed'],
      [12, 'feature/x', 'open'],
    ] as const) {
      github.state.pulls.push({
        id: number,
        node_id: `PR_${number}`,
        number,
        title: head,
        body: null,
        state,
        draft: false,
        head,
        base: 'main',
        labels: [],
        html_url: `https://github.com/acme/analytics/pull/${number}`,
        created_at: now,
        updated_at: now,
        user: 'github-actions[bot]',
      })
    }
    const heads = await new GitHubOpenPullRequests(githubRepo(github.url, 'ghs_good')).listOpenHeads()
    expect(heads.sort()).toEqual(['autopilot/DATA-2', 'feature/x'])
  })
})
