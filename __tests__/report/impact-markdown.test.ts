import { describe, expect, it } from '@jest/globals'
import type { ContractFinding } from '../../src/impact/contracts.js'
import type { Impact, ImpactedNode, NodeChange } from '../../src/impact/impact.js'
import { displayName, mermaidLabel, renderImpactSection } from '../../src/report/impact-markdown.js'
import { renderPullRequestBody } from '../../src/report/pr-body.js'
import { rollbackPlan } from '../../src/report/rollback.js'
import { passingValidation, ticket } from './fixtures.js'

function changed(id: string, change: NodeChange['change'] = 'modified'): NodeChange {
  return {
    id,
    kind: id.split('.')[0] ?? 'model',
    name: id.split('.').at(-1) ?? id,
    change,
    reasons: [],
    why: [],
    config: [],
    columns: { added: [], removed: [], retyped: [] },
  }
}

function reached(id: string, distance: number): ImpactedNode {
  return {
    id,
    kind: id.split('.')[0] ?? 'model',
    name: id.split('.').at(-1) ?? id,
    distance,
    via: 'model.shop.orders',
  }
}

function impact(overrides: Partial<Impact> = {}): Impact {
  return {
    changed: [changed('model.shop.orders')],
    downstream: {
      models: [reached('model.shop.customers', 1)],
      tests: [reached('test.shop.unique_orders_order_id', 1), reached('test.shop.not_null_customers_id', 2)],
      exposures: [reached('exposure.shop.dashboard', 2)],
      metrics: [],
      semanticModels: [],
      savedQueries: [],
      other: [],
    },
    edges: [
      ['model.shop.orders', 'model.shop.customers'],
      ['model.shop.customers', 'exposure.shop.dashboard'],
    ],
    vars: { changed: [], readers: [] },
    ...overrides,
  }
}

const breaking: ContractFinding = {
  rule: 'column-removed',
  node: 'model.shop.orders',
  severity: 'breaking',
  message: 'Columns were removed from `orders`: is_paid | total.',
  action: 'Keep the column, or create a new model version (v2) and deprecate the current one.',
}

describe('renderImpactSection', () => {
  it('shows counts, findings with what to do, and the lineage of changed → impacted nodes', () => {
    const section = renderImpactSection({
      impact: impact(),
      findings: [{ ...breaking, severity: 'warning', node: 'model.shop.customers' }, breaking],
    })
    expect(section).toContain('1 changed node reaches 1 downstream model, 2 tests, 1 exposure, 0 metrics.')
    expect(section).toContain('| `orders` | modified | — | — | customers, exposure dashboard |')
    expect(section).toContain('**Contract findings:** 1 breaking change, 1 warning.')
    // Breaking first; the pipe in the message cannot split the cell.
    expect(section).toContain(
      '| **breaking** | `orders` | Columns were removed from `orders`: is_paid \\| total. | Keep the column, or create a new model version (v2) and deprecate the current one. |',
    )
    expect(section.indexOf('**breaking**')).toBeLessThan(section.indexOf('| warning |'))
    expect(section).toContain(
      [
        '```mermaid',
        'graph LR',
        '  n0["model: orders"]:::modified',
        '  n1["model: customers"]',
        '  n2["exposure: dashboard"]',
        '  n0 --> n1',
        '  n1 --> n2',
      ].join('\n'),
    )
    expect(section).not.toContain('unique_orders_order_id')
  })

  it('says when nothing changed and when no contract broke', () => {
    expect(renderImpactSection({ impact: impact({ changed: [] }), findings: [] })).toBe(
      'No dbt nodes changed between the base manifest and this branch.',
    )
    expect(renderImpactSection({ impact: impact(), findings: [] })).toContain(
      '**Contracts:** no breaking changes found.',
    )
  })

  it('says why each modified node is in, and which nodes read a changed var', () => {
    const stg = {
      ...changed('model.shop.stg_orders'),
      why: ['macro `shop.cents` changed (called through `shop.money`)'],
    }
    const section = renderImpactSection({
      impact: impact({
        changed: [stg],
        vars: {
          changed: ['start_date'],
          readers: [{ id: 'model.shop.orders', kind: 'model', name: 'orders', vars: ['start_date'] }],
        },
      }),
      findings: [],
    })
    expect(section).toContain(
      '| `stg_orders` | modified: macro `shop.cents` changed (called through `shop.money`) | — | — | — |',
    )
    expect(section).toContain(
      "**Changed vars** (`start_date`) are read by `orders`; dbt's `state:modified` does not select nodes for a var change.",
    )
  })

  it('shows per changed model its columns, the tests added and removed (flagged), its downstream by name, and the task', () => {
    const orders: NodeChange = {
      ...changed('model.shop.orders'),
      why: ['SQL changed'],
      columns: {
        added: ['completed_orders'],
        removed: ['is_paid'],
        retyped: [{ name: 'amount', before: 'integer', after: 'bigint' }],
      },
    }
    const addedTest = { ...changed('test.shop.not_null_orders_completed_orders', 'added'), testOf: orders.id }
    const removedTest = {
      ...changed('test.shop.accepted_values_orders_is_paid', 'removed'),
      testOf: orders.id,
    }
    const section = renderImpactSection({
      impact: impact({ changed: [orders, addedTest, removedTest] }),
      findings: [],
      task: { kind: 'add-column', risk: 'low' },
    })
    expect(section).toContain('**Task:** `add-column`, low risk. 3 changed nodes reach 1 downstream model')
    expect(section).toContain(
      '| `orders` | modified: SQL changed | +completed_orders, −is_paid, ~amount integer → bigint | +not_null_orders_completed_orders, ⚠️ −accepted_values_orders_is_paid | customers, exposure dashboard |',
    )
    expect(section).toContain('> The change removes 1 test: `accepted_values_orders_is_paid`.')
    // Tests get no row of their own.
    expect(section).not.toContain('| `not_null_orders_completed_orders` |')
  })

  it('caps the diagram and says how many nodes were left out', () => {
    const models = Array.from({ length: 60 }, (_, i) => reached(`model.shop.m${i}`, 1))
    const section = renderImpactSection(
      {
        impact: impact({
          downstream: { ...impact().downstream, models, exposures: [] },
          edges: models.map((node): [string, string] => ['model.shop.orders', node.id]),
        }),
        findings: [],
      },
      { maxNodes: 10 },
    )
    expect(section.match(/^ {2}n\d+\[/gm)).toHaveLength(10)
    expect(section.match(/ --> /g)).toHaveLength(9)
    expect(section).toContain('_51 more nodes not drawn (the diagram shows 10)._')
  })

  it('escapes labels so names cannot end the label, the diagram or the code block', () => {
    expect(mermaidLabel('model: a"]; click n0 "https://x')).toBe(
      'model: a#34;#93;#59; click n0 #34;https://x',
    )
    expect(mermaidLabel('<b>`x`</b> #1')).toBe('#60;b#62;#96;x#96;#60;/b#62; #35;1')
    expect(mermaidLabel('x'.repeat(100))).toHaveLength(62)
    const hostile = changed('model.shop.a"]-->evil[("x')
    const section = renderImpactSection({ impact: impact({ changed: [hostile], edges: [] }), findings: [] })
    expect(section).toContain('  n0["model: a#34;#93;--#62;evil#91;#40;#34;x"]:::modified')
    expect(displayName('source.shop.raw.customers')).toBe('raw.customers')
  })
})

describe('PR body with impact', () => {
  const base = {
    ticket,
    summary: 'Renamed a column.',
    changedFiles: ['models/marts/orders.sql'],
    changedModels: ['orders'],
    validations: [passingValidation()],
    rollback: rollbackPlan({ branch: 'autopilot/DATA-123', changedModels: ['orders'], prNumber: 12 }),
    usage: { modelCalls: 1, inputTokens: 10, outputTokens: 10, costUsd: 0.01 },
  }

  it('renders the impact section after validation when given, and nothing when not', () => {
    const body = renderPullRequestBody({ ...base, impact: { impact: impact(), findings: [breaking] } })
    expect(body.indexOf('### Validation')).toBeLessThan(body.indexOf('### Impact'))
    expect(body).toContain('```mermaid')
    expect(renderPullRequestBody(base)).not.toContain('### Impact')
  })

  it('shortens the findings table to stay under the body limit', () => {
    const findings = Array.from({ length: 400 }, (_, i) => ({ ...breaking, node: `model.shop.m${i}` }))
    const body = renderPullRequestBody({ ...base, impact: { impact: impact(), findings }, maxLength: 20_000 })
    expect(body.length).toBeLessThanOrEqual(20_000)
    expect(body).toContain('**Contract findings:** 400 breaking changes, 0 warnings.')
    expect(body).toMatch(/…and \d+ more, see the audit artifact\./)
  })
})
