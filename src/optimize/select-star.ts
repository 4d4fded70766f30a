import type { Layers } from '../project/layers.js'
import type { GraphNode } from '../project/graph.js'
import { sqlFinding, type SqlCheck } from './sql-check.js'

/** Layer names that mean "what consumers read" (dbt's marts, the medallion's gold, and the like). */
const MART_LAYERS = /^(marts?|gold|presentation|reporting|serving)$/i

export function isMart(node: Pick<GraphNode, 'file' | 'tags'>, layers: Layers): boolean {
  const layer = layers.layerOf(node)
  return layer !== undefined && MART_LAYERS.test(layer)
}

/**
 * `select *` in a mart's final projection: its columns then change whenever an upstream model's do, and
 * consumers (and contracts) see it first. Stars inside CTEs (the import-CTE style) are not flagged.
 */
export const selectStarInMart: SqlCheck = (model, { layers }) => {
  if (!isMart(model.node, layers)) return []
  return model.shape.finalStars.map((star) =>
    sqlFinding(
      model,
      'select-star-in-mart',
      star.line,
      `\`select ${star.qualifier ? `${star.qualifier}.` : ''}*\` in the final select of mart \`${model.node.name}\`: list the columns, so an upstream change cannot add, drop or reorder what consumers read.`,
    ),
  )
}
