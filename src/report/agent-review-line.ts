import type { ReviewStage } from '../run/review-change.js'
import type { ToolCallRecord } from '../run/run-record.js'
import { plural } from './markdown.js'

export interface AgentReviewFacts {
  toolCalls: readonly Pick<ToolCallRecord, 'name' | 'ok'>[]
  review?: ReviewStage | undefined
}

/**
 * One line on what the agent did and what the review said of it, for the job summary and the CLI report:
 * `14 tool calls (6 read_file, 5 edit_file, 3 compile); reviewed by claude-sonnet-5-5: 3 findings, 1
 * blocking, reworked (validation passed)`. `quote` marks the text that came from outside (a model's id, an
 * API's error) for the view that needs it. Undefined when the agent made no call and no review ran.
 */
export function agentReviewLine(
  facts: AgentReviewFacts,
  quote: (text: string) => string = (text) => text,
): string | undefined {
  const review = reviewPart(facts.review, quote)
  if (facts.toolCalls.length === 0 && !review) return undefined
  return `${toolCallsPart(facts.toolCalls)}; ${review ?? 'no review pass'}`
}

/** `14 tool calls (6 read_file, 5 edit_file, 3 compile), 1 refused`, the most used tool first. */
function toolCallsPart(calls: AgentReviewFacts['toolCalls']): string {
  if (calls.length === 0) return 'the agent made no tool call'
  const byTool = new Map<string, number>()
  for (const call of calls) byTool.set(call.name, (byTool.get(call.name) ?? 0) + 1)
  const tools = [...byTool]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => `${count} ${name}`)
  const failed = calls.filter((call) => !call.ok).length
  return `${plural(calls.length, 'tool call')} (${tools.join(', ')})${failed > 0 ? `, ${failed} refused or failed` : ''}`
}

function reviewPart(review: ReviewStage | undefined, quote: (text: string) => string): string | undefined {
  if (!review) return undefined
  const fromModel = review.findings.filter((finding) => finding.by === 'review')
  const fromChecks = review.findings.length - fromModel.length
  const checks = fromChecks > 0 ? `; ${plural(fromChecks, 'SQL check finding')}` : ''
  const rework = review.rework
  const reworked = rework
    ? `reworked (validation ${rework.validationOk ? 'passed' : 'failed'})`
    : 'not reworked'
  if (review.model.status === 'not-run')
    return `review model not run: ${quote(review.model.reason)}${checks}${rework ? `; ${reworked}` : ''}`
  const blocking = fromModel.filter((finding) => finding.severity === 'blocking').length
  return `reviewed by ${quote(review.model.by)}: ${plural(fromModel.length, 'finding')}, ${blocking} blocking, ${reworked}${checks}`
}
