import { describe, it, expect } from '@jest/globals'
import { applyRules } from '../../src/task/apply-rules.js'
import {
  BUILTIN_TASK_RULES,
  TaskRulesConfigSchema,
  orderedTaskRules,
  type TaskRule,
} from '../../src/task/task-rules.js'
import { ticket } from './tickets.js'

const rule = (name: string, when: TaskRule['when'], then: TaskRule['then']): TaskRule => ({
  name,
  when,
  then,
})

describe('applyRules', () => {
  it('lets the first rule that sets a kind decide it, even when a later rule also matches', () => {
    const rules = [
      rule('finance', { labels: ['finance'] }, { kind: 'fix-bug' }),
      rule('any-column', { text: 'column' }, { kind: 'add-column' }),
    ]
    const outcome = applyRules(ticket({ title: 'Add a column', labels: ['finance'] }), rules)
    expect(outcome.kind).toEqual({ kind: 'fix-bug', rule: 'finance' })
    expect(outcome.matched).toEqual(['finance', 'any-column'])
  })

  it('takes kind and risk from the first rule that sets each, and accumulates every matching instruction', () => {
    const rules = [
      rule('pii', { labels: ['pii'] }, { risk: 'high', instructions: ['Never select raw email addresses.'] }),
      rule(
        'marts',
        { components: ['Marts'] },
        { kind: 'new-model', instructions: ['Put marts in models/marts.'] },
      ),
      rule('low', { text: '.' }, { risk: 'low', instructions: ['Never select raw email addresses.'] }),
    ]
    const outcome = applyRules(
      ticket({ title: 'New customer mart', labels: ['PII'], fields: { Components: 'Marts, Finance' } }),
      rules,
    )
    expect(outcome.kind).toEqual({ kind: 'new-model', rule: 'marts' })
    expect(outcome.risk).toEqual({ risk: 'high', rule: 'pii' })
    expect(outcome.instructions).toEqual(['Never select raw email addresses.', 'Put marts in models/marts.'])
  })

  it('matches labels, components and issue types case-insensitively, any of a list', () => {
    const byLabel = rule('l', { labels: ['x', 'Data-Quality'] }, { kind: 'fix-bug' })
    const byComponent = rule('c', { components: ['finance'] }, { kind: 'refactor' })
    const byType = rule('t', { issueType: ['story', 'Task'] }, { kind: 'docs-tests' })
    expect(applyRules(ticket({ labels: ['data-quality'] }), [byLabel]).kind?.rule).toBe('l')
    expect(applyRules(ticket({ labels: ['quality'] }), [byLabel]).kind).toBeUndefined()
    expect(applyRules(ticket({ fields: { Components: 'Marts, FINANCE' } }), [byComponent]).kind?.rule).toBe(
      'c',
    )
    expect(applyRules(ticket({ fields: { component: 'finance' } }), [byComponent]).kind?.rule).toBe('c')
    expect(applyRules(ticket({ fields: { Components: 'Finance ops' } }), [byComponent]).kind).toBeUndefined()
    expect(applyRules(ticket({ fields: { Type: 'task' } }), [byType]).kind?.rule).toBe('t')
    expect(applyRules(ticket({ fields: { 'Issue Type': 'Story' } }), [byType]).kind?.rule).toBe('t')
    expect(applyRules(ticket({ fields: { Type: 'Bug' } }), [byType]).kind).toBeUndefined()
  })

  it('searches title and body with a case-insensitive regular expression, and not the fields', () => {
    const byText = rule('t', { text: 'orders?_daily' }, { kind: 'refactor' })
    expect(applyRules(ticket({ title: 'Speed up ORDERS_DAILY' }), [byText]).kind?.rule).toBe('t')
    expect(applyRules(ticket({ body: 'see order_daily' }), [byText]).kind?.rule).toBe('t')
    expect(applyRules(ticket({ fields: { Notes: 'orders_daily' } }), [byText]).kind).toBeUndefined()
  })

  it('requires every given condition (AND) and matches everything with an empty `when`', () => {
    const both = rule('both', { labels: ['finance'], text: 'revenue' }, { kind: 'fix-bug' })
    expect(applyRules(ticket({ labels: ['finance'], title: 'Revenue is off' }), [both]).kind?.rule).toBe(
      'both',
    )
    expect(applyRules(ticket({ labels: ['finance'], title: 'Orders are off' }), [both]).kind).toBeUndefined()
    expect(applyRules(ticket({ title: 'Revenue is off' }), [both]).kind).toBeUndefined()
    expect(applyRules(ticket(), [rule('all', {}, { kind: 'other' })]).kind?.rule).toBe('all')
  })

  it("tries the repository's rules before the built-in ones, and drops the built-ins when asked", () => {
    const config = TaskRulesConfigSchema.parse({
      rules: [{ name: 'ours', when: { text: 'backfill' }, then: { kind: 'other', risk: 'low' } }],
    })
    const text = ticket({ title: 'Backfill 2024 orders' })
    expect(applyRules(text, orderedTaskRules(config)).kind?.rule).toBe('ours')
    expect(applyRules(text, orderedTaskRules(config)).matched).toContain('builtin:backfill')
    const alone = orderedTaskRules(TaskRulesConfigSchema.parse({ builtinRules: false, rules: [] }))
    expect(applyRules(text, alone)).toEqual({ instructions: [], matched: [] })
  })
})

describe('built-in rules', () => {
  const decide = (title: string, body = '', fields: Record<string, string> = {}) => {
    const outcome = applyRules(ticket({ title, body, fields }), BUILTIN_TASK_RULES)
    return outcome.kind && { kind: outcome.kind.kind, risk: outcome.risk?.risk }
  }

  it.each([
    ['Add a discount_amount column to orders', 'add-column', 'low'],
    ['We need a new column for the customer tier', 'add-column', 'low'],
    ['Add `number_of_completed_orders` to the customers model, with a not_null test', 'add-column', 'low'],
    ['Add not_null tests to the customers model', 'docs-tests', 'low'],
    ['Backfill order totals for 2023', 'backfill', 'high'],
    ['Load historical exchange rates', 'backfill', 'high'],
    ['Rename the amount column to amount_usd', 'schema-change', 'high'],
    ['Drop column legacy_id from customers', 'schema-change', 'high'],
    ['Create a new model for weekly revenue', 'new-model', 'medium'],
    ['Revenue numbers are wrong since Monday', 'fix-bug', 'medium'],
    ['Refactor stg_payments into CTEs', 'refactor', 'medium'],
    ['Add tests for the orders mart', 'docs-tests', 'low'],
    ['Improve documentation of customers', 'docs-tests', 'low'],
  ])('%s → %s (%s risk)', (title, kind, risk) => {
    expect(decide(title)).toEqual({ kind, risk })
  })

  it('ranks data-losing work first: a new column with a historical backfill is a backfill', () => {
    expect(decide('Add a column churn_flag', 'and backfill it for all historical orders')).toEqual({
      kind: 'backfill',
      risk: 'high',
    })
  })

  it('treats a Jira bug as a fix unless the text says it changes the schema', () => {
    expect(decide('Totals', 'see dashboard', { Type: 'Bug' })).toEqual({ kind: 'fix-bug', risk: 'medium' })
    expect(decide('Totals', 'rename the total column', { Type: 'Bug' })?.kind).toBe('schema-change')
  })

  it('leaves an unclear ticket undecided, for the classifier model', () => {
    expect(decide('Q3 planning', 'Let us talk about the roadmap')).toBeUndefined()
  })
})
