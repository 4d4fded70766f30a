import { describe, expect, it } from '@jest/globals'
import { DbtError } from '../../src/adapters/dbt/dbt-error.js'
import { loadManifestGraph, manifestGraphOf } from '../../src/project/graph.js'
import { manifest, model, test, yamlNode } from './manifests/build.js'

const parts = {
  nodes: [
    model('stg_orders', { file: 'models/staging/stg_orders.sql' }),
    model('orders', { dependsOn: ['model.shop.stg_orders'], group: 'finance' }),
    test('unique_orders_order_id', ['model.shop.orders']),
    test('relationships_orders_customers', ['model.shop.orders', 'model.shop.stg_orders']),
  ],
  semanticModels: [yamlNode('semantic_model', 'orders', { dependsOn: ['model.shop.orders'] })],
  metrics: [yamlNode('metric', 'revenue', { dependsOn: ['semantic_model.shop.orders'] })],
  exposures: [yamlNode('exposure', 'dashboard', { dependsOn: ['metric.shop.revenue', 'model.shop.orders'] })],
  groups: { 'group.shop.finance': { name: 'finance', owner: { name: 'Finance', email: 'fin@example.com' } } },
  disabled: ['model.shop.legacy'],
}

describe('manifest graph', () => {
  it.each([true, false])('links parents and children (dbt maps written: %s)', (maps) => {
    const graph = manifestGraphOf(manifest({ ...parts, maps }))
    expect([...graph.childrenOf('model.shop.orders')].sort()).toEqual([
      'exposure.shop.dashboard',
      'semantic_model.shop.orders',
      'test.shop.relationships_orders_customers',
      'test.shop.unique_orders_order_id',
    ])
    expect(graph.parentsOf('exposure.shop.dashboard')).toEqual(['metric.shop.revenue', 'model.shop.orders'])
    expect(graph.childrenOf('exposure.shop.dashboard')).toEqual([])
  })

  it('attaches tests to every model they read', () => {
    const graph = manifestGraphOf(manifest(parts))
    expect(graph.testsOf('model.shop.orders')).toEqual([
      'test.shop.unique_orders_order_id',
      'test.shop.relationships_orders_customers',
    ])
    expect(graph.testsOf('model.shop.stg_orders')).toEqual(['test.shop.relationships_orders_customers'])
  })

  it('finds nodes by name (across kinds), by SQL file and by documenting YAML', () => {
    const graph = manifestGraphOf(manifest(parts))
    expect(
      graph
        .byName('orders')
        .map((node) => node.kind)
        .sort(),
    ).toEqual(['model', 'semantic_model'])
    expect(graph.byName('orders', 'model').map((node) => node.id)).toEqual(['model.shop.orders'])
    expect(graph.byFile('./models/staging/stg_orders.sql').map((node) => node.id)).toEqual([
      'model.shop.stg_orders',
    ])
    expect(graph.byFile('models/marts/_models.yml').map((node) => node.id)).toContain('model.shop.orders')
  })

  it('reads the fields impact and contracts need, groups and disabled nodes', () => {
    const graph = manifestGraphOf(
      manifest({
        ...parts,
        nodes: [
          model('orders', {
            contract: true,
            access: 'public',
            version: 2,
            latestVersion: 2,
            columns: { order_id: { type: 'integer', constraints: ['not_null'] } },
          }),
        ],
      }),
    )
    expect(graph.get('model.shop.orders.v2')).toMatchObject({
      kind: 'model',
      name: 'orders',
      contractEnforced: true,
      access: 'public',
      version: '2',
      materialized: 'table',
      columns: [{ name: 'order_id', dataType: 'integer', constraints: [{ type: 'not_null' }] }],
    })
    expect(manifestGraphOf(manifest(parts)).group('finance')).toEqual({
      name: 'finance',
      ownerName: 'Finance',
      ownerEmail: 'fin@example.com',
    })
    expect(graph.disabled.has('model.shop.legacy')).toBe(true)
  })

  it.each([9, 13])('rejects manifest schema v%i and says how to regenerate it', (version) => {
    const text = JSON.stringify(manifest({ ...parts, version }))
    expect(() => loadManifestGraph(text, 'base/manifest.json')).toThrow(DbtError)
    expect(() => loadManifestGraph(text, 'base/manifest.json')).toThrow(
      `base/manifest.json has manifest schema v${version}; Autopilot reads v10–v12`,
    )
  })

  it('accepts v10 and v11 and rejects text that is not JSON', () => {
    for (const version of [10, 11]) {
      expect(loadManifestGraph(JSON.stringify(manifest({ ...parts, version }))).schemaVersion).toBe(version)
    }
    expect(() => loadManifestGraph('{"metadata":', 'x.json')).toThrow('x.json is not JSON')
  })
})
