import type { GraphNode, ManifestGraph } from '../project/graph.js'
import type { WarehouseCatalog, WarehouseColumn } from './catalog.js'
import { sameType } from './type-names.js'

export interface RetypedColumn {
  column: string
  declaredType: string
  warehouseType: string
}

/** Models downstream of a source whose SQL names a column that is gone or retyped. */
export interface ColumnReaders {
  column: string
  models: string[]
}

export interface TableDrift {
  sourceId: string
  /** `source_name.table_name`, as `source()` takes it. */
  source: string
  /** Project-relative YAML file that declares the source. */
  file: string
  relation: string
  added: WarehouseColumn[]
  removed: { column: string; declaredType?: string }[]
  retyped: RetypedColumn[]
  readers: ColumnReaders[]
  /** Models that select from the source directly: where new columns are carried in. */
  directReaders: string[]
}

export interface DriftReport {
  drifted: TableDrift[]
  /** Declared source tables the warehouse does not have (wrong target, or dropped). */
  missing: { source: string; file: string }[]
  /** Source tables declared without columns, so there is nothing to compare. */
  undeclared: { source: string; file: string }[]
  compared: { tables: number; columns: number }
}

/** Most reader names listed per column; the rest are counted. */
const READERS_LISTED = 20

/** Compares the root project's enabled sources, as their YAML declares them, with the warehouse. */
export function compareSources(graph: ManifestGraph, catalog: WarehouseCatalog): DriftReport {
  const report: DriftReport = {
    drifted: [],
    missing: [],
    undeclared: [],
    compared: { tables: 0, columns: 0 },
  }
  for (const node of graph.nodes.values()) {
    if (node.kind !== 'source' || node.packageName !== graph.projectName) continue
    const source = sourceName(node)
    const table = catalog.sources.get(node.id)
    if (!table) {
      report.missing.push({ source, file: node.file })
      continue
    }
    if (node.columns.length === 0) {
      report.undeclared.push({ source, file: node.file })
      continue
    }
    report.compared.tables += 1
    report.compared.columns += node.columns.length
    const inWarehouse = new Map(table.columns.map((column) => [column.name.toLowerCase(), column]))
    const declared = new Set(node.columns.map((column) => column.name.toLowerCase()))
    const added = table.columns.filter((column) => !declared.has(column.name.toLowerCase()))
    const removed = node.columns
      .filter((column) => !inWarehouse.has(column.name.toLowerCase()))
      .map((column) => ({
        column: column.name,
        ...(column.dataType ? { declaredType: column.dataType } : {}),
      }))
    const retyped: RetypedColumn[] = []
    for (const column of node.columns) {
      const actual = inWarehouse.get(column.name.toLowerCase())?.type
      if (column.dataType && actual && !sameType(column.dataType, actual))
        retyped.push({ column: column.name, declaredType: column.dataType, warehouseType: actual })
    }
    if (added.length + removed.length + retyped.length === 0) continue
    report.drifted.push({
      sourceId: node.id,
      source,
      file: node.file,
      relation: table.relation,
      added,
      removed,
      retyped,
      readers: columnReaders(graph, node.id, [
        ...removed.map((r) => r.column),
        ...retyped.map((r) => r.column),
      ]),
      directReaders: graph
        .childrenOf(node.id)
        .map((id) => graph.get(id))
        .filter((child): child is GraphNode => child?.kind === 'model')
        .map((child) => child.name),
    })
  }
  return report
}

function sourceName(node: GraphNode): string {
  const sourceName = node.raw['source_name']
  return typeof sourceName === 'string' ? `${sourceName}.${node.name}` : node.name
}

/** Models and snapshots downstream of the source whose SQL mentions each column as a word. */
function columnReaders(graph: ManifestGraph, sourceId: string, columns: string[]): ColumnReaders[] {
  if (columns.length === 0) return []
  const downstream = modelsDownstream(graph, sourceId)
  return columns.map((column) => {
    const word = new RegExp(`\\b${column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i')
    const models = downstream.filter((node) => word.test(rawCode(node))).map((node) => node.name)
    return {
      column,
      models:
        models.length > READERS_LISTED
          ? [...models.slice(0, READERS_LISTED), `… ${models.length - READERS_LISTED} more`]
          : models,
    }
  })
}

function modelsDownstream(graph: ManifestGraph, from: string): GraphNode[] {
  const seen = new Set<string>([from])
  const queue = [from]
  const found: GraphNode[] = []
  for (let next = 0; next < queue.length; next++) {
    for (const child of graph.childrenOf(queue[next] as string)) {
      if (seen.has(child)) continue
      seen.add(child)
      const node = graph.get(child)
      if (node?.kind === 'model' || node?.kind === 'snapshot') {
        found.push(node)
        queue.push(child)
      }
    }
  }
  return found
}

function rawCode(node: GraphNode): string {
  const code = node.raw['raw_code']
  return typeof code === 'string' ? code : ''
}
