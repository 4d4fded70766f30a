import { secretsOf, type Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { Log } from '../shared/log.js'
import { ProgressComment, ProgressLog, type CommentThread, type ProgressFinish } from './progress-comment.js'
import { createRedactor } from '../shared/redact.js'

export interface ProgressTracking {
  /** The log to run with: it moves the comment to each stage. */
  log: Log
  finish(outcome: ProgressFinish): Promise<void>
}

/** One tracking comment in `thread`, or plain logging when there is nowhere to put it. */
export function trackProgress(
  settings: Settings,
  environment: RunEnvironment,
  log: Log,
  thread: CommentThread | undefined,
): ProgressTracking {
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
