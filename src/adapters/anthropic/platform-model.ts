import type { Message } from '@anthropic-ai/sdk/resources/messages'
import {
  ModelError,
  type LanguageModel,
  type ModelErrorKind,
  type ModelRequest,
  type ModelResponse,
  type StructuredRequest,
  type StructuredResponse,
} from '../../agent/language-model.js'
import { fromMessage, readStructured, toParams } from './anthropic-model.js'
import type { Surface } from '../../config/input-wording.js'

// Claude on a cloud platform (Amazon Bedrock, Google Vertex AI): the platform's SDK extends the Anthropic
// client and speaks the same Messages API, so one adapter serves both; what differs is handed in as a
// `Platform` (its client, its error classes, what its errors mean).

type Params = ReturnType<typeof toParams> & { max_tokens: number }
interface CallOptions {
  timeout: number
  signal: AbortSignal
  headers?: Record<string, string>
}

/** The part of a platform's client the adapter uses (`AnthropicBedrock`, `AnthropicVertex`). */
export interface PlatformClient {
  messages: {
    stream(params: Params, options: CallOptions): { finalMessage(): Promise<Message> }
  }
}

/** Token counting, where the platform serves it (Vertex does, Bedrock's SDK does not). */
export type CountTokens = (params: ReturnType<typeof toParams>, options: CallOptions) => Promise<number>

/** The error classes of the Anthropic SDK the platform's SDK is built on (Bedrock bundles its own copy). */
export interface SdkErrorClasses {
  AnthropicError: abstract new (...args: never[]) => Error
  APIError: abstract new (
    ...args: never[]
  ) => Error & { status: number | undefined; error: unknown; headers: Headers | undefined }
  APIConnectionError: abstract new (...args: never[]) => Error
  APIConnectionTimeoutError: abstract new (...args: never[]) => Error
  APIUserAbortError: abstract new (...args: never[]) => Error
}

/** What a platform's HTTP error means: the kind and the sentence that says what to do. */
export interface PlatformVerdict {
  kind: ModelErrorKind
  advice: string
}

export interface Platform {
  /** `Amazon Bedrock`, `Google Vertex AI`: how messages name the far end. */
  name: string
  client: PlatformClient
  countTokens?: CountTokens
  errors: SdkErrorClasses
  /** The meaning of an HTTP error (status, the platform's message, its error type when it names one). */
  explain(status: number, message: string, type: string | undefined): PlatformVerdict
  /** A connection error that is really missing credentials (the SDKs resolve them inside the request). */
  explainConnection(error: Error): PlatformVerdict | undefined
  /** Extra headers for a model the platform serves only under an older API version. */
  headers?: Record<string, string>
}

export interface PlatformModelOptions {
  /** The platform's model id, sent as is. */
  model: string
  /** The price table entry it is billed by. */
  priceKey?: string
}

/** `LanguageModel` on a cloud platform's Anthropic client. */
export class PlatformModel implements LanguageModel {
  readonly model: string
  readonly priceKey?: string
  private readonly estimate = new TokenEstimate()

  constructor(
    private readonly platform: Platform,
    options: PlatformModelOptions,
  ) {
    this.model = options.model
    if (options.priceKey) this.priceKey = options.priceKey
  }

  async complete(request: ModelRequest): Promise<ModelResponse> {
    return fromMessage(await this.send(request))
  }

  async completeStructured<T>(request: StructuredRequest<T>): Promise<StructuredResponse<T>> {
    const message = await this.send(request)
    return { ...fromMessage(message), output: readStructured(message, request.schema) }
  }

  private async send(request: ModelRequest | StructuredRequest<unknown>): Promise<Message> {
    const params = toParams(this.model, request)
    const signal = AbortSignal.timeout(request.timeoutMs)
    try {
      const stream = this.platform.client.messages.stream(
        { ...params, max_tokens: request.maxTokens },
        { timeout: request.timeoutMs, signal, ...this.headers() },
      )
      const message = await stream.finalMessage()
      this.estimate.learn(params, fromMessage(message))
      return message
    } catch (error) {
      throw platformModelError(this.platform, error, signal.aborted ? request.timeoutMs : undefined)
    }
  }

  async countTokens(request: ModelRequest | StructuredRequest<unknown>): Promise<number> {
    const params = toParams(this.model, request)
    const count = this.platform.countTokens
    if (!count) return this.estimate.of(params)
    const signal = AbortSignal.timeout(request.timeoutMs)
    try {
      return await count(params, { timeout: request.timeoutMs, signal, ...this.headers() })
    } catch (error) {
      throw platformModelError(this.platform, error, signal.aborted ? request.timeoutMs : undefined)
    }
  }

  private headers(): { headers?: Record<string, string> } {
    return this.platform.headers ? { headers: this.platform.headers } : {}
  }
}

/**
 * Input tokens of a request where the platform cannot count them: its JSON bytes at one token per three
 * bytes (Claude's tokens average nearer four), raised to the densest ratio a response has shown, so the
 * budget's reservation errs on the side of stopping early, never of overspending.
 */
export class TokenEstimate {
  private tokensPerByte = 1 / 3

  of(params: ReturnType<typeof toParams>): number {
    return Math.ceil(bytesOf(params) * this.tokensPerByte)
  }

  learn(params: ReturnType<typeof toParams>, response: ModelResponse): void {
    const { inputTokens, cacheCreationInputTokens, cacheReadInputTokens } = response.usage
    const used = inputTokens + cacheCreationInputTokens + cacheReadInputTokens
    const bytes = bytesOf(params)
    if (bytes > 0) this.tokensPerByte = Math.max(this.tokensPerByte, used / bytes)
  }
}

function bytesOf(params: ReturnType<typeof toParams>): number {
  return Buffer.byteLength(JSON.stringify(params))
}

/** Maps a platform SDK's error to a `ModelError` that says what to do. */
export function platformModelError(platform: Platform, error: unknown, timedOutAfterMs?: number): ModelError {
  if (error instanceof ModelError) return error
  const { errors, name } = platform
  if (
    error instanceof errors.APIUserAbortError ||
    error instanceof errors.APIConnectionTimeoutError ||
    timedOutAfterMs
  ) {
    const after = timedOutAfterMs ? ` after ${Math.round(timedOutAfterMs / 1000)} s` : ''
    return new ModelError(
      'timeout',
      `The model call to ${name} timed out${after}: raise input \`max-minutes\` or try again later.`,
    )
  }
  if (error instanceof errors.APIConnectionError) {
    const verdict = platform.explainConnection(error)
    if (verdict) return new ModelError(verdict.kind, verdict.advice)
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : ''
    return new ModelError(
      'connection',
      `Could not reach ${name}: ${error.message}${cause}. Check the runner's network, the region, and input \`anthropic-base-url\` if set.`,
    )
  }
  if (error instanceof errors.APIError) {
    const status = typeof error.status === 'number' ? error.status : 0
    const body = platformErrorBody(error.error)
    const message = body.message
    // AWS names the error in a header (`AccessDeniedException:http://…`); Anthropic and Google in the body.
    const type = error.headers?.get('x-amzn-errortype')?.split(':')[0] ?? body.type
    const detail = message ?? error.message
    const verdict = platform.explain(status, detail, type)
    return new ModelError(verdict.kind, `${verdict.advice} (HTTP ${status}: ${detail})`, status)
  }
  const message = error instanceof Error ? error.message : String(error)
  const kind: ModelErrorKind = error instanceof errors.AnthropicError ? 'invalid-request' : 'server'
  return new ModelError(kind, `${name} refused the request: ${message}`)
}

/**
 * The message and type of an error body in any of the shapes the platforms answer with: Anthropic's
 * `{error: {type, message}}`, Google's `{error: {code, message, status}}`, AWS's `{message}` (its type comes
 * in a header the SDK does not keep, so the message has to do).
 */
function platformErrorBody(body: unknown): { message?: string; type?: string } {
  if (typeof body !== 'object' || body === null) return {}
  const record = body as Record<string, unknown>
  const inner = record['error']
  if (typeof inner === 'object' && inner !== null) {
    const error = inner as Record<string, unknown>
    const type = typeof error['status'] === 'string' ? error['status'] : error['type']
    return {
      ...(typeof error['message'] === 'string' ? { message: error['message'] } : {}),
      ...(typeof type === 'string' ? { type } : {}),
    }
  }
  const message = record['message'] ?? record['Message']
  const type = record['__type']
  return {
    ...(typeof message === 'string' ? { message } : {}),
    ...(typeof type === 'string' ? { type } : {}),
  }
}

/** The kind an HTTP status means when the platform's message says nothing more specific. */
export function kindOfStatus(status: number): ModelErrorKind {
  if (status === 401 || status === 403) return 'auth'
  if (status === 429) return 'rate-limited'
  if (status === 529 || status === 503) return 'overloaded'
  if (status === 408) return 'timeout'
  if (status >= 500) return 'server'
  return 'invalid-request'
}

/**
 * `explainConnection` for an SDK whose credential chain failed before any request (its message matches
 * `pattern`): an auth failure naming what was missing, why (the chain's own cause), and `help`.
 */
export function missingCredentials(
  pattern: RegExp,
  missing: string,
  help: string,
): (error: Error) => PlatformVerdict | undefined {
  return (error) => {
    if (!pattern.test(error.message)) return undefined
    const cause = error.cause instanceof Error ? error.cause.message : error.message
    return { kind: 'auth', advice: `No ${missing} (${cause}): ${help}.` }
  }
}

/** What every cloud platform's model is built with beside its model, region and endpoint. */
export interface PlatformModelInputs {
  maxRetries?: number
  /** Where the platform's region, project and credentials are read (default: the process's). */
  env?: NodeJS.ProcessEnv
  /** Where the inputs were set, so the advice names them as the reader set them (default: the Action's). */
  surface?: Surface
}
