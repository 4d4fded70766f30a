import { describe, expect, it } from '@jest/globals'
import { manifestGraphOf } from '../../src/project/graph.js'
import { Layers } from '../../src/project/layers.js'
import { phaseScope } from '../../src/phases/phase-scope.js'
import { planPhases } from '../../src/phases/plan-phases.js'
import { manifest, model, withFields, type ModelSpec } from '../project/manifests/build.js'

const ref = (name: string) => `model.shop.${name}`

function graphOf(specs: Record<string, ModelSpec & { fqn?: string[] }>) {
  return manifestGraphOf(
    manifest({
      nodes: Object.entries(specs).map(([name, { fqn, ...spec }]) =>
        fqn ? withFields(model(name, spec), { fqn }) : model(name, spec),
      ),
    }),
  )
}

/** staging → intermediate → marts, with a second mart and a model outside every layer. */
const layered = graphOf({
  stg_orders: { file: 'models/staging/stg_orders.sql' },
  stg_payments: { file: 'models/staging/stg_payments.sql' },
  int_order_totals: {
    file: 'models/intermediate/int_order_totals.sql',
    dependsOn: [ref('stg_orders'), ref('stg_payments')],
  },
  orders: { file: 'models/marts/orders.sql', dependsOn: [ref('int_order_totals')] },
  customers: { file: 'models/marts/customers.sql', dependsOn: [ref('stg_orders')] },
  order_report: { file: 'models/reports/order_report.sql', dependsOn: [ref('orders')] },
})

describe('planPhases', () => {
  it('plans no phases when every target is in one layer', () => {
    const plan = planPhases({ graph: layered, layers: new Layers(), targets: ['orders', 'customers'] })
    expect(plan.phases).toEqual([])
    expect(plan.reason).toBe('every planned model is in one layer (marts)')
  })

  it('plans no phases for a single target, or names the project does not have', () => {
    expect(planPhases({ graph: layered, layers: new Layers(), targets: ['orders'] }).phases).toEqual([])
    const unknown = planPhases({ graph: layered, layers: new Layers(), targets: ['orders', 'nope'] })
    expect(unknown.phases).toEqual([])
    expect(unknown.reason).toContain('fewer than two models')
  })

  it('plans three layers in DAG order, with the model between two targets in its own phase', () => {
    const plan = planPhases({ graph: layered, layers: new Layers(), targets: ['orders', 'stg_orders'] })
    expect(plan.phases.map(({ number, layer, models }) => ({ number, layer, models }))).toEqual([
      { number: 1, layer: 'staging', models: ['stg_orders'] },
      { number: 2, layer: 'intermediate', models: ['int_order_totals'] },
      { number: 3, layer: 'marts', models: ['orders'] },
    ])
    // The SQL and the properties YAML of each model; a model off the path (customers, stg_payments) is not planned.
    expect(plan.phases[1]?.files).toEqual([
      'models/intermediate/_models.yml',
      'models/intermediate/int_order_totals.sql',
    ])
    expect(plan.layersFrom).toBe('rules')
    expect(plan.reason).toContain('staging → intermediate → marts')
  })

  it('orders layers by the DAG, not by their names, for layers the project names itself (tags)', () => {
    const graph = graphOf({
      landing_events: { file: 'models/a/landing_events.sql', tags: ['zeta'] },
      sessions: { file: 'models/b/sessions.sql', tags: ['mu'], dependsOn: [ref('landing_events')] },
      kpis: { file: 'models/c/kpis.sql', tags: ['alpha'], dependsOn: [ref('sessions')] },
    })
    const layers = new Layers([
      { layer: 'alpha', tags: ['alpha'] },
      { layer: 'mu', tags: ['mu'] },
      { layer: 'zeta', tags: ['zeta'] },
    ])
    const plan = planPhases({ graph, layers, targets: ['kpis', 'landing_events'] })
    expect(plan.phases.map((phase) => phase.layer)).toEqual(['zeta', 'mu', 'alpha'])
    expect(plan.phases.map((phase) => phase.models)).toEqual([['landing_events'], ['sessions'], ['kpis']])
  })

  it("falls back to the project's own model folders when no layer rule places a planned model", () => {
    const graph = graphOf({
      src_users: { file: 'models/raw/src_users.sql', fqn: ['shop', 'raw', 'src_users'] },
      users: { file: 'models/core/users.sql', fqn: ['shop', 'core', 'users'], dependsOn: [ref('src_users')] },
      user_kpis: {
        file: 'models/reporting/kpi/user_kpis.sql',
        fqn: ['shop', 'reporting', 'kpi', 'user_kpis'],
        dependsOn: [ref('users')],
      },
    })
    const plan = planPhases({ graph, layers: new Layers(), targets: ['user_kpis', 'src_users'] })
    expect(plan.layersFrom).toBe('folders')
    expect(plan.phases.map((phase) => [phase.layer, phase.models])).toEqual([
      ['raw', ['src_users']],
      ['core', ['users']],
      ['reporting', ['user_kpis']],
    ])
  })

  it('makes one change when two layers feed each other', () => {
    const graph = graphOf({
      stg_a: { file: 'models/staging/stg_a.sql' },
      mart_a: { file: 'models/marts/mart_a.sql', dependsOn: [ref('stg_a')] },
      stg_b: { file: 'models/staging/stg_b.sql', dependsOn: [ref('mart_a')] },
    })
    const plan = planPhases({ graph, layers: new Layers(), targets: ['stg_a', 'stg_b', 'mart_a'] })
    expect(plan.phases).toEqual([])
    expect(plan.reason).toMatch(/staging and marts feed each other|marts and staging feed each other/)
  })

  it('puts a planned model in no layer with the latest phase it reads from', () => {
    const graph = graphOf({
      stg_a: { file: 'models/staging/stg_a.sql' },
      helper: { file: 'models/misc/helper.sql', dependsOn: [ref('stg_a')] },
      mart_a: { file: 'models/marts/mart_a.sql', dependsOn: [ref('helper')] },
    })
    const plan = planPhases({ graph, layers: new Layers(), targets: ['stg_a', 'mart_a'] })
    expect(plan.phases.map((phase) => [phase.layer, phase.models])).toEqual([
      ['staging', ['helper', 'stg_a']],
      ['marts', ['mart_a']],
    ])
  })
})

describe('phaseScope', () => {
  const layers = new Layers()
  const plan = planPhases({ graph: layered, layers, targets: ['orders', 'stg_orders'] })
  const scope = (number: number, projectPrefix = '') =>
    phaseScope({ plan, phase: plan.phases[number - 1]!, graph: layered, layers, projectPrefix })

  it("allows the phase's own files and files no phase owns", () => {
    expect(scope(1).refusal('models/staging/stg_orders.sql')).toBeUndefined()
    expect(scope(1).refusal('macros/cents_to_dollars.sql')).toBeUndefined()
    expect(scope(3).refusal('models/reports/order_report.sql')).toBeUndefined()
    // Another staging model than the planned one is still staging's.
    expect(scope(1).refusal('models/staging/stg_payments.sql')).toBeUndefined()
  })

  it("refuses another phase's models, an existing model of another planned layer, and new files there", () => {
    expect(scope(1).refusal('models/marts/orders.sql')).toMatch(
      /^\[phase-scope\] Refused models\/marts\/orders\.sql: this is phase 1 of 3 \(staging: stg_orders\), and it belongs to phase 3 of 3 \(marts: orders\), which is changed in its own phase, later/,
    )
    expect(scope(3).refusal('models/staging/stg_orders.sql')).toContain(
      'which was committed in its own phase',
    )
    expect(scope(2).refusal('models/marts/customers.sql')).toContain('phase 3 of 3')
    expect(scope(1).refusal('models/intermediate/int_new.sql')).toContain('phase 2 of 3')
    expect(scope(2).refusal('models/intermediate/int_new.sql')).toBeUndefined()
  })

  it('reads node files below the project folder when the workspace root is above it', () => {
    expect(scope(1, 'warehouse/').refusal('warehouse/models/marts/orders.sql')).toContain('phase 3')
    expect(scope(1, 'warehouse/').refusal('warehouse/models/staging/stg_orders.sql')).toBeUndefined()
  })
})
