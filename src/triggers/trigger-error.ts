/** The event payload lacks a field the router needs; the message names it. Not a skip: GitHub sent something unexpected. */
export class TriggerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TriggerError'
  }
}
