import type { ColumnEvidence, ColumnStats, EvidenceStage, ModelEvidence } from '../evidence/evidence.js'
import { cell, code, codeCell, plural, table } from './markdown.js'

/** Longest value shown in a cell; the audit bundle has every value in full. */
const VALUE_CHARS = 40
const NONE = '–'

/**
 * The PR's "Data evidence" section: per compared model its rows base → new, and the columns whose profile
 * differs (added, removed, retyped, or a figure that moved), then the changed rows behind a `<details>`.
 * Undefined when there was nothing to compare; one line when nothing could be gathered.
 */
export function evidenceMarkdown(stage: EvidenceStage | undefined): string | undefined {
  if (!stage) return undefined
  const title = '### Data evidence'
  if (stage.status === 'not-gathered') return `${title}\n\nNot gathered: ${cell(stage.reason ?? 'unknown')}.`
  const rows: string[][] = []
  const notes: string[] = []
  const details: string[] = []
  for (const model of stage.models) {
    rows.push(...modelRows(model))
    notes.push(...modelNotes(model, stage.limits.columns))
    const sample = sampleDetails(model)
    if (sample) details.push(sample)
  }
  const parts = [
    title,
    baseLine(stage),
    table(['Model', 'Rows base → new', 'Column', 'Nulls', 'Distinct', 'Min', 'Max'], rows),
  ]
  const cuts = cutLines(stage)
  if (notes.length + cuts.length > 0) parts.push([...notes, ...cuts].map((line) => `- ${line}`).join('\n'))
  parts.push(...details)
  return parts.join('\n\n')
}

function baseLine(stage: EvidenceStage): string {
  const kinds = new Set(stage.models.map((model) => model.base.kind))
  const said: string[] = []
  if (kinds.has('production')) said.push('the production relation (deferred state)')
  if (kinds.has('base-sql'))
    said.push("the base version of the model's SQL, run over the relations this run's build made")
  const base = said.length > 0 ? `Base: ${said.join('; ')}.` : 'No base to compare with.'
  return `${base} New: the relation validation built. Only columns whose profile differs are listed.`
}

function modelRows(model: ModelEvidence): string[][] {
  const name = codeCell(model.name)
  if (model.error) return [[name, `not gathered: ${cell(model.error, 200)}`, '', '', '', '', '']]
  const rows = model.rows ? rowCounts(model.rows, model.base.kind === 'none') : NONE
  const shown = model.columns.filter(differs)
  if (shown.length === 0) {
    const none = model.base.kind === 'none' ? 'no column profiled' : 'no profiled column differs'
    return [[name, rows, `_${none}_`, '', '', '', '']]
  }
  return shown.map((column, i) => [
    i === 0 ? name : '',
    i === 0 ? rows : '',
    columnLabel(column),
    pair(column, (stats, side) => nullShare(stats, model.rows?.[side] ?? 0)),
    pair(column, (stats) => (stats.distinct === undefined ? NONE : stats.distinct.toLocaleString('en-US'))),
    pair(column, (stats) => value(stats.min)),
    pair(column, (stats) => value(stats.max)),
  ])
}

function rowCounts(rows: { base?: number; new: number }, noBase: boolean): string {
  const next = rows.new.toLocaleString('en-US')
  if (rows.base === undefined) return noBase ? `${NONE} → ${next}` : next
  const delta = rows.new - rows.base
  const sign =
    delta > 0
      ? `+${delta.toLocaleString('en-US')}`
      : delta < 0
        ? `−${(-delta).toLocaleString('en-US')}`
        : '±0'
  return `${rows.base.toLocaleString('en-US')} → ${next} (${sign})`
}

/** Added, removed, retyped, or a figure that is not the same on both sides. */
function differs(column: ColumnEvidence): boolean {
  if (column.status !== 'kept') return true
  const { base, new: next } = column
  if (!base || !next) return true
  return (
    base.nulls !== next.nulls ||
    base.distinct !== next.distinct ||
    base.min !== next.min ||
    base.max !== next.max
  )
}

function columnLabel(column: ColumnEvidence): string {
  const name = codeCell(column.name)
  if (column.status === 'added')
    return `${name} (added${column.newType ? `, ${cell(column.newType, 30)}` : ''})`
  if (column.status === 'removed') return `${name} (removed)`
  if (column.status === 'retyped')
    return `${name} (${cell(column.baseType ?? '?', 30)} → ${cell(column.newType ?? '?', 30)})`
  return name
}

/** "base → new" of one figure; one side alone for an added column (or a model without a base). */
function pair(column: ColumnEvidence, show: (stats: ColumnStats, side: 'base' | 'new') => string): string {
  if (column.status === 'removed') return ''
  const next = column.new ? show(column.new, 'new') : NONE
  if (!column.base) return column.status === 'added' ? next : `${NONE} → ${next}`
  const base = show(column.base, 'base')
  return base === next ? base : `${base} → ${next}`
}

function nullShare(stats: ColumnStats, rows: number): string {
  if (rows === 0) return NONE
  const share = (stats.nulls / rows) * 100
  if (share === 0) return '0%'
  if (share < 0.1) return '<0.1%'
  return `${Number(share.toFixed(1))}%`
}

function value(text: string | undefined): string {
  return text === undefined ? NONE : cell(text, VALUE_CHARS)
}

function modelNotes(model: ModelEvidence, columnLimit: number): string[] {
  const notes: string[] = []
  const name = code(model.name)
  if (model.base.kind === 'none') notes.push(`${name}: no base to compare with (${cell(model.base.reason)}).`)
  const profiled = model.columns.filter((column) => column.status !== 'removed')
  const same = profiled.filter((column) => !differs(column)).length
  if (!model.error && same > 0)
    notes.push(`${name}: ${plural(same, 'other profiled column')} the same on both sides.`)
  if (model.unprofiledColumns > 0)
    notes.push(
      `${name}: ${plural(model.unprofiledColumns, 'column')} not profiled (limit ${columnLimit} per model).`,
    )
  for (const note of model.notes) notes.push(`${name}: ${cell(note)}.`)
  if (model.sampleSkipped) notes.push(`${name}: no changed rows sampled: ${cell(model.sampleSkipped)}.`)
  else if (!model.primaryKey && !model.error && model.base.kind !== 'none')
    notes.push(
      `${name}: no changed rows sampled: no primary key declared (unique + not_null, or a constraint).`,
    )
  return notes
}

function cutLines(stage: EvidenceStage): string[] {
  const lines: string[] = []
  const names = (list: readonly string[]) => list.map((name) => code(name)).join(', ')
  if (stage.modelsNotCompared.length > 0)
    lines.push(
      `${plural(stage.modelsNotCompared.length, 'more changed model')} not compared (limit ${stage.limits.models}): ${names(stage.modelsNotCompared)}.`,
    )
  if (stage.modelsOutOfTime.length > 0)
    lines.push(`Not compared, ${cell(stage.reason ?? 'out of time')}: ${names(stage.modelsOutOfTime)}.`)
  return lines
}

function sampleDetails(model: ModelEvidence): string | undefined {
  const { sample } = model
  if (!sample) return undefined
  const key = sample.key.map((name) => code(name)).join(', ')
  if (sample.changedRows === 0)
    return `No row of ${code(model.name)} changed its values (matched by ${key}; ${plural(sample.compared.length, 'column')} compared).`
  const rows = sample.rows.flatMap((row) =>
    row.changes.map((change, i) => [
      i === 0 ? row.key.map((part) => value(part ?? 'null')).join(', ') : '',
      codeCell(change.column),
      value(change.base ?? 'null'),
      value(change.new ?? 'null'),
    ]),
  )
  const shown = sample.rows.length < sample.changedRows ? `, the first ${sample.rows.length} shown` : ''
  const summary = `Changed rows of ${code(model.name)}: ${plural(sample.changedRows, 'row')} by ${key}${shown}`
  return `<details><summary>${summary}</summary>\n\n${table([key, 'Column', 'Base', 'New'], rows)}\n\n</details>`
}
