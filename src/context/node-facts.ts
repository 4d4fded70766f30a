import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { isRecord, str, type GraphNode, type ManifestGraph } from '../project/graph.js'

/** Resource kinds the agent can read or edit as project files: what context is chosen from. */
export const CONTEXT_KINDS: ReadonlySet<string> = new Set(['model', 'source', 'seed', 'snapshot'])

export interface ColumnFacts {
  name: string
  dataType?: string
  description: string
  /** Data tests on the column (`unique`, `not_null`, `relationships`, …). */
  tests: string[]
}

/** How people name the node: `raw.customers` for a source, the model name (with `.v2`) otherwise. */
export function displayNameOf(node: GraphNode): string {
  if (node.kind === 'source') {
    const sourceName = str(node.raw.source_name)
    return sourceName ? `${sourceName}.${node.name}` : node.name
  }
  return node.version !== undefined ? `${node.name}.v${node.version}` : node.name
}

/** Description of a column as the YAML wrote it, read from the manifest entry. */
export function columnDescription(node: GraphNode, column: string): string {
  const columns = node.raw.columns
  if (!isRecord(columns)) return ''
  const entry = columns[column]
  return isRecord(entry) ? (str(entry.description) ?? '') : ''
}

/** Columns with their descriptions and the data tests attached to each. */
export function columnFacts(graph: ManifestGraph, node: GraphNode): ColumnFacts[] {
  const testsByColumn = new Map<string, string[]>()
  for (const testId of graph.testsOf(node.id)) {
    const test = graph.get(testId)
    const column = test ? str(test.raw.column_name) : undefined
    if (!test || !column) continue
    // A relationships test reads both models but is about the column of the one it is attached to.
    const attached = str(test.raw.attached_node)
    if (attached !== undefined && attached !== node.id) continue
    const name = isRecord(test.raw.test_metadata) ? str(test.raw.test_metadata.name) : undefined
    const list = testsByColumn.get(column.toLowerCase()) ?? []
    list.push(name ?? test.name)
    testsByColumn.set(column.toLowerCase(), list)
  }
  return node.columns.map((column) => ({
    name: column.name,
    dataType: column.dataType,
    description: columnDescription(node, column.name),
    tests: (testsByColumn.get(column.name.toLowerCase()) ?? []).sort(),
  }))
}

/** Data and unit tests of the node that are not about a single column, by name. */
export function modelTests(graph: ManifestGraph, node: GraphNode): string[] {
  const names: string[] = []
  for (const testId of graph.testsOf(node.id)) {
    const test = graph.get(testId)
    if (test && !str(test.raw.column_name))
      names.push(test.kind === 'unit_test' ? `unit test ${test.name}` : test.name)
  }
  return names.sort()
}

/** The node's SQL as written: `raw_code` from the manifest, else its file in the project. */
export async function sqlOf(
  node: GraphNode,
  projectDir: string,
  projectName: string | undefined,
): Promise<string | undefined> {
  const code = str(node.raw.raw_code)
  if (code !== undefined && code.trim() !== '') return code
  // Paths of installed packages' nodes are relative to the package, not to the project.
  if (!node.file.endsWith('.sql') || node.packageName !== projectName) return undefined
  return readFile(path.join(projectDir, node.file), 'utf8').catch(() => undefined)
}
