import type { AgentRunResult } from '../agent/agent-session.js'
import type { Validation } from '../validate/validation.js'
import { RunStop } from './run-stop.js'

/** The outcome of a run in which the model changed nothing. */
export function noChange(agent: AgentRunResult): RunStop {
  if (agent.question) {
    return new RunStop(
      'failed:needs-clarification',
      `The model needs an answer from the reporter before it can change anything: ${agent.question}`,
    )
  }
  if (agent.outcome === 'budget') {
    return new RunStop(
      'failed:budget',
      `Nothing to publish: ${agent.budget?.message ?? 'a budget ran out'} before any file changed.`,
    )
  }
  return new RunStop(
    'failed:no-change',
    `Nothing to publish: the model changed no file.${agent.summary ? ` It said: ${agent.summary}` : ''}`,
  )
}

/** Why the PR must be a draft, or undefined when it can be reviewed as is. */
export function draftReason(agent: AgentRunResult, validations: readonly Validation[]): string | undefined {
  const reasons: string[] = []
  if (agent.outcome === 'budget')
    reasons.push(`The model stopped at a limit: ${agent.budget?.message ?? 'budget'}.`)
  if (agent.outcome === 'stopped')
    reasons.push(`The model stopped without finishing (${agent.stopReason ?? 'no reason given'}).`)
  const last = validations.at(-1)
  if (last && !last.ok) {
    reasons.push(
      `Validation still fails after ${validations.length - 1} repair round(s); see the validation section.`,
    )
  }
  return reasons.length > 0 ? reasons.join(' ') : undefined
}
