import { cell, code, table } from '../report/markdown.js'
import type { CheckResult, PolicyEvaluation } from './evaluate-policy.js'

const MARK: Readonly<Record<CheckResult, string>> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' }

export interface GovernanceSectionOptions {
  /** The policy files merged, base first, e.g. `acme/.github/policy.yml@main`, `.autopilot/policy.yml`. */
  sources?: readonly string[]
}

/**
 * The PR body's "Governance" section: each policy rule checked and its result, then what the policy asked
 * of this pull request (draft, reviewers, labels). Details name models from the repository, so they are
 * escaped as table cells and cannot mention anyone. Empty when no rule applies and nothing was asked: a
 * section that says nothing is left out.
 */
export function renderGovernanceSection(
  result: PolicyEvaluation,
  options: GovernanceSectionOptions = {},
): string {
  const parts = ['### Governance']
  if (options.sources && options.sources.length > 0) {
    parts.push(`Policy: ${options.sources.map((source) => code(source)).join(' → ')}`)
  }
  if (result.checks.length > 0) {
    parts.push(
      table(
        ['Rule', 'Result', 'Detail'],
        result.checks.map((check) => [code(check.rule), MARK[check.result], cell(check.detail, 500)]),
      ),
    )
  }
  const asked: string[] = []
  if (result.draft) asked.push(`- Draft: ${cell(result.draftReasons.join(' '), 1000)}`)
  if (result.reviewers.length > 0)
    asked.push(`- Reviewers: ${result.reviewers.map((r) => code(`@${r}`)).join(', ')}`)
  if (result.teamReviewers.length > 0)
    asked.push(`- Team reviewers: ${result.teamReviewers.map((t) => code(t)).join(', ')}`)
  if (result.labels.length > 0) asked.push(`- Labels: ${result.labels.map((l) => code(l)).join(', ')}`)
  if (asked.length > 0) parts.push(asked.join('\n'))
  if (result.checks.length === 0 && asked.length === 0) return ''
  return parts.join('\n\n')
}

/** The section's text must not ping the people it names: reviewers are requested through the API instead. */
