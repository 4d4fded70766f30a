import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'

const TextBlockSchema = z.strictObject({ type: z.literal('text'), text: z.string() })
const ToolUseBlockSchema = z.strictObject({
  type: z.literal('tool_use'),
  id: z.string().optional(),
  name: z.string().min(1),
  input: z.record(z.string(), z.unknown()),
})
const ScriptUsageSchema = z.strictObject({
  input_tokens: z.number().int().nonnegative().optional(),
  output_tokens: z.number().int().nonnegative().optional(),
  cache_creation_input_tokens: z.number().int().nonnegative().optional(),
  cache_read_input_tokens: z.number().int().nonnegative().optional(),
})
const ContentTurnSchema = z.strictObject({
  content: z.array(z.discriminatedUnion('type', [TextBlockSchema, ToolUseBlockSchema])).min(1),
  stop_reason: z.enum(['end_turn', 'tool_use', 'max_tokens', 'stop_sequence', 'refusal']),
  usage: ScriptUsageSchema.optional(),
})
/**
 * The answer to a structured request (`output_config.format`): the API sends it as one text block holding
 * the JSON. Served only to a request that asked for a format, so a script cannot answer the wrong call.
 */
const StructuredTurnSchema = z.strictObject({
  output: z.unknown(),
  usage: ScriptUsageSchema.optional(),
})
export const ScriptTurnSchema = z.union([ContentTurnSchema, StructuredTurnSchema])
/** A JSON script file: `{ "description": "...", "turns": [...] }`, one turn per model call. */
export const ScriptSchema = z.strictObject({ description: z.string(), turns: z.array(ScriptTurnSchema) })

export type ScriptTurn = z.infer<typeof ScriptTurnSchema>
export type ContentTurn = z.infer<typeof ContentTurnSchema>

/** The blocks a turn answers with: a structured turn's JSON is one text block, as on the wire. */
export function turnContent(turn: ScriptTurn): ContentTurn['content'] {
  if (!('output' in turn)) return turn.content
  return [{ type: 'text', text: typeof turn.output === 'string' ? turn.output : JSON.stringify(turn.output) }]
}
export type Script = z.infer<typeof ScriptSchema>

export interface InjectedFailure {
  status: number
  body: unknown
  headers?: Record<string, string>
}

export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: Record<string, unknown>
}

export interface ScriptedMessagesServer {
  url: string
  requests: RecordedRequest[]
  /** Requests to POST /v1/messages only. */
  readonly messageRequests: RecordedRequest[]
  close(): Promise<void>
}

export interface ScriptedServerOptions {
  script: ScriptTurn[]
  /** When set, requests must carry `authorization: Bearer <key>` or `x-api-key: <key>`. */
  apiKey?: string
  /** Answered first, in order, whatever the endpoint (e.g. 529 overloaded, 429 with `retry-after: 0`). */
  failures?: InjectedFailure[]
  model?: string
}

/**
 * A loopback Anthropic Messages API that plays a script: each POST /v1/messages answers with the next turn,
 * as SSE frames when the request streams, otherwise as JSON. Used by the demo (no API key) and by tests
 * through the real SDK.
 */
export async function startScriptedMessagesServer(
  options: ScriptedServerOptions,
): Promise<ScriptedMessagesServer> {
  const turns = [...options.script]
  const failures = [...(options.failures ?? [])]
  const requests: RecordedRequest[] = []
  let served = 0

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, 'api_error', (error as Error).message)
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const path = (req.url ?? '/').split('?')[0]!
    let body: Record<string, unknown>
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
    } catch {
      return sendError(res, 400, 'invalid_request_error', 'Request body is not JSON')
    }
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body })

    if (options.apiKey !== undefined && !authorized(req.headers, options.apiKey)) {
      return sendError(res, 401, 'authentication_error', 'invalid x-api-key')
    }
    const failure = failures.shift()
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers })
      res.end(JSON.stringify(failure.body))
      return
    }
    if (req.method === 'POST' && path === '/v1/messages/count_tokens') {
      return sendJson(res, 200, { input_tokens: inputTokensOf(body) })
    }
    if (req.method !== 'POST' || path !== '/v1/messages') {
      return sendError(res, 404, 'not_found_error', `No route ${req.method} ${path}`)
    }
    const refused = refusedRequest(body)
    if (refused) return sendError(res, 400, 'invalid_request_error', refused)
    const turn = turns.shift()
    if (!turn) return sendError(res, 500, 'api_error', 'script exhausted')
    if ('output' in turn && body['output_config'] === undefined)
      return sendError(
        res,
        500,
        'api_error',
        'the script answers a structured request; this one has no format',
      )
    served += 1
    const message = toMessage(
      turn,
      served,
      typeof body['model'] === 'string' ? body['model'] : (options.model ?? 'claude-sonnet-5-5'),
      inputTokensOf(body),
    )
    if (body['stream'] === true) writeStream(res, message)
    else sendJson(res, 200, message)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get messageRequests() {
      return requests.filter((request) => request.path === '/v1/messages')
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

interface WireMessage {
  id: string
  type: 'message'
  role: 'assistant'
  model: string
  content: Array<
    | { type: 'text'; text: string }
    | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> }
  >
  stop_reason: string
  stop_sequence: null
  stop_details: null
  container: null
  diagnostics: null
  usage: {
    input_tokens: number
    output_tokens: number
    cache_creation_input_tokens: number
    cache_read_input_tokens: number
  }
}

/**
 * A stand-in token count (a token is about 4 bytes) that is the same for a request and its count_tokens twin,
 * so the budget's reservation holds against the fake as it does against the real API.
 */
function inputTokensOf(body: Record<string, unknown>): number {
  const counted = { ...body }
  delete counted['max_tokens']
  delete counted['stream']
  return Math.ceil(Buffer.byteLength(JSON.stringify(counted)) / 4)
}

/**
 * What the API refuses before any model runs, as the 5.5 models do: a forced tool call, and an output format
 * that is not a JSON schema of an object.
 */
function refusedRequest(body: Record<string, unknown>): string | undefined {
  const choice = body['tool_choice'] as { type?: unknown } | undefined
  if (choice && (choice.type === 'tool' || choice.type === 'any'))
    return `tool_choice.type "${String(choice.type)}" is not supported by this model; use "auto" or output_config.format`
  const config = body['output_config'] as
    { format?: { type?: unknown; schema?: { type?: unknown } } } | undefined
  if (config === undefined) return undefined
  const format = config.format
  if (format?.type !== 'json_schema') return 'output_config.format.type: must be "json_schema"'
  if (format.schema?.type !== 'object')
    return 'output_config.format.schema: must be a JSON schema of type object'
  return undefined
}

function toMessage(turn: ScriptTurn, index: number, model: string, inputTokens: number): WireMessage {
  const content = turnContent(turn).map((block, i) =>
    block.type === 'text'
      ? block
      : {
          type: 'tool_use' as const,
          id: block.id ?? `toolu_${index}_${i}`,
          name: block.name,
          input: block.input,
        },
  )
  return {
    id: `msg_scripted_${index}`,
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: 'output' in turn ? 'end_turn' : turn.stop_reason,
    stop_sequence: null,
    stop_details: null,
    container: null,
    diagnostics: null,
    usage: {
      input_tokens: turn.usage?.input_tokens ?? inputTokens,
      output_tokens: turn.usage?.output_tokens ?? Math.ceil(Buffer.byteLength(JSON.stringify(content)) / 4),
      cache_creation_input_tokens: turn.usage?.cache_creation_input_tokens ?? 0,
      cache_read_input_tokens: turn.usage?.cache_read_input_tokens ?? 0,
    },
  }
}

/** Writes the message as the real SSE frame sequence; every frame has an `event:` line. */
function writeStream(res: ServerResponse, message: WireMessage): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  })
  const frame = (event: string, data: Record<string, unknown>) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`)
  frame('message_start', {
    message: { ...message, content: [], stop_reason: null, usage: { ...message.usage, output_tokens: 1 } },
  })
  message.content.forEach((block, index) => {
    if (block.type === 'text') {
      frame('content_block_start', { index, content_block: { type: 'text', text: '' } })
      if (index === 0) frame('ping', {})
      for (const piece of chunks(block.text, 24)) {
        frame('content_block_delta', { index, delta: { type: 'text_delta', text: piece } })
      }
    } else {
      frame('content_block_start', { index, content_block: { ...block, input: {} } })
      if (index === 0) frame('ping', {})
      for (const piece of chunks(JSON.stringify(block.input), 32)) {
        frame('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: piece } })
      }
    }
    frame('content_block_stop', { index })
  })
  frame('message_delta', {
    delta: { stop_reason: message.stop_reason, stop_sequence: null },
    usage: { output_tokens: message.usage.output_tokens },
  })
  frame('message_stop', {})
  res.end()
}

function chunks(text: string, size: number): string[] {
  const pieces: string[] = []
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size))
  return pieces.length > 0 ? pieces : ['']
}

function authorized(headers: IncomingHttpHeaders, apiKey: string): boolean {
  return headers['authorization'] === `Bearer ${apiKey}` || headers['x-api-key'] === apiKey
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = []
    req.on('data', (part: Buffer) => parts.push(part))
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_scripted_${Date.now()}` })
  res.end(JSON.stringify(body))
}

function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  sendJson(res, status, { type: 'error', error: { type, message }, request_id: 'req_scripted' })
}
