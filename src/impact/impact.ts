import type { ColumnDef, GraphNode, ManifestGraph, NodeKind } from '../project/graph.js'
import { changedVarNames, VarReaders, type ProjectVars } from './changed-vars.js'
import { ModifiedMacros } from './modified-macros.js'
import { normalizeType, sameColumnShapes } from './same-value.js'
import {
  stateModification,
  type ConfigChange,
  type Modification,
  type ModifiedReason,
} from './state-modified.js'

export { normalizeType, sameColumnShapes, sameValue } from './same-value.js'

export type ChangeKind = 'added' | 'removed' | 'modified'

/** Why dbt's `state:modified` selects a modified node (see state-modified.ts). */
export type ChangeReason = ModifiedReason
export type { ConfigChange }

export interface ColumnChanges {
  added: string[]
  removed: string[]
  retyped: { name: string; before?: string; after?: string }[]
}

export interface NodeChange {
  id: string
  kind: NodeKind
  name: string
  change: ChangeKind
  reasons: ChangeReason[]
  /** The reasons in words ("SQL changed", "macro `shop.cents` changed (called through `shop.money`)"). */
  why: string[]
  config: ConfigChange[]
  /** Declared columns added, removed or retyped (details of a change, not a reason dbt counts on its own). */
  columns: ColumnChanges
  /** A removed node that the new manifest still has, disabled. */
  disabled?: boolean
  /** For a data or unit test: the node it tests (dbt's `attached_node`, else the first node it reads). */
  testOf?: string
}

export interface ImpactedNode {
  id: string
  kind: NodeKind
  name: string
  /** Edges from the nearest changed node. */
  distance: number
  /** The changed node it is downstream of (the nearest; ties by id). */
  via: string
}

/** A node that reads a var whose value changed; dbt 1.12's `state:modified` does not select it for that. */
export interface VarReader {
  id: string
  kind: NodeKind
  name: string
  vars: string[]
}

/** Every downstream node but the tests, nearest first (ties by id): what a reader of the impact is shown. */
export function downstreamNodes(impact: Impact): ImpactedNode[] {
  const { models, exposures, metrics, semanticModels, savedQueries, other } = impact.downstream
  return [...models, ...exposures, ...metrics, ...semanticModels, ...savedQueries, ...other].sort(
    (a, b) => a.distance - b.distance || a.id.localeCompare(b.id),
  )
}

export interface ImpactOptions {
  /** The `vars:` of the base and the new dbt_project.yml, to name the nodes that read changed vars. */
  vars?: { base: ProjectVars; next: ProjectVars }
}

export interface Impact {
  changed: NodeChange[]
  /** Transitive descendants of changed nodes that did not change themselves, nearest first. */
  downstream: {
    models: ImpactedNode[]
    tests: ImpactedNode[]
    exposures: ImpactedNode[]
    metrics: ImpactedNode[]
    semanticModels: ImpactedNode[]
    savedQueries: ImpactedNode[]
    /** Seeds, snapshots, analyses and anything dbt adds later. */
    other: ImpactedNode[]
  }
  /** parent → child among changed and downstream nodes, tests left out: the lineage to draw. */
  edges: [string, string][]
  /** Vars whose value changed, and the nodes that read them (in the selection or not). */
  vars: { changed: string[]; readers: VarReader[] }
}

const TEST_KINDS = new Set(['test', 'unit_test'])
const NO_COLUMN_CHANGES: ColumnChanges = Object.freeze({
  added: [],
  removed: [],
  retyped: [],
})

/**
 * What a change did, by dbt-core's `state:modified` rules: nodes added, removed or modified between the
 * base manifest and the new one (macros they call included), and every node downstream of them (in the new
 * graph; for removed nodes, their children in the base that remain). The changed nodes that remain plus
 * the downstream ones are what `dbt ls -s state:modified+` selects. Linear in the size of both manifests.
 */
export function computeImpact(base: ManifestGraph, next: ManifestGraph, options: ImpactOptions = {}): Impact {
  const macros = new ModifiedMacros(base, next)
  const changed: NodeChange[] = []
  for (const node of next.nodes.values()) {
    const old = base.get(node.id)
    if (!old) changed.push({ ...nodeChange(node, 'added'), why: ['new'] })
    else {
      const modification = stateModification(old, node, macros)
      if (modification) changed.push(modified(old, node, modification))
    }
  }
  for (const old of base.nodes.values()) {
    if (next.nodes.has(old.id)) continue
    const removal = nodeChange(old, 'removed')
    if (next.disabled.has(old.id)) removal.disabled = true
    changed.push(removal)
  }
  changed.sort((a, b) => a.id.localeCompare(b.id))
  const changedIds = new Set(changed.map((change) => change.id))
  const reached = downstreamOf(base, next, changed, changedIds)
  return {
    changed,
    downstream: classify(next, reached),
    edges: lineageEdges(base, next, changed, changedIds, reached),
    vars: varImpact(next, options),
  }
}

/**
 * What `dbt ls -s state:modified+ --resource-type <kinds>` lists: changed nodes still in the new manifest
 * and everything downstream, of the given kinds (all when none are given), sorted.
 */
export function stateModifiedPlus(impact: Impact, kinds?: readonly NodeKind[]): string[] {
  const ids = [
    ...impact.changed.filter((change) => change.change !== 'removed'),
    ...Object.values(impact.downstream).flat(),
  ]
    .filter((node) => kinds === undefined || kinds.includes(node.kind))
    .map((node) => node.id)
  return [...new Set(ids)].sort()
}

function varImpact(next: ManifestGraph, options: ImpactOptions): Impact['vars'] {
  if (!options.vars) return { changed: [], readers: [] }
  const packages = new Set([...next.nodes.values()].map((node) => node.packageName))
  const changed = changedVarNames(options.vars.base, options.vars.next, packages)
  const readers = new VarReaders(next, new Set(changed))
  const found: VarReader[] = []
  for (const node of next.nodes.values()) {
    const vars = readers.varsOf(node)
    if (vars.length > 0) found.push({ id: node.id, kind: node.kind, name: node.name, vars })
  }
  return { changed, readers: found.sort((a, b) => a.id.localeCompare(b.id)) }
}

function nodeChange(node: GraphNode, change: ChangeKind): NodeChange {
  const testOf = TEST_KINDS.has(node.kind) ? testedNode(node) : undefined
  return {
    id: node.id,
    kind: node.kind,
    name: node.name,
    change,
    reasons: [],
    why: [],
    config: [],
    columns: NO_COLUMN_CHANGES,
    ...(testOf ? { testOf } : {}),
  }
}

function testedNode(test: GraphNode): string | undefined {
  const attached = test.raw.attached_node
  if (typeof attached === 'string' && attached) return attached
  const dependsOn = test.raw.depends_on
  if (typeof dependsOn !== 'object' || dependsOn === null || !('nodes' in dependsOn)) return undefined
  const nodes = dependsOn.nodes
  return Array.isArray(nodes) && typeof nodes[0] === 'string' ? nodes[0] : undefined
}

function modified(old: GraphNode, now: GraphNode, modification: Modification): NodeChange {
  const columns = sameColumnShapes(old.raw.columns, now.raw.columns)
    ? NO_COLUMN_CHANGES
    : columnChanges(old.columns, now.columns)
  return {
    ...nodeChange(now, 'modified'),
    reasons: modification.reasons,
    why: modification.why,
    config: modification.config,
    columns,
  }
}

function columnChanges(before: readonly ColumnDef[], after: readonly ColumnDef[]): ColumnChanges {
  if (before.length === 0 && after.length === 0) return NO_COLUMN_CHANGES
  const old = new Map(before.map((column) => [column.name.toLowerCase(), column]))
  const now = new Map(after.map((column) => [column.name.toLowerCase(), column]))
  const changes: ColumnChanges = { added: [], removed: [], retyped: [] }
  for (const [key, column] of now) {
    const previous = old.get(key)
    if (!previous) changes.added.push(column.name)
    else if (
      previous.dataType !== column.dataType &&
      normalizeType(previous.dataType) !== normalizeType(column.dataType)
    ) {
      changes.retyped.push({ name: column.name, before: previous.dataType, after: column.dataType })
    }
  }
  for (const [key, column] of old) if (!now.has(key)) changes.removed.push(column.name)
  return changes
}

interface Reached {
  distance: number
  via: string
}

function downstreamOf(
  base: ManifestGraph,
  next: ManifestGraph,
  changed: readonly NodeChange[],
  changedIds: ReadonlySet<string>,
): Map<string, Reached> {
  const reached = new Map<string, Reached>()
  let frontier: string[] = []
  for (const change of changed) {
    const children = change.change === 'removed' ? base.childrenOf(change.id) : next.childrenOf(change.id)
    for (const child of children) {
      if (!changedIds.has(child) && next.nodes.has(child) && !reached.has(child)) {
        reached.set(child, { distance: 1, via: change.id })
        frontier.push(child)
      }
    }
  }
  for (let distance = 2; frontier.length > 0; distance++) {
    const following: string[] = []
    for (const id of frontier) {
      const { via } = reached.get(id) as Reached
      for (const child of next.childrenOf(id)) {
        if (changedIds.has(child) || reached.has(child) || !next.nodes.has(child)) continue
        reached.set(child, { distance, via })
        following.push(child)
      }
    }
    frontier = following
  }
  return reached
}

const GROUP_OF_KIND: Readonly<Record<string, keyof Impact['downstream']>> = {
  model: 'models',
  test: 'tests',
  unit_test: 'tests',
  exposure: 'exposures',
  metric: 'metrics',
  semantic_model: 'semanticModels',
  saved_query: 'savedQueries',
}

function classify(next: ManifestGraph, reached: ReadonlyMap<string, Reached>): Impact['downstream'] {
  const groups: Impact['downstream'] = {
    models: [],
    tests: [],
    exposures: [],
    metrics: [],
    semanticModels: [],
    savedQueries: [],
    other: [],
  }
  for (const [id, { distance, via }] of reached) {
    const node = next.get(id) as GraphNode
    groups[GROUP_OF_KIND[node.kind] ?? 'other'].push({ id, kind: node.kind, name: node.name, distance, via })
  }
  for (const list of Object.values(groups)) {
    list.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
  }
  return groups
}

function lineageEdges(
  base: ManifestGraph,
  next: ManifestGraph,
  changed: readonly NodeChange[],
  changedIds: ReadonlySet<string>,
  reached: ReadonlyMap<string, Reached>,
): [string, string][] {
  const drawn = (id: string): boolean =>
    (changedIds.has(id) || reached.has(id)) && !TEST_KINDS.has((next.get(id) ?? base.get(id))?.kind ?? '')
  const edges: [string, string][] = []
  for (const change of changed) {
    if (!drawn(change.id)) continue
    const graph = change.change === 'removed' ? base : next
    for (const child of graph.childrenOf(change.id)) if (drawn(child)) edges.push([change.id, child])
  }
  for (const id of reached.keys()) {
    if (!drawn(id)) continue
    for (const child of next.childrenOf(id)) if (drawn(child)) edges.push([id, child])
  }
  return edges
}
