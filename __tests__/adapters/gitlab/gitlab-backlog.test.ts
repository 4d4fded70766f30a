import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { terminalJob } from '../../../src/cli/terminal-shell.js'
import { readRunEnvironment } from '../../../src/config/run-environment.js'
import { defaultInputs, parseSettings } from '../../../src/config/settings.js'
import { planBacklog } from '../../../src/modes/plan-backlog.js'
import type { Log } from '../../../src/shared/log.js'
import { referenceJiraIssue, startJiraServer, type FakeJira } from '../../fakes/jira-server.js'
import { startGitLabServer, type FakeGitLab } from '../../fakes/gitlab-server.js'

// The nightly backlog as the CLI plans it in GitLab CI: Jira answers the JQL, GitLab's open merge requests
// say which tickets are already in flight.

const TOKEN = 'glpat-backlog-token-000000'
const quiet: Log = { info() {}, warn() {}, error() {}, debug() {}, group: (_name, run) => run() }

function issue(key: string, summary: string) {
  const data = referenceJiraIssue()
  data.key = key
  data.fields.summary = summary
  return data
}

describe('the backlog on GitLab', () => {
  let jira: FakeJira
  let gitlab: FakeGitLab

  beforeAll(async () => {
    jira = await startJiraServer({
      issues: { 'DATA-1': issue('DATA-1', 'First'), 'DATA-2': issue('DATA-2', 'Second') },
      auth: { email: 'bot@acme.test', token: 'jira-token' },
    })
    gitlab = await startGitLabServer({ projectPath: 'data/analytics', token: TOKEN })
    gitlab.mergeRequests.push({
      id: 1,
      iid: 1,
      project_id: gitlab.projectId,
      title: 'DATA-1: First',
      description: '',
      state: 'opened',
      draft: false,
      work_in_progress: false,
      source_branch: 'autopilot/DATA-1',
      target_branch: 'main',
      labels: [],
      reviewers: [],
      web_url: `${gitlab.url}/data/analytics/-/merge_requests/1`,
      created_at: '2026-12-01T00:00:00Z',
      updated_at: '2026-12-01T00:00:00Z',
    })
  })
  afterAll(async () => {
    await Promise.all([jira.close(), gitlab.close()])
  })

  function job(overrides: Record<string, string>) {
    const settings = parseSettings(
      {
        ...defaultInputs(),
        mode: 'backlog',
        'backlog-query': 'jql:project = DATA AND labels = autopilot',
        'jira-url': jira.url,
        'jira-email': 'bot@acme.test',
        'jira-api-token': 'jira-token',
        'gitlab-url': gitlab.url,
        'gitlab-project': 'data/analytics',
        'gitlab-token': TOKEN,
        ...overrides,
      },
      'terminal',
    )
    return terminalJob(settings, readRunEnvironment({}), process.cwd(), quiet)
  }

  it('plans the tickets without an open merge request', async () => {
    const plan = await planBacklog(job({}))
    expect(plan.selected.map((item) => item.key)).toEqual(['DATA-2'])
    expect(gitlab.requests.some((request) => request.path.endsWith('/merge_requests'))).toBe(true)
  })

  it('plans the GitLab issues carrying the labels of a `label:` query', async () => {
    gitlab.addIssue({ iid: 5, title: 'Add a column', description: null, labels: ['autopilot'] })
    gitlab.addIssue({ iid: 6, title: 'Unlabelled', description: null, labels: [] })
    const plan = await planBacklog(job({ 'backlog-query': 'label:autopilot' }))
    expect(plan.selected.map((item) => item.key)).toEqual(['#5'])
    expect(
      gitlab.requests.some((request) => request.path === '/api/v4/projects/data%2Fanalytics/issues'),
    ).toBe(true)
  })

  it('asks for the GitLab token', async () => {
    await expect(planBacklog(job({ 'gitlab-token': '' }))).rejects.toThrow(/GITLAB_TOKEN/)
  })
})
