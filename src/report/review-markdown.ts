import type { ReviewStage } from '../run/review-change.js'
import { code, limited, moreLine, plural, quote, untrusted } from './markdown.js'

const LISTED = 20

/**
 * The PR's "Review" section: the review model's verdict (or why it was not asked), what the static SQL
 * checks read, and the findings that have no line in the diff. Findings on lines are the PR's review
 * comments; this section only counts them.
 */
export function reviewMarkdown(stage: ReviewStage | undefined): string | undefined {
  if (!stage) return undefined
  const lines: string[] = ['### Review']
  if (stage.model.status === 'reviewed')
    lines.push(`Reviewed by ${code(stage.model.by)}:`, '', quote(stage.model.summary))
  else lines.push(`_No review model:_ ${untrusted(stage.model.reason)}.`)
  if (stage.rework) {
    const asked = [
      stage.rework.blocking > 0 ? plural(stage.rework.blocking, 'blocking finding') : '',
      stage.rework.optimizations > 0 ? plural(stage.rework.optimizations, 'optimization') : '',
    ].filter(Boolean)
    lines.push(
      '',
      `${asked.join(' and ')} went back to the agent for one more round; validation after it ${stage.rework.validationOk ? 'passed' : '**failed**'}.`,
    )
  }
  const checks = stage.sqlChecks
  if (checks) {
    lines.push('', `SQL checks read ${plural(checks.checked.length, 'changed model')}.`)
    if (checks.notRun) lines.push(`They did not run: ${untrusted(checks.notRun)}.`)
    for (const skipped of checks.notChecked)
      lines.push(`- Not checked: ${code(skipped.file)} (${untrusted(skipped.reason)})`)
  }
  const onLines = stage.findings.filter((finding) => finding.placement === 'line').length
  const inBody = stage.findings.filter((finding) => finding.placement === 'body')
  if (onLines > 0) lines.push('', `${plural(onLines, 'finding')} are review comments on the changed lines.`)
  if (inBody.length > 0) {
    const { shown, omitted } = limited(inBody, LISTED)
    // Also the findings on changed lines when this run posts no line comments (a dry run, a host without them).
    lines.push(
      '',
      'Findings listed here, not as line comments (off the diff, past the comment limit, or no review posted):',
    )
    for (const finding of shown) {
      const where = `${finding.path}${finding.line ? `:${finding.line}` : ''}`
      const tag =
        finding.severity === 'blocking'
          ? '**blocking** (sent back to the agent)'
          : (finding.rule ?? 'suggestion')
      lines.push(`- ${code(where)} ${tag}: ${untrusted(finding.text)}`)
    }
    if (omitted > 0) lines.push(`- ${moreLine(omitted)}`)
  }
  return lines.join('\n')
}

/** The text of one line comment on the PR. */
export function findingComment(finding: {
  by: string
  rule?: string
  severity: string
  text: string
}): string {
  const source = finding.by === 'sql-check' ? `SQL check ${code(finding.rule ?? '')}` : 'Review'
  return `**${source}** (${finding.severity}): ${untrusted(finding.text)}\n\n<sub>Autopilot</sub>`
}
