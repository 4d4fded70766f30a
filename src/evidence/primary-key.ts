import { genericTestsOf } from '../project/generic-tests.js'
import { isRecord, type GraphNode, type ManifestGraph } from '../project/graph.js'

/**
 * The model's declared primary key: a `primary_key` constraint (model-level with its columns, or on one
 * column), else the first column (in declared order) with both a `unique` and a `not_null` data test.
 * Undefined when the model declares none: changed rows cannot be matched without one.
 */
export function primaryKeyOf(graph: ManifestGraph, node: GraphNode): string[] | undefined {
  const modelLevel = Array.isArray(node.raw.constraints) ? node.raw.constraints : []
  for (const constraint of modelLevel) {
    if (!isRecord(constraint) || constraint.type !== 'primary_key' || !Array.isArray(constraint.columns))
      continue
    const columns = constraint.columns.filter((column): column is string => typeof column === 'string')
    if (columns.length > 0) return columns
  }
  const constrained = node.columns.find((column) =>
    column.constraints.some((constraint) => constraint.type === 'primary_key'),
  )
  if (constrained) return [constrained.name]
  const unique = new Set<string>()
  const notNull = new Set<string>()
  for (const { name, namespace, column } of genericTestsOf(graph, node)) {
    if (!column || namespace) continue
    if (name === 'unique') unique.add(column.toLowerCase())
    if (name === 'not_null') notNull.add(column.toLowerCase())
  }
  const keys = [...unique].filter((column) => notNull.has(column))
  if (keys.length === 0) return undefined
  const declared = node.columns.find((column) => keys.includes(column.name.toLowerCase()))
  return [declared?.name ?? [...keys].sort()[0] ?? '']
}
