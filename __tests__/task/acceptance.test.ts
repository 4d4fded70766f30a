import { describe, expect, it } from '@jest/globals'
import type { AgentRunResult } from '../../src/agent/agent-session.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { acceptanceSection } from '../../src/report/acceptance-markdown.js'
import { judgeAcceptance } from '../../src/task/acceptance.js'
import type { Validation } from '../../src/validate/validation.js'
import { manifest, model, test } from '../project/manifests/build.js'

const customers = model('customers')
const base = manifestGraphOf(
  manifest({ nodes: [customers, test('unique_customers_id', ['model.shop.customers'])] }),
)
const graph = manifestGraphOf(
  manifest({
    nodes: [
      customers,
      test('unique_customers_id', ['model.shop.customers']),
      test('not_null_customers_completed_orders', ['model.shop.customers']),
      test('accepted_values_customers_tier', ['model.shop.customers']),
    ],
  }),
)

function validation(results: Record<string, string>): Validation {
  return {
    round: 1,
    ok: true,
    changedModels: ['customers'],
    lint: { ok: true, files: [], violations: [] },
    dbt: {
      ok: true,
      mode: 'with-parents',
      command: 'dbt build',
      exitCode: 0,
      results: Object.entries(results).map(([uniqueId, status]) => ({ uniqueId, status, executionTimeS: 0 })),
    },
  }
}

const finished = (extra: Partial<AgentRunResult>): AgentRunResult => ({
  outcome: 'finished',
  summary: 'done',
  ...extra,
})

const criteria = [
  'a new column completed_orders',
  'documented, with a not_null test',
  'unique per customer',
  'tier takes gold or silver',
  'a fifth nobody spoke of',
]

describe('judgeAcceptance', () => {
  const judged = judgeAcceptance({
    criteria,
    openQuestions: ['Does a returned order count?'],
    rounds: [
      finished({ criteria: [{ number: 1, state: 'tested', test: 'not_null_customers_completed_orders' }] }),
      finished({
        criteria: [
          { number: 1, state: 'inspected', note: 'the select list has it' },
          { number: 2, state: 'tested', test: 'not_null_customers_completed_orders' },
          { number: 3, state: 'tested', test: 'test.shop.unique_customers_id' },
          { number: 4, state: 'tested', test: 'accepted_values_customers_tier' },
        ],
        assumptions: ['completed means status = completed'],
      }),
    ],
    baseGraph: base,
    graph,
    lastValidation: validation({
      'test.shop.not_null_customers_completed_orders': 'pass',
      'test.shop.unique_customers_id': 'pass',
      'test.shop.accepted_values_customers_tier': 'fail',
    }),
  })

  it("takes the model's last account and checks every test it names against what dbt ran", () => {
    expect(judged.criteria.map((c) => [c.state, c.test, c.newTest])).toEqual([
      ['inspected', undefined, undefined],
      ['tested', 'not_null_customers_completed_orders', true],
      ['tested', 'test.shop.unique_customers_id', false],
      ['not-verified', undefined, undefined],
      ['not-verified', undefined, undefined],
    ])
    expect(judged.criteria[3]?.note).toBe('`accepted_values_customers_tier` ended fail in the last round.')
    expect(judged.criteria[4]?.note).toBe('The model gave no account of it.')
    expect(judged.assumptions).toEqual(['completed means status = completed'])
  })

  it('does not take a test dbt did not run, or one the project does not have', () => {
    const claim = (test: string) =>
      judgeAcceptance({
        criteria: ['x'],
        openQuestions: [],
        rounds: [finished({ criteria: [{ number: 1, state: 'tested', test }] })],
        graph,
        lastValidation: validation({}),
      }).criteria[0]
    expect(claim('not_null_customers_completed_orders')).toMatchObject({
      state: 'not-verified',
      note: 'dbt did not run `not_null_customers_completed_orders` in the last round.',
    })
    expect(claim('made_up_test')).toMatchObject({ state: 'not-verified' })
  })

  it('renders the criteria with state and evidence, the open questions and the assumptions', () => {
    const section = acceptanceSection(judged, 50) ?? ''
    expect(section).toContain(
      '| 2 | documented, with a not_null test | ✅ checked by a test | `not_null_customers_completed_orders` (added by this change) passed |',
    )
    expect(section).toContain(
      '| 1 | a new column completed_orders | 👀 checked by inspection | the select list has it |',
    )
    expect(section).toContain('| 4 | tier takes gold or silver | ⚠️ not verified |')
    expect(section).toContain('**Open questions from the ticket:**\n\n- Does a returned order count?')
    expect(section).toContain(
      '**Assumptions the model made** (confirm them):\n\n- completed means status = completed',
    )
    expect(acceptanceSection({ criteria: [], openQuestions: [], assumptions: [] }, 50)).toBeUndefined()
  })
})
