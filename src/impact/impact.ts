import {
  isRecord,
  type ColumnDef,
  type GraphNode,
  type ManifestGraph,
  type NodeKind,
} from '../project/graph.js'

export type ChangeKind = 'added' | 'removed' | 'modified'

/** What about a modified node differs: its file, its config, its columns or, for YAML resources, its definition. */
export type ChangeReason = 'sql' | 'config' | 'columns' | 'constraints' | 'definition'

export interface ConfigChange {
  key: string
  before: unknown
  after: unknown
}

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
  config: ConfigChange[]
  columns: ColumnChanges
  /** A removed node that the new manifest still has, disabled. */
  disabled?: boolean
}

export interface ImpactedNode {
  id: string
  kind: NodeKind
  name: string
  /** Edges from the nearest changed node. */
  distance: number
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
}

/** Resource kinds whose definition lives in YAML: compared field by field, as they have no checksum. */
const DEFINITION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  source: ['identifier', 'schema', 'database', 'loaded_at_field', 'freshness', 'external'],
  exposure: ['type', 'maturity', 'url', 'owner', 'depends_on'],
  metric: ['type', 'type_params', 'filter', 'time_granularity'],
  semantic_model: ['model', 'defaults', 'entities', 'measures', 'dimensions', 'primary_entity'],
  saved_query: ['query_params', 'exports'],
}

const TEST_KINDS = new Set(['test', 'unit_test'])
const NO_COLUMN_CHANGES: ColumnChanges = Object.freeze({
  added: [],
  removed: [],
  retyped: [],
})

/**
 * What a change did: nodes added, removed or modified between the base manifest and the new one, and every
 * node downstream of them (in the new graph; for removed nodes, their children in the base that remain).
 * Linear in the size of both manifests.
 */
export function computeImpact(base: ManifestGraph, next: ManifestGraph): Impact {
  const changed: NodeChange[] = []
  for (const node of next.nodes.values()) {
    const old = base.get(node.id)
    if (!old) changed.push(nodeChange(node, 'added'))
    else if (!TEST_KINDS.has(node.kind)) {
      const modification = compareNodes(old, node)
      if (modification) changed.push(modification)
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
  }
}

function nodeChange(node: GraphNode, change: ChangeKind): NodeChange {
  return {
    id: node.id,
    kind: node.kind,
    name: node.name,
    change,
    reasons: [],
    config: [],
    columns: NO_COLUMN_CHANGES,
  }
}

function compareNodes(old: GraphNode, now: GraphNode): NodeChange | undefined {
  // Allocation-free checks first: on a big project almost every node is unchanged.
  const sqlChanged = old.checksum !== now.checksum
  const configChanged = !sameValue(old.config, now.config)
  const columnsChanged = !sameColumnShapes(old.raw.columns, now.raw.columns)
  const constraintsChanged = !sameValue(old.raw.constraints, now.raw.constraints)
  const fields = DEFINITION_FIELDS[now.kind]
  const definitionChanged = fields?.some((field) => !sameValue(old.raw[field], now.raw[field])) ?? false
  if (!sqlChanged && !configChanged && !columnsChanged && !constraintsChanged && !definitionChanged) {
    return undefined
  }
  const reasons: ChangeReason[] = []
  if (sqlChanged) reasons.push('sql')
  const config = configChanged ? configChanges(old.config, now.config) : []
  if (config.length > 0) reasons.push('config')
  const columns = columnsChanged ? columnChanges(old.columns, now.columns) : NO_COLUMN_CHANGES
  if (columns.added.length + columns.removed.length + columns.retyped.length > 0) reasons.push('columns')
  if (
    (constraintsChanged && !sameValue(old.constraints, now.constraints)) ||
    (columnsChanged && !sameColumnConstraints(old.columns, now.columns))
  ) {
    reasons.push('constraints')
  }
  if (definitionChanged) reasons.push('definition')
  // Descriptions and other documentation-only edits are not an impact.
  if (reasons.length === 0) return undefined
  return { ...nodeChange(now, 'modified'), reasons, config, columns }
}

function configChanges(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): ConfigChange[] {
  const changes: ConfigChange[] = []
  for (const key in after) {
    if (!sameValue(before[key], after[key])) changes.push({ key, before: before[key], after: after[key] })
  }
  for (const key in before) {
    if (!(key in after) && before[key] !== undefined && before[key] !== null) {
      changes.push({ key, before: before[key], after: undefined })
    }
  }
  return changes
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

function sameColumnConstraints(before: readonly ColumnDef[], after: readonly ColumnDef[]): boolean {
  const now = new Map(after.map((column) => [column.name.toLowerCase(), column]))
  return before.every((column) => {
    const match = now.get(column.name.toLowerCase())
    return !match || sameValue(column.constraints, match.constraints)
  })
}

/** A data type as dbt would compare it for equality: case and spacing do not matter. */
export function normalizeType(type: string | undefined): string {
  if (type === undefined) return ''
  return (type ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim()
}

function downstreamOf(
  base: ManifestGraph,
  next: ManifestGraph,
  changed: readonly NodeChange[],
  changedIds: ReadonlySet<string>,
): Map<string, number> {
  const reached = new Map<string, number>()
  let frontier: string[] = []
  for (const change of changed) {
    const children = change.change === 'removed' ? base.childrenOf(change.id) : next.childrenOf(change.id)
    for (const child of children) {
      if (!changedIds.has(child) && next.nodes.has(child) && !reached.has(child)) {
        reached.set(child, 1)
        frontier.push(child)
      }
    }
  }
  for (let distance = 2; frontier.length > 0; distance++) {
    const following: string[] = []
    for (const id of frontier) {
      for (const child of next.childrenOf(id)) {
        if (changedIds.has(child) || reached.has(child) || !next.nodes.has(child)) continue
        reached.set(child, distance)
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

function classify(next: ManifestGraph, reached: ReadonlyMap<string, number>): Impact['downstream'] {
  const groups: Impact['downstream'] = {
    models: [],
    tests: [],
    exposures: [],
    metrics: [],
    semanticModels: [],
    savedQueries: [],
    other: [],
  }
  for (const [id, distance] of reached) {
    const node = next.get(id) as GraphNode
    groups[GROUP_OF_KIND[node.kind] ?? 'other'].push({ id, kind: node.kind, name: node.name, distance })
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
  reached: ReadonlyMap<string, number>,
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

/** Same column names, types and constraints (descriptions and other docs are not compared), in raw form. */
export function sameColumnShapes(before: unknown, after: unknown): boolean {
  if (!isRecord(before) || !isRecord(after)) return sameValue(before, after)
  let count = 0
  for (const key in before) {
    const a = before[key]
    const b = after[key]
    if (!isRecord(a) || !isRecord(b)) {
      if (a !== b) return false
    } else if (a.name !== b.name || a.data_type !== b.data_type || !sameValue(a.constraints, b.constraints)) {
      return false
    }
    count++
  }
  for (const key in after) if (key) count--
  return count === 0
}

/** Structural equality of JSON values; `null` and a missing value are the same (dbt writes both). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || a === undefined) return b === null || b === undefined
  if (b === null || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  for (const key in left) if (!sameValue(left[key], right[key])) return false
  for (const key in right) if (!(key in left) && right[key] !== null && right[key] !== undefined) return false
  return true
}
