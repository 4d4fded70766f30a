import type { FailedStatus, RunStatus, SkippedStatus } from './statuses.js'

/** How a run ended: the `status` output. Every status is an entry of the catalog in statuses.ts. */
export type { FailedStatus, RunStatus, SkippedStatus } from './statuses.js'

/** The status an error can end a run with: a failure, or a neutral skip such as `skipped:needs-clarification`. */
export type StopStatus = FailedStatus | SkippedStatus

export function isFailure(status: RunStatus): status is FailedStatus {
  return status.startsWith('failed:')
}
