import type { Validation } from '../validate/validation.js'
import type { Ticket } from '../tickets/ticket.js'
import {
  cell,
  code,
  codeCell,
  duration,
  fitLists,
  limited,
  moreLine,
  table,
  truncate,
  untrusted,
  usd,
} from './markdown.js'
import type { Redactor } from '../shared/redact.js'
import type { CommandRecord, ModelCallRecord, RunRecord, RunStages, RunStatus } from '../run/run-record.js'
import { brokenBaseMarkdown } from './broken-base.js'
import { sandboxMarkdown } from './sandbox-markdown.js'
import { validationSection } from './validation-markdown.js'

/** GitHub rejects step summaries over 1 MiB; other steps may append to the same file. */
export const JOB_SUMMARY_LIMIT_BYTES = 512 * 1024

export interface JobSummaryInput {
  status: RunStatus
  statusMessage: string
  ticket?: Pick<Ticket, 'key' | 'title' | 'url'>
  prUrl?: string
  branch?: string
  validations: Validation[]
  record: Pick<RunRecord, 'modelCalls' | 'commands' | 'costUsd'> & {
    stages?: Pick<RunStages, 'sandbox' | 'base'>
  }
  redactor?: Redactor
  /** For tests; `JOB_SUMMARY_LIMIT_BYTES` otherwise. */
  maxBytes?: number
}

export function statusHeadline(status: RunStatus): string {
  if (status === 'pr-opened') return '✅ Pull request opened'
  if (status === 'pr-updated') return '🔄 Pull request updated'
  if (status === 'dry-run') return '🧪 Dry run'
  if (status === 'backlog-planned') return '🗂️ Backlog planned'
  if (status === 'backlog-done') return '✅ Backlog run finished'
  if (status === 'no-drift') return '✅ No schema drift'
  const [kind, ...rest] = status.split(':')
  const reason = rest.join(':')
  if (kind === 'skipped') return `⏭️ Skipped${reason ? ` (${reason})` : ''}`
  return `❌ Failed${reason ? ` (${reason})` : ''}`
}

function overview(input: JobSummaryInput): string {
  const lines = [
    `## Autopilot: ${statusHeadline(input.status)}`,
    '',
    untrusted(truncate(input.statusMessage, 4000)),
    '',
  ]
  if (input.ticket) {
    const key = input.ticket.url
      ? `[${untrusted(input.ticket.key)}](${encodeURI(input.ticket.url)})`
      : code(input.ticket.key)
    lines.push(`- **Ticket:** ${key} ${untrusted(truncate(input.ticket.title.replace(/\s+/g, ' '), 200))}`)
  }
  if (input.prUrl) lines.push(`- **Pull request:** ${encodeURI(input.prUrl)}`)
  if (input.branch) lines.push(`- **Branch:** ${code(input.branch)}`)
  return lines.join('\n').trimEnd()
}

function modelCallsSection(calls: readonly ModelCallRecord[], totalCost: number, limit: number): string {
  if (calls.length === 0) return '### Model calls\n\nNo model calls.'
  const { shown, omitted } = limited(calls, limit)
  const n = (value: number) => value.toLocaleString('en-US')
  const rows = shown.map((call) => [
    String(call.turn),
    codeCell(call.model),
    n(call.usage.inputTokens),
    n(call.usage.outputTokens),
    n(call.usage.cacheCreationInputTokens),
    n(call.usage.cacheReadInputTokens),
    usd(call.costUsd),
    cell(call.stopReason),
    duration(call.durationMs),
  ])
  const sum = (pick: (call: ModelCallRecord) => number) =>
    n(calls.reduce((total, call) => total + pick(call), 0))
  rows.push([
    '**total**',
    '',
    sum((c) => c.usage.inputTokens),
    sum((c) => c.usage.outputTokens),
    sum((c) => c.usage.cacheCreationInputTokens),
    sum((c) => c.usage.cacheReadInputTokens),
    `**${usd(totalCost)}**`,
    '',
    duration(calls.reduce((total, call) => total + call.durationMs, 0)),
  ])
  const header = ['Turn', 'Model', 'Input', 'Output', 'Cache write', 'Cache read', 'Cost', 'Stop', 'Duration']
  return [`### Model calls (${calls.length})`, table(header, rows), moreLine(omitted)]
    .filter(Boolean)
    .join('\n\n')
}

function commandsSection(commands: readonly CommandRecord[], limit: number): string {
  if (commands.length === 0) return '### Commands\n\nNo commands were run.'
  const { shown, omitted } = limited(commands, limit)
  const rows = shown.map((command) => [
    codeCell([command.command, ...command.args].join(' ')),
    command.timedOut ? '⏱️ timed out' : command.exitCode === 0 ? '0' : `❌ ${command.exitCode}`,
    duration(command.durationMs),
  ])
  return [
    `### Commands (${commands.length})`,
    table(['Command', 'Exit', 'Duration'], rows),
    moreLine(omitted),
  ]
    .filter(Boolean)
    .join('\n\n')
}

function render(input: JobSummaryInput, limit: number): string {
  const parts = [overview(input)]
  const brokenBase = input.record.stages?.base?.brokenBase
  if (brokenBase) parts.push(brokenBaseMarkdown(brokenBase))
  const sandbox = sandboxMarkdown(input.record.stages?.sandbox)
  if (sandbox) parts.push(sandbox)
  if (input.validations.length > 0)
    parts.push(`### Validation\n\n${validationSection(input.validations, limit)}`)
  parts.push(modelCallsSection(input.record.modelCalls, input.record.costUsd, limit))
  parts.push(commandsSection(input.record.commands, limit))
  return `${parts.join('\n\n')}\n`
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

/** Markdown for `$GITHUB_STEP_SUMMARY`, with every finding that fits (the annotations show only a few). */
export function renderJobSummary(input: JobSummaryInput): string {
  const max = input.maxBytes ?? JOB_SUMMARY_LIMIT_BYTES
  const redact = input.redactor ?? ((text: string) => text)
  const fitted = fitLists((limit) => redact(render(input, limit)), max, bytes)
  if (fitted !== undefined) return fitted
  // Only an absurd status message gets here; keep the headline and say where the rest is.
  const notice = '\n\n…truncated, see the audit artifact.\n'
  let text = redact(render(input, 0))
  while (bytes(text) > max - bytes(notice)) text = text.slice(0, Math.floor(text.length * 0.9))
  return `${text}${notice}`
}
