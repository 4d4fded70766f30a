import type { BuiltNode, CompiledNode } from './dbt-workbench.js'

/** How much of dbt's answers goes back to the model: enough to act on, never a flood of tokens. */
export interface ResultLimits {
  /** Characters of one node's compiled SQL. */
  sqlChars: number
  /** Characters of a whole answer. */
  totalChars: number
  /** Characters of one table cell or one dbt message. */
  cellChars: number
}

export const DEFAULT_RESULT_LIMITS: ResultLimits = { sqlChars: 8_000, totalChars: 24_000, cellChars: 80 }

/** The answer text, and a one-line account of it for the log and the audit bundle. */
export interface ShapedResult {
  content: string
  summary: string
}

/** Which of the names the model gave matched none of the nodes dbt answered for. */
export function unmatchedNames(names: readonly string[], uniqueIds: readonly string[]): string[] {
  return names.filter((name) => !uniqueIds.some((id) => idMatches(id, name)))
}

/**
 * `orders` names `model.shop.orders` and `model.shop.orders.v2`; `orders.v2` the latter only; a test's
 * name is the part before its hash (`test.shop.unique_orders_id.1360ecc70e`).
 */
function idMatches(uniqueId: string, name: string): boolean {
  const wanted = name.replace(/^\+/, '').toLowerCase()
  const parts = uniqueId.toLowerCase().split('.')
  const rest = parts.slice(2).join('.')
  if (rest === wanted) return true
  return parts[2] === wanted.split('.')[0] && !wanted.includes('.')
}

export function shapeCompiled(
  names: readonly string[],
  nodes: readonly CompiledNode[],
  limits: ResultLimits = DEFAULT_RESULT_LIMITS,
): ShapedResult & { failed: boolean } {
  const missing = unmatchedNames(
    names,
    nodes.map((node) => node.uniqueId),
  )
  const failedNodes = nodes.filter((node) => node.status !== 'success')
  const parts: string[] = []
  for (const node of nodes) {
    if (node.status !== 'success') {
      parts.push(`-- ${node.uniqueId}: ${node.status}\n${node.message ?? '(dbt gave no message)'}`)
      continue
    }
    parts.push(`-- ${node.uniqueId}: compiled SQL\n${cut(node.sql ?? '', limits.sqlChars, 'compiled SQL')}`)
  }
  if (missing.length > 0) parts.push(missingNote(missing))
  const compiled = nodes.length - failedNodes.length
  const summary =
    `${compiled} compiled` +
    (failedNodes.length > 0 ? `, ${failedNodes.length} failed` : '') +
    (missing.length > 0 ? `, no node named ${missing.join(', ')}` : '')
  return {
    content: cut(parts.join('\n\n'), limits.totalChars, 'answer'),
    summary,
    failed: failedNodes.length > 0 || missing.length > 0,
  }
}

/** Rows as a text table, every cell cut to `cellChars`; `limit` says whether more rows may exist. */
export function shapeRows(
  rows: readonly Record<string, unknown>[],
  limit: number,
  limits: ResultLimits = DEFAULT_RESULT_LIMITS,
): ShapedResult {
  if (rows.length === 0) return { content: 'The query returned no rows.', summary: '0 rows' }
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const header = [line(columns.map((name) => cell(name, limits.cellChars))), line(columns.map(() => '---'))]
  const body = rows.map((row) => line(columns.map((name) => cell(shown(row[name]), limits.cellChars))))
  const more =
    rows.length >= limit
      ? `\n(${rows.length} rows shown, the limit; the query may return more)`
      : `\n(${rows.length} row${rows.length === 1 ? '' : 's'})`
  return {
    content: cut([...header, ...body].join('\n'), limits.totalChars, 'table') + more,
    summary: `${rows.length} row${rows.length === 1 ? '' : 's'}`,
  }
}

const FAILED = new Set(['error', 'fail', 'runtime error'])

export function shapeBuild(
  names: readonly string[],
  nodes: readonly BuiltNode[],
  limits: ResultLimits = DEFAULT_RESULT_LIMITS,
): ShapedResult & { failed: boolean } {
  const missing = unmatchedNames(
    names,
    nodes.map((node) => node.uniqueId),
  )
  const counts = new Map<string, number>()
  for (const node of nodes) counts.set(node.status, (counts.get(node.status) ?? 0) + 1)
  const lines = ['| node | status | failures | message |', '| --- | --- | --- | --- |']
  for (const node of nodes) {
    const failures = node.failures === undefined ? '' : String(node.failures)
    lines.push(
      `| ${node.uniqueId} | ${node.status} | ${failures} | ${cell(node.message ?? '', limits.cellChars * 4)} |`,
    )
  }
  const tally = [...counts].map(([status, count]) => `${count} ${status}`).join(', ') || 'no node ran'
  const parts = [nodes.length > 0 ? lines.join('\n') : 'dbt built nothing.']
  if (missing.length > 0) parts.push(missingNote(missing))
  const failed = nodes.some((node) => FAILED.has(node.status)) || missing.length > 0 || nodes.length === 0
  return {
    content: `${cut(parts.join('\n\n'), limits.totalChars, 'answer')}\n(${tally})`,
    summary: tally + (missing.length > 0 ? `, no node named ${missing.join(', ')}` : ''),
    failed,
  }
}

function missingNote(missing: readonly string[]): string {
  return `No node is named ${missing.map((name) => `\`${name}\``).join(', ')}: check the name with search_models or list_files (a new model's name is its file name without .sql).`
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  return JSON.stringify(value)
}

/** One table cell: on one line, pipes escaped, at most `max` characters. */
function cell(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').replaceAll('|', '\\|')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

function cut(text: string, max: number, what: string): string {
  if (text.length <= max) return text
  return `${text.slice(0, max)}\n… (${what} cut at ${max} of ${text.length} characters)`
}
