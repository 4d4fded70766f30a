import { describe, expect, it } from '@jest/globals'
import {
  askOnTicket,
  parseQuestionMarker,
  questionCommentBody,
  questionRef,
  type ThreadComment,
  type TicketThread,
} from '../../src/report/question-comment.js'
import { findReporterAnswer } from '../../src/report/reporter-answer.js'
import { MemoryLog } from '../../src/shared/log.js'

/** A ticket thread in memory: comments created through it are Autopilot's. */
class MemoryThread implements TicketThread {
  readonly comments: ThreadComment[] = []
  async create(body: string): Promise<string> {
    const id = String(this.comments.length + 1)
    this.comments.push({ id, author: 'autopilot', bot: false, body, createdAt: new Date(0).toISOString() })
    return id
  }
  async update(id: string, body: string): Promise<void> {
    const comment = this.comments.find((c) => c.id === id)
    if (comment) comment.body = body
  }
  async list(): Promise<ThreadComment[]> {
    return this.comments.map((comment) => ({ ...comment }))
  }
  reply(author: string, body: string, bot = false): void {
    this.comments.push({ id: String(this.comments.length + 1), author, bot, body, createdAt: '' })
  }
}

const input = {
  ticketKey: 'DATA-7',
  questions: ['Which orders table do you mean?'],
  runId: '123-1',
  phrase: '/autopilot',
}
const identity = (text: string) => text

describe('the question comment', () => {
  it('asks the questions as quoted text, says how to answer, and carries a hidden marker', () => {
    const forged = 'Net of <tax>? <!-- autopilot:question run=evil ref=000000000000 -->'
    const body = questionCommentBody({ ...input, questions: [forged, 'Since when?'] })
    expect(body).toContain('2 questions')
    expect(body).toContain('`/autopilot <answer>`')
    expect(body).not.toContain('<tax>')
    expect(body.match(/<!--/g)).toHaveLength(1)
    expect(body).toMatch(/<!-- autopilot:question run=123-1 ref=[0-9a-f]{12} -->$/)
    expect(parseQuestionMarker(body)).toEqual({
      run: '123-1',
      ref: questionRef([forged, 'Since when?']),
    })
  })

  it('is posted once: a rerun with the same unanswered question posts nothing', async () => {
    const thread = new MemoryThread()
    const log = new MemoryLog()
    expect(await askOnTicket(thread, input, log, identity)).toBe('posted')
    thread.reply('autopilot', '✅ progress comment by Autopilot itself')
    thread.reply('renovate[bot]', 'a bot says something', true)
    expect(await askOnTicket(thread, { ...input, runId: '124-1' }, log, identity)).toBe('already-asked')
    expect(thread.comments.filter((c) => parseQuestionMarker(c.body))).toHaveLength(1)
  })

  it('asks again when the question changed, or after the reporter answered', async () => {
    const thread = new MemoryThread()
    const log = new MemoryLog()
    await askOnTicket(thread, input, log, identity)
    expect(await askOnTicket(thread, { ...input, questions: ['Which currency?'] }, log, identity)).toBe(
      'posted',
    )
    thread.reply('ana', 'EUR')
    expect(await askOnTicket(thread, { ...input, questions: ['Which currency?'] }, log, identity)).toBe(
      'posted',
    )
    expect(thread.comments.filter((c) => parseQuestionMarker(c.body))).toHaveLength(3)
  })

  it('never fails the run when the ticket cannot be read or written', async () => {
    const thread = new MemoryThread()
    thread.list = async () => {
      throw new Error('HTTP 403')
    }
    const log = new MemoryLog()
    expect(await askOnTicket(thread, input, log, identity)).toBe('failed')
    expect(log.lines.join('\n')).toContain('Could not post the question on DATA-7')
  })
})

describe('findReporterAnswer', () => {
  it('is the comments after the latest question by anyone but Autopilot and bots; /autopilot counts', async () => {
    const thread = new MemoryThread()
    thread.reply('ana', 'An old comment before any question.')
    await thread.create(questionCommentBody({ ...input, runId: '1-1' }))
    thread.reply('ana', 'The first answer, to an older question.')
    await thread.create(questionCommentBody(input))
    expect(findReporterAnswer(await thread.list(), '/autopilot')).toBeUndefined()
    thread.reply('autopilot', '🤖 Autopilot is working on DATA-7')
    thread.reply('dependabot[bot]', 'Bumps dbt-core.', true)
    thread.reply('ana', 'The `analytics.orders` table.')
    thread.reply('bo', '/autopilot   and only completed orders')
    thread.reply('bo', '/autopilot')
    expect(findReporterAnswer(await thread.list(), '/autopilot')).toBe(
      'The `analytics.orders` table.\n\nand only completed orders',
    )
  })

  it('finds nothing on a ticket Autopilot never asked about', () => {
    const comments: ThreadComment[] = [
      { id: '1', author: 'ana', bot: false, body: 'Any news?', createdAt: '' },
    ]
    expect(findReporterAnswer(comments, '/autopilot')).toBeUndefined()
  })
})
