import { describe, expect, it } from '@jest/globals'
import { manifestGraphOf } from '../../src/project/graph.js'
import { computeImpact } from '../../src/impact/impact.js'
import {
  manifest,
  model,
  test,
  yamlNode,
  type ManifestParts,
  type ModelSpec,
} from '../project/manifests/build.js'

const stg: ModelSpec = { file: 'models/staging/stg_orders.sql', columns: { id: { type: 'integer' } } }
const orders: ModelSpec = {
  dependsOn: ['model.shop.stg_orders'],
  columns: { order_id: { type: 'integer' }, total: { type: 'decimal(10,2)' } },
}
const customers: ModelSpec = { dependsOn: ['model.shop.orders'] }
const ltv: ModelSpec = { dependsOn: ['model.shop.customers'] }

function project(overrides: Record<string, ModelSpec | null> = {}, extra: Partial<ManifestParts> = {}) {
  const specs: Record<string, ModelSpec | null> = { stg_orders: stg, orders, customers, ltv, ...overrides }
  return manifestGraphOf(
    manifest({
      nodes: [
        ...Object.entries(specs).flatMap(([name, spec]) => (spec ? [model(name, spec)] : [])),
        test('unique_orders_order_id', ['model.shop.orders']),
        test('not_null_ltv_id', ['model.shop.ltv']),
      ],
      semanticModels: [
        yamlNode('semantic_model', 'orders', { dependsOn: ['model.shop.orders'], measures: [] }),
      ],
      metrics: [yamlNode('metric', 'revenue', { dependsOn: ['semantic_model.shop.orders'], type: 'simple' })],
      exposures: [yamlNode('exposure', 'dashboard', { dependsOn: ['model.shop.customers'] })],
      ...extra,
    }),
  )
}

describe('computeImpact', () => {
  it('finds nothing between identical manifests', () => {
    const impact = computeImpact(project(), project())
    expect(impact.changed).toEqual([])
    expect(impact.downstream.models).toEqual([])
    expect(impact.edges).toEqual([])
  })

  it('reports a SQL change on staging and everything downstream, nearest first', () => {
    const impact = computeImpact(project(), project({ stg_orders: { ...stg, sql: 'new body' } }))
    expect(impact.changed).toEqual([
      expect.objectContaining({
        id: 'model.shop.stg_orders',
        change: 'modified',
        reasons: ['body'],
        why: ['SQL changed'],
      }),
    ])
    expect(impact.downstream.models.map((node) => [node.name, node.distance, node.via])).toEqual([
      ['orders', 1, 'model.shop.stg_orders'],
      ['customers', 2, 'model.shop.stg_orders'],
      ['ltv', 3, 'model.shop.stg_orders'],
    ])
    expect(impact.downstream.tests.map((node) => node.id)).toEqual([
      'test.shop.unique_orders_order_id',
      'test.shop.not_null_ltv_id',
    ])
    expect(impact.downstream.exposures.map((node) => node.id)).toEqual(['exposure.shop.dashboard'])
    expect(impact.downstream.semanticModels.map((node) => node.id)).toEqual(['semantic_model.shop.orders'])
    expect(impact.downstream.metrics.map((node) => node.id)).toEqual(['metric.shop.revenue'])
    expect(impact.edges).toEqual(
      expect.arrayContaining([
        ['model.shop.stg_orders', 'model.shop.orders'],
        ['model.shop.orders', 'model.shop.customers'],
        ['semantic_model.shop.orders', 'metric.shop.revenue'],
      ]),
    )
    expect(impact.edges.flat().some((id) => id.startsWith('test.'))).toBe(false)
  })

  it('names the node an added or removed test tests', () => {
    const next = project(
      {},
      {
        nodes: [
          ...Object.entries({ stg_orders: stg, orders, customers, ltv }).map(([name, spec]) =>
            model(name, spec),
          ),
          test('not_null_orders_total', ['model.shop.orders']),
          test('not_null_ltv_id', ['model.shop.ltv']),
        ],
      },
    )
    const impact = computeImpact(project(), next)
    expect(impact.changed.map((change) => [change.name, change.change, change.testOf])).toEqual([
      ['not_null_orders_total', 'added', 'model.shop.orders'],
      ['unique_orders_order_id', 'removed', 'model.shop.orders'],
    ])
  })

  it('names config and ref changes, and lists column changes as details of the change', () => {
    const impact = computeImpact(
      project(),
      project({
        orders: {
          ...orders,
          materialized: 'incremental',
          access: 'public',
          columns: { order_id: { type: 'VARCHAR' }, status: { type: 'text' } },
        },
      }),
    )
    const change = impact.changed[0]
    expect(change?.reasons).toEqual(['config', 'ref'])
    expect(change?.config).toEqual(
      expect.arrayContaining([
        { key: 'materialized', before: 'table', after: 'incremental' },
        { key: 'access', before: 'protected', after: 'public' },
      ]),
    )
    expect(change?.columns).toEqual({
      added: ['status'],
      removed: ['total'],
      retyped: [{ name: 'order_id', before: 'integer', after: 'VARCHAR' }],
    })
  })

  it('ignores case and spacing in data types', () => {
    const impact = computeImpact(
      project(),
      project({
        orders: { ...orders, columns: { order_id: { type: 'INTEGER' }, total: { type: 'DECIMAL(10, 2)' } } },
      }),
    )
    expect(impact.changed).toEqual([])
  })

  it('reports added and removed nodes; a removed model’s children are impacted; disabled is flagged', () => {
    const impact = computeImpact(
      project(),
      project(
        { customers: null, ltv: { dependsOn: [] }, extra: { sql: 'x' } },
        { disabled: ['model.shop.customers'] },
      ),
    )
    expect(impact.changed.map((change) => [change.id, change.change, change.disabled ?? false])).toEqual([
      ['model.shop.customers', 'removed', true],
      ['model.shop.extra', 'added', false],
    ])
    expect(impact.downstream.exposures.map((node) => node.id)).toEqual(['exposure.shop.dashboard'])
  })

  it('reports a changed metric definition and what reads it', () => {
    const base = project()
    const next = project(
      {},
      {
        metrics: [
          yamlNode('metric', 'revenue', { dependsOn: ['semantic_model.shop.orders'], type: 'derived' }),
        ],
        exposures: [
          yamlNode('exposure', 'dashboard', { dependsOn: ['model.shop.customers', 'metric.shop.revenue'] }),
        ],
      },
    )
    const impact = computeImpact(base, next)
    expect(impact.changed.map((change) => [change.id, change.reasons])).toEqual([
      ['exposure.shop.dashboard', ['definition']],
      ['metric.shop.revenue', ['definition']],
    ])
    expect(impact.edges).toContainEqual(['metric.shop.revenue', 'exposure.shop.dashboard'])
  })
})
