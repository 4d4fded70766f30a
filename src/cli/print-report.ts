import { isFailure } from '../validate/run-results.js'
import type { RunTicketResult } from '../run/run-ticket.js'

/** What a person at a terminal wants after a run: the outcome, the change, the checks, where things are. */
export function printRunReport(result: RunTicketResult, out: NodeJS.WritableStream): void {
  const lines: string[] = ['', `Outcome: ${result.status}`, `  ${result.message}`]
  if (result.changedFiles.length > 0) {
    lines.push('', 'Changed files:', ...result.changedFiles.map((file) => `  ${file}`))
  }
  if (result.changedModels.length > 0) lines.push(`Changed models: ${result.changedModels.join(', ')}`)
  for (const validation of result.validations) {
    const dbt = validation.dbt
    const counts = new Map<string, number>()
    for (const node of dbt.results) counts.set(node.status, (counts.get(node.status) ?? 0) + 1)
    const summary = [...counts].map(([status, count]) => `${count} ${status}`).join(', ') || 'no nodes'
    lines.push(
      '',
      `Validation round ${validation.round}: ${validation.ok ? 'passed' : 'FAILED'}`,
      `  dbt (${dbt.mode}): ${summary}${dbt.error ? ` — ${dbt.error.split('\n')[0]}` : ''}`,
      `  ${dbt.command}`,
      `  sqlfluff: ${validation.lint.skipped ?? `${validation.lint.violations.length} violation(s) in ${validation.lint.files.length} file(s)`}`,
    )
    for (const node of dbt.results.filter(isFailure).slice(0, 5)) {
      lines.push(`    ${node.status}: ${node.uniqueId} ${node.message?.split('\n')[0] ?? ''}`)
    }
    for (const v of validation.lint.violations.slice(0, 5)) {
      lines.push(`    ${v.file}:${v.line}:${v.column} ${v.code} ${v.description}`)
    }
  }
  lines.push('', `Model: ${result.record.modelCalls.length} call(s), $${result.record.costUsd.toFixed(4)}`)
  if (result.prUrl) lines.push(`Pull request: ${result.prUrl}`)
  if (result.branch) lines.push(`Branch: ${result.branch}`)
  const prBody = result.auditFiles.find((file) => file.endsWith('pr-body.md'))
  const patch = result.auditFiles.find((file) => file.endsWith('.patch'))
  if (prBody) lines.push(`PR body: ${prBody}`)
  if (patch) lines.push(`Patch: ${patch}`)
  lines.push(`Audit bundle: ${result.auditDir}`, '')
  out.write(result.redact(lines.join('\n')))
}
