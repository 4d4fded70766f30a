import type { BudgetTracker } from '../agent/budget.js'
import type { LanguageModel } from '../agent/language-model.js'
import type { Log } from '../shared/log.js'
import type { RunRecord } from '../run/run-record.js'
import type { Ticket } from '../tickets/ticket.js'
import { applyRules } from './apply-rules.js'
import { classifyWithModel } from './model-classifier.js'
import type { TaskRule } from './task-rules.js'
import { DEFAULT_RISK, describeDecision, type TaskSpec } from './task-spec.js'
import { MAX_ITEMS, acceptanceCriteriaOf, mentionedModels, openQuestionsOf } from './ticket-facts.js'

interface CommonOptions {
  /** In the order they are tried; `orderedTaskRules(config)` puts the built-in ones last. */
  rules: readonly TaskRule[]
  /** dbt model names in the project, for `targets`. */
  knownModels: readonly string[]
  record?: RunRecord
  log?: Log
}

/** The classifier model needs the run's budget: without it the model is not asked. */
export type ClassifyTaskOptions = CommonOptions &
  ({ model: LanguageModel; budget: BudgetTracker } | { model?: undefined; budget?: undefined })

/**
 * Ticket → TaskSpec: the rules first; when none sets a kind, the classifier model; when that is not
 * configured, not affordable or gives no valid answer, `other` at medium risk. The decision and the rules
 * that matched go into the run record.
 */
export async function classifyTask(ticket: Ticket, options: ClassifyTaskOptions): Promise<TaskSpec> {
  const rules = applyRules(ticket, options.rules)
  const found = {
    targets: mentionedModels(ticket, options.knownModels),
    acceptanceCriteria: acceptanceCriteriaOf(ticket),
    openQuestions: openQuestionsOf(ticket),
    // Only the classifier model calls a question blocking: a question mark in the ticket does not stop a run.
    blockingQuestions: [] as string[],
    instructions: rules.instructions,
    suggestedSteps: [] as string[],
  }

  let spec: TaskSpec
  if (rules.kind) {
    const { kind, rule } = rules.kind
    spec = { kind, risk: rules.risk?.risk ?? DEFAULT_RISK[kind], ...found, decidedBy: { kind: 'rule', rule } }
  } else if (options.model) {
    const result = await classifyWithModel(ticket, {
      model: options.model,
      budget: options.budget,
      mentionedModels: found.targets,
      ...(options.record ? { record: options.record } : {}),
    })
    if (result.ok) {
      const { proposal } = result
      spec = {
        kind: proposal.kind,
        // A configured rule's risk is the repository's decision; the model only fills the gap.
        risk: rules.risk?.risk ?? proposal.risk,
        targets: union(found.targets, proposal.targets),
        acceptanceCriteria:
          found.acceptanceCriteria.length > 0 ? found.acceptanceCriteria : proposal.acceptanceCriteria,
        openQuestions: union(found.openQuestions, proposal.openQuestions),
        blockingQuestions: proposal.blockingQuestions,
        instructions: found.instructions,
        suggestedSteps: proposal.instructions,
        decidedBy: { kind: 'model', model: result.model },
      }
    } else {
      spec = fallback(found, rules.risk?.risk, `no rule set a kind and ${result.reason}`)
    }
  } else {
    spec = fallback(found, rules.risk?.risk, 'no rule set a kind and no classifier model was given')
  }

  const decided = describeDecision(spec.decidedBy)
  options.log?.info(`Task: ${spec.kind}, ${spec.risk} risk (${decided})`)
  if (spec.decidedBy.kind === 'default') options.log?.warn(`Task classification fell back: ${decided}`)
  options.record?.event('task', `${spec.kind}, ${spec.risk} risk (${decided})`, {
    kind: spec.kind,
    risk: spec.risk,
    decidedBy: spec.decidedBy,
    matchedRules: rules.matched,
    ...(rules.risk ? { riskRule: rules.risk.rule } : {}),
    targets: spec.targets,
    acceptanceCriteria: spec.acceptanceCriteria.length,
    openQuestions: spec.openQuestions.length,
    blockingQuestions: spec.blockingQuestions.length,
  })
  return spec
}

function fallback(
  found: Omit<TaskSpec, 'kind' | 'risk' | 'decidedBy'>,
  risk: TaskSpec['risk'] | undefined,
  reason: string,
): TaskSpec {
  return { kind: 'other', risk: risk ?? DEFAULT_RISK.other, ...found, decidedBy: { kind: 'default', reason } }
}

function union(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])].slice(0, MAX_ITEMS)
}
