import { partitionColumnsOf, resolveRelation } from './relations.js'
import { sqlFinding, type SqlCheck } from './sql-check.js'

/**
 * A function or cast around a partition or cluster column in a WHERE (`date(created_at) = …`): the
 * warehouse can no longer prune by that column and scans every partition. The column belongs to the
 * relation its qualifier names, or to the only relation the SELECT reads.
 */
export const nonSargableFilter: SqlCheck = (model, { graph }) =>
  model.shape.filterFunctions.flatMap((filter) => {
    const table = filter.qualifier
      ? filter.tables.find((candidate) => candidate.alias.toLowerCase() === filter.qualifier.toLowerCase())
      : filter.tables.length === 1
        ? filter.tables[0]
        : undefined
    if (!table) return []
    const relation = resolveRelation(table.name, model.shape, graph, model.node)
    if (relation.kind !== 'node') return []
    if (!partitionColumnsOf(relation.node).includes(filter.column.toLowerCase())) return []
    return [
      sqlFinding(
        model,
        'non-sargable-filter',
        filter.line,
        `\`${filter.function}(…)\` around \`${filter.column}\`, a partition or cluster column of \`${relation.node.name}\`, keeps the warehouse from pruning: compare the bare column with a range instead (\`${filter.column} >= … and ${filter.column} < …\`).`,
      ),
    ]
  })
