import { AutopilotError } from '../shared/autopilot-error.js'
/** The event payload lacks a field the router needs; the message names it. Not a skip: GitHub sent something unexpected. */
export class TriggerError extends AutopilotError {
  constructor(message: string) {
    super('failed:event', message)
  }
}
