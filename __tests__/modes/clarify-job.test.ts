import { describe, expect, it } from '@jest/globals'
import { defaultInputs, parseSettings } from '../../src/config/settings.js'
import type { Job } from '../../src/modes/job.js'
import { runMode } from '../../src/modes/run-mode.js'
import {
  parseQuestionMarker,
  questionCommentBody,
  type ThreadComment,
  type TicketThread,
} from '../../src/report/question-comment.js'
import { classifyFailure, isFailure } from '../../src/run/outcome.js'
import { NeedsClarification } from '../../src/run/needs-clarification.js'
import { RunRecord } from '../../src/run/run-record.js'
import type { RunTicketOptions, TicketRun } from '../../src/run/run-ticket.js'
import { MemoryLog } from '../../src/shared/log.js'

/** Issue #42's comments; what the job posts through it is Autopilot's. */
function issueThread(): TicketThread & { comments: ThreadComment[] } {
  const comments: ThreadComment[] = []
  return {
    comments,
    create: async (body) => {
      comments.push({
        id: String(comments.length + 1),
        author: 'github-actions[bot]',
        bot: true,
        body,
        createdAt: '',
      })
      return String(comments.length)
    },
    update: async () => {},
    list: async () => comments.map((c) => ({ ...c })),
  }
}

/** A job whose runs end as `ends` says; it records what each run was given. */
function job(thread: TicketThread, ends: () => unknown) {
  const calls: RunTicketOptions[] = []
  const statuses: string[] = []
  const value: Job = {
    settings: parseSettings({ ...defaultInputs(), 'progress-comment': 'none' }),
    environment: { serverUrl: 'https://github.com', apiUrl: 'https://api.github.com' },
    repoDir: '/tmp',
    log: new MemoryLog(),
    shell: {
      reportTicketRun: async () => {},
      reportSkip: async (status) => {
        statuses.push(status)
      },
      setOutputs: () => {},
      writeSummary: async () => {},
    },
    progressThread: () => undefined,
    ticketThread: () => thread,
    openBacklog: () => {
      throw new Error('no backlog here')
    },
    runTicket: async (options): Promise<TicketRun> => {
      calls.push(options)
      const record = new RunRecord(`run-${calls.length}`)
      let outcome = { status: 'pr-opened', message: 'Opened PR' } as TicketRun['outcome']
      try {
        ends()
      } catch (error) {
        outcome = classifyFailure(error)
        if (error instanceof NeedsClarification)
          record.stages.clarification = { questions: [...error.questions] }
      }
      record.finish(outcome.status, outcome.message)
      return { outcome, record, auditDir: '', auditFiles: [], auditHash: '', redact: (t) => t }
    },
  }
  return { job: value, calls, statuses }
}

const asks = () => {
  throw new NeedsClarification(['Gross or net revenue?'], 'classifier')
}

describe('a clarifying question in a ticket job', () => {
  it('ends neutral, posts the question on the ticket, and does not post it again on a rerun', async () => {
    const thread = issueThread()
    const { job: j } = job(thread, asks)
    const first = await runMode({ kind: 'ticket', ticket: '#42', issueNumber: 42 }, j)
    expect(first.status).toBe('skipped:needs-clarification')
    expect(isFailure(first.status)).toBe(false)
    await runMode({ kind: 'ticket', ticket: '#42', issueNumber: 42 }, j)
    const questions = thread.comments.filter((c) => parseQuestionMarker(c.body))
    expect(questions).toHaveLength(1)
    expect(questions[0]?.body).toContain('Gross or net revenue?')
  })

  it('resumes with the answer from a plain reply, and skips a reply when nothing was asked', async () => {
    const thread = issueThread()
    const { job: j, calls, statuses } = job(thread, () => undefined)
    const reply = { kind: 'ticket', ticket: '#42', issueNumber: 42, reply: true } as const
    expect((await runMode(reply, j)).status).toBe('skipped:not-triggered')
    expect(calls).toHaveLength(0)
    expect(statuses).toEqual(['skipped:not-triggered'])

    await thread.create(
      questionCommentBody({
        ticketKey: '#42',
        questions: ['Gross or net?'],
        runId: '1',
        phrase: '/autopilot',
      }),
    )
    thread.comments.push({ id: '9', author: 'octo-reporter', bot: false, body: 'Net.', createdAt: '' })
    expect((await runMode(reply, j)).status).toBe('pr-opened')
    expect(calls.map((c) => c.answer)).toEqual(['Net.'])
  })

  it('hands a /autopilot run the answer on the ticket too', async () => {
    const thread = issueThread()
    await thread.create(
      questionCommentBody({
        ticketKey: '#42',
        questions: ['Gross or net?'],
        runId: '1',
        phrase: '/autopilot',
      }),
    )
    thread.comments.push({
      id: '9',
      author: 'octo-maintainer',
      bot: false,
      body: '/autopilot net',
      createdAt: '',
    })
    const { job: j, calls } = job(thread, () => undefined)
    await runMode({ kind: 'ticket', ticket: '#42', issueNumber: 42, instruction: 'net' }, j)
    expect(calls[0]?.answer).toBe('net')
  })
})

describe('the run status of a question', () => {
  it('is skipped:needs-clarification, which is not a failure', () => {
    const outcome = classifyFailure(new NeedsClarification(['Which table?'], 'agent'))
    expect(outcome.status).toBe('skipped:needs-clarification')
    expect(outcome.message).toContain('Which table?')
    expect(isFailure(outcome.status)).toBe(false)
  })
})
