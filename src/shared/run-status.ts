/** How a run ended: the `status` output. Every `failed:*` is the status of an `AutopilotError` subclass. */
export type RunStatus =
  | 'pr-opened'
  | 'pr-updated'
  | 'dry-run'
  | 'backlog-planned'
  | 'backlog-done'
  | 'no-drift'
  | `skipped:${string}`
  | `failed:${string}`

export type FailedStatus = `failed:${string}`

/** A neutral end: nothing was done and nothing is wrong (the step stays green unless `fail-on-skip`). */
export type SkippedStatus = `skipped:${string}`

/** The status an error can end a run with: a failure, or a neutral skip such as `skipped:needs-clarification`. */
export type StopStatus = FailedStatus | SkippedStatus

export function isFailure(status: RunStatus): status is FailedStatus {
  return status.startsWith('failed:')
}
