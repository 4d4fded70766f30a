import type { StopStatus } from './run-status.js'

/**
 * Every error a run can end in carries the status it ends with, so a new kind of error cannot fall
 * through to `failed:internal`. The message is for the user: it says what happened and what to do.
 */
export abstract class AutopilotError extends Error {
  constructor(
    readonly runStatus: StopStatus,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = new.target.name
  }
}
