import { z } from 'zod'
import type { Notification } from '../../notify/notification.js'
import type { Notifier } from '../../notify/notifier.js'
import { postJson, type PostAnswer, type PostOptions } from '../http/post-json.js'
import { slackMessage } from './slack-blocks.js'

export const SLACK_API_URL = 'https://slack.com/api'

/** An incoming webhook answers 200 `ok`, or an error code as plain text (`invalid_payload`, `no_service`…). */
const WebhookOk = z.literal('ok')

/** The Web API answers 200 with `{ ok, error }` whatever happened, except 429 when rate limited. */
const ApiAnswer = z.object({ ok: z.boolean(), error: z.string().optional() })

/** Posts to the one channel an incoming webhook URL belongs to. */
export class SlackWebhookNotifier implements Notifier {
  readonly name = 'Slack (webhook)'

  constructor(
    private readonly webhookUrl: string,
    private readonly options: PostOptions = {},
  ) {}

  async send(notification: Notification): Promise<void> {
    const answer = await postJson(this.webhookUrl, slackMessage(notification), this.options)
    if (answer.status === 200 && WebhookOk.safeParse(answer.body.trim()).success) return
    throw new Error(`Slack answered ${answer.status} ${errorCode(answer)}${tries(answer)}`)
  }
}

/** Posts as a bot through `chat.postMessage` (scope `chat:write`, the bot a member of the channel). */
export class SlackBotNotifier implements Notifier {
  readonly name = 'Slack (bot)'

  constructor(
    private readonly bot: { token: string; channel: string; apiUrl?: string },
    private readonly options: PostOptions = {},
  ) {}

  async send(notification: Notification): Promise<void> {
    const url = `${(this.bot.apiUrl ?? SLACK_API_URL).replace(/\/+$/, '')}/chat.postMessage`
    const answer = await postJson(
      url,
      { channel: this.bot.channel, unfurl_links: false, ...slackMessage(notification) },
      {
        ...this.options,
        headers: {
          ...this.options.headers,
          ...(this.bot.token ? { authorization: `Bearer ${this.bot.token}` } : {}),
        },
      },
    )
    const parsed = ApiAnswer.safeParse(parseJson(answer.body))
    if (answer.status === 200 && parsed.success && parsed.data.ok) return
    const code = parsed.success ? (parsed.data.error ?? 'no error code') : errorCode(answer)
    throw new Error(`Slack chat.postMessage answered ${answer.status} ${code}${hint(code)}${tries(answer)}`)
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Slack's error codes are short words; anything else (an HTML error page) is not repeated. */
function errorCode(answer: PostAnswer): string {
  const body = answer.body.trim()
  return /^[a-z_]{1,60}$/.test(body) ? body : 'an unexpected answer'
}

function tries(answer: PostAnswer): string {
  return answer.attempts > 1 ? ` (after ${answer.attempts} tries)` : ''
}

const HINTS: Record<string, string> = {
  not_authed: ': set `slack-bot-token`',
  invalid_auth: ': `slack-bot-token` is not a valid token',
  channel_not_found: ': check `slack-channel`, and invite the bot to a private channel',
  not_in_channel: ': invite the bot to `slack-channel`',
  missing_scope: ': give the Slack app the `chat:write` scope',
}

function hint(code: string): string {
  return HINTS[code] ?? ''
}
