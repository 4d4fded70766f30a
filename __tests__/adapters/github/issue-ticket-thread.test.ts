import { afterEach, describe, expect, it } from '@jest/globals'
import { GitHubRepository } from '../../../src/adapters/github/github-repository.js'
import { defaultInputs, parseSettings } from '../../../src/config/settings.js'
import { askOnTicket, parseQuestionMarker } from '../../../src/report/question-comment.js'
import { findReporterAnswer } from '../../../src/report/reporter-answer.js'
import { ticketThread } from '../../../src/run/compose.js'
import { MemoryLog } from '../../../src/shared/log.js'
import { githubRepo } from '../../fakes/github-client.js'
import { startGitHubServer, type GitHubFake } from '../../fakes/github-server.js'

const TOKEN = 'ghs_issueThreadToken000000000000000000'
let fake: GitHubFake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

describe('a GitHub issue as the ticket’s thread', () => {
  it('takes the question once, and hands back the reporter’s reply and /autopilot answer', async () => {
    fake = await startGitHubServer({
      token: TOKEN,
      issues: [{ number: 42, title: 'Revenue by region', body: 'Add revenue.', labels: [] }],
    })
    const settings = parseSettings({ ...defaultInputs(), ticket: '#42' })
    const thread = ticketThread(settings, new GitHubRepository(githubRepo(fake.url, TOKEN)))
    if (!thread) throw new Error('expected a thread for #42')
    const input = {
      ticketKey: '#42',
      questions: ['Gross or net revenue?'],
      runId: '9-1',
      phrase: '/autopilot',
    }
    const log = new MemoryLog()
    expect(await askOnTicket(thread, input, log, (t) => t)).toBe('posted')
    expect(await askOnTicket(thread, { ...input, runId: '10-1' }, log, (t) => t)).toBe('already-asked')
    const posted = fake.state.comments.filter((c) => c.issueNumber === 42)
    expect(posted).toHaveLength(1)
    expect(parseQuestionMarker(posted[0]?.body ?? '')).toMatchObject({ run: '9-1' })

    const later = new Date(Date.now() + 1000).toISOString()
    for (const [user, body] of [
      ['github-actions[bot]', '🤖 Autopilot is working on #42'],
      ['octo-reporter', 'Net, please.'],
      ['octo-maintainer', '/autopilot in EUR'],
    ] as const) {
      fake.state.comments.push({
        id: fake.state.nextId++,
        issueNumber: 42,
        body,
        user,
        created_at: later,
        updated_at: later,
      })
    }
    const comments = await thread.list()
    expect(comments.map((c) => c.bot)).toEqual([true, true, false, false])
    expect(findReporterAnswer(comments, '/autopilot')).toBe('Net, please.\n\nin EUR')
  })

  it('is Jira’s ticket, not a GitHub issue, for a Jira key; nowhere without Jira settings', () => {
    const settings = parseSettings({ ...defaultInputs(), ticket: 'DATA-1' })
    expect(ticketThread(settings, undefined)).toBeUndefined()
  })
})
