import { createHash } from 'node:crypto'
import type { Log } from '../shared/log.js'
import type { Redactor } from '../shared/redact.js'
import { untrusted } from './markdown.js'
import type { CommentThread } from './progress-comment.js'

/** One comment on the ticket, as the question and answer logic reads it. */
export interface ThreadComment {
  id: string
  /** GitHub login or Jira account id: Autopilot's own comments share its question's author. */
  author: string
  /** A GitHub App or bot account, a Jira app user: never the reporter's answer. */
  bot: boolean
  /** Markdown (Jira's ADF converted). */
  body: string
  /** ISO timestamp. */
  createdAt: string
}

/** The ticket's own comment thread (the GitHub issue or the Jira ticket), readable as well as writable. */
export interface TicketThread extends CommentThread {
  /** Every comment, oldest first. */
  list(): Promise<ThreadComment[]>
}

/**
 * Marks Autopilot's question comment: the run that asked and a digest of the questions, so a rerun that
 * would ask the same again does not post twice. Hidden in GitHub markdown; Jira shows it as a code mark.
 */
const MARKER =
  /(?:<!--\s*|`)autopilot:question run=(?<run>[A-Za-z0-9._-]+) ref=(?<ref>[0-9a-f]{12})(?:\s*-->|`)/g

export interface QuestionMarker {
  run: string
  ref: string
}

export function questionRef(questions: readonly string[]): string {
  const normalized = questions.map((q) => q.trim().replace(/\s+/g, ' ').toLowerCase()).join('\n')
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12)
}

/** The marker that ends the comment: quoted question text before it cannot stand in for it. */
export function parseQuestionMarker(body: string): QuestionMarker | undefined {
  const groups = [...body.matchAll(MARKER)].at(-1)?.groups
  return groups?.run && groups.ref ? { run: groups.run, ref: groups.ref } : undefined
}

export interface QuestionCommentInput {
  ticketKey: string
  questions: readonly string[]
  runId: string
  /** The trigger phrase (`/autopilot`) an answer may start with. */
  phrase: string
  runUrl?: string
}

/** The comment that asks: the questions (quoted: they may repeat ticket text), how to answer, the marker. */
export function questionCommentBody(input: QuestionCommentInput): string {
  const runId = input.runId.replace(/[^A-Za-z0-9._-]/g, '-')
  const asks = input.questions.length === 1 ? 'a question' : `${input.questions.length} questions`
  return [
    `❓ Autopilot needs an answer before it can work on ${untrusted(input.ticketKey)}: ${asks}.`,
    '',
    ...input.questions.map((question) => `- ${untrusted(question.replace(/\s*\n\s*/g, ' '))}`),
    '',
    `Reply on this ticket with the answer, or comment \`${input.phrase} <answer>\`; Autopilot then resumes with your answer.${input.runUrl ? ` [Workflow run](${input.runUrl})` : ''}`,
    '',
    `<!-- autopilot:question run=${runId} ref=${questionRef(input.questions)} -->`,
  ].join('\n')
}

/** The newest question comment Autopilot left on the ticket, and what came after it. */
export function latestQuestion(
  comments: readonly ThreadComment[],
): { question: ThreadComment; marker: QuestionMarker; after: ThreadComment[] } | undefined {
  for (let index = comments.length - 1; index >= 0; index--) {
    const comment = comments[index]
    const marker = comment && parseQuestionMarker(comment.body)
    if (comment && marker) return { question: comment, marker, after: comments.slice(index + 1) }
  }
  return undefined
}

/** The comments after the question that answer it: by someone other than Autopilot and not by a bot. */
export function answersTo(question: ThreadComment, after: readonly ThreadComment[]): ThreadComment[] {
  return after.filter((comment) => comment.author !== question.author && !comment.bot)
}

export type AskResult = 'posted' | 'already-asked' | 'failed'

/**
 * Posts the question on the ticket once: a rerun that would ask the same questions again, while the last
 * question is still unanswered, posts nothing. A comment that cannot be posted never fails the run.
 */
export async function askOnTicket(
  thread: TicketThread,
  input: QuestionCommentInput,
  log: Log,
  redact: Redactor,
): Promise<AskResult> {
  try {
    const last = latestQuestion(await thread.list())
    if (
      last &&
      last.marker.ref === questionRef(input.questions) &&
      answersTo(last.question, last.after).length === 0
    ) {
      log.info(`The question is already on ${input.ticketKey}, unanswered; not posting it again.`)
      return 'already-asked'
    }
    await thread.create(redact(questionCommentBody(input)))
    return 'posted'
  } catch (error) {
    log.warn(`Could not post the question on ${input.ticketKey}: ${redact(String(error))}`)
    return 'failed'
  }
}
