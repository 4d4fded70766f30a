import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { AutopilotError } from '../shared/autopilot-error.js'
import { UsageError } from '../cli/command-io.js'
import { inTerminalWords } from '../config/input-wording.js'

/** A tool's answer: the JSON a client's model reads, pretty-printed. */
export function jsonResult(value: unknown): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] }
}

/** A failed call as MCP says it: `isError`, with text that says what to do. */
export function toolError(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: inTerminalWords(message) }] }
}

/**
 * Runs a tool's body; a thrown error becomes a tool error instead of a protocol error, so the client's
 * model sees the message and can act on it. Our own errors already say what to do; anything else is a bug.
 */
export async function guarded(body: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await body()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof AutopilotError || error instanceof UsageError || isExpected(error))
      return toolError(message)
    return toolError(`Unexpected error in dbt-autopilot (please report it): ${message}`)
  }
}

/** Errors whose message is written for the user (a missing audit bundle, an unreadable file). */
function isExpected(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  return error.name === 'AuditBundleMissingError' || 'code' in error
}
