import { code as codeSpan } from '../report/markdown.js'
import type { DriftReport, TableDrift } from './compare-sources.js'

/**
 * Column, type and relation names come from the warehouse (anyone who can create a table names them):
 * shown as code through the report's neutralizer, so a name cannot end the span, forge Autopilot's marker,
 * reorder the line with bidi controls, or become a link, image, mention or HTML.
 */
function code(text: string): string {
  return codeSpan(text)
}

function names(items: readonly string[]): string {
  return items.map(code).join(', ')
}

function renderTable(table: TableDrift): string {
  const lines = [
    `### ${code(table.source)}`,
    '',
    `Declared in ${code(table.file)}; warehouse table ${code(table.relation)}.`,
    '',
  ]
  const readersOf = (column: string) => {
    const readers = table.readers.find((entry) => entry.column === column)?.models ?? []
    return readers.length > 0 ? ` — read by ${names(readers)}` : ''
  }
  for (const column of table.added)
    lines.push(
      `- Added in the warehouse: ${code(column.name)}${column.type ? ` (${code(column.type)})` : ''}`,
    )
  for (const column of table.removed)
    lines.push(
      `- Gone from the warehouse: ${code(column.column)}${column.declaredType ? ` (declared ${code(column.declaredType)})` : ''}${readersOf(column.column)}`,
    )
  for (const column of table.retyped)
    lines.push(
      `- Type changed: ${code(column.column)} declared ${code(column.declaredType)}, warehouse ${code(column.warehouseType)}${readersOf(column.column)}`,
    )
  return lines.join('\n')
}

/** The findings: what the PR's "Schema drift" section and the ticket both show. */
export function renderDriftFindings(report: DriftReport, target: string | undefined): string {
  const where = target ? `dbt target ${code(target)}` : "the profile's default dbt target"
  const parts = [
    `Compared ${report.compared.columns} declared column(s) of ${report.compared.tables} source table(s) with the warehouse of ${where}: ${report.drifted.length} table(s) differ.`,
    ...report.drifted.map(renderTable),
  ]
  if (report.missing.length > 0)
    parts.push(
      `Not found in the warehouse (left as they are; check the target or drop the source): ${names(report.missing.map((m) => m.source))}.`,
    )
  if (report.undeclared.length > 0)
    parts.push(`Not compared, no columns declared: ${names(report.undeclared.map((u) => u.source))}.`)
  return parts.join('\n\n')
}

/** What the agent is asked to do about the findings; the same pipeline then validates and publishes it. */
export function renderDriftInstructions(report: DriftReport): string {
  const direct = [...new Set(report.drifted.flatMap((table) => table.directReaders))]
  return [
    '## What to change',
    '',
    '1. Source YAML: add every new column with its warehouse type as `data_type` and a one-line description; remove the columns that are gone; set `data_type` of a retyped column to the warehouse type.',
    `2. Staging models that select from these sources${direct.length > 0 ? ` (${names(direct)})` : ''}: select each new column, named in the project's style, documented in the model's YAML.`,
    '3. A column that is gone: where a staging model selects it, replace it with `cast(null as <declared type>) as <column>` and a SQL comment saying it is gone from the source, so downstream models and contracts keep their shape. Do not edit models downstream of staging for it: the pull request lists them for their owners.',
    '4. A retyped column: in the staging model cast it to the declared type, so downstream models keep theirs.',
    '5. Change nothing else.',
  ].join('\n')
}

export function driftTitle(report: DriftReport): string {
  const columns = report.drifted.reduce(
    (total, table) => total + table.added.length + table.removed.length + table.retyped.length,
    0,
  )
  return `Follow the warehouse: ${columns} column change(s) in ${report.drifted.length} source table(s)`
}
