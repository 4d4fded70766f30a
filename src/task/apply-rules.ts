import type { Ticket } from '../tickets/ticket.js'
import type { RuleCondition, TaskRule } from './task-rules.js'
import type { Risk, TaskKind } from './task-spec.js'
import { componentsOf, issueTypesOf } from './ticket-facts.js'

export interface RulesOutcome {
  /** The kind and the rule that set it: the first matching rule with a `kind`. */
  kind?: { kind: TaskKind; rule: string }
  /** The first matching rule with a `risk`. */
  risk?: { risk: Risk; rule: string }
  /** Every matching rule's instructions, in rule order, without duplicates. */
  instructions: string[]
  /** Names of all matching rules, in order, for the audit. */
  matched: string[]
}

/** Runs the ordered rules over a ticket. Pure: the same ticket and rules give the same outcome. */
export function applyRules(ticket: Ticket, rules: readonly TaskRule[]): RulesOutcome {
  const facts = {
    labels: lowered(ticket.labels),
    components: lowered(componentsOf(ticket)),
    issueTypes: lowered(issueTypesOf(ticket)),
    text: `${ticket.title}\n${ticket.body}`,
  }
  const outcome: RulesOutcome = { instructions: [], matched: [] }
  for (const rule of rules) {
    if (!matches(rule.when, facts)) continue
    outcome.matched.push(rule.name)
    const { kind, risk, instructions } = rule.then
    if (kind && !outcome.kind) outcome.kind = { kind, rule: rule.name }
    if (risk && !outcome.risk) outcome.risk = { risk, rule: rule.name }
    for (const instruction of instructions ?? []) {
      if (!outcome.instructions.includes(instruction)) outcome.instructions.push(instruction)
    }
  }
  return outcome
}

interface TicketFacts {
  labels: Set<string>
  components: Set<string>
  issueTypes: Set<string>
  text: string
}

function matches(when: RuleCondition, facts: TicketFacts): boolean {
  if (when.labels && !anyIn(when.labels, facts.labels)) return false
  if (when.components && !anyIn(when.components, facts.components)) return false
  if (when.issueType && !anyIn(when.issueType, facts.issueTypes)) return false
  if (when.text !== undefined && !new RegExp(when.text, 'i').test(facts.text)) return false
  return true
}

function anyIn(wanted: readonly string[], present: Set<string>): boolean {
  return wanted.some((value) => present.has(value.trim().toLowerCase()))
}

function lowered(values: readonly string[]): Set<string> {
  return new Set(values.map((value) => value.trim().toLowerCase()))
}
