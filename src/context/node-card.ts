import type { GraphNode, ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'
import { columnFacts, displayNameOf, modelTests } from './node-facts.js'

const MAP_COLUMNS = 12
const MAX_NEIGHBOURS = 12
const MAX_DESCRIPTION = 300

/** `customers (marts, table)`: kind, layer and materialization, whichever are known. */
export function nodeHeading(node: GraphNode, layers: Layers): string {
  const traits = [node.kind === 'model' ? undefined : node.kind, layers.layerOf(node), node.materialized]
  const known = traits.filter((trait): trait is string => trait !== undefined && trait !== '')
  return known.length > 0 ? `${displayNameOf(node)} (${known.join(', ')})` : displayNameOf(node)
}

/** One line of the project map: `customers (marts, table): customer_id, first_name, …`. */
export function mapLine(node: GraphNode, layers: Layers): string {
  const names = node.columns.map((column) => column.name)
  const shown = names.slice(0, MAP_COLUMNS).join(', ')
  const more = names.length > MAP_COLUMNS ? `, … +${names.length - MAP_COLUMNS}` : ''
  return `- ${nodeHeading(node, layers)}${names.length > 0 ? `: ${shown}${more}` : ''}`
}

/**
 * Everything the YAML and the manifest say about a node: file, description, contract, columns with types,
 * descriptions and tests, neighbours, and its SQL when given.
 */
export function nodeCard(graph: ManifestGraph, node: GraphNode, layers: Layers, sql?: string): string {
  const lines = [`### ${nodeHeading(node, layers)}`]
  lines.push(
    `File: ${node.file}${node.patchFile && node.patchFile !== node.file ? ` (YAML: ${node.patchFile})` : ''}`,
  )
  if (node.description.trim()) lines.push(`Description: ${oneLine(node.description, MAX_DESCRIPTION)}`)
  const traits = [
    node.contractEnforced ? 'contract enforced' : undefined,
    node.access ? `access ${node.access}` : undefined,
    node.group ? `group ${node.group}` : undefined,
    node.version !== undefined ? `version ${node.version} (latest ${node.latestVersion ?? '?'})` : undefined,
  ].filter((trait): trait is string => trait !== undefined)
  if (traits.length > 0) lines.push(`Config: ${traits.join(', ')}`)
  const columns = columnFacts(graph, node)
  if (columns.length > 0) {
    lines.push('Columns:')
    for (const column of columns) {
      const type = column.dataType ? ` ${column.dataType}` : ''
      const tests = column.tests.length > 0 ? ` [tests: ${column.tests.join(', ')}]` : ''
      const description = column.description.trim()
        ? ` — ${oneLine(column.description, MAX_DESCRIPTION)}`
        : ''
      lines.push(`- ${column.name}${type}${tests}${description}`)
    }
  } else lines.push('Columns: none documented in YAML')
  const tests = modelTests(graph, node)
  if (tests.length > 0) lines.push(`Other tests: ${tests.join(', ')}`)
  const parents = neighbourNames(graph, graph.parentsOf(node.id))
  const children = neighbourNames(
    graph,
    graph.childrenOf(node.id).filter((id) => !isTest(graph, id)),
  )
  if (parents) lines.push(`Reads from: ${parents}`)
  if (children) lines.push(`Read by: ${children}`)
  if (sql !== undefined) lines.push('SQL:', '```sql', sql.trimEnd(), '```')
  return lines.join('\n')
}

function neighbourNames(graph: ManifestGraph, ids: readonly string[]): string {
  const names = ids.map((id) => {
    const node = graph.get(id)
    return node ? (node.kind === 'model' ? displayNameOf(node) : `${displayNameOf(node)} (${node.kind})`) : id
  })
  names.sort()
  const shown = names.slice(0, MAX_NEIGHBOURS).join(', ')
  return names.length > MAX_NEIGHBOURS ? `${shown}, … +${names.length - MAX_NEIGHBOURS}` : shown
}

function isTest(graph: ManifestGraph, id: string): boolean {
  const kind = graph.get(id)?.kind
  return kind === 'test' || kind === 'unit_test'
}

function oneLine(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat
}
