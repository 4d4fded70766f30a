import { posix } from 'node:path'
import type { AgentRunResult } from '../agent/agent-session.js'
import type { ToolCallRecord } from './run-record.js'

const WRITING_TOOLS = new Set(['write_file', 'edit_file', 'delete_file', 'move_file'])
const GUARD_RULE = /^\[([\w-]+)\]/
const LIMIT = /^Refused\b/

/**
 * What the change did, in the model's words: the first round's `finish` summary, each later round's
 * appended as "Round N: …" (a repair never replaces what the change was), then every write the guard
 * refused that no later write made, so a refused edit never reads as done.
 */
export function summarizeChange(
  rounds: readonly AgentRunResult[],
  toolCalls: readonly ToolCallRecord[],
  changedFiles: readonly string[],
): string {
  const finished = rounds
    .map((round, i) => ({ round: i + 1, summary: round.outcome === 'finished' ? round.summary.trim() : '' }))
    // A repair that repeats the change's summary adds nothing; the validation section says what it fixed.
    .filter(({ summary }, i, all) => summary !== '' && all.findIndex((r) => r.summary === summary) === i)
  const lines = finished.map(({ round, summary }, i) => (i === 0 ? summary : `Round ${round}: ${summary}`))
  const refused = refusedWrites(toolCalls, new Set(changedFiles))
  if (refused.length > 0) {
    lines.push(
      `Not done (refused by the guard): ${refused.map(({ file, rule }) => `\`${file}\` (${rule})`).join(', ')}.`,
    )
  }
  return lines.join('\n\n')
}

function refusedWrites(
  toolCalls: readonly ToolCallRecord[],
  changed: ReadonlySet<string>,
): { file: string; rule: string }[] {
  const refused = new Map<string, string>()
  for (const call of toolCalls) {
    const target = call.input.path ?? call.input.from
    if (!WRITING_TOOLS.has(call.name) || typeof target !== 'string') continue
    const file = posix.normalize(target)
    const error = call.error ?? ''
    const rule = call.ok
      ? undefined
      : (GUARD_RULE.exec(error)?.[1] ?? (LIMIT.test(error) ? 'change limit' : undefined))
    if (rule) refused.set(file, rule)
    else if (call.ok) refused.delete(file)
  }
  return [...refused].filter(([file]) => !changed.has(file)).map(([file, rule]) => ({ file, rule }))
}
