import type { z } from 'zod'
import { AutopilotError } from '../shared/autopilot-error.js'
import type { Usage } from '../run/run-record.js'

export interface TextBlock {
  type: 'text'
  text: string
}

export interface ToolUseBlock {
  type: 'tool_use'
  id: string
  name: string
  input: Record<string, unknown>
}

export interface ToolResultBlock {
  type: 'tool_result'
  tool_use_id: string
  content: string
  is_error: boolean
}

export type ContentBlock = TextBlock | ToolUseBlock | ToolResultBlock

export interface ModelMessage {
  role: 'user' | 'assistant'
  content: ContentBlock[]
}

export interface ToolSpec {
  name: string
  description: string
  /** JSON schema of the tool input; always `type: 'object'`. */
  inputSchema: { type: 'object'; [key: string]: unknown }
}

export interface ModelRequest {
  system: string
  /** Stable project overview, sent after the system prompt and marked for prompt caching. */
  cachedContext?: string
  messages: ModelMessage[]
  tools: ToolSpec[]
  maxTokens: number
  /** Upper bound for the whole call, retries included. */
  timeoutMs: number
}

export type StopReason = 'end_turn' | 'tool_use' | 'max_tokens' | 'stop_sequence' | 'refusal' | (string & {})

export interface ModelResponse {
  content: Array<TextBlock | ToolUseBlock>
  stopReason: StopReason
  usage: Usage
  model: string
}

/**
 * A call whose answer is one JSON value of a schema (the API's structured outputs, `output_config.format`),
 * without tools: the models refuse a forced tool call, and a schema-constrained answer needs none.
 */
export interface StructuredRequest<T> extends Omit<ModelRequest, 'tools'> {
  /** What the answer must be; sent as its JSON schema and checked again on the way back. */
  schema: z.ZodType<T>
}

/** The answer read against the request's schema: the value, or what was wrong with it (for a retry). */
export type StructuredOutput<T> = { ok: true; value: T } | { ok: false; problem: string }

export interface StructuredResponse<T> extends ModelResponse {
  output: StructuredOutput<T>
}

/** The model behind a port: the Anthropic SDK in production, a loopback script in tests and the demo. */
export interface LanguageModel {
  readonly model: string
  /** The entry of the price table this model is billed by, when it is not `model` (a cloud platform's region). */
  readonly priceKey?: string
  complete(request: ModelRequest): Promise<ModelResponse>
  /** One structured answer; an answer that does not fit the schema is a value (`output.ok: false`), not a throw. */
  completeStructured<T>(request: StructuredRequest<T>): Promise<StructuredResponse<T>>
  /** Exact input tokens the request would use, for the budget check before the call. */
  countTokens(request: ModelRequest | StructuredRequest<unknown>): Promise<number>
}

/** The price table entry a model's calls are billed by: a platform's own (`priceKey`), else the model's name. */
export function priceKeyOf(model: Pick<LanguageModel, 'model' | 'priceKey'>): string {
  return model.priceKey ?? model.model
}

export type ModelErrorKind =
  'auth' | 'rate-limited' | 'overloaded' | 'invalid-request' | 'timeout' | 'connection' | 'server'

const RETRYABLE: ReadonlySet<ModelErrorKind> = new Set([
  'rate-limited',
  'overloaded',
  'timeout',
  'connection',
  'server',
])

/** A model call failed; `message` says what to do about it. */
export class ModelError extends AutopilotError {
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super('failed:model', message)
  }

  /** Whether running the workflow again later may succeed without changing anything. */
  get transient(): boolean {
    return RETRYABLE.has(this.kind)
  }
}

export function textOf(content: ReadonlyArray<ContentBlock>): string {
  return content
    .filter((block): block is TextBlock => block.type === 'text')
    .map((block) => block.text)
    .join('\n')
    .trim()
}
