import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Usage } from '../run/run-record.js'
import type { ModelMessage, ToolSpec } from './language-model.js'

/** What of a request is sent as input: a tool call's or a structured answer's (`schema`, a zod type). */
export interface BoundedRequest {
  system: string
  cachedContext?: string
  messages: readonly ModelMessage[]
  tools?: readonly ToolSpec[]
  schema?: unknown
}

/**
 * Tokens the API adds around what a request's JSON holds: the tool-use system prompt, role and turn markers.
 * Anthropic documents a few hundred for the tool-use prompt; this is well above that.
 */
export const REQUEST_OVERHEAD_TOKENS = 1024
/** Markers the API adds per tool, message and content block. */
export const ITEM_OVERHEAD_TOKENS = 16

export function inputTokensOf(usage: Usage): number {
  return usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens
}

/**
 * An upper bound of a conversation's next input tokens, without asking the API: a token is never shorter
 * than one byte of UTF-8, so the bytes of what is sent (as JSON, which only adds bytes) bound its tokens.
 * After a call the API's own count of it anchors the next bound, so only the turns since add their bytes.
 * A bill above a bound (which would mean the rule is wrong for some model) ends the shortcut for the run.
 */
export class InputBound {
  private anchor?: { tokens: number; messages: number; digest: string }
  private trusted = true

  /** Whether bounds may stand in for an exact count; false once the API billed more than one. */
  get reliable(): boolean {
    return this.trusted
  }

  bound(request: BoundedRequest): number {
    const anchor = this.anchor
    if (
      anchor &&
      anchor.messages <= request.messages.length &&
      anchor.digest === prefixDigest(request, anchor.messages)
    ) {
      return anchor.tokens + messagesBound(request.messages.slice(anchor.messages))
    }
    const tools = request.tools ?? []
    const fixed =
      bytes(request.system) +
      bytes(request.cachedContext ?? '') +
      bytes(JSON.stringify(tools)) +
      schemaBytes(request.schema)
    return (
      REQUEST_OVERHEAD_TOKENS + ITEM_OVERHEAD_TOKENS * tools.length + fixed + messagesBound(request.messages)
    )
  }

  /** What the API billed for `request`; `estimate` is what the call was reserved with. */
  observe(request: BoundedRequest, usage: Usage, estimate: number): void {
    const tokens = inputTokensOf(usage)
    if (tokens > estimate) this.trusted = false
    this.anchor = {
      tokens,
      messages: request.messages.length,
      digest: prefixDigest(request, request.messages.length),
    }
  }
}

function messagesBound(messages: readonly ModelMessage[]): number {
  return messages.reduce(
    (sum, message) =>
      sum + ITEM_OVERHEAD_TOKENS * (1 + message.content.length) + bytes(JSON.stringify(message.content)),
    0,
  )
}

/** What makes the first `count` messages of a request the same prompt as an earlier one. */
function prefixDigest(request: BoundedRequest, count: number): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        request.system,
        request.cachedContext ?? '',
        request.tools ?? [],
        schemaText(request.schema) ?? null,
        request.messages.slice(0, count),
      ]),
    )
    .digest('hex')
}

/** A structured answer's JSON schema as sent; undefined when it cannot be serialised. */
function schemaText(schema: unknown): string | undefined {
  if (schema === undefined) return ''
  try {
    return JSON.stringify(schema instanceof z.ZodType ? z.toJSONSchema(schema) : schema)
  } catch {
    return undefined
  }
}

/** Unbounded (so the call is counted exactly) when the schema cannot be serialised. */
function schemaBytes(schema: unknown): number {
  const text = schemaText(schema)
  return text === undefined ? Number.POSITIVE_INFINITY : bytes(text)
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
