export const TASK_KINDS = [
  'add-column',
  'new-model',
  'fix-bug',
  'refactor',
  'optimize',
  'docs-tests',
  'backfill',
  'schema-change',
  'other',
] as const
export type TaskKind = (typeof TASK_KINDS)[number]

export const RISKS = ['low', 'medium', 'high'] as const
export type Risk = (typeof RISKS)[number]

/** Who settled the task's kind: a configured or built-in rule, the classifier model, or nobody. */
export type TaskDecision =
  { kind: 'rule'; rule: string } | { kind: 'default'; reason?: string } | { kind: 'model'; model: string }

/** What the ticket asks for, as the agent, the policy and the report see it. */
export interface TaskSpec {
  kind: TaskKind
  risk: Risk
  /** Known dbt model names the ticket mentions (plus new names the classifier model proposed). */
  targets: string[]
  acceptanceCriteria: string[]
  /** Unclear points the change can go ahead without; shown to the agent and kept as information. */
  openQuestions: string[]
  /** Questions the classifier says no sensible change can be made without: the run stops and asks them. */
  blockingQuestions: string[]
  /** From the repository's task rules: configuration, so the agent may follow them as instructions. */
  instructions: string[]
  /**
   * Steps the classifier model suggested. They are derived from the ticket, which is untrusted text, so
   * they are shown to the agent as quoted data and never mixed with `instructions`.
   */
  suggestedSteps: string[]
  decidedBy: TaskDecision
}

/** The risk of a kind when no rule says otherwise: what can lose or rewrite data is high. */
export const DEFAULT_RISK: Record<TaskKind, Risk> = {
  'add-column': 'low',
  'new-model': 'medium',
  'fix-bug': 'medium',
  refactor: 'medium',
  optimize: 'medium',
  'docs-tests': 'low',
  backfill: 'high',
  'schema-change': 'high',
  other: 'medium',
}

/** How the kind was settled, e.g. `decided by rule "builtin:backfill"`, for logs, the audit and the agent. */
export function describeDecision(decision: TaskDecision): string {
  switch (decision.kind) {
    case 'rule':
      return `decided by rule "${decision.rule}"`
    case 'model':
      return `decided by the classifier model ${decision.model}`
    case 'default':
      return `default: ${decision.reason ?? 'nothing decided'}`
  }
}
