import { afterEach, describe, expect, it } from '@jest/globals'
import { BacklogError } from '../../src/backlog/backlog-item.js'
import { backlogMatrix } from '../../src/backlog/backlog-matrix.js'
import { parseBacklogQuery } from '../../src/backlog/backlog-query.js'
import { planBacklogRun } from '../../src/backlog/plan-backlog-run.js'
import { readRunEnvironment } from '../../src/config/run-environment.js'
import { defaultInputs, parseSettings } from '../../src/config/settings.js'
import { openBacklog } from '../../src/run/compose.js'
import { MemoryLog } from '../../src/shared/log.js'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { startJiraServer, type FakeJira } from '../fakes/jira-server.js'
import { jiraIssue } from './fixtures.js'

let jira: FakeJira | undefined
let github: GitHubFake | undefined
afterEach(async () => {
  await Promise.all([jira?.close(), github?.close()])
  jira = undefined
  github = undefined
})

function openPull(fake: GitHubFake, number: number, head: string): void {
  const now = new Date().toISOString()
  fake.state.pulls.push({
    ...{ id: number, node_id: `PR_${number}`, number, title: head, body: null, state: 'open', draft: false },
    ...{ head, base: 'main', labels: [], html_url: `https://github.com/acme/analytics/pull/${number}` },
    ...{ created_at: now, updated_at: now, user: 'github-actions[bot]' },
  })
}

/** The backlog's adapters as the composition root builds them from the inputs, and the plan's options. */
function backlogRun(query: string, inputs: Record<string, string>, githubUrl?: string) {
  const settings = parseSettings({ ...defaultInputs(), 'backlog-query': query, ...inputs })
  const environment = readRunEnvironment(
    githubUrl ? { GITHUB_REPOSITORY: 'acme/analytics', GITHUB_API_URL: githubUrl } : {},
  )
  const parsed = parseBacklogQuery(query)
  return { query: parsed, ...openBacklog(parsed, settings, environment, new MemoryLog()) }
}

describe('planBacklogRun', () => {
  it('plans a paginated Jira backlog against open pull requests and history, into the matrix', async () => {
    const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00.000+0000`
    jira = await startJiraServer({
      auth: { bearer: 'jira-pat' },
      issues: {
        'DATA-1': jiraIssue('DATA-1', { priority: 'Low', created: at(1) }),
        'DATA-2': jiraIssue('DATA-2', { priority: 'High', created: at(5) }),
        'DATA-3': jiraIssue('DATA-3', { priority: 'High', created: at(2) }),
        'DATA-4': jiraIssue('DATA-4', { priority: 'Highest', created: at(3) }),
        'DATA-5': jiraIssue('DATA-5', { priority: 'Medium', created: at(1), updated: at(4) }),
        'DATA-6': jiraIssue('DATA-6', { priority: 'Highest', created: at(1) }),
        'DATA-7': jiraIssue('DATA-7', { priority: 'Lowest', created: at(1) }),
      },
    })
    github = await startGitHubServer({ token: 'ghs_good' })
    openPull(github, 31, 'autopilot/DATA-6')

    const plan = await planBacklogRun({
      ...backlogRun(
        'project = DATA AND labels = autopilot',
        { 'jira-url': jira.url, 'jira-bearer-token': 'jira-pat', 'github-token': 'ghs_good' },
        github.url,
      ),
      history: new Map([['DATA-5', { status: 'failed:validation', at: '2026-11-06T00:00:00Z' }]]),
      branchPrefix: 'autopilot/',
      maxTickets: 4,
    })

    expect(JSON.parse(backlogMatrix(plan).matrix)).toEqual({
      include: [{ ticket: 'DATA-4' }, { ticket: 'DATA-3' }, { ticket: 'DATA-2' }, { ticket: 'DATA-1' }],
    })
    expect(plan.skipped.map((s) => [s.item.key, s.reason])).toEqual([
      ['DATA-5', 'failed-unchanged'],
      ['DATA-6', 'open-pr'],
      ['DATA-7', 'over-max-tickets'],
    ])
    expect(jira.requests.filter((r) => r.path === '/rest/api/3/search/jql').length).toBe(1)
    expect(github.requests.some((r) => r.path === '/repos/acme/analytics/pulls')).toBe(true)
  })

  it('plans a GitHub label backlog through the same call', async () => {
    github = await startGitHubServer({
      token: 'ghs_good',
      issues: [
        { number: 5, title: 'Old', body: '', labels: ['autopilot'], created_at: '2026-01-01T00:00:00Z' },
        { number: 6, title: 'Urgent', body: '', labels: ['autopilot', 'priority:high'] },
        { number: 7, title: 'Has PR', body: '', labels: ['autopilot'] },
        { number: 8, title: 'Unlabelled', body: '', labels: [] },
      ],
    })
    openPull(github, 40, 'autopilot/issue-7')
    const plan = await planBacklogRun({
      ...backlogRun('label:autopilot', { 'github-token': 'ghs_good' }, github.url),
      history: new Map(),
      branchPrefix: 'autopilot/',
      maxTickets: 5,
    })
    expect(plan.selected.map((i) => i.key)).toEqual(['#6', '#5'])
    expect(plan.skipped.map((s) => [s.item.key, s.reason])).toEqual([['#7', 'open-pr']])
  })

  it('says which inputs are missing for a JQL query without Jira settings', () => {
    expect(() => backlogRun('jql:project = DATA', {})).toThrow(BacklogError)
    expect(() => backlogRun('jql:project = DATA', {})).toThrow(/`jira-url`/)
  })
})
