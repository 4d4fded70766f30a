import { z } from 'zod'
import type { Notification } from '../../notify/notification.js'
import type { Notifier } from '../../notify/notifier.js'
import { postJson, type PostOptions } from '../http/post-json.js'
import { teamsMessage } from './adaptive-card.js'

/** Power Automate refuses a request with `{ error: { code, message } }` (e.g. `TriggerInputSchemaMismatch`). */
const FlowError = z.object({ error: z.object({ code: z.string().max(100) }) })

/**
 * Posts an Adaptive Card to a Teams workflow webhook (Power Automate's "When a Teams webhook request is
 * received"), which answers 202 Accepted with an empty body and posts the card as the Flow bot.
 */
export class TeamsWorkflowNotifier implements Notifier {
  readonly name = 'Microsoft Teams'

  constructor(
    private readonly webhookUrl: string,
    private readonly options: PostOptions = {},
  ) {}

  async send(notification: Notification): Promise<void> {
    const answer = await postJson(this.webhookUrl, teamsMessage(notification), this.options)
    if (answer.status === 202 || answer.status === 200) return
    const refused = FlowError.safeParse(parseJson(answer.body))
    const code = refused.success ? ` ${refused.data.error.code}` : ''
    const hint = [401, 403, 404].includes(answer.status)
      ? ': check `teams-webhook-url` (the workflow may have been turned off, deleted or its URL renewed)'
      : ''
    const tries = answer.attempts > 1 ? ` (after ${answer.attempts} tries)` : ''
    throw new Error(`the Teams workflow answered ${answer.status}${code}${hint}${tries}`)
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
