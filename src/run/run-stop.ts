import { AutopilotError } from '../shared/autopilot-error.js'
import type { StopStatus } from '../shared/run-status.js'

/** Ends the run early with a named outcome that no more specific error names (guard, policy, no change…). */
export class RunStop extends AutopilotError {
  constructor(status: StopStatus, message: string) {
    super(status, message)
  }
}
