import type { RunStatus } from './run-record.js'

/** Ends the run early with a named outcome. */
export class RunStop extends Error {
  constructor(
    readonly status: RunStatus,
    message: string,
  ) {
    super(message)
    this.name = 'RunStop'
  }
}
