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
  plural,
  table,
  truncate,
  untrusted,
  usd,
} from './markdown.js'
import type { Redactor } from '../shared/redact.js'
import type { ModelCallRecord, RunEvent, RunRecord, RunStages, RunStatus } from '../run/run-record.js'
import { stageTimings } from '../run/stage-timing.js'
import { usageByStage, type StageUsage } from '../agent/usage-by-stage.js'
import type { TicketRun } from '../run/run-ticket.js'
import { agentReviewLine } from './agent-review-line.js'
import { brokenBaseMarkdown } from './broken-base.js'
import { evidenceMarkdown } from './evidence-markdown.js'
import { phasesMarkdown } from './phases-markdown.js'
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
  record: Pick<RunRecord, 'modelCalls' | 'costUsd'> &
    Partial<Pick<RunRecord, 'events' | 'startedAt' | 'finishedAt' | 'commitSha' | 'toolCalls'>> & {
      stages?: Pick<
        RunStages,
        'sandbox' | 'base' | 'decision' | 'change' | 'impact' | 'evidence' | 'phases' | 'review'
      >
    }
  /** A dry run: the summary says what the real run would have done. */
  dryRun?: boolean
  /** The audit chain's final hash, to compare a downloaded bundle with (`verify-audit --expect`). */
  auditHash?: string
  artifactUrl?: string
  /** Where the bundle was uploaded (`artifact`, or an `audit-fallback`: `branch`, `release`). */
  auditUpload?: string
  /** Why it was not uploaded, when it was not. */
  auditNotUploaded?: string
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

/**
 * Why a real PR is a draft. A dry run's status message already says what the real run would do (the
 * publication decision words it), so it gets no second line.
 */
function verdictLine(input: JobSummaryInput): string | undefined {
  const decision = input.record.stages?.decision
  if (!decision || (input.dryRun ?? input.status === 'dry-run')) return undefined
  const reason = decision.draftReason ? `: ${untrusted(truncate(decision.draftReason, 1000))}` : ''
  if (decision.verdict === 'draft' || decision.verdict === 'validation-failed')
    return `**Draft**${reason || '.'}`
  return undefined
}

function overview(input: JobSummaryInput): string {
  const lines = [
    `## Autopilot: ${statusHeadline(input.status)}`,
    '',
    untrusted(truncate(input.statusMessage, 4000)),
    '',
  ]
  const verdict = verdictLine(input)
  if (verdict) lines.push(verdict, '')
  if (input.prUrl) lines.push(`- **Pull request:** ${encodeURI(input.prUrl)}`)
  if (input.ticket) {
    const key = input.ticket.url
      ? `[${untrusted(input.ticket.key)}](${encodeURI(input.ticket.url)})`
      : code(input.ticket.key)
    lines.push(`- **Ticket:** ${key} ${untrusted(truncate(input.ticket.title.replace(/\s+/g, ' '), 200))}`)
  }
  if (input.branch) lines.push(`- **Branch:** ${code(input.branch)}`)
  if (input.record.commitSha) lines.push(`- **Commit:** ${code(input.record.commitSha)}`)
  return lines.join('\n').trimEnd()
}

function changeSection(input: JobSummaryInput, limit: number): string | undefined {
  const change = input.record.stages?.change
  if (!change || change.files.length === 0) return undefined
  const deleted = new Set(change.deleted ?? [])
  const { shown, omitted } = limited(change.files, limit)
  const files = shown.map((file) => `- ${code(file)}${deleted.has(file) ? ' (deleted)' : ''}`)
  const models = change.models.length > 0 ? `**Models:** ${change.models.map((m) => code(m)).join(', ')}` : ''
  return [`### Change (${plural(change.files.length, 'file')})`, files.join('\n'), moreLine(omitted), models]
    .filter(Boolean)
    .join('\n\n')
}

function impactSection(input: JobSummaryInput): string | undefined {
  const impact = input.record.stages?.impact
  if (!impact) return undefined
  const breaking = impact.findings.filter((finding) => finding.severity === 'breaking').length
  const warnings = impact.findings.length - breaking
  const parts = [`${plural(impact.changed, 'changed node')}`]
  parts.push(
    breaking > 0 ? `**${plural(breaking, 'breaking contract finding')}**` : 'no breaking contract finding',
  )
  if (warnings > 0) parts.push(plural(warnings, 'contract warning'))
  if (impact.vars && impact.vars.changed.length > 0)
    parts.push(
      `${plural(impact.vars.changed.length, 'var')} changed, read by ${plural(impact.vars.readers.length, 'node')}`,
    )
  return `### Impact\n\n${parts.join(', ')}. The pull request lists each finding.`
}

/** The agent's tool calls by tool and the review's verdict, in one line. */
function agentAndReview(input: JobSummaryInput): string | undefined {
  const line = agentReviewLine(
    { toolCalls: input.record.toolCalls ?? [], review: input.record.stages?.review },
    (text) => untrusted(truncate(text.replace(/\s+/g, ' '), 300)),
  )
  return line && `**Agent and review:** ${line}`
}

/** Cost, tokens, the share of input read from the cache, and how long the run took. */
function costLine(input: JobSummaryInput): string | undefined {
  const calls = input.record.modelCalls
  const lines: string[] = []
  if (calls.length > 0) {
    const sum = (pick: (call: ModelCallRecord) => number) =>
      calls.reduce((total, call) => total + pick(call), 0)
    const fresh = sum((c) => c.usage.inputTokens)
    const written = sum((c) => c.usage.cacheCreationInputTokens)
    const read = sum((c) => c.usage.cacheReadInputTokens)
    const input_ = fresh + written + read
    const n = (value: number) => value.toLocaleString('en-US')
    const share = input_ > 0 ? Math.round((read / input_) * 100) : 0
    lines.push(
      `**Cost:** ${usd(input.record.costUsd)} for ${plural(calls.length, 'model call')}: ${n(input_)} input tokens (${share}% read from the cache), ${n(sum((c) => c.usage.outputTokens))} output`,
    )
    const stages = usageByStage(calls)
    if (stages.some((stage) => stage.stage !== 'other')) lines.push(`**By stage:** ${stageUsageLine(stages)}`)
  }
  const { startedAt, finishedAt } = input.record
  if (startedAt && finishedAt) {
    const ms = Date.parse(finishedAt) - Date.parse(startedAt)
    if (Number.isFinite(ms) && ms >= 0) lines.push(`**Duration:** ${duration(ms)}`)
  }
  return lines.length > 0 ? lines.join('  \n') : undefined
}

/** Each stage's model, calls, cache-read share and cost; and how many calls counted tokens first. */
function stageUsageLine(stages: readonly StageUsage[]): string {
  const parts = stages.map(
    (stage) =>
      `${stage.stage} (${stage.models.map(code).join(', ')}) ${plural(stage.calls, 'call')}, ${Math.round(stage.cacheReadShare * 100)}% of input from the cache, ${usd(stage.costUsd)}`,
  )
  const counted = stages.reduce((total, stage) => total + stage.countedCalls, 0)
  const calls = stages.reduce((total, stage) => total + stage.calls, 0)
  return `${parts.join('; ')}. Tokens counted before ${counted} of ${plural(calls, 'call')} (only near a cap).`
}

function stagesSection(events: readonly RunEvent[] | undefined, limit: number): string | undefined {
  const timings = stageTimings(events ?? [])
  if (timings.length === 0) return undefined
  const { shown, omitted } = limited(timings, limit)
  const rows = shown.map((timing) => [
    cell(timing.name),
    timing.startedAt.slice(11, 19),
    duration(timing.durationMs),
    timing.ok ? '' : '❌',
  ])
  return [
    '<details><summary>Stages</summary>',
    '',
    table(['Stage', 'Started (UTC)', 'Took', ''], rows),
    moreLine(omitted),
    '',
    '</details>',
  ]
    .filter((line, index, all) => line !== '' || all[index - 1] !== '')
    .join('\n')
}

function modelCallsSection(
  calls: readonly ModelCallRecord[],
  totalCost: number,
  limit: number,
): string | undefined {
  if (calls.length === 0) return undefined
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
  return [
    `<details><summary>Model calls (${calls.length})</summary>`,
    '',
    table(header, rows),
    ...(omitted > 0 ? ['', moreLine(omitted)] : []),
    '',
    '</details>',
  ].join('\n')
}

const AUDIT_PLACES: Record<string, string> = {
  artifact: '(workflow artifact)',
  branch: '(committed to the `autopilot-audit` branch)',
  release: '(asset of a draft release)',
}

function auditLine(input: JobSummaryInput): string | undefined {
  if (!input.auditHash && !input.artifactUrl) return undefined
  const parts: string[] = []
  const where = input.auditUpload ? AUDIT_PLACES[input.auditUpload] : undefined
  if (input.artifactUrl)
    parts.push(`[audit bundle](${encodeURI(input.artifactUrl)})${where ? ` ${where}` : ''}`)
  else parts.push('audit bundle')
  if (input.auditHash) parts.push(`final hash ${code(input.auditHash)}`)
  if (input.auditNotUploaded) parts.push(`not uploaded (${input.auditNotUploaded})`)
  return `**Audit:** ${parts.join(', ')}`
}

function render(input: JobSummaryInput, limit: number): string {
  const stages = input.record.stages
  const parts: (string | undefined)[] = [overview(input)]
  if (stages?.base?.brokenBase) parts.push(brokenBaseMarkdown(stages.base.brokenBase))
  parts.push(sandboxMarkdown(stages?.sandbox) || undefined)
  parts.push(changeSection(input, limit))
  parts.push(phasesMarkdown(stages?.phases, input.validations) || undefined)
  parts.push(impactSection(input))
  if (input.validations.length > 0)
    parts.push(`### Validation\n\n${validationSection(input.validations, limit)}`)
  parts.push(evidenceMarkdown(stages?.evidence))
  parts.push(agentAndReview(input))
  parts.push(costLine(input))
  parts.push(stagesSection(input.record.events, limit))
  parts.push(modelCallsSection(input.record.modelCalls, input.record.costUsd, limit))
  parts.push(auditLine(input))
  return `${parts.filter((part): part is string => Boolean(part)).join('\n\n')}\n`
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

/** The job summary of a ticket's run, as the Actions shell writes it and the CLI keeps it beside the bundle. */
export function ticketRunSummary(
  run: Pick<TicketRun, 'outcome' | 'record' | 'auditHash' | 'redact'>,
  options: { dryRun: boolean; artifactUrl?: string; auditUpload?: string; auditNotUploaded?: string },
): string {
  const { record } = run
  return run.redact(
    renderJobSummary({
      status: run.outcome.status,
      statusMessage: run.outcome.message,
      ticket: record.ticket?.snapshot,
      prUrl: record.prUrl,
      branch: record.branch,
      validations: [...record.validations],
      record,
      dryRun: options.dryRun,
      auditHash: run.auditHash,
      ...(options.artifactUrl ? { artifactUrl: options.artifactUrl } : {}),
      ...(options.auditUpload ? { auditUpload: options.auditUpload } : {}),
      ...(options.auditNotUploaded ? { auditNotUploaded: options.auditNotUploaded } : {}),
    }),
  )
}
