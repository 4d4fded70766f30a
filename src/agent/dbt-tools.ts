import { z } from 'zod'
import type { GraphNode, ManifestGraph } from '../project/graph.js'
import { Layers } from '../project/layers.js'
import { mapLine, nodeCard, nodeHeading } from '../context/node-card.js'
import { CONTEXT_KINDS, displayNameOf } from '../context/node-facts.js'
import { rankNodes } from '../context/rank-nodes.js'
import { queryOf } from '../context/ticket-query.js'
import type { ToolSpec } from './language-model.js'

/** What the agent may look up about the project beyond its files: the base manifest's graph. */
export interface ProjectKnowledge {
  graph: ManifestGraph
  layers?: Layers
}

/** A dbt tool's answer; errors go back to the model as tool errors it can act on. */
export interface DbtToolOutcome {
  content: string
  isError: boolean
}

const nodeName = z
  .string()
  .trim()
  .min(1, 'must name a model, e.g. customers, or a source as source_name.table')
  .describe('Model name (`customers`, `orders.v2`), source as `source_name.table`, or a unique_id.')

const DescribeModelInput = z.strictObject({ name: nodeName })
const ModelLineageInput = z.strictObject({
  name: nodeName,
  depth: z.number().int().min(1).max(5).optional().describe('Steps up and down the lineage; default 2.'),
  direction: z
    .enum(['upstream', 'downstream', 'both'])
    .optional()
    .describe('Which side of the lineage; default both.'),
})
const SearchModelsInput = z.strictObject({
  query: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .describe('Words or identifiers to look for in names, descriptions, columns and SQL.'),
  limit: z.number().int().min(1).max(50).optional().describe('Most results; default 15.'),
})

export const DBT_TOOLS = {
  describe_model: {
    schema: DescribeModelInput,
    description:
      "A model's (or source's, seed's, snapshot's) files, description, contract, columns with types, descriptions and tests, neighbours and SQL, from the dbt manifest of the base branch.",
  },
  model_lineage: {
    schema: ModelLineageInput,
    description:
      'What a node reads from and what reads it (models, sources, exposures, metrics), to a depth, from the base manifest.',
  },
  search_models: {
    schema: SearchModelsInput,
    description:
      'Find models, sources, seeds and snapshots by text over names, descriptions, column names and SQL identifiers; best matches first with the reason.',
  },
} as const

export type DbtToolName = keyof typeof DBT_TOOLS

export const DBT_TOOL_SPECS: ToolSpec[] = Object.entries(DBT_TOOLS).map(([name, tool]) => {
  const schema: Record<string, unknown> = { ...z.toJSONSchema(tool.schema) }
  delete schema['$schema']
  return { name, description: tool.description, inputSchema: { ...schema, type: 'object' } }
})

export function isDbtTool(name: string): name is DbtToolName {
  return Object.hasOwn(DBT_TOOLS, name)
}

/** Runs one dbt tool call against the graph; never throws. */
export function runDbtTool(knowledge: ProjectKnowledge, name: DbtToolName, input: unknown): DbtToolOutcome {
  const parsed = DBT_TOOLS[name].schema.safeParse(input)
  if (!parsed.success) {
    return { content: `Invalid input for ${name}:\n${z.prettifyError(parsed.error)}`, isError: true }
  }
  const layers = knowledge.layers ?? new Layers()
  switch (name) {
    case 'describe_model': {
      const { name: wanted } = DescribeModelInput.parse(input)
      const found = findNode(knowledge.graph, wanted, layers)
      if ('error' in found) return { content: found.error, isError: true }
      const code = found.node.raw.raw_code
      const card = nodeCard(knowledge.graph, found.node, layers, typeof code === 'string' ? code : undefined)
      return { content: [card, ...found.notes].join('\n'), isError: false }
    }
    case 'model_lineage': {
      const { name: wanted, depth = 2, direction = 'both' } = ModelLineageInput.parse(input)
      const found = findNode(knowledge.graph, wanted, layers)
      if ('error' in found) return { content: found.error, isError: true }
      return { content: lineageText(knowledge.graph, found.node, depth, direction, layers), isError: false }
    }
    case 'search_models': {
      const { query, limit = 15 } = SearchModelsInput.parse(input)
      const ranked = rankNodes(knowledge.graph, queryOf(query, '', 'the query'), layers)
      if (ranked.length === 0) {
        return {
          content: `No model, source, seed or snapshot matches "${query}". Try other words, or search_files for text in SQL.`,
          isError: false,
        }
      }
      const lines = ranked.slice(0, limit).map((item) => {
        const node = knowledge.graph.get(item.id) as GraphNode
        return `${mapLine(node, layers)}\n  why: ${item.why.join('; ')} — ${node.file}`
      })
      if (ranked.length > limit)
        lines.push(`(${ranked.length - limit} more; raise limit or narrow the query)`)
      return { content: lines.join('\n'), isError: false }
    }
  }
}

type Found = { node: GraphNode; notes: string[] } | { error: string }

/** By unique_id, `source.table`, or name (models before sources, seeds and snapshots of that name). */
function findNode(graph: ManifestGraph, wanted: string, layers: Layers): Found {
  const direct = graph.get(wanted)
  if (direct) return { node: direct, notes: [] }
  const lower = wanted.toLowerCase()
  const matches = [...graph.nodes.values()].filter(
    (node) =>
      CONTEXT_KINDS.has(node.kind) &&
      (node.name.toLowerCase() === lower || displayNameOf(node).toLowerCase() === lower),
  )
  matches.sort((a, b) => kindRank(a) - kindRank(b) || (a.id < b.id ? -1 : 1))
  const [node, ...others] = matches
  if (node) {
    const notes =
      others.length > 0
        ? [
            `(Also named ${wanted}: ${others.map((other) => other.id).join(', ')}; pass the unique_id for those.)`,
          ]
        : []
    return { node, notes }
  }
  const suggestions = rankNodes(graph, queryOf(wanted, '', 'the name'), layers)
    .slice(0, 5)
    .map((item) => displayNameOf(graph.get(item.id) as GraphNode))
  return {
    error: `No model, source, seed or snapshot named ${wanted} in the base manifest.${suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''} Use search_models to find it; a model created in this change is not in the manifest yet.`,
  }
}

function kindRank(node: GraphNode): number {
  return ['model', 'snapshot', 'seed', 'source'].indexOf(node.kind)
}

function lineageText(
  graph: ManifestGraph,
  node: GraphNode,
  depth: number,
  direction: 'upstream' | 'downstream' | 'both',
  layers: Layers,
): string {
  const lines = [`Lineage of ${nodeHeading(node, layers)}, ${depth} step(s):`]
  if (direction !== 'downstream')
    lines.push('Upstream (reads from):', ...levels(graph, node.id, depth, 'parents', layers))
  if (direction !== 'upstream')
    lines.push('Downstream (read by):', ...levels(graph, node.id, depth, 'children', layers))
  return lines.join('\n')
}

const MAX_PER_LEVEL = 50

function levels(
  graph: ManifestGraph,
  start: string,
  depth: number,
  direction: 'parents' | 'children',
  layers: Layers,
): string[] {
  const notATest = (id: string): boolean => {
    const kind = graph.get(id)?.kind
    return kind !== 'test' && kind !== 'unit_test'
  }
  const lines = graph.lineage(start, depth, direction, notATest).map((level, index) => {
    const ids = [...level].sort()
    const shown = ids.slice(0, MAX_PER_LEVEL).map((id) => {
      const neighbour = graph.get(id)
      return neighbour
        ? `${nodeHeading(neighbour, layers)}${neighbour.kind === 'model' ? '' : ` [${neighbour.id}]`}`
        : id
    })
    const more = ids.length > MAX_PER_LEVEL ? `, … +${ids.length - MAX_PER_LEVEL}` : ''
    return `  ${index + 1}: ${shown.join(', ')}${more}`
  })
  return lines.length > 0 ? lines : ['  (none)']
}
