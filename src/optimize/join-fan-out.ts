import { resolveRelation, uniqueKeysOf } from './relations.js'
import { sqlFinding, type SqlCheck } from './sql-check.js'

/**
 * A join to a model whose join keys the manifest does not show unique (no unique test or constraint on
 * them): each row of the left side may then match several, and counts and sums multiply. A join to a CTE
 * grouped by the join keys is unique; a relation the checks cannot follow is not flagged.
 */
export const joinFanOut: SqlCheck = (model, { graph }) =>
  model.shape.joins.flatMap((join) => {
    const relation = resolveRelation(join.table, model.shape, graph, model.node)
    const keys = new Set(join.keys.map((key) => key.toLowerCase()))
    if (relation.kind === 'unknown') return []
    const covered = (unique: readonly string[]) =>
      unique.length > 0 && unique.every((column) => keys.has(column.toLowerCase()))
    if (relation.kind === 'grouped') {
      if (covered(relation.keys)) return []
      return [
        sqlFinding(
          model,
          'join-fan-out',
          join.line,
          `The ${join.kind} join to \`${join.alias}\` is not on all of its GROUP BY columns (${relation.keys.join(', ')}): rows can multiply.`,
        ),
      ]
    }
    if (uniqueKeysOf(graph, relation.node).some(covered)) return []
    const on =
      join.keys.length > 0
        ? `on ${join.keys.map((key) => `\`${key}\``).join(', ')}`
        : 'without an equality on its columns'
    return [
      sqlFinding(
        model,
        'join-fan-out',
        join.line,
        `The ${join.kind} join to \`${relation.node.name}\` ${on} can fan out: the manifest declares no unique test or constraint on ${join.keys.length > 0 ? 'those columns' : 'any join key'} of \`${relation.node.name}\`. Add a \`unique\` test there if it holds, or aggregate \`${relation.node.name}\` to the join's grain first.`,
      ),
    ]
  })
