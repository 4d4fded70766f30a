import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GitLabBacklogSource } from '../../../src/adapters/gitlab/gitlab-backlog-source.js'
import { GitLabIssueNotes } from '../../../src/adapters/gitlab/gitlab-issue-notes.js'
import { GitLabIssueSource } from '../../../src/adapters/gitlab/gitlab-issue-source.js'
import { terminalJob } from '../../../src/cli/terminal-shell.js'
import { readRunEnvironment } from '../../../src/config/run-environment.js'
import { defaultInputs, parseSettings } from '../../../src/config/settings.js'
import { progressThread, ticketThread } from '../../../src/run/compose.js'
import { PublishError } from '../../../src/publish/publish-error.js'
import { findReporterAnswer } from '../../../src/report/reporter-answer.js'
import type { Log } from '../../../src/shared/log.js'
import { TicketError } from '../../../src/tickets/ticket.js'
import { startGitLabServer, type FakeGitLab } from '../../fakes/gitlab-server.js'

// GitLab issues as tickets and their notes as the ticket's thread: the real gitbeaker client against a
// loopback GitLab API v4.

const TOKEN = 'glpat-issue-token-000000000'
const PROJECT = 'data/analytics'

describe('GitLab issues', () => {
  let gitlab: FakeGitLab
  const target = () => ({ url: gitlab.url, project: PROJECT, token: TOKEN })

  beforeEach(async () => {
    gitlab = await startGitLabServer({ projectPath: PROJECT, token: TOKEN })
    gitlab.addIssue({
      iid: 12,
      title: 'Add signup_channel to dim_customers',
      description: '## Why\nMarketing needs the **channel**.',
      labels: ['autopilot', 'marts'],
      assignees: [{ id: 9, username: 'ana', name: 'Ana' }],
      milestone: { id: 3, title: 'Q1' },
    })
  })
  afterEach(() => gitlab.close())

  it('reads #12 as a ticket: title, markdown description, labels, author and link', async () => {
    const ticket = await new GitLabIssueSource(target()).fetch('#12')
    expect(ticket).toEqual({
      key: '#12',
      source: 'gitlab',
      title: 'Add signup_channel to dim_customers',
      body: '## Why\nMarketing needs the **channel**.',
      labels: ['autopilot', 'marts'],
      url: `${gitlab.url}/${PROJECT}/-/issues/12`,
      fields: { State: 'opened', Author: 'reporter', Milestone: 'Q1', Assignees: 'ana' },
      updated: '2026-12-01T09:30:00.000Z',
    })
    expect(gitlab.requests.at(-1)?.path).toBe('/api/v4/projects/data%2Fanalytics/issues/12')
  })

  it('reads group/project#12 from that project, and keeps the full reference as the key', async () => {
    const ticket = await new GitLabIssueSource({ ...target(), project: 'other/thing' }).fetch(`${PROJECT}#12`)
    expect(ticket.key).toBe(`${PROJECT}#12`)
  })

  it('says what the token needs when the issue is missing or the token is refused', async () => {
    const source = new GitLabIssueSource(target())
    const missing = await source.fetch('#99').catch((error: unknown) => error)
    expect(missing).toBeInstanceOf(TicketError)
    expect(missing).toMatchObject({ kind: 'not-found' })
    expect((missing as Error).message).toMatch(/no issue #99 in data\/analytics.*read_api.*Reporter/)

    const refused = await new GitLabIssueSource({ ...target(), token: 'wrong' })
      .fetch('#12')
      .catch((error: unknown) => error)
    expect(refused).toMatchObject({ kind: 'unauthorized' })
    expect((refused as Error).message).toMatch(/GITLAB_TOKEN.*read_api/)

    gitlab.failNext(1, 403, '403 Forbidden')
    const forbidden = await source.fetch('#12').catch((error: unknown) => error)
    expect(forbidden).toMatchObject({ kind: 'forbidden' })
  })

  it('refuses a reference that is not an issue', async () => {
    await expect(new GitLabIssueSource(target()).fetch('DATA-1')).rejects.toThrow(
      /like #12 or group\/project#12/,
    )
  })

  it('creates one note, edits it by id, and reads the reporter answer back', async () => {
    const notes = new GitLabIssueNotes(target(), 12)
    const id = await notes.create('Autopilot is working on it.')
    await notes.update(id, 'Autopilot opened a merge request.')
    expect(gitlab.notes).toEqual([
      expect.objectContaining({
        id: Number(id),
        noteable: 'issues',
        noteable_iid: 12,
        body: 'Autopilot opened a merge request.',
      }),
    ])
    await notes.create('Which table?\n\n<!-- autopilot:question run=run-1 ref=0123456789ab -->')
    gitlab.notes.push(
      { id: 900, noteable: 'issues', noteable_iid: 12, body: 'changed the description', system: true },
      {
        id: 901,
        noteable: 'issues',
        noteable_iid: 12,
        body: 'The orders table.',
        author: { id: 7, username: 'reporter', name: 'Rita' },
        created_at: '2026-12-01T11:00:00.000Z',
      },
    )
    const thread = await notes.list()
    expect(thread.map((note) => note.author)).toEqual([
      'project_4242_bot_5f3a',
      'project_4242_bot_5f3a',
      'reporter',
    ])
    expect(thread[0]).toMatchObject({ bot: true })
    expect(findReporterAnswer(thread, '/autopilot')).toBe('The orders table.')
  })

  it('names the token scope when a note is refused', async () => {
    gitlab.failNext(1, 403, '403 Forbidden')
    const error = await new GitLabIssueNotes(target(), 12).create('x').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PublishError)
    expect((error as Error).message).toMatch(/403.*`api`/)
  })

  it('is where compose puts the progress note and the question when the ticket is a GitLab issue', async () => {
    const settings = parseSettings({
      ...defaultInputs(),
      ticket: '#12',
      'code-host': 'gitlab',
      'gitlab-url': gitlab.url,
      'gitlab-project': PROJECT,
      'gitlab-token': TOKEN,
    })
    await progressThread(settings, undefined, undefined)?.create('progress')
    await ticketThread(settings, undefined)?.create('question')
    expect(gitlab.notes.map((note) => [note.noteable_iid, note.body])).toEqual([
      [12, 'progress'],
      [12, 'question'],
    ])
    expect(progressThread({ ...settings, progressComment: 'none' }, undefined, undefined)).toBeUndefined()
    await progressThread({ ...settings, progressComment: 'gitlab' }, undefined, undefined)?.create(
      'only here',
    )
    expect(gitlab.notes.at(-1)).toMatchObject({ noteable_iid: 12, body: 'only here' })
    // `gitlab` names the issue's notes: a Jira ticket on GitLab gets no progress comment, not a Jira one.
    const jiraTicket = parseSettings({
      ...defaultInputs(),
      ticket: 'DATA-1',
      'code-host': 'gitlab',
      'gitlab-url': gitlab.url,
      'gitlab-project': PROJECT,
      'gitlab-token': TOKEN,
      'jira-url': 'https://acme.atlassian.net',
      'jira-email': 'bot@acme.test',
      'jira-api-token': 'jira-token',
      'progress-comment': 'gitlab',
    })
    expect(progressThread(jiraTicket, undefined, undefined)).toBeUndefined()
    expect(progressThread({ ...jiraTicket, progressComment: 'auto' }, undefined, undefined)).toBeDefined()
    expect(
      ticketThread({ ...settings, ticket: { key: 'DATA-1', source: 'auto' } }, undefined),
    ).toBeUndefined()
  })

  it("gives the CLI on GitLab the issue's thread, and a local run for GitHub none", async () => {
    const quiet: Log = { info() {}, warn() {}, error() {}, debug() {}, group: (_name, run) => run() }
    const onGitLab = parseSettings(
      {
        ...defaultInputs(),
        ticket: '#12',
        'gitlab-url': gitlab.url,
        'gitlab-project': PROJECT,
        'gitlab-token': TOKEN,
      },
      'terminal',
    )
    const job = terminalJob(onGitLab, readRunEnvironment({}), process.cwd(), quiet)
    await job.progressThread(onGitLab, undefined)?.create('progress from the CLI')
    await job.ticketThread?.(onGitLab)?.create('question from the CLI')
    expect(gitlab.notes.map((note) => [note.noteable_iid, note.body])).toEqual([
      [12, 'progress from the CLI'],
      [12, 'question from the CLI'],
    ])
    const local = parseSettings({ ...defaultInputs(), ticket: 'DATA-1' }, 'terminal')
    const localJob = terminalJob(local, readRunEnvironment({}), process.cwd(), quiet)
    expect(localJob.progressThread(local, undefined)).toBeUndefined()
    expect(localJob.ticketThread?.(local)).toBeUndefined()
  })

  it('lists the backlog: open issues carrying every label, priority from a scoped label', async () => {
    gitlab.addIssue({ iid: 13, title: 'Urgent', description: null, labels: ['autopilot', 'priority::high'] })
    gitlab.addIssue({ iid: 14, title: 'Closed', description: null, labels: ['autopilot'], state: 'closed' })
    gitlab.addIssue({ iid: 15, title: 'Other', description: null, labels: ['marts'] })
    const items = await new GitLabBacklogSource(target()).list('autopilot')
    expect(items.map((item) => [item.key, item.priority])).toEqual([
      ['#12', 'Medium'],
      ['#13', 'High'],
    ])
    gitlab.failNext(1, 403, '403 Forbidden')
    await expect(new GitLabBacklogSource(target()).list('autopilot')).rejects.toThrow(/403.*read_api/)
  })
})
