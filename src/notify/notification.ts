/** What a run can tell a chat channel about: input `notify-on` picks among them. */
export const NOTIFY_EVENTS = ['pr', 'failure', 'backlog'] as const
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number]

/** How the message is coloured where the far end can: a PR to review, a warning, a failure. */
export type Tone = 'good' | 'warning' | 'attention'

export interface NotificationLink {
  /** Plain text. */
  label: string
  url: string
}

/** One label and value; the value is plain text and may be the ticket's (untrusted) words. */
export interface NotificationField {
  label: string
  value: string
  link?: string
}

/** One line of a list (the backlog's tickets): `key` links to `url`, then the text. */
export interface NotificationRow {
  key: string
  text: string
  url?: string
}

/**
 * One message, neutral: every adapter renders it in its own format (Slack Block Kit, an Adaptive Card)
 * and escapes the text for it. Every string is plain text, some of it from the ticket: nothing here is
 * markup, so a title cannot format, link or mention anything.
 */
export interface Notification {
  event: NotifyEvent
  tone: Tone
  /** One line: Slack's header, the card's title. */
  title: string
  /** A sentence or two under the title. */
  text: string
  fields: NotificationField[]
  rows?: NotificationRow[]
  /** How many rows were left out to keep the message within the far end's limits. */
  omittedRows?: number
  /** The one button: the pull request to review, or the workflow run. */
  action?: NotificationLink
  /** The footer line: where the message comes from. */
  footer: { text: string; link?: NotificationLink }
}
