import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { detectContractBreaks } from '../../src/impact/contracts.js'
import { loadManifestGraph, type ManifestGraph } from '../../src/project/graph.js'
import { versionedSuccessor } from '../../src/impact/versioned-successor.js'
import { parseShop, replaceIn, type ParsedShop } from '../context/shop-manifest.js'

// Giving the contracted `orders` mart versions renames its node (model.shop.orders → model.shop.orders.v1);
// `ref('orders')` then resolves to `latest_version`, so that version's contract is what consumers see.

const PAID = '      - name: is_paid\n        data_type: boolean\n'
const VERSIONS = `${PAID}    versions:\n      - v: 1\n        defined_in: orders\n      - v: 2\n        columns:\n          - include: all\n            exclude: [is_paid]\n          - name: is_fully_paid\n            data_type: boolean\n`

async function versionOrders(dir: string, latest: number, editV1?: boolean): Promise<void> {
  await replaceIn(dir, 'models/marts/_marts.yml', PAID, VERSIONS)
  await replaceIn(
    dir,
    'models/marts/_marts.yml',
    '    description: One row per order with its totals. Contracted; other teams read it.\n',
    `    description: One row per order with its totals. Contracted; other teams read it.\n    latest_version: ${latest}\n`,
  )
  const sql = await readFile(path.join(dir, 'models/marts/orders.sql'), 'utf8')
  await writeFile(path.join(dir, 'models/marts/orders_v2.sql'), sql.replace('as is_paid', 'as is_fully_paid'))
  if (editV1)
    await replaceIn(
      dir,
      'models/marts/_marts.yml',
      '- name: item_count\n        data_type: integer',
      '- name: item_count\n        data_type: varchar',
    )
}

describe('a contracted model given versions', () => {
  const shops: ParsedShop[] = []
  let base: ManifestGraph
  const graphs: Record<string, ManifestGraph> = {}

  beforeAll(async () => {
    const [b, keep, moved, retyped] = await Promise.all([
      parseShop(),
      parseShop((dir) => versionOrders(dir, 1)),
      parseShop((dir) => versionOrders(dir, 2)),
      parseShop((dir) => versionOrders(dir, 1, true)),
    ])
    shops.push(b, keep, moved, retyped)
    base = loadManifestGraph(b.manifestText, b.manifestPath)
    graphs.keep = loadManifestGraph(keep.manifestText, keep.manifestPath)
    graphs.moved = loadManifestGraph(moved.manifestText, moved.manifestPath)
    graphs.retyped = loadManifestGraph(retyped.manifestText, retyped.manifestPath)
  }, 240_000)
  afterAll(() => Promise.all(shops.map((shop) => shop.cleanup())))

  const orders = () => base.get('model.shop.orders')!

  it('is followed to the version plain refs resolve to', () => {
    expect(versionedSuccessor(orders(), graphs.keep!)?.id).toBe('model.shop.orders.v1')
    expect(versionedSuccessor(orders(), graphs.moved!)?.id).toBe('model.shop.orders.v2')
    expect(versionedSuccessor(orders(), base)).toBeUndefined()
  })

  it('breaks nothing when the latest version keeps the contract', () => {
    expect(detectContractBreaks(base, graphs.keep!)).toEqual([])
  })

  it('breaks the contract when plain refs move to a version without the column', () => {
    expect(detectContractBreaks(base, graphs.moved!).map((f) => [f.node, f.rule, f.severity])).toContainEqual(
      ['model.shop.orders', 'column-removed', 'breaking'],
    )
  })

  it('breaks the contract when the kept version itself changes a type', () => {
    expect(detectContractBreaks(base, graphs.retyped!).map((f) => [f.rule, f.message])).toContainEqual([
      'column-type-changed',
      expect.stringContaining('item_count'),
    ])
  })
})
