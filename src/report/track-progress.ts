import { secretsOf, type Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { Log } from '../shared/log.js'
import { ProgressComment, ProgressLog, type CommentThread, type ProgressFinish } from './progress-comment.js'
import { createRedactor } from '../shared/redact.js'
import { jiraAuth } from '../adapters/jira/jira-cloud-source.js'
import { JiraCommentThread } from '../adapters/jira/jira-comment-thread.js'
import type { IssueComments } from '../triggers/issue-comments.js'

const JIRA_KEY = /^[A-Z][A-Z0-9_]+-\d+$/

export interface ProgressTracking {
  /** The log to run with: it moves the comment to each stage. */
  log: Log
  finish(outcome: ProgressFinish): Promise<void>
}

/** One tracking comment where the request was made, or plain logging when there is nowhere to put it. */
export function trackProgress(
  settings: Settings,
  environment: RunEnvironment,
  log: Log,
  comments: IssueComments | undefined,
  issueNumber: number | undefined,
): ProgressTracking {
  const thread = commentThread(settings, comments, issueNumber)
  if (!thread) return { log, finish: async () => {} }
  const redact = createRedactor(secretsOf(settings))
  const progress = new ProgressComment(
    thread,
    { ticketKey: settings.ticket.key, runUrl: environment.runUrl },
    log,
    redact,
  )
  return { log: new ProgressLog(log, progress), finish: (outcome) => progress.finish(outcome) }
}

/** `auto`: the GitHub issue or PR the run is about, else the Jira ticket; `github`/`jira`: only that one. */
function commentThread(
  settings: Settings,
  comments: IssueComments | undefined,
  issueNumber: number | undefined,
): CommentThread | undefined {
  const where = settings.progressComment
  if (where === 'none') return undefined
  if (where !== 'jira' && comments && issueNumber !== undefined) {
    return {
      create: async (body) => String((await comments.create(issueNumber, body)).id),
      update: (id, body) => comments.update(Number(id), body),
    }
  }
  const auth = jiraAuth(settings.jira)
  if (where === 'github' || !settings.jira.url || !auth || !JIRA_KEY.test(settings.ticket.key))
    return undefined
  return new JiraCommentThread({ host: settings.jira.url, auth, issueKey: settings.ticket.key })
}
