import { isRecord, str, type GraphNode, type ManifestGraph } from './graph.js'

/** A generic data test dbt attached to a model: `unique`, `not_null`, `dbt_utils.unique_combination_of_columns`… */
export interface GenericTest {
  /** The test's macro name (`unique`), without its package. */
  name: string
  /** The package of a test that is not dbt's own (`dbt_utils`); absent for dbt's. */
  namespace?: string
  /** The column it tests, when it tests one. */
  column?: string
  /** Its arguments as the manifest keeps them. */
  kwargs: Record<string, unknown>
}

/** The generic tests on `node` (tests attached to another node, and singular tests, are left out). */
export function genericTestsOf(graph: ManifestGraph, node: GraphNode): GenericTest[] {
  const tests: GenericTest[] = []
  for (const testId of graph.testsOf(node.id)) {
    const test = graph.get(testId)
    if (!test || test.kind !== 'test') continue
    const attached = str(test.raw.attached_node)
    if (attached !== undefined && attached !== node.id) continue
    const metadata = isRecord(test.raw.test_metadata) ? test.raw.test_metadata : undefined
    const name = metadata ? str(metadata.name) : undefined
    if (!metadata || !name) continue
    const kwargs = isRecord(metadata.kwargs) ? metadata.kwargs : {}
    const namespace = str(metadata.namespace)
    const column = str(test.raw.column_name) ?? str(kwargs.column_name)
    tests.push({ name, kwargs, ...(namespace ? { namespace } : {}), ...(column ? { column } : {}) })
  }
  return tests
}
