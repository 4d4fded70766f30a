import type { Output } from './command-io.js'
import { BROKEN_BASE_CONSEQUENCE, brokenBaseError } from '../report/broken-base.js'
import { agentReviewLine } from '../report/agent-review-line.js'
import { lintSummary } from '../report/validation-markdown.js'
import { causeOf, ROUND_NAMES } from '../validate/round-cause.js'
import { isFailure } from '../validate/run-results.js'
import type { TicketRun } from '../run/run-ticket.js'
import type { Validation } from '../validate/validation.js'

/** What a person at a terminal wants after a run: the outcome, the change, the checks, where things are. */
export function printRunReport(run: TicketRun, out: Output): void {
  const { record } = run
  const lines: string[] = ['', `Outcome: ${run.outcome.status}`, `  ${run.outcome.message}`]
  const decision = record.stages.decision
  if (decision)
    lines.push(`Verdict: ${decision.verdict}${decision.draftReason ? ` (${decision.draftReason})` : ''}`)
  const brokenBase = record.stages.base?.brokenBase
  if (brokenBase)
    lines.push(
      `Base: did not parse before the change (${brokenBaseError(brokenBase)}). ${BROKEN_BASE_CONSEQUENCE}`,
    )
  if (record.changedFiles.length > 0) {
    lines.push('', 'Changed files:', ...record.changedFiles.map((file) => `  ${file}`))
  }
  if (record.changedModels.length > 0) lines.push(`Changed models: ${record.changedModels.join(', ')}`)
  for (const [index, validation] of record.validations.entries()) {
    const dbt = validation.dbt
    const cause = causeOf(validation, index)
    const counts = new Map<string, number>()
    for (const node of dbt.results) counts.set(node.status, (counts.get(node.status) ?? 0) + 1)
    const summary = [...counts].map(([status, count]) => `${count} ${status}`).join(', ') || 'no nodes'
    lines.push(
      '',
      `Validation round ${validation.round}${cause === 'change' ? '' : ` (${ROUND_NAMES[cause]})`}: ${validation.ok ? 'passed' : 'FAILED'}`,
      `  dbt (${buildLabel(validation)}): ${summary}`,
      ...(dbt.error ? indented(dbt.error, '    ') : []),
      `  ${dbt.command}`,
      `  sqlfluff: ${lintSummary(validation)}`,
      ...(dbt.unchecked ?? []).map((line) => `    not checked: ${line}`),
    )
    for (const node of dbt.results.filter(isFailure).slice(0, 5)) {
      lines.push(`    ${node.status}: ${node.uniqueId}${node.file ? ` (${node.file})` : ''}`)
      if (node.message) lines.push(...indented(node.message, '      '))
    }
    for (const v of validation.lint.violations.slice(0, 5)) {
      lines.push(`    ${v.file}:${v.line}:${v.column} ${v.code} ${v.description}`)
    }
  }
  const agentReview = agentReviewLine({ toolCalls: record.toolCalls, review: record.stages.review })
  lines.push('', `Model: ${record.modelCalls.length} call(s), $${record.costUsd.toFixed(4)}`)
  if (agentReview) lines.push(`Agent and review: ${agentReview}`)
  if (record.prUrl) lines.push(`Pull request: ${record.prUrl}`)
  if (record.branch) lines.push(`Branch: ${record.branch}`)
  const prBody = run.auditFiles.find((file) => file.endsWith('pr-body.md'))
  const patch = run.auditFiles.find((file) => file.endsWith('.patch'))
  if (prBody) lines.push(`PR body: ${prBody}`)
  if (patch) lines.push(`Patch: ${patch}`)
  lines.push(`Audit bundle: ${run.auditDir}`, `Audit hash: ${run.auditHash}`, '')
  out.write(run.redact(lines.join('\n')))
}

/** dbt's whole message, every line under the one it belongs to: the line that says where is rarely the first. */
function indented(text: string, indent: string): string[] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}${line.trimEnd()}`)
}

/** How the round's build was chosen: the mode, or what it took from an earlier round. */
function buildLabel(validation: Validation): string {
  if (validation.reusedFrom !== undefined) return `no file changed: round ${validation.reusedFrom}'s result`
  if (validation.dbt.parentsFrom !== undefined) return `parents built in round ${validation.dbt.parentsFrom}`
  return validation.dbt.mode
}
