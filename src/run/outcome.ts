import { AutopilotError } from '../shared/autopilot-error.js'
import type { StopStatus } from '../shared/run-status.js'

export { isFailure } from '../shared/run-status.js'

/**
 * The outcome of a run that ended in an error (a `skipped:*` one, such as a question for the reporter, is neutral). Our errors carry their status and a message that says what
 * to do; anything else is a bug in Autopilot.
 */
export function classifyFailure(error: unknown): { status: StopStatus; message: string } {
  if (error instanceof AutopilotError) return { status: error.runStatus, message: error.message }
  const message = error instanceof Error ? error.message : String(error)
  return {
    status: 'failed:internal',
    message: `Unexpected error: ${message}. The audit bundle has the details; please report it with the bundle attached.`,
  }
}
