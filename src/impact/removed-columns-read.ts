import type { GraphNode, ManifestGraph } from '../project/graph.js'
import { sameColumnShapes } from './same-value.js'

const READER_KINDS = new Set(['model', 'snapshot', 'test', 'analysis'])

/**
 * Columns a change took away from a model that its children's SQL still mentions, contract or not. A column
 * is taken away when the new YAML no longer declares it, or when the base SQL named it and the new SQL no
 * longer does (the YAML left behind). A textual check: a child's raw or compiled SQL that names the column
 * as an identifier counts as reading it.
 */
export function removedColumnsRead(
  old: GraphNode,
  now: GraphNode,
  next: ManifestGraph,
): { message: string; action: string } | undefined {
  const removed = removedColumns(old, now)
  if (removed.length === 0) return undefined
  const readers = new Map<string, string[]>()
  for (const childId of next.childrenOf(now.id)) {
    const child = next.get(childId)
    if (!child || !READER_KINDS.has(child.kind) || isGenericTest(child)) continue
    const sql = sqlOf(child)
    const read = removed.filter((column) => mentions(sql, column))
    if (read.length > 0) readers.set(child.name, read)
  }
  if (readers.size === 0) return undefined
  const list = [...readers].map(([name, columns]) => `\`${name}\` (${columns.join(', ')})`).join(', ')
  const columns = [...new Set([...readers.values()].flat())]
  return {
    message: `${columns.length === 1 ? 'Column' : 'Columns'} ${columns.map((c) => `\`${c}\``).join(', ')} ${columns.length === 1 ? 'is' : 'are'} no longer in \`${old.name}\`, but the SQL of ${list} still names ${columns.length === 1 ? 'it' : 'them'} as an identifier.`,
    action: `Update ${readers.size === 1 ? 'that model' : 'those models'} in the same change, or keep the ${columns.length === 1 ? 'column' : 'columns'} in \`${old.name}\`.`,
  }
}

function removedColumns(old: GraphNode, now: GraphNode): string[] {
  // Most models of a big project are unchanged: skip them before reading their columns.
  if (old.raw.raw_code === now.raw.raw_code && sameColumnShapes(old.raw.columns, now.raw.columns)) return []
  const declared = new Set(now.columns.map((column) => column.name.toLowerCase()))
  const [before, after] = [sqlOf(old), sqlOf(now)]
  return old.columns
    .map((column) => column.name)
    .filter(
      (name) =>
        !declared.has(name.toLowerCase()) ||
        (before !== after && mentions(before, name) && !mentions(after, name)),
    )
}

function isGenericTest(node: GraphNode): boolean {
  return node.kind === 'test' && node.raw.test_metadata !== undefined && node.raw.test_metadata !== null
}

function sqlOf(node: GraphNode): string {
  const { raw_code: raw, compiled_code: compiled } = node.raw
  return [raw, compiled].filter((text): text is string => typeof text === 'string').join('\n')
}

function mentions(sql: string, column: string): boolean {
  if (sql === '') return false
  const escaped = column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![A-Za-z0-9_$])["\`]?${escaped}["\`]?(?![A-Za-z0-9_$])`, 'i').test(sql)
}
