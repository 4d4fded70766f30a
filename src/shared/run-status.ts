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

export function isFailure(status: RunStatus): status is FailedStatus {
  return status.startsWith('failed:')
}
