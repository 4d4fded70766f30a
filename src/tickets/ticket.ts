import { AutopilotError } from '../shared/autopilot-error.js'
/** A ticket as every later stage sees it, whatever tracker it came from. */
export interface Ticket {
  /** `DATA-123` for Jira, `#42` for a GitHub issue, `#12` or `group/project#12` for a GitLab issue, the file's key for a local ticket. */
  key: string
  source: 'jira' | 'github' | 'gitlab' | 'file' | 'schema-drift'
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
  /**
   * The reporter's answer to Autopilot's clarifying question, from the ticket's comments after the question.
   * Untrusted like `body`: sanitized, and shown to the models as quoted data.
   */
  answer?: string
  /** Findings Autopilot itself wrote (schema drift), carried verbatim into the PR body. */
  report?: string
}

/** A source that finds nothing to work on ends the run with this outcome, a success (schema drift: none). */
export interface NoWork {
  noWork: 'no-drift'
  message: string
}

export interface TicketSource {
  fetch(key: string): Promise<Ticket | NoWork>
}

export type TicketErrorKind =
  'not-found' | 'unauthorized' | 'forbidden' | 'rate-limited' | 'invalid' | 'unavailable'

/** A ticket could not be read; `message` says what to do about it. */
export class TicketError extends AutopilotError {
  constructor(
    readonly kind: TicketErrorKind,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super('failed:ticket', message)
  }
}
