import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'

/**
 * A loopback Slack: incoming webhooks (`POST /services/T…/B…/secret`, answering plain text `ok` or an
 * error code with a 4xx) and the Web API's `chat.postMessage` (`POST /api/chat.postMessage`, answering
 * 200 `{ ok, error }`, or 429 with Retry-After). Block Kit is checked as Slack checks it: known block types
 * and the documented length limits, else `invalid_blocks`.
 */

export interface RecordedSlackRequest {
  method: string
  path: string
  headers: Record<string, string | undefined>
  /** Parsed JSON, or the raw text when it did not parse. */
  body: unknown
}

export interface SlackPost {
  /** `webhook`, or the channel a bot posted to. */
  via: 'webhook' | 'bot'
  channel?: string
  text?: string
  blocks: SlackBlockJson[]
}

export interface FakeSlack {
  url: string
  /** A webhook URL this server accepts. */
  webhookUrl: string
  /** Base URL of the Web API (`…/api`). */
  apiUrl: string
  requests: RecordedSlackRequest[]
  /** Messages Slack would have shown. */
  posts: SlackPost[]
  /** The next n requests answer 429 `ratelimited` with `Retry-After: retryAfter`. */
  rateLimit(times: number, retryAfterSeconds?: number): void
  /** The next n requests answer 500 (webhook: `rollup_error`). */
  failNext(times: number): void
  close(): Promise<void>
}

const plainText = z.object({
  type: z.literal('plain_text'),
  text: z.string().min(1),
  emoji: z.boolean().optional(),
})
const textObject = z.object({
  type: z.enum(['plain_text', 'mrkdwn']),
  text: z.string().min(1),
  emoji: z.boolean().optional(),
  verbatim: z.boolean().optional(),
})
const limited = (max: number) => textObject.refine((text) => text.text.length <= max)

const BlockSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('header'),
    text: plainText.refine((text) => text.text.length <= 150),
    block_id: z.string().max(255).optional(),
  }),
  z
    .strictObject({
      type: z.literal('section'),
      text: limited(3000).optional(),
      fields: z.array(limited(2000)).min(1).max(10).optional(),
      block_id: z.string().max(255).optional(),
    })
    .refine((section) => section.text !== undefined || section.fields !== undefined),
  z.strictObject({
    type: z.literal('context'),
    elements: z.array(textObject).min(1).max(10),
    block_id: z.string().max(255).optional(),
  }),
  z.strictObject({ type: z.literal('divider'), block_id: z.string().max(255).optional() }),
  z.strictObject({
    type: z.literal('actions'),
    elements: z
      .array(
        z.strictObject({
          type: z.literal('button'),
          text: plainText.refine((text) => text.text.length <= 75),
          action_id: z.string().max(255).optional(),
          url: z.url().max(3000).optional(),
          value: z.string().max(2000).optional(),
          style: z.enum(['primary', 'danger']).optional(),
        }),
      )
      .min(1)
      .max(25),
    block_id: z.string().max(255).optional(),
  }),
])
export type SlackBlockJson = z.infer<typeof BlockSchema>

const MessageSchema = z.object({
  text: z.string().max(40_000).optional(),
  blocks: z.array(z.unknown()).max(50).optional(),
  channel: z.string().optional(),
  unfurl_links: z.boolean().optional(),
})

const CHANNELS = new Set(['C0123456789', '#data-eng'])

export async function startSlackServer(options: { botToken?: string } = {}): Promise<FakeSlack> {
  const botToken = options.botToken ?? 'xoxb-0000-fake-bot-token'
  const webhookPath = '/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
  const requests: RecordedSlackRequest[] = []
  const posts: SlackPost[] = []
  let limitedRequests = 0
  let retryAfter = 1
  let failures = 0

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const parsed = parseJson(raw)
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: Object.fromEntries(
          Object.entries(req.headers).map(([key, value]) => [
            key,
            Array.isArray(value) ? value.join(',') : value,
          ]),
        ),
        body: parsed === undefined ? raw : parsed,
      })
      const path = (req.url ?? '').split('?')[0] ?? ''
      const api = path === '/api/chat.postMessage'
      if (limitedRequests > 0) {
        limitedRequests -= 1
        res.setHeader('retry-after', String(retryAfter))
        return api ? json(res, 429, { ok: false, error: 'ratelimited' }) : text(res, 429, 'rate_limited')
      }
      if (failures > 0) {
        failures -= 1
        return api ? json(res, 500, { ok: false, error: 'internal_error' }) : text(res, 500, 'rollup_error')
      }
      if (req.method !== 'POST') return text(res, 405, 'invalid_method')
      if (api) return postMessage(req, res, parsed)
      if (path !== webhookPath) return text(res, 404, 'no_service')
      if (parsed === undefined) return text(res, 400, 'invalid_payload')
      const message = checkMessage(parsed)
      if (typeof message === 'string') return text(res, 400, message)
      posts.push({ via: 'webhook', ...message })
      return text(res, 200, 'ok')
    })
  })

  function postMessage(req: IncomingMessage, res: ServerResponse, parsed: unknown): void {
    const auth = req.headers.authorization
    if (!auth) return json(res, 200, { ok: false, error: 'not_authed' })
    if (auth !== `Bearer ${botToken}`) return json(res, 200, { ok: false, error: 'invalid_auth' })
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return json(res, 200, { ok: false, error: 'invalid_form_data' })
    if (parsed === undefined) return json(res, 200, { ok: false, error: 'invalid_json' })
    const message = checkMessage(parsed)
    if (typeof message === 'string') return json(res, 200, { ok: false, error: message })
    const channel = z.object({ channel: z.string() }).safeParse(parsed)
    if (!channel.success || !CHANNELS.has(channel.data.channel))
      return json(res, 200, { ok: false, error: 'channel_not_found' })
    posts.push({ via: 'bot', channel: channel.data.channel, ...message })
    return json(res, 200, {
      ok: true,
      channel: channel.data.channel,
      ts: `1700000000.${String(posts.length).padStart(6, '0')}`,
      message: { type: 'message', text: message.text, blocks: message.blocks },
    })
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    webhookUrl: `${url}${webhookPath}`,
    apiUrl: `${url}/api`,
    requests,
    posts,
    rateLimit(times, seconds = 1) {
      limitedRequests = times
      retryAfter = seconds
    },
    failNext(times) {
      failures = times
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The message, or Slack's error code for it. */
function checkMessage(body: unknown): { text?: string; blocks: SlackBlockJson[] } | string {
  const message = MessageSchema.safeParse(body)
  if (!message.success) return 'invalid_payload'
  const blocks: SlackBlockJson[] = []
  for (const block of message.data.blocks ?? []) {
    const checked = BlockSchema.safeParse(block)
    if (!checked.success) return 'invalid_blocks'
    blocks.push(checked.data)
  }
  if (!message.data.text && blocks.length === 0) return 'no_text'
  return { ...(message.data.text ? { text: message.data.text } : {}), blocks }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => resolve(body))
    req.on('error', reject)
  })
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html' }).end(body)
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
}
