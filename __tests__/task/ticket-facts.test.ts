import { describe, it, expect } from '@jest/globals'
import {
  MAX_ITEMS,
  acceptanceCriteriaOf,
  mentionedModels,
  openQuestionsOf,
} from '../../src/task/ticket-facts.js'
import { ticket } from './tickets.js'

describe('acceptanceCriteriaOf', () => {
  it('takes the list under an "Acceptance criteria" heading, up to the next heading', () => {
    const body = [
      'Finance wants discounts in orders.',
      '',
      '## Acceptance criteria',
      '- [ ] `discount_amount` is on `orders`',
      '* it is never null',
      '  (zero when there is no discount)',
      '1. documented in the YAML',
      '',
      '## Notes',
      '- not a criterion',
    ].join('\n')
    expect(acceptanceCriteriaOf(ticket({ body }))).toEqual([
      '`discount_amount` is on `orders`',
      'it is never null (zero when there is no discount)',
      'documented in the YAML',
    ])
  })

  it('recognises a bold or "label:" heading and plain lines without list markers', () => {
    expect(
      acceptanceCriteriaOf(ticket({ body: '**Acceptance Criteria:**\nTotals match finance\n\nRows unique' })),
    ).toEqual(['Totals match finance', 'Rows unique'])
    expect(
      acceptanceCriteriaOf(ticket({ body: 'Intro\nAcceptance criteria: totals match finance' })),
    ).toEqual(['totals match finance'])
  })

  it('ignores a heading inside a code block', () => {
    const body = '```\n# Acceptance criteria\n- fake\n```\nnothing else'
    expect(acceptanceCriteriaOf(ticket({ body }))).toEqual([])
  })

  it('reads the Jira field of that name, before the body section, without duplicates', () => {
    const criteria = acceptanceCriteriaOf(
      ticket({
        fields: { Priority: 'High', 'Acceptance Criteria': '- totals match finance\n- one row per order' },
        body: '### Acceptance criteria\n- one row per order\n- documented',
      }),
    )
    expect(criteria).toEqual(['totals match finance', 'one row per order', 'documented'])
  })

  it('keeps at most a screenful: 20 items of 500 characters', () => {
    const body = `# Acceptance criteria\n${Array.from({ length: 30 }, (_, i) => `- item ${i} ${'x'.repeat(600)}`).join('\n')}`
    const criteria = acceptanceCriteriaOf(ticket({ body }))
    expect(criteria).toHaveLength(MAX_ITEMS)
    expect(criteria[0]!.length).toBeLessThanOrEqual(501)
  })
})

describe('openQuestionsOf', () => {
  it('takes the list under an "Open questions" heading', () => {
    const body = '## Open questions\n- Which currency?\n- Since when?\n## Other\n- no'
    expect(openQuestionsOf(ticket({ body }))).toEqual(['Which currency?', 'Since when?'])
  })
})

describe('mentionedModels', () => {
  const known = ['orders', 'stg_orders', 'customers', 'orders_daily']

  it('finds known model names as whole words anywhere in the ticket, in order of first mention', () => {
    const found = mentionedModels(
      ticket({
        title: 'Customers: add tier',
        body: "Join {{ ref('stg_orders') }} into the Orders model.",
        fields: { 'Acceptance criteria': 'orders_daily unchanged' },
      }),
      known,
    )
    expect(found).toEqual(['customers', 'stg_orders', 'orders', 'orders_daily'])
  })

  it('does not count a name that is only part of a longer identifier', () => {
    expect(mentionedModels(ticket({ body: 'see orders_weekly and preorders' }), known)).toEqual([])
  })
})
