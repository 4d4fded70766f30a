import type { GraphNode, ManifestGraph } from '../project/graph.js'
import { isRecord, str } from '../project/graph.js'

/** Whether a model has a documented description (dbt writes an empty string when it has none). */
export function hasDescription(node: GraphNode): boolean {
  return node.description.trim() !== ''
}

/**
 * The column that identifies a model's rows: one column with a `unique` data test and either a `not_null`
 * data test or a `not_null`/`primary_key` constraint (enforced with the model's contract). Undefined when no
 * column has both.
 */
export function primaryKeyColumn(node: GraphNode, graph: ManifestGraph): string | undefined {
  const unique = new Set<string>()
  const notNull = new Set<string>()
  for (const testId of graph.testsOf(node.id)) {
    const test = graph.get(testId)
    if (!test || test.kind !== 'test') continue
    const attached = str(test.raw.attached_node)
    if (attached !== undefined && attached !== node.id) continue
    const metadata = isRecord(test.raw.test_metadata) ? test.raw.test_metadata : undefined
    const testName = str(metadata?.name)
    const kwargs = isRecord(metadata?.kwargs) ? metadata.kwargs : undefined
    const column = str(test.raw.column_name) ?? str(kwargs?.column_name)
    if (!column || !testName) continue
    if (testName === 'unique') unique.add(column.toLowerCase())
    if (testName === 'not_null') notNull.add(column.toLowerCase())
  }
  if (node.contractEnforced) {
    for (const column of node.columns) {
      if (column.constraints.some((c) => c.type === 'not_null' || c.type === 'primary_key')) {
        notNull.add(column.name.toLowerCase())
      }
    }
  }
  for (const column of unique) if (notNull.has(column)) return column
  return undefined
}

/** Whether `name` matches the layer's naming pattern (as written: anchor it with ^ and $ to match whole names). */
export function matchesNaming(name: string, pattern: string): boolean {
  return new RegExp(pattern).test(name)
}
