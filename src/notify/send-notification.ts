import type { Log } from '../shared/log.js'
import { redactDeep, type Redactor } from '../shared/redact.js'
import type { Notification } from './notification.js'
import type { Notifier } from './notifier.js'

export interface SendOptions {
  redact: Redactor
  log: Log
  /** Where each delivery and each failure is written down (the run record, hence the audit bundle). */
  record?: { event(stage: string, message: string, data?: Record<string, unknown>): void }
}

/**
 * Posts the notification to every channel, redacted. A channel that fails is a warning and an audit event,
 * never the run's failure: the run already ended, and its outcome is what the notification reports.
 */
export async function sendNotification(
  notifiers: readonly Notifier[],
  notification: Notification | undefined,
  options: SendOptions,
): Promise<void> {
  if (!notification || notifiers.length === 0) return
  const message = redactDeep(notification, options.redact)
  await Promise.all(
    notifiers.map(async (notifier) => {
      try {
        await notifier.send(message)
        options.record?.event('notify', `${notifier.name}: posted the ${message.event} notification`)
      } catch (error) {
        const reason = options.redact(error instanceof Error ? error.message : String(error))
        options.log.warn(`Could not notify ${notifier.name}: ${reason}. The run's outcome is unchanged.`)
        options.record?.event(
          'notify',
          `${notifier.name}: could not post the ${message.event} notification`,
          {
            error: reason,
          },
        )
      }
    }),
  )
}
