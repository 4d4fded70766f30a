import { genericTestsOf } from '../project/generic-tests.js'
import { isRecord, type GraphNode, type ManifestGraph } from '../project/graph.js'
import type { TestRule } from './test-strategy.js'

export interface ModelKey {
  columns: string[]
  rule: Extract<TestRule, `key:${string}`>
}

/** The generic tests dbt has on each column of a model, by lower-case column name (`unique`, `not_null`, …). */
export function columnTests(graph: ManifestGraph, node: GraphNode): Map<string, Set<string>> {
  const tests = new Map<string, Set<string>>()
  for (const { name, namespace, column } of genericTestsOf(graph, node)) {
    if (!column) continue
    const key = column.toLowerCase()
    if (!tests.has(key)) tests.set(key, new Set())
    tests.get(key)!.add(namespace ? `${namespace}.${name}` : name)
  }
  return tests
}

/** Unit tests dbt has for a model. */
export function unitTestCount(graph: ManifestGraph, node: GraphNode): number {
  return graph.testsOf(node.id).filter((id) => graph.get(id)?.kind === 'unit_test').length
}

/**
 * A model's key, as dbt's manifest declares it: a `primary_key` constraint (model level, or on a column),
 * then a column that already has a `unique` or `not_null` test, and only then a name (`<entity>_id`,
 * `<entity>_key`, `id`) among `columns` (the relation's). Undefined when none holds.
 */
export function keyOf(
  graph: ManifestGraph,
  node: GraphNode,
  columns: readonly string[],
): ModelKey | undefined {
  for (const constraint of Array.isArray(node.raw.constraints) ? node.raw.constraints : []) {
    if (!isRecord(constraint) || constraint.type !== 'primary_key' || !Array.isArray(constraint.columns))
      continue
    const keyColumns = constraint.columns.filter((column): column is string => typeof column === 'string')
    if (keyColumns.length > 0) return { columns: keyColumns, rule: 'key:constraint' }
  }
  const constrained = node.columns.find((column) => column.constraints.some((c) => c.type === 'primary_key'))
  if (constrained) return { columns: [constrained.name], rule: 'key:constraint' }
  const tests = columnTests(graph, node)
  const names = [...node.columns.map((column) => column.name), ...columns]
  const tested = names.find((name) => tests.get(name.toLowerCase())?.has('unique'))
  if (tested) return { columns: [tested], rule: 'key:existing-test' }
  const named = keyByName(node.name, columns)
  return named ? { columns: [named], rule: 'key:column-name' } : undefined
}

/** Layer prefixes dbt projects put before the entity: `stg_orders` is about orders. */
const LAYER_PREFIX = /^(?:stg|int|fct|fact|dim|mart|base|src|raw|rpt|agg)_+/i

/**
 * `customer_id`, `customer_key` or `id` for a model about customers, as `columns` spell it. The entity is the
 * name without its layer prefix, then without trailing words (`shipment_facts` is about shipments).
 */
export function keyByName(model: string, columns: readonly string[]): string | undefined {
  const words = model.replace(LAYER_PREFIX, '').toLowerCase().split('_').filter(Boolean)
  const wanted: string[] = []
  for (let n = words.length; n >= 1; n--) {
    const entity = words.slice(0, n).join('_')
    const singular = [...words.slice(0, n - 1), singularOf(words[n - 1]!)].join('_')
    wanted.push(`${singular}_id`, `${singular}_key`, `${entity}_id`, `${entity}_key`)
  }
  wanted.push('id')
  for (const name of wanted) {
    const found = columns.find((column) => column.toLowerCase() === name)
    if (found) return found
  }
  return undefined
}

function singularOf(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`
  if (/(?:ss|us)$/.test(word)) return word
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2)
  if (/s$/.test(word)) return word.slice(0, -1)
  return word
}
