import { describe, expect, it } from '@jest/globals'
import { manifestGraphOf } from '../../src/project/graph.js'
import type { ModelProfile } from '../../src/test-strategy/data-probe.js'
import { keyByName, keyOf } from '../../src/test-strategy/key-columns.js'
import { completePlan, planTests } from '../../src/test-strategy/propose-tests.js'
import { manifest, model } from '../project/manifests/build.js'

/** A generic data test as dbt's manifest has it: metadata, the column and the model it is attached to. */
function genericTest(name: string, modelName: string, column: string): [string, Record<string, unknown>] {
  const id = `test.shop.${name}_${modelName}_${column}`
  return [
    id,
    {
      unique_id: id,
      resource_type: 'test',
      name: `${name}_${modelName}_${column}`,
      package_name: 'shop',
      original_file_path: 'models/marts/_models.yml',
      column_name: column,
      attached_node: `model.shop.${modelName}`,
      test_metadata: { name, kwargs: { column_name: column }, namespace: null },
      checksum: { name: 'none', checksum: '' },
      config: { enabled: true },
      depends_on: { macros: [], nodes: [`model.shop.${modelName}`] },
    },
  ]
}

const column = (name: string, type: string, nulls: number, distinct: number) => ({
  name,
  type,
  nulls,
  distinct,
})

describe('keyOf: constraints, then existing tests, then names', () => {
  it('prefers a primary_key constraint to a unique test and to names', () => {
    const graph = manifestGraphOf(
      manifest({
        nodes: [
          model('shipments', { modelConstraints: [{ type: 'primary_key', columns: ['tracking_no'] }] }),
          genericTest('unique', 'shipments', 'shipment_id'),
        ],
      }),
    )
    expect(keyOf(graph, graph.get('model.shop.shipments')!, ['shipment_id', 'tracking_no'])).toEqual({
      columns: ['tracking_no'],
      rule: 'key:constraint',
    })
  })

  it('takes a column with a unique test before a name, and a name only as the last resort', () => {
    const graph = manifestGraphOf(
      manifest({ nodes: [model('shipments'), genericTest('unique', 'shipments', 'tracking_no')] }),
    )
    expect(keyOf(graph, graph.get('model.shop.shipments')!, ['shipment_id', 'tracking_no'])?.rule).toBe(
      'key:existing-test',
    )
    expect(keyByName('stg_categories', ['name', 'category_id'])).toBe('category_id')
    expect(keyByName('int_address', ['address_key'])).toBe('address_key')
    expect(keyByName('fct_boxes', ['box_id'])).toBe('box_id')
    expect(keyByName('fct_boxes', ['amount'])).toBeUndefined()
  })
})

describe('planTests and completePlan', () => {
  const graph = manifestGraphOf(
    manifest({
      nodes: [
        model('stg_carriers', { columns: { carrier_id: {} } }),
        genericTest('unique', 'stg_carriers', 'carrier_id'),
        model('shipment_facts', { dependsOn: ['model.shop.stg_carriers'] }),
        genericTest('not_null', 'shipment_facts', 'shipment_id'),
      ],
    }),
  )
  const node = graph.get('model.shop.shipment_facts')!
  const profile: ModelProfile = {
    rows: 40,
    columns: [
      column('shipment_id', 'INTEGER', 0, 38),
      column('carrier_id', 'INTEGER', 3, 5),
      column('delivery_status', 'VARCHAR', 0, 4),
      column('service_type', 'INTEGER', 0, 2),
      column('region_code', 'VARCHAR', 0, 3),
      column('package_state', 'VARCHAR', 0, 25),
    ],
  }

  it('declines what the profile contradicts and keeps tests the model has out', () => {
    const plan = planTests(graph, node, profile)
    // `not_null` exists; `unique` would fail on 2 duplicates, so it is declined with the figures.
    expect(plan.proposed).toEqual([])
    expect(plan.declined).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          column: 'shipment_id',
          test: 'unique',
          reason: '2 duplicate value(s) in 40 non-null row(s)',
        }),
        expect.objectContaining({
          column: 'package_state',
          test: 'accepted_values',
          reason: expect.stringMatching(/25 distinct/),
        }),
      ]),
    )
    // A text column named like a status, not an integer one or one with no such name.
    expect(plan.values.map((check) => check.column)).toEqual(['delivery_status'])
    // carrier_id is the parent's key (from its unique test).
    expect(plan.orphans).toEqual([
      expect.objectContaining({
        column: 'carrier_id',
        parentColumn: 'carrier_id',
        parent: { packageName: 'shop', name: 'stg_carriers' },
      }),
    ])
  })

  it('proposes relationships and accepted_values only as the checks query found the data', () => {
    const plan = planTests(graph, node, profile)
    const done = completePlan(node, plan, {
      values: [['delivered', 'lost', 'pending', 'returned']],
      orphans: [{ count: 0 }],
    })
    expect(done.proposed).toEqual([
      expect.objectContaining({
        column: 'carrier_id',
        test: 'relationships',
        to: { model: 'stg_carriers', field: 'carrier_id' },
        rule: 'lineage:parent-key',
      }),
      expect.objectContaining({
        column: 'delivery_status',
        test: 'accepted_values',
        values: ['delivered', 'lost', 'pending', 'returned'],
        rule: 'data:low-cardinality',
      }),
    ])
    const orphaned = completePlan(node, plan, { values: [[]], orphans: [{ count: 2 }] })
    expect(orphaned.proposed).toEqual([])
    expect(orphaned.declined.map((d) => d.reason)).toEqual(
      expect.arrayContaining(['2 value(s) have no row in `stg_carriers`', '0 value(s) found']),
    )
    const missing = completePlan(node, plan, {
      values: [['a']],
      orphans: [{ missing: 'the parent relation is not built here' }],
    })
    expect(missing.declined).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ test: 'relationships', reason: 'the parent relation is not built here' }),
      ]),
    )
  })

  it('falls back to the first id-like column without nulls or duplicates when nothing names a key', () => {
    const bare = manifestGraphOf(manifest({ nodes: [model('weekly_rollup')] }))
    const plan = planTests(bare, bare.get('model.shop.weekly_rollup')!, {
      rows: 10,
      columns: [
        column('week_start', 'DATE', 0, 10),
        column('depot_id', 'INTEGER', 0, 10),
        column('parcels', 'INTEGER', 0, 7),
      ],
    })
    expect(plan.proposed.map((t) => [t.column, t.test, t.rule])).toEqual([
      ['depot_id', 'not_null', 'key:column-name'],
      ['depot_id', 'unique', 'key:column-name'],
    ])
  })
})
