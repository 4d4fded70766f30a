import { genericTestsOf } from '../project/generic-tests.js'
import { isRecord, type GraphNode, type ManifestGraph } from '../project/graph.js'
import { refName } from './parseable-sql.js'
import type { SqlShape } from './sql-shape.js'

/** What a relation name in a model's SQL stands for: a CTE of it (followed to what it reads), a node, or unknown. */
export type Relation =
  { kind: 'node'; node: GraphNode } | { kind: 'grouped'; keys: string[] } | { kind: 'unknown' }

/**
 * Follows a name through the model's CTEs: a plain `select … from x` CTE is `x`; a CTE with GROUP BY is
 * unique on its group keys; a `ref()` is its model in the manifest; `this` is the model itself.
 */
export function resolveRelation(
  name: string,
  shape: SqlShape,
  graph: ManifestGraph,
  self: GraphNode,
  seen: ReadonlySet<string> = new Set(),
): Relation {
  if (name === '__this__') return { kind: 'node', node: self }
  const cte = shape.ctes.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())
  if (cte && !seen.has(cte.name)) {
    if (cte.groupBy) return { kind: 'grouped', keys: cte.groupBy }
    if (cte.from && !cte.distinct)
      return resolveRelation(cte.from, shape, graph, self, new Set([...seen, cte.name]))
    return { kind: 'unknown' }
  }
  const model = refName(name)
  if (model === undefined) return { kind: 'unknown' }
  const node = graph.byName(model).find((candidate) => candidate.kind === 'model')
  return node ? { kind: 'node', node } : { kind: 'unknown' }
}

/**
 * The column sets the manifest says are unique in `node`: primary key and unique constraints (model- and
 * column-level), `unique` data tests and `dbt_utils.unique_combination_of_columns`. Lower case.
 */
export function uniqueKeysOf(graph: ManifestGraph, node: GraphNode): string[][] {
  const keys: string[][] = []
  const lower = (columns: readonly string[]) => columns.map((column) => column.toLowerCase())
  const modelLevel = Array.isArray(node.raw.constraints) ? node.raw.constraints : []
  for (const constraint of modelLevel) {
    if (!isRecord(constraint) || !['primary_key', 'unique'].includes(String(constraint.type))) continue
    const columns = Array.isArray(constraint.columns) ? constraint.columns.filter(isString) : []
    if (columns.length > 0) keys.push(lower(columns))
  }
  for (const column of node.columns) {
    if (column.constraints.some((c) => c.type === 'primary_key' || c.type === 'unique'))
      keys.push([column.name.toLowerCase()])
  }
  for (const { name, namespace, column, kwargs } of genericTestsOf(graph, node)) {
    if (name === 'unique' && !namespace && column) keys.push([column.toLowerCase()])
    if (name === 'unique_combination_of_columns' && Array.isArray(kwargs.combination_of_columns))
      keys.push(lower(kwargs.combination_of_columns.filter(isString)))
  }
  return keys
}

/** Partition and cluster columns from the model's config, as adapters spell them. Lower case. */
export function partitionColumnsOf(node: GraphNode): string[] {
  const columns = new Set<string>()
  const add = (value: unknown): void => {
    if (typeof value === 'string') for (const part of value.split(',')) addName(part)
    else if (Array.isArray(value)) value.forEach(add)
    else if (isRecord(value)) add(value.field)
  }
  const addName = (name: string) => {
    const trimmed = name.trim().replace(/^["`]|["`]$/g, '')
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(trimmed)) columns.add(trimmed.toLowerCase())
  }
  for (const key of ['partition_by', 'partitioned_by', 'cluster_by', 'clustered_by']) add(node.config[key])
  return [...columns]
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}
