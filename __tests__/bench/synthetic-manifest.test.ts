import { describe, expect, it } from '@jest/globals'
import { deriveChangedManifest } from '../../bench/changed-manifest.js'
import { generateManifest, plannedCounts } from '../../bench/synthetic-manifest.js'
import { detectContractBreaks } from '../../src/impact/contracts.js'
import { loadManifestGraph } from '../../src/project/graph.js'
import { computeImpact } from '../../src/impact/impact.js'
import { Layers } from '../../src/project/layers.js'

const N = 1500
const base = generateManifest({ nodes: N, seed: 7 })
const baseText = JSON.stringify(base)
const graph = loadManifestGraph(baseText, 'synthetic base')

function countBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) {
    const k = key(item)
    if (k !== undefined) counts[k] = (counts[k] ?? 0) + 1
  }
  return counts
}

describe('generateManifest', () => {
  it('loads as a v12 manifest with exactly N graph nodes split by resource type as planned', () => {
    const planned = plannedCounts(N)
    expect(graph.schemaVersion).toBe(12)
    expect(graph.nodes.size).toBe(N)
    expect(countBy(graph.nodes.values(), (node) => node.kind)).toEqual({
      model: planned.staging + planned.intermediate + planned.marts,
      test: planned.genericTests + planned.singularTests,
      seed: planned.seeds,
      snapshot: planned.snapshots,
      source: planned.sources,
      unit_test: planned.unitTests,
      semantic_model: planned.semanticModels,
      metric: planned.metrics,
      exposure: planned.exposures,
      saved_query: planned.savedQueries,
    })
    const generic = [...graph.nodes.values()].filter((node) => node.kind === 'test' && node.raw.test_metadata)
    expect(generic.length / N).toBeGreaterThan(0.4)
    expect(generic.length / N).toBeLessThan(0.6)
  })

  it('puts models in staging, intermediate and marts folders that the default layers recognise', () => {
    const layers = new Layers()
    const models = [...graph.nodes.values()].filter((node) => node.kind === 'model')
    const planned = plannedCounts(N)
    expect(countBy(models, (node) => layers.layerOf(node))).toEqual({
      staging: planned.staging,
      intermediate: planned.intermediate,
      marts: planned.marts,
    })
    expect(models.every((node) => node.columns.length > 0 && node.columns.every((c) => c.dataType))).toBe(
      true,
    )
    expect(models.some((node) => node.contractEnforced)).toBe(true)
  })

  it('writes parent_map and child_map that mirror each other and only name known nodes, with no cycles', () => {
    for (const node of graph.nodes.values()) {
      for (const parent of graph.parentsOf(node.id)) {
        expect(graph.nodes.has(parent)).toBe(true)
        expect(graph.childrenOf(parent)).toContain(node.id)
      }
      for (const child of graph.childrenOf(node.id)) expect(graph.parentsOf(child)).toContain(node.id)
    }
    const state = new Map<string, 'open' | 'done'>()
    const visit = (id: string): void => {
      if (state.get(id) === 'done') return
      expect(state.get(id)).not.toBe('open')
      state.set(id, 'open')
      for (const child of graph.childrenOf(id)) visit(child)
      state.set(id, 'done')
    }
    for (const id of graph.nodes.keys()) visit(id)
  })

  it('has fan-out like a real project: a few hubs, most models with few children', () => {
    const models = [...graph.nodes.values()].filter((node) => node.kind === 'model')
    const fanOut = models.map(
      (node) => graph.childrenOf(node.id).filter((id) => id.startsWith('model.')).length,
    )
    fanOut.sort((a, b) => b - a)
    expect(fanOut[0]).toBeGreaterThan(20)
    expect(fanOut[Math.floor(fanOut.length / 2)]).toBeLessThanOrEqual(2)
    const staging = models.filter((node) => node.file.startsWith('models/staging/'))
    expect(staging.every((node) => graph.parentsOf(node.id).some((id) => id.startsWith('source.')))).toBe(
      true,
    )
  })

  it('is deterministic for a seed and differs across seeds', () => {
    expect(JSON.stringify(generateManifest({ nodes: N, seed: 7 }))).toBe(baseText)
    expect(JSON.stringify(generateManifest({ nodes: N, seed: 8 }))).not.toBe(baseText)
  })
})

describe('deriveChangedManifest', () => {
  it('yields the changes it claims: impact sees them and the removed contracted column breaks the contract', () => {
    const { manifest, change } = deriveChangedManifest(base)
    expect(JSON.stringify(base)).toBe(baseText)
    const next = loadManifestGraph(JSON.stringify(manifest), 'synthetic changed')
    const impact = computeImpact(graph, next)
    const byId = new Map(impact.changed.map((c) => [c.id, c]))
    for (const id of change.modified) expect(byId.get(id)?.reasons).toContain('body')
    expect(byId.get(change.added)?.change).toBe('added')
    expect(byId.get(change.removedColumn.model)?.columns.removed).toEqual([change.removedColumn.column])
    expect(impact.downstream.models.length).toBeGreaterThan(20)
    const findings = detectContractBreaks(graph, next)
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'column-removed',
        node: change.removedColumn.model,
        severity: 'breaking',
      }),
    ])
  })
})
