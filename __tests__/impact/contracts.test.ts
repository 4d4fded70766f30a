import { describe, expect, it } from '@jest/globals'
import { baseType, detectContractBreaks } from '../../src/impact/contracts.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { Layers } from '../../src/project/layers.js'
import { manifest, model, yamlNode, type ManifestParts, type ModelSpec } from '../project/manifests/build.js'

const contracted: ModelSpec = {
  contract: true,
  file: 'models/staging/stg_orders.sql',
  columns: {
    order_id: { type: 'integer', constraints: ['not_null'] },
    status: { type: 'varchar(20)' },
  },
}

function graph(spec: ModelSpec | null, extra: Partial<ManifestParts> = {}) {
  return manifestGraphOf(manifest({ nodes: spec ? [model('stg_orders', spec)] : [], ...extra }))
}

function findings(
  next: ModelSpec | null,
  options = {},
  base: ModelSpec = contracted,
  extra: Partial<ManifestParts> = {},
) {
  return detectContractBreaks(graph(base), graph(next, extra), options)
}

describe('detectContractBreaks: dbt’s rules for an enforced contract', () => {
  it('does not flag an added column, a wider varchar or an unchanged model', () => {
    const wider = {
      ...contracted,
      columns: { ...contracted.columns, status: { type: 'varchar(30)' }, note: { type: 'text' } },
    }
    expect(findings(wider)).toEqual([])
    expect(findings(contracted)).toEqual([])
  })

  it('warns (unversioned, protected, staging) about a removed column, like dbt does', () => {
    expect(findings({ ...contracted, columns: { order_id: contracted.columns!.order_id! } })).toEqual([
      {
        rule: 'column-removed',
        node: 'model.shop.stg_orders',
        severity: 'warning',
        message: 'Columns were removed from `stg_orders`: status.',
        action: expect.stringContaining('create a new model version (v2)'),
      },
    ])
  })

  it('makes the same change breaking for versioned, public, breaking-layer or promoted models', () => {
    const removed = (spec: ModelSpec): ModelSpec => ({
      ...spec,
      columns: { order_id: spec.columns!.order_id! },
    })
    const severity = (base: ModelSpec, options = {}) => findings(removed(base), options, base)[0]?.severity
    expect(severity({ ...contracted, version: 1, latestVersion: 1 })).toBe('breaking')
    expect(severity({ ...contracted, access: 'public' })).toBe('breaking')
    expect(severity(contracted, { policy: { unversionedAsBreaking: true } })).toBe('breaking')
    expect(
      severity(contracted, { layers: new Layers([{ layer: 'gold', paths: ['models/staging/**'] }]) }),
    ).toBe('breaking')
    expect(severity({ ...contracted, file: 'models/marts/stg_orders.sql' })).toBe('breaking')
  })

  it('reports base-type changes with before and after', () => {
    const next = {
      ...contracted,
      columns: { ...contracted.columns, order_id: { type: 'varchar', constraints: ['not_null'] } },
    }
    expect(findings(next).map((finding) => finding.message)).toEqual([
      'Columns with data_type changes in `stg_orders`: order_id (integer -> varchar).',
    ])
    expect(baseType('NUMERIC( 38, 2 )')).toBe('numeric')
  })

  it('reports enforcement removed (and nothing else about the model)', () => {
    expect(findings({ ...contracted, contract: false, columns: {} }).map((finding) => finding.rule)).toEqual([
      'contract-removed',
    ])
  })

  it('reports removed enforced constraints, but not ones the warehouse does not enforce', () => {
    const next = { ...contracted, columns: { ...contracted.columns, order_id: { type: 'integer' } } }
    expect(findings(next)[0]?.message).toBe(
      'Enforced column level constraints were removed: order_id (not_null) (model `stg_orders`).',
    )
    expect(findings(next, { policy: { enforcedConstraints: ['check'] } })).toEqual([])
    const modelLevel = { ...contracted, modelConstraints: [{ type: 'primary_key', columns: ['order_id'] }] }
    expect(findings(contracted, {}, modelLevel)[0]?.message).toContain(
      'Enforced model level constraints were removed: primary_key',
    )
  })

  it('reports a materialization that cannot enforce the contract', () => {
    expect(findings({ ...contracted, materialized: 'ephemeral' })[0]?.message).toBe(
      'Materialization of `stg_orders` changed from table to ephemeral, which cannot enforce a contract.',
    )
    expect(findings({ ...contracted, materialized: 'view' })[0]?.rule).toBe('materialization-cannot-enforce')
    const unconstrained = { ...contracted, columns: { id: { type: 'integer' } } }
    expect(findings({ ...unconstrained, materialized: 'view' }, {}, unconstrained)).toEqual([])
  })

  it('reports a contracted model deleted, renamed (same SQL) or disabled', () => {
    expect(findings(null)[0]).toMatchObject({
      rule: 'model-deleted',
      message: 'Contracted model `stg_orders` was deleted.',
    })
    const renamed = detectContractBreaks(
      graph(contracted),
      manifestGraphOf(
        manifest({
          nodes: [model('orders_base', { ...contracted, sql: 'stg_orders', file: 'models/x.sql' })],
        }),
      ),
    )
    expect(renamed[0]?.message).toBe(
      "Contracted model `stg_orders` was renamed to `orders_base`; consumers that `ref('stg_orders')` break.",
    )
    expect(findings(null, {}, contracted, { disabled: ['model.shop.stg_orders'] })[0]?.rule).toBe(
      'model-disabled',
    )
    expect(findings(null, {}, { ...contracted, contract: false })).toEqual([])
  })
})

describe('detectContractBreaks: access, groups and versions', () => {
  it('flags access narrowed from public as breaking even without a contract', () => {
    const result = findings({ access: 'protected' }, {}, { access: 'public' })
    expect(result).toEqual([
      expect.objectContaining({
        rule: 'access-narrowed',
        severity: 'breaking',
        message: expect.stringContaining('narrowed from public to protected'),
      }),
    ])
    expect(findings({ access: 'public' }, {}, { access: 'private' })).toEqual([])
  })

  it('flags a group change', () => {
    expect(
      findings({ group: 'sales', access: 'private' }, {}, { group: 'finance', access: 'private' })[0],
    ).toMatchObject({
      rule: 'group-changed',
      message: expect.stringContaining('from finance to sales; models of the old group can no longer ref it'),
    })
  })

  it('flags a removed model version as breaking and points at the remaining latest version', () => {
    const base = manifestGraphOf(
      manifest({
        nodes: [
          model('orders', { version: 1, latestVersion: 2 }),
          model('orders', { version: 2, latestVersion: 2 }),
        ],
      }),
    )
    const next = manifestGraphOf(manifest({ nodes: [model('orders', { version: 2, latestVersion: 2 })] }))
    expect(detectContractBreaks(base, next)).toEqual([
      expect.objectContaining({
        rule: 'version-removed',
        node: 'model.shop.orders.v1',
        severity: 'breaking',
        action: expect.stringContaining('move to v2'),
      }),
    ])
  })
})

describe('detectContractBreaks: semantic layer', () => {
  const semanticModel = (agg: string) =>
    yamlNode('semantic_model', 'orders', {
      dependsOn: ['model.shop.orders'],
      measures: [
        { name: 'order_total', agg, expr: null },
        { name: 'order_count', agg: 'count', expr: 'order_id' },
      ],
      dimensions: [{ name: 'order_date', type: 'time' }],
    })
  const metric = (name: string, measure: string, filter: string | null = null) =>
    yamlNode('metric', name, {
      dependsOn: ['semantic_model.shop.orders'],
      type: 'simple',
      filter,
      type_params: { measure: { name: measure }, input_measures: [{ name: measure }] },
    })
  const parts = (agg: string, filter: string | null, consumers = true): ManifestParts => ({
    nodes: [model('orders')],
    semanticModels: [semanticModel(agg)],
    metrics: [metric('revenue', 'order_total', filter), metric('orders_placed', 'order_count')],
    savedQueries: consumers
      ? [yamlNode('saved_query', 'weekly', { dependsOn: ['metric.shop.revenue'] })]
      : [],
    exposures: consumers
      ? [
          yamlNode('exposure', 'board', {
            dependsOn: ['metric.shop.orders_placed'],
            owner: { name: 'BI', email: 'bi@example.com' },
          }),
        ]
      : [],
  })
  const detect = (base: ManifestParts, next: ManifestParts) =>
    detectContractBreaks(manifestGraphOf(manifest(base)), manifestGraphOf(manifest(next)))

  it('reports a measure aggregation change through the metrics that use it, to their consumers only', () => {
    expect(detect(parts('sum', null), parts('max', null))).toEqual([
      expect.objectContaining({
        rule: 'semantic-model-changed',
        node: 'semantic_model.shop.orders',
        message:
          'Semantic model `orders` changed (measure order_total agg: sum -> max); consumed through metric `revenue` by saved query `weekly`.',
      }),
    ])
  })

  it('reports a metric filter change consumed by a saved query', () => {
    expect(
      detect(parts('sum', null), parts('sum', "{{ Dimension('order__status') }} != 'returned'")),
    ).toEqual([
      expect.objectContaining({
        rule: 'metric-changed',
        node: 'metric.shop.revenue',
        message: expect.stringContaining("filter: none -> {{ Dimension('order__status') }} != 'returned'"),
      }),
    ])
  })

  it('stays quiet when nothing consumes the changed metric', () => {
    expect(detect(parts('sum', null, false), parts('max', 'x > 1', false))).toEqual([])
  })
})
