import { isRecord, str, type GraphNode, type ManifestGraph } from '../project/graph.js'

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
  for (const testId of graph.testsOf(node.id)) {
    const test = graph.get(testId)
    if (!test || test.kind !== 'test') continue
    const attached = str(test.raw.attached_node)
    if (attached !== undefined && attached !== node.id) continue
    const metadata = isRecord(test.raw.test_metadata) ? test.raw.test_metadata : undefined
    const kwargs = metadata && isRecord(metadata.kwargs) ? metadata.kwargs : {}
    const column = str(test.raw.column_name) ?? str(kwargs.column_name)
    if (!metadata || !column || str(metadata.namespace)) continue
    if (metadata.name === 'unique') unique.add(column.toLowerCase())
    if (metadata.name === 'not_null') notNull.add(column.toLowerCase())
  }
  const keys = [...unique].filter((column) => notNull.has(column))
  if (keys.length === 0) return undefined
  const declared = node.columns.find((column) => keys.includes(column.name.toLowerCase()))
  return [declared?.name ?? [...keys].sort()[0] ?? '']
}
