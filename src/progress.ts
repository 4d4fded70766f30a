import type { Settings } from './config/settings.js'
import type { RunEnvironment } from './github-environment.js'
import type { Log } from './log.js'
import { ProgressComment, ProgressLog, type ProgressFinish } from './report/progress-comment.js'
import { createRedactor } from './report/redact.js'
import type { IssueComments } from './triggers/issue-comments.js'

export interface ProgressTracking {
  /** The log to run with: it moves the comment to each stage. */
  log: Log
  finish(outcome: ProgressFinish): Promise<void>
}

/** One tracking comment on the issue or PR the run is about, or plain logging when there is none. */
export function trackProgress(
  settings: Settings,
  environment: RunEnvironment,
  log: Log,
  comments: IssueComments | undefined,
  issueNumber: number | undefined,
): ProgressTracking {
  if (settings.progressComment === 'none' || !comments || issueNumber === undefined) {
    return { log, finish: async () => {} }
  }
  const thread = {
    create: async (body: string) => String((await comments.create(issueNumber, body)).id),
    update: (id: string, body: string) => comments.update(Number(id), body),
  }
  const redact = createRedactor([
    settings.githubToken,
    settings.anthropic.apiKey,
    settings.jira.apiToken,
    settings.jira.bearerToken,
  ])
  const progress = new ProgressComment(
    thread,
    { ticketKey: settings.ticket.key, runUrl: environment.runUrl },
    log,
    redact,
  )
  return { log: new ProgressLog(log, progress), finish: (outcome) => progress.finish(outcome) }
}
