import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { loadManifestGraph, type ManifestGraph } from '../../src/project/graph.js'
import { CatalogError, parseCatalog, type WarehouseCatalog } from '../../src/drift/catalog.js'
import { compareSources } from '../../src/drift/compare-sources.js'
import { renderDriftFindings } from '../../src/drift/drift-markdown.js'
import { canonicalType, sameType } from '../../src/drift/type-names.js'
import { parseShop, type ParsedShop } from '../context/shop-manifest.js'

type CatalogColumns = Record<string, { name: string; type: string; index: number }>

/** catalog.json as `dbt docs generate` writes it, with the warehouse answering exactly what the YAML declares. */
function catalogOf(graph: ManifestGraph, edit: (tables: Record<string, CatalogColumns>) => void = () => {}) {
  const tables: Record<string, CatalogColumns> = {}
  for (const node of graph.nodes.values()) {
    if (node.kind !== 'source') continue
    tables[node.id] = Object.fromEntries(
      node.columns.map((column, index) => [
        column.name.toUpperCase(),
        {
          name: column.name.toUpperCase(),
          type: (column.dataType ?? 'VARCHAR').toUpperCase(),
          index: index + 1,
        },
      ]),
    )
  }
  edit(tables)
  const sources = Object.fromEntries(
    Object.entries(tables).map(([id, columns]) => [
      id,
      {
        metadata: {
          type: 'BASE TABLE',
          database: 'shop',
          schema: 'main_raw',
          name: `raw_${id.split('.').at(-1)}`,
        },
        columns,
        stats: {},
        unique_id: id,
      },
    ]),
  )
  return JSON.stringify({
    metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/catalog/v1.json' },
    nodes: {},
    sources,
    errors: null,
  })
}

describe('compareSources on the shop project', () => {
  let shop: ParsedShop
  let graph: ManifestGraph
  const compare = (edit?: (tables: Record<string, CatalogColumns>) => void) => {
    const catalog: WarehouseCatalog = parseCatalog(catalogOf(graph, edit), 'catalog.json')
    return compareSources(graph, catalog)
  }

  beforeAll(async () => {
    shop = await parseShop()
    graph = loadManifestGraph(shop.manifestText, shop.manifestPath)
  }, 180_000)
  afterAll(() => shop.cleanup())

  it('finds nothing when the warehouse matches the YAML, whatever the case of the names', () => {
    const report = compare()
    expect(report.drifted).toEqual([])
    expect(report.missing).toEqual([])
    expect(report.compared.tables).toBe(5)
    expect(report.compared.columns).toBeGreaterThan(15)
  })

  it('reports added, removed and retyped columns, and the models downstream that read them', () => {
    const report = compare((tables) => {
      const customers = tables['source.shop.raw.customers'] as CatalogColumns
      delete customers['LAST_NAME']
      customers['PHONE'] = { name: 'PHONE', type: 'VARCHAR', index: 9 }
      customers['SIGNUP_DATE'] = { name: 'SIGNUP_DATE', type: 'TIMESTAMP', index: 5 }
    })
    expect(report.drifted).toHaveLength(1)
    const [drift] = report.drifted
    expect(drift).toMatchObject({
      source: 'raw.customers',
      file: 'models/staging/_sources.yml',
      relation: 'shop.main_raw.raw_customers',
      added: [{ name: 'PHONE', type: 'VARCHAR' }],
      removed: [{ column: 'last_name', declaredType: 'varchar' }],
      retyped: [{ column: 'signup_date', declaredType: 'date', warehouseType: 'TIMESTAMP' }],
      directReaders: ['stg_customers'],
    })
    // Both flow from staging into the customers mart.
    expect(drift?.readers).toEqual([
      { column: 'last_name', models: ['stg_customers', 'customers'] },
      { column: 'signup_date', models: ['stg_customers', 'customers'] },
    ])
    const markdown = renderDriftFindings(report, 'dev')
    expect(markdown).toContain(
      'Gone from the warehouse: `last_name` (declared `varchar`) — read by `stg_customers`, `customers`',
    )
    expect(markdown).toContain('Type changed: `signup_date` declared `date`, warehouse `TIMESTAMP`')
  })

  it('lists declared tables the warehouse lacks apart from drift', () => {
    const report = compare((tables) => {
      delete tables['source.shop.raw.products']
    })
    expect(report.drifted).toEqual([])
    expect(report.missing).toEqual([{ source: 'raw.products', file: 'models/staging/_sources.yml' }])
  })

  it('keeps warehouse names out of markdown syntax', () => {
    const report = compare((tables) => {
      const orders = tables['source.shop.raw.orders'] as CatalogColumns
      orders['x'] = { name: '`](https://evil.example) <!--', type: 'VARCHAR', index: 9 }
    })
    // The whole name, in a fence longer than its backticks, with the comment opener broken.
    expect(renderDriftFindings(report, undefined)).toContain(
      'Added in the warehouse: `` `](https://evil.example) <!\u200b-- ``',
    )
  })
})

describe('type names', () => {
  it('treats spellings of one type as the same and real changes as different', () => {
    expect(sameType('int', 'INTEGER')).toBe(true)
    expect(sameType('text', 'VARCHAR(256)')).toBe(true)
    expect(sameType('timestamp without time zone', 'TIMESTAMP')).toBe(true)
    expect(sameType('numeric(10,2)', 'DECIMAL(10, 2)')).toBe(true)
    expect(sameType('numeric(10,2)', 'DECIMAL(12,2)')).toBe(false)
    expect(sameType('integer', 'BIGINT')).toBe(false)
    expect(sameType('date', 'TIMESTAMP')).toBe(false)
    expect(canonicalType('Double Precision')).toBe('double')
  })
})

describe('parseCatalog', () => {
  it('says where a bad catalog came from', () => {
    expect(() => parseCatalog('{', 'target/catalog.json')).toThrow(CatalogError)
    expect(() => parseCatalog('{"metadata": {}}', 'target/catalog.json')).toThrow(
      /target\/catalog.json is not a dbt catalog .*dbt docs generate/,
    )
  })
})
