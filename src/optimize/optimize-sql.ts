import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'
import type { ReviewFinding } from '../review/review-finding.js'
import { incrementalWithoutPredicate } from './incremental-predicate.js'
import { joinFanOut } from './join-fan-out.js'
import { nonSargableFilter } from './non-sargable-filter.js'
import { parseableSql } from './parseable-sql.js'
import { repeatedCte } from './repeated-cte.js'
import { selectStarInMart } from './select-star.js'
import type { CheckedModel, SqlCheck } from './sql-check.js'
import type { SqlShapeReader } from './sql-shape.js'

export const SQL_CHECKS: readonly SqlCheck[] = [
  selectStarInMart,
  joinFanOut,
  nonSargableFilter,
  incrementalWithoutPredicate,
  repeatedCte,
]

/** What the static checks found in the changed models, and which files they could not read. */
export interface SqlCheckReport {
  checked: string[]
  notChecked: { file: string; reason: string }[]
  findings: ReviewFinding[]
  /** Set when the parser did not run at all. */
  notRun?: string
}

export interface OptimizeInput {
  reader: SqlShapeReader
  /** The changed manifest (the last validated round's). */
  graph: ManifestGraph
  layers: Layers
  /** The workspace root, which `files` are relative to, and the dbt project's folder. */
  root: string
  projectDir: string
  files: readonly string[]
  dialect?: string
}

/**
 * The static SQL checks on the changed models only: each changed `.sql` file that is a model in the
 * changed manifest is parsed (its Jinja replaced line for line, see `parseableSql`) and every check runs
 * on its shape. A file the parser cannot read is named, never counted as clean.
 */
export async function checkChangedSql(input: OptimizeInput): Promise<SqlCheckReport> {
  const report: SqlCheckReport = { checked: [], notChecked: [], findings: [] }
  const models: Omit<CheckedModel, 'shape'>[] = []
  for (const file of input.files.filter((name) => name.endsWith('.sql'))) {
    const absolute = path.join(input.root, file)
    const projectFile = path.relative(input.projectDir, absolute).split(path.sep).join('/')
    const node = input.graph.byFile(projectFile).find((candidate) => candidate.kind === 'model')
    if (!node) continue
    const source = await readFile(absolute, 'utf8').catch(() => undefined)
    if (source !== undefined) models.push({ file, node, source })
  }
  if (models.length === 0) return report
  const answer = await input.reader.read({
    ...(input.dialect ? { dialect: input.dialect } : {}),
    models: models.map((model) => ({ id: model.node.id, sql: parseableSql(model.source) })),
  })
  if ('notRun' in answer) {
    return {
      ...report,
      notRun: answer.notRun,
      notChecked: models.map((m) => ({ file: m.file, reason: answer.notRun })),
    }
  }
  const context = { graph: input.graph, layers: input.layers }
  models.forEach((model, index) => {
    const shape = answer.results[index]
    if (!shape || 'error' in shape) {
      report.notChecked.push({ file: model.file, reason: shape ? `sqlglot: ${shape.error}` : 'no answer' })
      return
    }
    report.checked.push(model.file)
    for (const check of SQL_CHECKS) report.findings.push(...check({ ...model, shape }, context))
  })
  return report
}
