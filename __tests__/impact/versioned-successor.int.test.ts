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

async function versionOrders(
  dir: string,
  latest: number,
  editV1?: boolean,
  pointer?: boolean,
): Promise<void> {
  await replaceIn(dir, 'models/marts/_marts.yml', PAID, VERSIONS)
  await replaceIn(
    dir,
    'models/marts/_marts.yml',
    '    description: One row per order with its totals. Contracted; other teams read it.\n',
    `    description: One row per order with its totals. Contracted; other teams read it.\n    latest_version: ${latest}\n`,
  )
  // Into the model's own config block (the first in the file), which the versions inherit.
  const config = '    config:\n      contract: {enforced: true}\n'
  if (pointer) {
    await replaceIn(
      dir,
      'models/marts/_marts.yml',
      config,
      `${config}      latest_version_pointer:\n        enabled: true\n`,
    )
  }
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
    // Two dbt parses at a time: five at once overrun the parse timeout on a shared machine.
    const [b, keep] = await Promise.all([parseShop(), parseShop((dir) => versionOrders(dir, 1))])
    const [moved, retyped] = await Promise.all([
      parseShop((dir) => versionOrders(dir, 2)),
      parseShop((dir) => versionOrders(dir, 1, true)),
    ])
    const pointer = await parseShop((dir) => versionOrders(dir, 1, false, true))
    shops.push(b, keep, moved, retyped, pointer)
    base = loadManifestGraph(b.manifestText, b.manifestPath)
    graphs.keep = loadManifestGraph(keep.manifestText, keep.manifestPath)
    graphs.moved = loadManifestGraph(moved.manifestText, moved.manifestPath)
    graphs.retyped = loadManifestGraph(retyped.manifestText, retyped.manifestPath)
    graphs.pointer = loadManifestGraph(pointer.manifestText, pointer.manifestPath)
  }, 600_000)
  afterAll(() => Promise.all(shops.map((shop) => shop.cleanup())))

  const orders = () => base.get('model.shop.orders')!

  it('is followed to the version plain refs resolve to', () => {
    expect(versionedSuccessor(orders(), graphs.keep!)?.id).toBe('model.shop.orders.v1')
    expect(versionedSuccessor(orders(), graphs.moved!)?.id).toBe('model.shop.orders.v2')
    expect(versionedSuccessor(orders(), base)).toBeUndefined()
  })

  it('keeps the contract when the latest version does, but the relation `orders` is no longer built', () => {
    expect(detectContractBreaks(base, graphs.keep!)).toEqual([
      expect.objectContaining({
        rule: 'relation-renamed',
        node: 'model.shop.orders',
        message: expect.stringContaining('`orders` is no longer built (now `orders_v1`, `orders_v2`)'),
        action: expect.stringContaining('latest_version_pointer'),
      }),
    ])
  })

  it('breaks nothing when a latest-version pointer keeps the old relation name', () => {
    expect(detectContractBreaks(base, graphs.pointer!)).toEqual([])
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
