import { describe, expect, it } from '@jest/globals'
import { manifestGraphOf } from '../../src/project/graph.js'
import {
  BuiltRelations,
  laterRoundSelect,
  missingParents,
  selectorOf,
  withDescendants,
} from '../../src/validate/round-selection.js'
import type { NodeResult } from '../../src/validate/validation.js'
import { manifest, model, test, withFields } from '../project/manifests/build.js'

// raw_orders (seed) → stg_orders → orders_prep (ephemeral) → orders → customers ← stg_customers ← raw_customers
function seed(name: string): [string, Record<string, unknown>] {
  const id = `seed.shop.${name}`
  return [id, { ...model(name)[1], unique_id: id, resource_type: 'seed' }]
}
const graph = manifestGraphOf(
  manifest({
    nodes: [
      seed('raw_orders'),
      seed('raw_customers'),
      model('stg_orders', { dependsOn: ['seed.shop.raw_orders'] }),
      model('stg_customers', { dependsOn: ['seed.shop.raw_customers'] }),
      model('orders_prep', { dependsOn: ['model.shop.stg_orders'], materialized: 'ephemeral' }),
      withFields(model('orders', { dependsOn: ['model.shop.orders_prep'] }), {
        fqn: ['shop', 'marts', 'orders'],
      }),
      model('customers', { dependsOn: ['model.shop.orders', 'model.shop.stg_customers'] }),
      test('not_null_customers_id', ['model.shop.customers']),
    ],
  }),
)

const ok = (uniqueId: string, status = 'success'): NodeResult => ({ uniqueId, status, executionTimeS: 0.1 })

describe('BuiltRelations', () => {
  it('keeps the relations a build left (models, seeds, snapshots that succeeded), not tests or failures', () => {
    const built = new BuiltRelations()
    built.record(
      1,
      [
        ok('seed.shop.raw_orders'),
        ok('model.shop.stg_orders'),
        ok('model.shop.customers', 'error'),
        ok('test.shop.not_null_customers_id', 'pass'),
      ],
      new Set(),
    )

    expect(built.has('seed.shop.raw_orders')).toBe(true)
    expect(built.has('model.shop.stg_orders')).toBe(true)
    expect(built.has('model.shop.customers')).toBe(false)
    expect(built.has('test.shop.not_null_customers_id')).toBe(false)
    expect([built.size, built.lastRound]).toEqual([2, 1])
  })

  it('remembers which relations hold a changed definition until one is built from the base again', () => {
    const built = new BuiltRelations()
    built.record(1, [ok('model.shop.orders'), ok('model.shop.customers')], new Set(['model.shop.orders']))
    expect(built.changedIds()).toEqual(['model.shop.orders'])

    built.record(2, [ok('model.shop.orders')], new Set())
    expect(built.changedIds()).toEqual([])
  })
})

describe('relations built outside validation (the agent build_selected)', () => {
  it('are built again in the next round, with their children, though no round changed them', () => {
    const built = new BuiltRelations()
    built.record(1, [ok('seed.shop.raw_orders'), ok('model.shop.stg_orders')], new Set())
    built.recordOutside(['model.shop.stg_orders', 'test.shop.not_null_customers_id'])

    expect(built.changedIds()).toEqual(['model.shop.stg_orders'])
    expect(built.has('test.shop.not_null_customers_id')).toBe(false)
    expect(
      laterRoundSelect({
        graph,
        built,
        changed: new Set(),
        touched: new Set(),
        onlyNodeFiles: true,
        withParents: false,
      }),
    ).toBe('state:modified+ fqn:shop.stg_orders+')
  })
})

describe('missingParents', () => {
  it('names unbuilt parents of the selection and their own unbuilt parents, through ephemeral models', () => {
    const built = new BuiltRelations()
    built.record(1, [ok('model.shop.stg_customers')], new Set())

    expect(missingParents(graph, new Set(['model.shop.customers']), built)).toEqual([
      'model.shop.orders',
      'model.shop.stg_orders',
      'seed.shop.raw_orders',
    ])
  })

  it('finds nothing missing when every parent is built or selected', () => {
    const built = new BuiltRelations()
    built.record(1, [ok('model.shop.stg_orders'), ok('model.shop.stg_customers')], new Set())

    const selected = withDescendants(graph, ['model.shop.orders'])
    expect([...selected].sort()).toEqual([
      'model.shop.customers',
      'model.shop.orders',
      'test.shop.not_null_customers_id',
    ])
    expect(missingParents(graph, selected, built)).toEqual([])
  })
})

describe('laterRoundSelect', () => {
  const built = new BuiltRelations()
  built.record(
    1,
    ['seed.shop.raw_orders', 'model.shop.stg_orders', 'model.shop.orders', 'model.shop.customers'].map((id) =>
      ok(id),
    ),
    new Set(['model.shop.orders']),
  )

  const none = new Set<string>()
  const orders = new Set(['model.shop.orders'])

  it('selects the change and its children, and again a relation built from a definition the tree may have reverted', () => {
    // orders was built changed and its file changed since: back to the base, or changed again.
    expect(
      laterRoundSelect({
        graph,
        built,
        changed: orders,
        touched: orders,
        onlyNodeFiles: true,
        withParents: false,
      }),
    ).toBe('state:modified+ fqn:shop.marts.orders+')
    // Untouched since, it is still modified: `state:modified+` has it.
    expect(
      laterRoundSelect({
        graph,
        built,
        changed: orders,
        touched: none,
        onlyNodeFiles: true,
        withParents: false,
      }),
    ).toBe('state:modified+')
    // A macro or project file changed: any node may have been reverted.
    expect(
      laterRoundSelect({
        graph,
        built,
        changed: orders,
        touched: none,
        onlyNodeFiles: false,
        withParents: false,
      }),
    ).toBe('state:modified+ fqn:shop.marts.orders+')
  })

  it('adds the parents no round built when there is nothing to defer to', () => {
    const customers = new Set(['model.shop.customers'])
    expect(
      laterRoundSelect({
        graph,
        built,
        changed: orders,
        touched: customers,
        onlyNodeFiles: true,
        withParents: true,
      }),
    ).toBe('state:modified+ fqn:shop.stg_customers fqn:shop.raw_customers')
  })

  it('gives up naming nodes one by one past 200, so the round builds with `@` like the first', () => {
    const wide = new BuiltRelations()
    const names = Array.from({ length: 201 }, (_, i) => `m${i}`)
    const big = manifestGraphOf(manifest({ nodes: names.map((name) => model(name)) }))
    wide.record(
      1,
      names.map((name) => ok(`model.shop.${name}`)),
      new Set(names.map((name) => `model.shop.${name}`)),
    )
    const all = new Set(names.map((name) => `model.shop.${name}`))
    expect(
      laterRoundSelect({
        graph: big,
        built: wide,
        changed: all,
        touched: all,
        onlyNodeFiles: true,
        withParents: true,
      }),
    ).toBeUndefined()
  })
})

describe('selectorOf', () => {
  it("is dbt's fqn selector from the manifest's fqn, or package and name without one", () => {
    expect(selectorOf(graph.get('model.shop.orders')!)).toBe('fqn:shop.marts.orders')
    expect(selectorOf(graph.get('model.shop.customers')!)).toBe('fqn:shop.customers')
  })
})
