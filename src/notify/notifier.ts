import type { Notification } from './notification.js'

/** The port: a chat channel a run's notifications are posted to (a Slack channel, a Teams channel). */
export interface Notifier {
  /** Named in the log and the audit events, e.g. `Slack (webhook)`. */
  readonly name: string
  /** Resolves once the far end accepted the message; rejects with what it answered. */
  send(notification: Notification): Promise<void>
}
