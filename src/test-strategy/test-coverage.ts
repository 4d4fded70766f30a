import type { ManifestGraph } from '../project/graph.js'
import { columnTests, unitTestCount } from './key-columns.js'
import type { ModelCoverage } from './test-strategy.js'

/**
 * A model's test coverage before and after: of the columns its relation has after the change, how many
 * have at least one data test in the base manifest and in the final one, and its unit tests in each.
 */
export function coverageOf(options: {
  modelId: string
  model: string
  columns: readonly string[]
  baseGraph: ManifestGraph | undefined
  graph: ManifestGraph
}): ModelCoverage {
  const tested = (graph: ManifestGraph | undefined) => {
    const node = graph?.get(options.modelId)
    if (!graph || !node) return { columns: 0, unit: 0 }
    const tests = columnTests(graph, node)
    return {
      columns: options.columns.filter((column) => (tests.get(column.toLowerCase())?.size ?? 0) > 0).length,
      unit: unitTestCount(graph, node),
    }
  }
  const before = tested(options.baseGraph)
  const after = tested(options.graph)
  return {
    model: options.model,
    added: !options.baseGraph?.get(options.modelId),
    columns: options.columns.length,
    testedBefore: before.columns,
    testedAfter: after.columns,
    unitTestsBefore: before.unit,
    unitTestsAfter: after.unit,
  }
}
