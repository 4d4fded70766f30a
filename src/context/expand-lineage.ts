import type { ManifestGraph } from '../project/graph.js'
import { CONTEXT_KINDS, displayNameOf } from './node-facts.js'
import { byScore, type RankedNode } from './rank-nodes.js'

export interface LineageOptions {
  /** Steps along parents and children from each top hit. */
  depth: number
  /** How many of the best hits are expanded. */
  seeds?: number
}

/** A neighbour's share of the hit's score, per step: lineage matters, but less than a direct match. */
const DECAY = 0.4
/** Hits below this share of the best score are not expanded: they are noise, and so are their neighbours. */
const SEED_SHARE = 0.3
const DEFAULT_SEEDS = 8

/**
 * Adds parents and children of the top hits, up to `depth` steps away, scored as a decayed share of the
 * hit (added to their own score when they matched too). Visits each seed's neighbourhood once.
 */
export function expandLineage(
  graph: ManifestGraph,
  ranked: readonly RankedNode[],
  options: LineageOptions,
): RankedNode[] {
  const best = ranked[0]?.score ?? 0
  if (options.depth <= 0 || best <= 0) return [...ranked]
  const byId = new Map(ranked.map((item) => [item.id, { ...item, why: [...item.why] }]))
  const seeds = ranked
    .filter((item) => item.score >= best * SEED_SHARE)
    .slice(0, options.seeds ?? DEFAULT_SEEDS)
  const bonus = new Map<string, { score: number; reason: string }>()
  for (const seed of seeds) {
    const seedNode = graph.get(seed.id)
    const seedName = seedNode ? displayNameOf(seedNode) : seed.id
    walk(graph, seed.id, options.depth, 'parents', (id, distance) => {
      offer(bonus, id, seed.score * DECAY ** distance, `upstream of \`${seedName}\` (${steps(distance)})`)
    })
    walk(graph, seed.id, options.depth, 'children', (id, distance) => {
      offer(bonus, id, seed.score * DECAY ** distance, `downstream of \`${seedName}\` (${steps(distance)})`)
    })
  }
  for (const [id, { score, reason }] of bonus) {
    const item = byId.get(id)
    if (item) {
      item.score = Math.round((item.score + score) * 100) / 100
      item.why.push(reason)
    } else byId.set(id, { id, score: Math.round(score * 100) / 100, why: [reason] })
  }
  return [...byId.values()].sort(byScore)
}

function offer(
  bonus: Map<string, { score: number; reason: string }>,
  id: string,
  score: number,
  reason: string,
): void {
  const current = bonus.get(id)
  if (!current || score > current.score || (score === current.score && reason < current.reason)) {
    bonus.set(id, { score, reason })
  }
}

/** Breadth-first along one direction; tests, exposures and metrics are neither listed nor walked through. */
function walk(
  graph: ManifestGraph,
  start: string,
  depth: number,
  direction: 'parents' | 'children',
  visit: (id: string, distance: number) => void,
): void {
  const inContext = (id: string): boolean => {
    const node = graph.get(id)
    return node !== undefined && CONTEXT_KINDS.has(node.kind)
  }
  graph.lineage(start, depth, direction, inContext).forEach((level, index) => {
    for (const id of level) visit(id, index + 1)
  })
}

function steps(distance: number): string {
  return distance === 1 ? '1 step' : `${distance} steps`
}
