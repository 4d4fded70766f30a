import type { GraphNode, ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'
import type { ReviewFinding } from '../review/review-finding.js'
import type { SqlShape } from './sql-shape.js'

/** One changed model as the checks see it: its node in the changed manifest, its source and its shape. */
export interface CheckedModel {
  /** Workspace-relative file. */
  file: string
  node: GraphNode
  /** The file's text (Jinja included). */
  source: string
  shape: SqlShape
}

export interface CheckContext {
  graph: ManifestGraph
  layers: Layers
}

/** A static SQL check: what it finds in one model, each at a line of the model's file. */
export type SqlCheck = (model: CheckedModel, context: CheckContext) => ReviewFinding[]

export function sqlFinding(model: CheckedModel, rule: string, line: number, text: string): ReviewFinding {
  return { path: model.file, line: Math.max(1, line), severity: 'suggestion', text, by: 'sql-check', rule }
}
