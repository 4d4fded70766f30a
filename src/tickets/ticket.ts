/** A ticket as every later stage sees it, whatever tracker it came from. */
export interface Ticket {
  /** `DATA-123` for Jira, `#42` for a GitHub issue, the file's key for a local ticket. */
  key: string
  source: 'jira' | 'github' | 'file' | 'schema-drift'
  title: string
  /** Markdown. Untrusted text written by the reporter. */
  body: string
  labels: string[]
  /** Human link to the ticket, when it has one. */
  url?: string
  /** Other fields worth showing the model, by display name (priority, components, acceptance criteria...). */
  fields: Record<string, string>
  /** ISO timestamp of the last change, when the tracker says. */
  updated?: string
  /** Findings Autopilot itself wrote (schema drift), carried verbatim into the PR body. */
  report?: string
}

export interface TicketSource {
  fetch(key: string): Promise<Ticket>
}

export type TicketErrorKind =
  'not-found' | 'unauthorized' | 'forbidden' | 'rate-limited' | 'invalid' | 'unavailable'

/** A ticket could not be read; `message` says what to do about it. */
export class TicketError extends Error {
  constructor(
    readonly kind: TicketErrorKind,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message)
    this.name = 'TicketError'
  }
}
