import Anthropic, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AnthropicError,
} from '@anthropic-ai/sdk'
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod'
import type { MessageParam, TextBlockParam, Tool, Message } from '@anthropic-ai/sdk/resources/messages'
import {
  ModelError,
  type ContentBlock,
  type LanguageModel,
  type ModelErrorKind,
  type ModelRequest,
  type ModelResponse,
  type StructuredOutput,
  type StructuredRequest,
  type StructuredResponse,
  type TextBlock,
  type ToolUseBlock,
} from '../../agent/language-model.js'

export interface AnthropicModelOptions {
  apiKey: string
  model: string
  /** A gateway or the loopback fake; undefined means the SDK default. */
  baseURL?: string
  /** SDK retries of 408/409/429/5xx (529 included), honouring `retry-after`. */
  maxRetries?: number
}

const EPHEMERAL = { type: 'ephemeral' } as const

function missingKey(): ModelError {
  return new ModelError(
    'auth',
    'No Anthropic API key: set input `anthropic-api-key` (e.g. `${{ secrets.ANTHROPIC_API_KEY }}`).',
  )
}

/**
 * For runs that may need no model at all (a schema drift check that finds none): the missing key is
 * reported at the first call instead of before the run starts.
 */
export function keylessModel(model: string): LanguageModel {
  const refuse = () => Promise.reject(missingKey())
  return { model, complete: refuse, completeStructured: refuse, countTokens: refuse }
}

/** `LanguageModel` on the Anthropic Messages API through `@anthropic-ai/sdk`. */
export class AnthropicModel implements LanguageModel {
  readonly model: string
  private readonly client: Anthropic

  constructor(options: AnthropicModelOptions) {
    if (!options.apiKey) throw missingKey()
    this.model = options.model
    this.client = new Anthropic({
      apiKey: options.apiKey,
      baseURL: options.baseURL ?? null,
      maxRetries: options.maxRetries ?? 2,
    })
  }

  async complete(request: ModelRequest): Promise<ModelResponse> {
    return fromMessage(await this.send(request))
  }

  /**
   * Structured outputs: the schema goes out as `output_config.format` (the SDK's zod helper turns it into
   * the JSON schema the API accepts) and the answer's text is parsed with the same helper. The message is
   * read whole before parsing, so a refused answer still reports the usage it cost.
   */
  async completeStructured<T>(request: StructuredRequest<T>): Promise<StructuredResponse<T>> {
    const message = await this.send(request)
    const response = fromMessage(message)
    return { ...response, output: readStructured(message, request.schema) }
  }

  private async send(request: ModelRequest | StructuredRequest<unknown>): Promise<Message> {
    const params = toParams(this.model, request)
    // The abort signal bounds the whole call, retries included; the SDK's own timeout is per attempt.
    const signal = AbortSignal.timeout(request.timeoutMs)
    try {
      const stream = this.client.messages.stream(
        { ...params, max_tokens: request.maxTokens },
        { timeout: request.timeoutMs, signal },
      )
      return await stream.finalMessage()
    } catch (error) {
      throw toModelError(error, signal.aborted ? request.timeoutMs : undefined)
    }
  }

  async countTokens(request: ModelRequest | StructuredRequest<unknown>): Promise<number> {
    const signal = AbortSignal.timeout(request.timeoutMs)
    try {
      const count = await this.client.messages.countTokens(toParams(this.model, request), {
        timeout: request.timeoutMs,
        signal,
      })
      return count.input_tokens
    } catch (error) {
      throw toModelError(error, signal.aborted ? request.timeoutMs : undefined)
    }
  }
}

/** The request parameters shared by `messages.stream` and `messages.countTokens`. */
export function toParams(model: string, request: ModelRequest | StructuredRequest<unknown>) {
  const system: TextBlockParam[] = [{ type: 'text', text: request.system }]
  if (request.cachedContext) system.push({ type: 'text', text: request.cachedContext })
  // One breakpoint at the end of the system blocks caches tools + system (tools come first in the prefix);
  // the one on the last tool keeps the tool prefix cached when the overview changes.
  system[system.length - 1] = { ...system[system.length - 1]!, cache_control: EPHEMERAL }
  const specs = 'tools' in request ? request.tools : []
  const tools: Tool[] = specs.map((tool, index) => ({
    name: tool.name,
    description: tool.description,
    input_schema: tool.inputSchema,
    ...(index === specs.length - 1 ? { cache_control: EPHEMERAL } : {}),
  }))
  // A third breakpoint on the newest block caches the conversation so far, which every later turn resends.
  const messages: MessageParam[] = request.messages.map((message, m) => ({
    role: message.role,
    content: message.content.map((block, b) =>
      m === request.messages.length - 1 && b === message.content.length - 1
        ? { ...toBlockParam(block), cache_control: EPHEMERAL }
        : toBlockParam(block),
    ),
  }))
  return {
    model,
    system,
    messages,
    ...(tools.length > 0 ? { tools, tool_choice: { type: 'auto' as const } } : {}),
    ...('schema' in request ? { output_config: { format: jsonSchemaFormat(request.schema) } } : {}),
  }
}

/** Only the wire part of the helper's format: the answer is parsed in `readStructured`, after usage is known. */
function jsonSchemaFormat(schema: StructuredRequest<unknown>['schema']) {
  const { type, schema: jsonSchema } = zodOutputFormat(schema)
  return { type, schema: jsonSchema }
}

/** The first text block parsed against the schema, or why it could not be. */
export function readStructured<T>(
  message: Message,
  schema: StructuredRequest<T>['schema'],
): StructuredOutput<T> {
  if (message.stop_reason === 'refusal') return { ok: false, problem: 'the model refused to answer' }
  if (message.stop_reason === 'max_tokens')
    return { ok: false, problem: 'the answer was cut off at the output token limit' }
  const text = message.content.find((block) => block.type === 'text')?.text
  if (text === undefined) return { ok: false, problem: 'the answer had no text block' }
  try {
    return { ok: true, value: zodOutputFormat(schema).parse(text) }
  } catch (error) {
    // The helper's message starts with a fixed phrase, then the JSON or schema issues.
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, problem: detail.replace(/\s*\n\s*/g, ' ').slice(0, 1_000) }
  }
}

function toBlockParam(block: ContentBlock) {
  switch (block.type) {
    case 'text':
      return { type: 'text' as const, text: block.text }
    case 'tool_use':
      return { type: 'tool_use' as const, id: block.id, name: block.name, input: block.input }
    case 'tool_result':
      return {
        type: 'tool_result' as const,
        tool_use_id: block.tool_use_id,
        content: block.content,
        is_error: block.is_error,
      }
  }
}

function fromMessage(message: Message): ModelResponse {
  const content: Array<TextBlock | ToolUseBlock> = []
  for (const block of message.content) {
    if (block.type === 'text') content.push({ type: 'text', text: block.text })
    else if (block.type === 'tool_use') {
      const input = block.input
      content.push({
        type: 'tool_use',
        id: block.id,
        name: block.name,
        input:
          typeof input === 'object' && input !== null && !Array.isArray(input)
            ? (input as Record<string, unknown>)
            : {},
      })
    }
  }
  const usage = message.usage
  return {
    content,
    stopReason: message.stop_reason ?? 'end_turn',
    model: message.model,
    usage: {
      inputTokens: usage.input_tokens,
      outputTokens: usage.output_tokens,
      cacheCreationInputTokens: usage.cache_creation_input_tokens ?? 0,
      cacheReadInputTokens: usage.cache_read_input_tokens ?? 0,
    },
  }
}

/** Maps an SDK error to a `ModelError` whose message says what to do. `timedOutAfterMs` marks our own abort. */
export function toModelError(error: unknown, timedOutAfterMs?: number): ModelError {
  if (error instanceof ModelError) return error
  if (error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError || timedOutAfterMs) {
    const after = timedOutAfterMs ? ` after ${Math.round(timedOutAfterMs / 1000)} s` : ''
    return new ModelError(
      'timeout',
      `The model call timed out${after}: raise input \`max-minutes\` or try again when the API is less busy.`,
    )
  }
  if (error instanceof APIConnectionError) {
    return new ModelError(
      'connection',
      `Could not reach the Anthropic API (${error.message}): check the runner's network and input \`anthropic-base-url\`.`,
    )
  }
  if (error instanceof APIError) {
    const status: number = typeof error.status === 'number' ? error.status : 0
    const detail = error.apiMessage ?? error.message
    const kind = kindOfStatus(status)
    return new ModelError(kind, `${ADVICE[kind]} (HTTP ${status}: ${detail})`, status)
  }
  const message = error instanceof Error ? error.message : String(error)
  const kind: ModelErrorKind = error instanceof AnthropicError ? 'invalid-request' : 'server'
  return new ModelError(kind, `${ADVICE[kind]} (${message})`)
}

function kindOfStatus(status: number): ModelErrorKind {
  if (status === 401 || status === 403) return 'auth'
  if (status === 429) return 'rate-limited'
  if (status === 529) return 'overloaded'
  if (status === 408) return 'timeout'
  if (status >= 500) return 'server'
  return 'invalid-request'
}

const ADVICE: Record<ModelErrorKind, string> = {
  auth: 'The Anthropic API rejected the credentials: check input `anthropic-api-key` (and that the key may use the model)',
  'rate-limited':
    'The Anthropic API rate limit was hit even after retries: run again later, or lower the number of tickets run in parallel',
  overloaded: 'The Anthropic API is overloaded even after retries: run the workflow again in a few minutes',
  'invalid-request':
    'The Anthropic API refused the request: check inputs `model` and `anthropic-base-url`, and report this if it persists',
  timeout: 'The model call timed out: raise input `max-minutes` or try again later',
  connection: "Could not reach the Anthropic API: check the runner's network and input `anthropic-base-url`",
  server: 'The Anthropic API failed even after retries: run the workflow again later',
}
