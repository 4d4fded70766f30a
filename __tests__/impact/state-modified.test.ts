import { describe, expect, it } from '@jest/globals'
import { changedVarNames } from '../../src/impact/changed-vars.js'
import { computeImpact, stateModifiedPlus } from '../../src/impact/impact.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import {
  macro,
  manifest,
  model,
  test,
  withFields,
  yamlNode,
  type ManifestParts,
} from '../project/manifests/build.js'

type Entry = [string, Record<string, unknown>]

const graph = (parts: ManifestParts) => manifestGraphOf(manifest(parts))

/** stg (raw SQL and unrendered config as dbt writes them) → orders, with a test on orders. */
function shop(
  stgFields: Record<string, unknown> = {},
  extra: { macros?: Entry[]; nodes?: Entry[]; ordersFields?: Record<string, unknown> } = {},
) {
  const stg = withFields(model('stg', { file: 'models/staging/stg.sql' }), {
    raw_code: "select {{ money('cents') }} as amount from {{ ref('raw') }}",
    unrendered_config: { materialized: 'view' },
    fqn: ['shop', 'staging', 'stg'],
    depends_on: { macros: ['macro.shop.money'], nodes: [] },
    ...stgFields,
  })
  const orders = withFields(model('orders', { dependsOn: ['model.shop.stg'] }), {
    raw_code: "select * from {{ ref('stg') }}",
    unrendered_config: { materialized: 'table' },
    ...extra.ordersFields,
  })
  return graph({
    nodes: [stg, orders, test('not_null_orders_id', ['model.shop.orders']), ...(extra.nodes ?? [])],
    macros: extra.macros ?? [
      macro('money', '{{ dbt_utils.safe_divide(col, 100) }}', ['macro.dbt_utils.safe_divide']),
      macro('safe_divide', '{{ a }} / nullif({{ b }}, 0)', [], 'dbt_utils'),
    ],
  })
}

const changedIds = (impact: ReturnType<typeof computeImpact>) => impact.changed.map((change) => change.id)

describe('impact follows dbt state:modified', () => {
  it('compares the unrendered config: a target-dependent rendered schema is no change', () => {
    const base = shop({ config: { materialized: 'view', schema: 'dev_staging' } })
    const next = shop({ config: { materialized: 'view', schema: 'prod_staging' } })
    expect(computeImpact(base, next).changed).toEqual([])
  })

  it('reports a configured change with its key, before and after; tags are not compared', () => {
    const next = shop({ unrendered_config: { materialized: 'table', tags: ['nightly'] } })
    const [change] = computeImpact(shop(), next).changed
    expect(change).toMatchObject({
      id: 'model.shop.stg',
      reasons: ['config'],
      why: ['config changed: materialized (view → table)'],
      config: [{ key: 'materialized', before: 'view', after: 'table' }],
    })
  })

  it('reports a configured schema as a relation change, and a moved file as an fqn change', () => {
    const next = shop({
      unrendered_config: { materialized: 'view', schema: 'finance' },
      fqn: ['shop', 'finance', 'stg'],
    })
    expect(computeImpact(shop(), next).changed[0]?.reasons).toEqual(['fqn', 'relation'])
  })

  it('follows macros transitively, into packages, and names the chain', () => {
    const next = shop(
      {},
      {
        macros: [
          macro('money', '{{ dbt_utils.safe_divide(col, 100) }}', ['macro.dbt_utils.safe_divide']),
          macro('safe_divide', '{{ a }} / {{ b }}', [], 'dbt_utils'),
        ],
      },
    )
    const impact = computeImpact(shop(), next)
    expect(impact.changed).toEqual([
      expect.objectContaining({
        id: 'model.shop.stg',
        reasons: ['macro'],
        why: ['macro `dbt_utils.safe_divide` changed (called through `shop.money`)'],
      }),
    ])
    expect(impact.downstream.models).toEqual([
      expect.objectContaining({ id: 'model.shop.orders', via: 'model.shop.stg' }),
    ])
  })

  it('counts an added or removed macro as modified, and survives macros that call each other', () => {
    const looping = [
      macro('money', '{{ helper() }}', ['macro.shop.helper']),
      macro('helper', '{{ money() }} {{ extra() }}', ['macro.shop.money', 'macro.shop.extra']),
    ]
    const base = shop({}, { macros: looping })
    const next = shop({}, { macros: [...looping, macro('extra', 'new')] })
    expect(computeImpact(base, next).changed[0]?.why).toEqual([
      'macro `shop.extra` changed (called through `shop.money`, `shop.helper`)',
    ])
    expect(computeImpact(base, base).changed).toEqual([])
  })

  it('counts a description only when persist_docs writes it to the warehouse', () => {
    const persisted = { materialized: 'table', persist_docs: { relation: true, columns: true } }
    const base = shop({}, { ordersFields: { config: persisted } })
    const documented = shop(
      { description: 'staging, described' },
      {
        ordersFields: {
          config: persisted,
          description: 'orders, described',
          columns: { id: { name: 'id', description: 'new' } },
        },
      },
    )
    expect(computeImpact(base, documented).changed).toEqual([
      expect.objectContaining({
        id: 'model.shop.orders',
        reasons: ['description'],
        why: [
          'description changed (persisted to the warehouse by persist_docs)',
          'column descriptions changed (persisted to the warehouse by persist_docs)',
        ],
      }),
    ])
  })

  it('does not count declared columns of a model without a contract', () => {
    const next = shop({ columns: { amount: { name: 'amount', data_type: 'integer' } } })
    expect(computeImpact(shop(), next).changed).toEqual([])
  })

  it('compares an enforced contract by its checksum', () => {
    const contract = (checksum: string | null, enforced = true) => ({
      contract: { enforced, alias_types: true, checksum },
    })
    const base = shop(contract('a'))
    expect(computeImpact(base, shop(contract('a'))).changed).toEqual([])
    expect(computeImpact(base, shop(contract('b'))).changed[0]?.why).toEqual([
      'contract changed (columns, data types or constraints)',
    ])
    expect(computeImpact(shop(), shop(contract('a'))).changed[0]?.why).toEqual(['contract now enforced'])
    expect(computeImpact(base, shop(contract(null, false))).changed[0]?.why).toEqual([
      'contract no longer enforced',
    ])
  })

  it('counts latest_version and deprecation_date changes (refs resolve differently)', () => {
    const next = shop({ deprecation_date: '2027-01-01T00:00:00' })
    expect(computeImpact(shop(), next).changed[0]?.why).toEqual([
      'deprecation_date changed (none → 2027-01-01T00:00:00)',
    ])
  })

  it('compares a generic test by its config modifiers only, a singular test by its SQL too', () => {
    const generic = (fields: Record<string, unknown>): Entry =>
      withFields(test('unique_stg_id', ['model.shop.stg']), {
        test_metadata: { name: 'unique', kwargs: {} },
        unrendered_config: {},
        ...fields,
      })
    const singular = (sql: string): Entry =>
      withFields(test('assert_positive', ['model.shop.orders']), { raw_code: sql, unrendered_config: {} })
    const base = shop({}, { nodes: [generic({ raw_code: 'a' }), singular('select 1')] })
    const next = shop(
      {},
      { nodes: [generic({ raw_code: 'b', unrendered_config: { severity: 'warn' } }), singular('select 2')] },
    )
    expect(computeImpact(base, next).changed.map((change) => [change.id, change.why])).toEqual([
      ['test.shop.assert_positive', ['SQL changed']],
      ['test.shop.unique_stg_id', ['config changed: severity (none → warn)']],
    ])
  })

  it('compares a source by its configured relation, freshness and config, not by docs', () => {
    const source = (fields: Record<string, unknown>): Entry =>
      yamlNode('source', 'payments', {
        schema: 'raw',
        unrendered_schema: '{{ target.schema }}_raw',
        identifier: 'payments',
        unrendered_config: {},
        ...fields,
      })
    const withSource = (fields: Record<string, unknown>) =>
      graph({ sources: [source(fields)], nodes: [model('stg', { dependsOn: ['source.shop.raw.payments'] })] })
    const base = withSource({})
    expect(computeImpact(base, withSource({ schema: 'prod_raw', description: 'docs' })).changed).toEqual([])
    const fresher = computeImpact(
      base,
      withSource({ freshness: { warn_after: { count: 1, period: 'day' } } }),
    )
    expect(fresher.changed[0]?.why).toEqual(['definition changed: freshness'])
    expect(stateModifiedPlus(fresher, ['model'])).toEqual(['model.shop.stg'])
  })

  it('compares a saved query by its metrics, group_by, where and exports, not its order_by', () => {
    const saved = (params: Record<string, unknown>, exportsAs = 'table') =>
      graph({
        savedQueries: [
          yamlNode('saved_query', 'weekly', {
            query_params: { metrics: ['revenue'], group_by: [], where: null, order_by: [], ...params },
            exports: [{ name: 'weekly', unrendered_config: { export_as: exportsAs } }],
          }),
        ],
      })
    const base = saved({})
    expect(computeImpact(base, saved({ order_by: ['revenue'] })).changed).toEqual([])
    expect(
      computeImpact(base, saved({ where: ["{{ Dimension('x') }} = 1"] }, 'view')).changed[0]?.why,
    ).toEqual(['definition changed: query_params.where, exports'])
  })

  it('lists what dbt ls -s state:modified+ selects, by resource type', () => {
    const impact = computeImpact(shop(), shop({ raw_code: 'select 2' }))
    expect(stateModifiedPlus(impact)).toEqual([
      'model.shop.orders',
      'model.shop.stg',
      'test.shop.not_null_orders_id',
    ])
    expect(stateModifiedPlus(impact, ['test'])).toEqual(['test.shop.not_null_orders_id'])
  })
})

describe('vars', () => {
  it('names changed vars, global and package-scoped', () => {
    expect(
      changedVarNames(
        { start: '2024-01-01', same: 1, shop: { region: 'eu', kept: true } },
        { start: '2025-01-01', same: 1, shop: { region: 'us', kept: true }, added: 'x' },
        new Set(['shop']),
      ),
    ).toEqual(['added', 'region', 'start'])
  })

  it('names the nodes that read a changed var, directly or through macros, outside the selection', () => {
    const reads = shop(
      { raw_code: 'select * from raw where d >= \'{{ var("start") }}\'' },
      {
        macros: [
          macro('money', "{{ var('currency') }}", ['macro.dbt_utils.safe_divide']),
          macro('safe_divide', '{{ a }} / nullif({{ b }}, 0)', [], 'dbt_utils'),
        ],
      },
    )
    const impact = computeImpact(reads, reads, {
      vars: { base: { start: 1, currency: 'usd' }, next: { start: 2, currency: 'eur' } },
    })
    expect(changedIds(impact)).toEqual([])
    expect(impact.vars).toEqual({
      changed: ['currency', 'start'],
      readers: [expect.objectContaining({ id: 'model.shop.stg', vars: ['currency', 'start'] })],
    })
  })
})
