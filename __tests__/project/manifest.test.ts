import { describe, expect, it } from '@jest/globals'
import { loadManifestGraph } from '../../src/project/graph.js'
import { changedModels, fileOfNode, modelsForFiles } from '../../src/project/manifest.js'

const version = (v: number) => `https://schemas.getdbt.com/dbt/manifest/v${v}.json`

interface RawNode {
  resource_type: string
  name: string
  package_name?: string
  original_file_path: string
  patch_path?: string | null
  description?: string
  columns?: Record<string, unknown>
}

function manifestText(nodes: Record<string, RawNode>, v = 12): string {
  const full = Object.fromEntries(
    Object.entries(nodes).map(([id, n]) => [
      id,
      {
        unique_id: id,
        package_name: 'shop',
        checksum: { name: 'sha256', checksum: 'x' },
        depends_on: { nodes: [] },
        ...n,
      },
    ]),
  )
  return JSON.stringify({
    metadata: { dbt_schema_version: version(v), dbt_version: '1.12.0', project_name: 'shop' },
    nodes: full,
    sources: {},
    unit_tests: {
      'unit_test.shop.orders.totals': {
        unique_id: 'unit_test.shop.orders.totals',
        resource_type: 'unit_test',
        name: 'totals',
        package_name: 'shop',
        original_file_path: 'models/marts/_marts.yml',
      },
    },
    parent_map: {},
    child_map: {},
  })
}

const shopNodes: Record<string, RawNode> = {
  'model.shop.orders': {
    resource_type: 'model',
    name: 'orders',
    original_file_path: 'models/marts/orders.sql',
    patch_path: 'shop://models/marts/_marts.yml',
    description: 'One row per order',
  },
  'model.shop.customers': {
    resource_type: 'model',
    name: 'customers',
    original_file_path: 'models/marts/customers.sql',
    patch_path: 'shop://models/marts/_marts.yml',
  },
  'model.shop.stg_orders': {
    resource_type: 'model',
    name: 'stg_orders',
    original_file_path: 'models/staging/stg_orders.sql',
  },
  'test.shop.unique_orders_order_id': {
    resource_type: 'test',
    name: 'unique_orders_order_id',
    original_file_path: 'models/marts/_marts.yml',
  },
  // A package's paths are relative to the package: the same path must not match the project's file.
  'model.utils.orders_helper': {
    resource_type: 'model',
    name: 'orders_helper',
    package_name: 'utils',
    original_file_path: 'models/marts/orders.sql',
  },
}

describe('loadManifestGraph (the manifest validation reads)', () => {
  it('accepts schema v10 to v12 and reads nodes and unit tests with project-relative files', () => {
    for (const v of [10, 11, 12]) expect(loadManifestGraph(manifestText(shopNodes, v)).schemaVersion).toBe(v)
    const manifest = loadManifestGraph(manifestText(shopNodes))
    expect(manifest.nodes.get('model.shop.orders')).toMatchObject({
      name: 'orders',
      file: 'models/marts/orders.sql',
      patchFile: 'models/marts/_marts.yml',
    })
    expect(manifest.nodes.get('unit_test.shop.orders.totals')?.file).toBe('models/marts/_marts.yml')
  })

  it('rejects other schema versions with the version found and what to do', () => {
    expect(() => loadManifestGraph(manifestText(shopNodes, 9), 'prod/manifest.json')).toThrow(
      /prod\/manifest\.json has manifest schema v9; Autopilot reads v10–v12.*dbt parse/,
    )
    expect(() => loadManifestGraph(manifestText(shopNodes, 13))).toThrow(/v13/)
    expect(() => loadManifestGraph('{"metadata": {}}')).toThrow(/no manifest schema version/)
  })
})

describe('file to model mapping', () => {
  const manifest = loadManifestGraph(manifestText(shopNodes))

  it('maps SQL and properties YAML files to the root project models they define or document', () => {
    expect(modelsForFiles(manifest, 'shop', ['models/marts/orders.sql'])).toEqual(['orders'])
    expect(modelsForFiles(manifest, 'shop', ['./models/marts/_marts.yml'])).toEqual(['customers', 'orders'])
    expect(modelsForFiles(manifest, 'shop', ['README.md'])).toEqual([])
  })

  it('counts a model of a shared YAML as changed only when its own entry changed', () => {
    const after = loadManifestGraph(
      manifestText({
        ...shopNodes,
        'model.shop.orders': {
          ...shopNodes['model.shop.orders']!,
          columns: { is_paid: { name: 'is_paid' } },
        },
      }),
    )
    expect(changedModels(manifest, after, 'shop', ['models/marts/_marts.yml'])).toEqual(['orders'])
    expect(changedModels(manifest, after, 'shop', ['models/staging/stg_orders.sql'])).toEqual(['stg_orders'])
    // dbt could not parse the edit: fall back to every model the files mention.
    expect(changedModels(manifest, undefined, 'shop', ['models/marts/_marts.yml'])).toEqual([
      'customers',
      'orders',
    ])
  })

  it('includes added and removed models', () => {
    const rest = Object.fromEntries(
      Object.entries(shopNodes).filter(([id]) => id !== 'model.shop.stg_orders'),
    )
    const after = loadManifestGraph(
      manifestText({
        ...rest,
        'model.shop.new_mart': {
          resource_type: 'model',
          name: 'new_mart',
          original_file_path: 'models/marts/new_mart.sql',
        },
      }),
    )
    expect(
      changedModels(manifest, after, 'shop', ['models/marts/new_mart.sql', 'models/staging/stg_orders.sql']),
    ).toEqual(['new_mart', 'stg_orders'])
  })

  it('finds the file of a node of the project, not of a package', () => {
    expect(fileOfNode(manifest, 'shop', 'test.shop.unique_orders_order_id')).toBe('models/marts/_marts.yml')
    expect(fileOfNode(manifest, 'shop', 'model.utils.orders_helper')).toBeUndefined()
    expect(fileOfNode(manifest, 'shop', 'model.shop.gone')).toBeUndefined()
  })
})
