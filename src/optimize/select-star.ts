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
 * `select *` whose columns reach a mart's final projection from an upstream model: they then change whenever
 * its do, and consumers (and contracts) see it first. Import CTEs and the closing `select * from final` over
 * listed columns (the dbt style guide's shape) are not flagged; the star that lets the upstream columns in is.
 */
export const selectStarInMart: SqlCheck = (model, { layers }) => {
  if (!isMart(model.node, layers)) return []
  return model.shape.finalStars.map((star) =>
    sqlFinding(
      model,
      'select-star-in-mart',
      star.line,
      `\`select ${star.qualifier ? `${star.qualifier}.` : ''}*\` puts an upstream model's columns in the final select of mart \`${model.node.name}\`: list the columns, so an upstream change cannot add, drop or reorder what consumers read.`,
    ),
  )
}
