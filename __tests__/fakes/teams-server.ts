import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'

/**
 * A loopback Teams workflow webhook: Power Automate's "When a Teams webhook request is received" trigger at
 * `/workflows/<id>/triggers/manual/paths/invoke?api-version=1&sp=…&sv=1.0&sig=…`. It answers 202 Accepted
 * with an empty body for a message envelope holding Adaptive Cards; `{ error: { code, message } }` otherwise
 * (400 a body that does not match the trigger's schema, 401 a wrong signature, 404 an unknown workflow).
 */

export interface RecordedTeamsRequest {
  method: string
  path: string
  headers: Record<string, string | undefined>
  body: unknown
}

export interface FakeTeams {
  url: string
  /** The workflow's webhook URL, signature included. */
  webhookUrl: string
  requests: RecordedTeamsRequest[]
  /** The cards Teams would have posted. */
  cards: AdaptiveCardJson[]
  /** The next n requests answer 429 with `Retry-After`. */
  rateLimit(times: number, retryAfterSeconds?: number): void
  close(): Promise<void>
}

// Adaptive Card 1.4+ as far as Teams renders it; unknown element types are refused.
const TextBlock = z.strictObject({
  type: z.literal('TextBlock'),
  text: z.string().min(1),
  wrap: z.boolean().optional(),
  size: z.enum(['Small', 'Default', 'Medium', 'Large', 'ExtraLarge']).optional(),
  weight: z.enum(['Lighter', 'Default', 'Bolder']).optional(),
  color: z.enum(['Default', 'Dark', 'Light', 'Accent', 'Good', 'Warning', 'Attention']).optional(),
  isSubtle: z.boolean().optional(),
  spacing: z.enum(['None', 'Small', 'Default', 'Medium', 'Large', 'ExtraLarge', 'Padding']).optional(),
})
const FactSet = z.strictObject({
  type: z.literal('FactSet'),
  facts: z.array(z.strictObject({ title: z.string(), value: z.string() })).min(1),
})
const OpenUrl = z.strictObject({ type: z.literal('Action.OpenUrl'), title: z.string().min(1), url: z.url() })
const CardSchema = z.strictObject({
  $schema: z.string().optional(),
  type: z.literal('AdaptiveCard'),
  version: z.string().regex(/^1\.([4-9]|\d\d)$/),
  body: z.array(z.discriminatedUnion('type', [TextBlock, FactSet])).min(1),
  actions: z.array(OpenUrl).max(6).optional(),
  msteams: z.object({ width: z.enum(['Full']).optional() }).optional(),
})
export type AdaptiveCardJson = z.infer<typeof CardSchema>

const EnvelopeSchema = z.object({
  type: z.literal('message'),
  attachments: z
    .array(
      z.object({
        contentType: z.literal('application/vnd.microsoft.card.adaptive'),
        contentUrl: z.string().nullable().optional(),
        content: z.unknown(),
      }),
    )
    .min(1),
})

/** Teams refuses a message over about 28 KB. */
const MESSAGE_MAX_BYTES = 28 * 1024

export async function startTeamsServer(): Promise<FakeTeams> {
  const workflowId = '0f1e2d3c4b5a69788796a5b4c3d2e1f0'
  const signature = 'fakeSignature-4eX9dQ2mZ7'
  const invokePath = `/workflows/${workflowId}/triggers/manual/paths/invoke`
  const requests: RecordedTeamsRequest[] = []
  const cards: AdaptiveCardJson[] = []
  let limitedRequests = 0
  let retryAfter = 1

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
      const url = new URL(req.url ?? '/', 'http://loopback')
      if (limitedRequests > 0) {
        limitedRequests -= 1
        res.setHeader('retry-after', String(retryAfter))
        return flowError(res, 429, 'WorkflowRequestsThrottled', 'Rate limit is exceeded.')
      }
      if (url.pathname !== invokePath)
        return flowError(res, 404, 'WorkflowNotFound', 'The workflow could not be found.')
      if (url.searchParams.get('sig') !== signature)
        return flowError(res, 401, 'DirectApiInvalidAuthorizationSignature', 'The signature is not valid.')
      if (req.method !== 'POST') return flowError(res, 405, 'MethodNotAllowed', 'Use POST.')
      if (Buffer.byteLength(raw) > MESSAGE_MAX_BYTES)
        return flowError(res, 413, 'MessageSizeExceeded', 'The message is too large.')
      const envelope = EnvelopeSchema.safeParse(parsed)
      if (!envelope.success)
        return flowError(res, 400, 'TriggerInputSchemaMismatch', 'The input body does not match the schema.')
      const accepted: AdaptiveCardJson[] = []
      for (const attachment of envelope.data.attachments) {
        const card = CardSchema.safeParse(attachment.content)
        if (!card.success)
          return flowError(res, 400, 'InvalidAdaptiveCard', z.prettifyError(card.error).slice(0, 500))
        accepted.push(card.data)
      }
      cards.push(...accepted)
      res.writeHead(202).end()
    })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    webhookUrl: `${base}${invokePath}?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${signature}`,
    requests,
    cards,
    rateLimit(times, seconds = 1) {
      limitedRequests = times
      retryAfter = seconds
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function flowError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify({ error: { code, message } }))
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
