import type { FailedStatus, RunStatus } from './statuses.js'

/** How a run ended: the `status` output. Every status is an entry of the catalog in statuses.ts. */
export type { FailedStatus, RunStatus, SkippedStatus } from './statuses.js'

export function isFailure(status: RunStatus): status is FailedStatus {
  return status.startsWith('failed:')
}
