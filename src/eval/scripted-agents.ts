import type { ScriptTurn } from '../demo/scripted-messages-server.js'

/** What the oracle writes: every file of the reference's result, and the files it deletes. */
export interface OracleEdits {
  writes: Array<{ path: string; content: string }>
  deletes: string[]
}

type Responder = (body: Record<string, unknown>) => ScriptTurn

/**
 * The oracle, for measuring the harness: in the agent's session it writes the reference's result in one
 * turn, then finishes. Every other call gets the answer of a model that knows nothing: the classifier a
 * task of kind `other`, anything else plain text with no tool call.
 */
export function oracleResponder(edits: OracleEdits): Responder {
  return (body) => {
    if (!isAgentSession(body)) return declined(body)
    if (assistantTurns(body) > 0 || (edits.writes.length === 0 && edits.deletes.length === 0))
      return finish('Applied the reference patch (eval oracle).')
    return {
      content: [
        { type: 'text', text: 'Writing the reference change.' },
        ...edits.writes.map((file, index) => ({
          type: 'tool_use' as const,
          id: `toolu_oracle_w${index}`,
          name: 'write_file',
          input: { path: file.path, content: file.content },
        })),
        ...edits.deletes.map((file, index) => ({
          type: 'tool_use' as const,
          id: `toolu_oracle_d${index}`,
          name: 'delete_file',
          input: { path: file },
        })),
      ],
      stop_reason: 'tool_use',
    }
  }
}

/** The null model: finishes every session at once without touching a file. "No change" must never pass. */
export function nullResponder(): Responder {
  return (body) => (isAgentSession(body) ? finish('Nothing to change (eval null model).') : declined(body))
}

/** The agent's session is the call that offers the `finish` tool. */
function isAgentSession(body: Record<string, unknown>): boolean {
  const tools = Array.isArray(body['tools']) ? (body['tools'] as unknown[]) : []
  return tools.some(
    (tool) => typeof tool === 'object' && tool !== null && (tool as { name?: unknown }).name === 'finish',
  )
}

function assistantTurns(body: Record<string, unknown>): number {
  const messages = Array.isArray(body['messages']) ? (body['messages'] as unknown[]) : []
  return messages.filter(
    (message) =>
      typeof message === 'object' && message !== null && (message as { role?: unknown }).role === 'assistant',
  ).length
}

function finish(summary: string): ScriptTurn {
  return {
    content: [{ type: 'tool_use', id: 'toolu_eval_finish', name: 'finish', input: { summary } }],
    stop_reason: 'tool_use',
  }
}

function declined(body: Record<string, unknown>): ScriptTurn {
  // A structured request (the task classifier) gets the answer of a model that knows nothing: a task of kind
  // `other` at medium risk, as the pipeline would assume anyway.
  if (body['output_config'] !== undefined) return { output: { kind: 'other', risk: 'medium' } }
  return {
    content: [{ type: 'text', text: 'No answer from the scripted eval model.' }],
    stop_reason: 'end_turn',
  }
}
