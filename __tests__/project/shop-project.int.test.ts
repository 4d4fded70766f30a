import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { repoRoot, shopProjectDir } from '../fakes/shop-copy.js'
import { parseShop, type ParsedShop } from '../context/shop-manifest.js'

// Seeds record no node dependencies at all.
const DependsOn = z.object({ depends_on: z.object({ nodes: z.array(z.string()).default([]) }) })
const Column = z.object({ description: z.string(), data_type: z.string().nullish() })
const ShopManifest = z.object({
  nodes: z.record(
    z.string(),
    DependsOn.extend({
      resource_type: z.string(),
      original_file_path: z.string(),
      relation_name: z.string().nullish(),
    }),
  ),
  sources: z.record(
    z.string(),
    z.object({
      relation_name: z.string(),
      description: z.string(),
      columns: z.record(z.string(), Column),
    }),
  ),
})
type ShopManifest = z.infer<typeof ShopManifest>

const EditSchema = z.object({ path: z.string(), old: z.string(), new: z.string() })
const DemoScript = z.object({
  turns: z.array(
    z.object({
      content: z.array(
        z.union([
          z.object({ type: z.literal('tool_use'), name: z.string(), input: z.unknown() }),
          z.object({ type: z.literal('text') }),
        ]),
      ),
    }),
  ),
})

/** The seed whose table a source reads, found by the relation both resolve to. */
function seedLoading(manifest: ShopManifest, sourceId: string): string | undefined {
  const relation = manifest.sources[sourceId]?.relation_name
  return Object.entries(manifest.nodes).find(
    ([, node]) => node.resource_type === 'seed' && node.relation_name === relation,
  )?.[0]
}

describe('examples/shop', () => {
  let shop: ParsedShop | undefined
  let manifest: ShopManifest

  beforeAll(async () => {
    shop = await parseShop()
    manifest = ShopManifest.parse(JSON.parse(shop.manifestText))
  }, 120_000)
  afterAll(() => shop?.cleanup())

  it('declares the raw tables as documented sources in the schema the seeds load into', () => {
    const sources = Object.entries(manifest.sources)
    expect(sources.map(([id]) => id).sort()).toEqual(
      ['customers', 'order_items', 'orders', 'payments', 'products'].map((t) => `source.shop.raw.${t}`),
    )
    for (const [id, source] of sources) {
      expect(seedLoading(manifest, id)).toBeDefined()
      expect(source.description).not.toBe('')
      expect(Object.keys(source.columns).length).toBeGreaterThan(0)
      for (const column of Object.values(source.columns)) {
        expect(column.description).not.toBe('')
        expect(column.data_type).toMatch(/\w/)
      }
    }
  })

  it('reads each raw table in staging through a source', () => {
    const staging = Object.values(manifest.nodes).filter(
      (n) => n.resource_type === 'model' && n.original_file_path.startsWith('models/staging/'),
    )
    expect(staging).toHaveLength(5)
    for (const model of staging) {
      expect(model.depends_on.nodes.filter((id) => id.startsWith('source.'))).toHaveLength(1)
    }
  })

  it('makes every node that reads a source wait for the seed that loads it (safe on a fresh DuckDB)', () => {
    const readers = Object.entries(manifest.nodes).filter(([, n]) =>
      n.depends_on.nodes.some((id) => id.startsWith('source.')),
    )
    // Staging models and the singular source tests; a generic test declared on a source would have no seed.
    expect(readers.some(([, n]) => n.resource_type === 'test')).toBe(true)
    for (const [id, node] of readers) {
      for (const source of node.depends_on.nodes.filter((d) => d.startsWith('source.'))) {
        expect({ id, dependsOn: node.depends_on.nodes }).toEqual({
          id,
          dependsOn: expect.arrayContaining([seedLoading(manifest, source)]),
        })
      }
    }
  })
})

describe('examples/demo/script.json against examples/shop', () => {
  it('edits text that occurs exactly once in the project at each step', async () => {
    const script = DemoScript.parse(
      JSON.parse(await readFile(path.join(repoRoot, 'examples/demo/script.json'), 'utf8')),
    )
    const files = new Map<string, string>()
    let edits = 0
    for (const turn of script.turns) {
      for (const block of turn.content) {
        if (block.type !== 'tool_use' || block.name !== 'edit_file') continue
        const edit = EditSchema.parse(block.input)
        const text = files.get(edit.path) ?? (await readFile(path.join(shopProjectDir, edit.path), 'utf8'))
        expect({ path: edit.path, old: edit.old, occurrences: text.split(edit.old).length - 1 }).toEqual({
          path: edit.path,
          old: edit.old,
          occurrences: 1,
        })
        files.set(
          edit.path,
          text.replace(edit.old, () => edit.new),
        )
        edits += 1
      }
    }
    expect(edits).toBeGreaterThan(0)
  })
})
