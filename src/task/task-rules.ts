import { z } from 'zod'
import { RISKS, TASK_KINDS, type Risk, type TaskKind } from './task-spec.js'

const MAX_PATTERN_LENGTH = 500

const names = (what: string) =>
  z
    .array(z.string().trim().min(1, `${what} must not be empty`))
    .min(1, `list at least one ${what}, or leave the key out`)

const pattern = z
  .string()
  .min(1, 'must be a regular expression, e.g. "add (a )?column"')
  .max(MAX_PATTERN_LENGTH, `must be at most ${MAX_PATTERN_LENGTH} characters`)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, 'i')
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `is not a valid JavaScript regular expression (${(error as Error).message})`,
      })
    }
  })

/**
 * When a rule applies. Every key given must match (AND); within a list any entry may match (OR). Labels,
 * components and issue types compare case-insensitively; `text` is a case-insensitive JavaScript regular
 * expression searched in the ticket's title and body. An empty `when` matches every ticket.
 */
export const RuleConditionSchema = z.strictObject({
  labels: names('label').optional(),
  components: names('component').optional(),
  issueType: names('issue type').optional(),
  text: pattern.optional(),
})

/** What a matching rule decides. At least one key. */
export const RuleOutcomeSchema = z
  .strictObject({
    kind: z.enum(TASK_KINDS, { error: `must be one of ${TASK_KINDS.join(', ')}` }).optional(),
    risk: z.enum(RISKS, { error: `must be one of ${RISKS.join(', ')}` }).optional(),
    instructions: z.array(z.string().trim().min(1, 'an instruction must not be empty')).optional(),
  })
  .refine((then) => then.kind ?? then.risk ?? then.instructions, {
    message: 'set at least one of `kind`, `risk` or `instructions`',
  })

export const TaskRuleSchema = z.strictObject({
  name: z.string().trim().min(1, 'every rule needs a `name`; the audit records it when the rule decides'),
  when: RuleConditionSchema,
  then: RuleOutcomeSchema,
})

/**
 * Task-classification configuration. Rules are tried in order, the repository's own first, then the
 * built-in ones (unless `builtinRules: false`):
 * - `kind`: the first matching rule that sets a kind decides it (and is recorded as the decider);
 * - `risk`: the first matching rule that sets a risk decides it; otherwise the kind's default risk;
 * - `instructions`: every matching rule adds its instructions, in rule order, without duplicates.
 * When no rule sets a kind, the classifier model decides (a rule's risk and instructions still apply).
 */
export const TaskRulesConfigSchema = z.strictObject({
  builtinRules: z.boolean().default(true),
  rules: z
    .array(TaskRuleSchema)
    .default([])
    .superRefine((rules, ctx) => {
      const seen = new Set<string>()
      rules.forEach((rule, index) => {
        if (seen.has(rule.name)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'name'],
            message: `rule name "${rule.name}" is used twice: give each rule its own name`,
          })
        }
        seen.add(rule.name)
      })
    }),
})

export type RuleCondition = z.infer<typeof RuleConditionSchema>
export type TaskRule = z.infer<typeof TaskRuleSchema>
export type TaskRulesConfig = z.infer<typeof TaskRulesConfigSchema>

const builtin = (name: string, when: RuleCondition, kind: TaskKind, risk: Risk): TaskRule => ({
  name: `builtin:${name}`,
  when,
  then: { kind, risk },
})

/**
 * Ordered so that what can lose data wins over what merely adds: a ticket that adds a column and
 * backfills its history is a backfill. Bounded gaps (`[^.\n]{0,40}`) keep a verb and its noun in one
 * clause without letting the pattern backtrack over a whole body.
 */
export const BUILTIN_TASK_RULES: readonly TaskRule[] = [
  builtin(
    'backfill',
    { text: String.raw`\b(backfill\w*|historical|re-?process\w*|reload\w*)\b` },
    'backfill',
    'high',
  ),
  builtin(
    'schema-change',
    {
      text: String.raw`\b(rename|drop|remove|delete)\w*\b[^.\n]{0,40}\b(columns?|fields?|models?|tables?)\b|\bchange\w*\b[^.\n]{0,20}\b(data ?)?types?\b|\bgrain\b`,
    },
    'schema-change',
    'high',
  ),
  builtin('bug-issue-type', { issueType: ['bug', 'defect', 'incident'] }, 'fix-bug', 'medium'),
  builtin(
    'add-column',
    {
      // Also "add `completed_orders` to the customers model": a snake_case name added to something.
      text: String.raw`\b(add\w*|new|include|expose)\b[^.\n]{0,40}\b(columns?|fields?|attributes?)\b|\b(add|include|expose)\s+\x60?[a-z][a-z0-9]*_[a-z0-9_]+\x60?\s+(to|in|on)\b`,
    },
    'add-column',
    'low',
  ),
  builtin(
    'new-model',
    { text: String.raw`\b(new|create|build)\b[^.\n]{0,30}\b(models?|marts?|tables?|views?|snapshots?)\b` },
    'new-model',
    'medium',
  ),
  builtin(
    'optimize',
    {
      text: String.raw`\b(optimi[sz]\w*|speed up|faster|too slow|performance|expensive|full scans?|partition pruning)\b`,
    },
    'optimize',
    'medium',
  ),
  builtin(
    'fix-bug',
    { text: String.raw`\b(bug|fix\w*|broken|incorrect|wrong|duplicated?s?|mismatch\w*)\b` },
    'fix-bug',
    'medium',
  ),
  builtin(
    'refactor',
    { text: String.raw`\b(refactor\w*|clean ?up|simplif\w*|restructur\w*)\b` },
    'refactor',
    'medium',
  ),
  builtin(
    'docs-tests',
    { text: String.raw`\b(tests?|testing|documentation|document|docs|descriptions?)\b` },
    'docs-tests',
    'low',
  ),
]

/** The rules in the order they are tried: the repository's own, then the built-in ones. */
export function orderedTaskRules(config: TaskRulesConfig): TaskRule[] {
  return [...config.rules, ...(config.builtinRules ? BUILTIN_TASK_RULES : [])]
}
