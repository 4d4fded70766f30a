import type { ManifestGraph } from '../project/graph.js'
import { Layers } from '../project/layers.js'
import type { Ticket } from '../tickets/ticket.js'
import { expandLineage } from './expand-lineage.js'
import { mapLine, nodeCard } from './node-card.js'
import { CONTEXT_KINDS, sqlOf } from './node-facts.js'
import { rankNodes, type RankedNode } from './rank-nodes.js'
import { estimateTokens } from './text-terms.js'
import { ticketQuery } from './ticket-query.js'

export interface ContextItem {
  /** unique_id of the model, source, seed or snapshot. */
  id: string
  score: number
  why: string[]
  /** `full`: SQL and YAML columns shown; `summary`: one line of the project map. */
  detail: 'full' | 'summary'
}

export interface ContextSelection {
  /** What goes into the agent's first message (inside `<project_context>`). */
  text: string
  /** Everything the text shows, in the order shown, with the reasons it was chosen. */
  items: ContextItem[]
  /** Estimated tokens of `text`; never above the budget. */
  tokens: number
}

export interface SelectContextOptions {
  /** Upper bound on `tokens` (about 4 characters per token). */
  budgetTokens?: number
  /** Steps along lineage from the top hits. */
  depth?: number
  /** Most nodes shown with full SQL and YAML. */
  maxFull?: number
  layers?: Layers
}

export const DEFAULT_CONTEXT_BUDGET = 12_000
const DEFAULT_MAX_FULL = 5
/** Only hits at least this share of the best score earn full detail: the rest are map lines. */
const FULL_SHARE = 0.25
/** Share of the budget full cards may take, so the map of related nodes always has room. */
const FULL_BUDGET_SHARE = 0.7
const CHARS_PER_TOKEN = 4
const MAP_ONLY_REASON = 'listed in the project map'

const INTRO =
  'Project context chosen for this ticket from the dbt manifest: the most relevant nodes in full, then a one-line map of others as `name (layer, materialized): columns`. For more, use describe_model, model_lineage and search_models, or read the files.'

/**
 * The project context for a ticket: nodes ranked by the ticket's text, widened along lineage, shown in
 * full (SQL and YAML columns) for the top few and as a compact map for the rest, within a token budget.
 * Deterministic, and one pass over the graph plus a sort.
 */
export async function selectContext(
  ticket: Ticket,
  graph: ManifestGraph,
  projectDir: string,
  options: SelectContextOptions = {},
): Promise<ContextSelection> {
  const layers = options.layers ?? new Layers()
  const ranked = expandLineage(graph, rankNodes(graph, ticketQuery(ticket), layers), {
    depth: options.depth ?? 1,
  })
  const budgetChars = Math.max(0, (options.budgetTokens ?? DEFAULT_CONTEXT_BUDGET) * CHARS_PER_TOKEN)
  const text = new BoundedText(budgetChars)
  const items: ContextItem[] = []
  if (!text.add(INTRO)) return { text: '', items, tokens: 0 }

  const best = ranked[0]?.score ?? 0
  const candidates = ranked
    .filter((item) => item.score >= best * FULL_SHARE)
    .slice(0, options.maxFull ?? DEFAULT_MAX_FULL)
  const fullIds = new Set<string>()
  const cards: string[] = []
  let cardChars = 0
  for (const candidate of candidates) {
    const node = graph.get(candidate.id)
    if (!node) continue
    const card = nodeCard(graph, node, layers, await sqlOf(node, projectDir, graph.projectName))
    if (cardChars + card.length + 2 > budgetChars * FULL_BUDGET_SHARE) continue
    cards.push(card)
    cardChars += card.length + 2
    fullIds.add(candidate.id)
  }
  if (cards.length > 0 && text.add('', '## Most relevant (full detail)', ...joinCards(cards))) {
    for (const item of ranked) if (fullIds.has(item.id)) items.push({ ...item, detail: 'full' })
  } else fullIds.clear()

  addMap(graph, layers, ranked, fullIds, text, items)
  return { text: text.value, items, tokens: estimateTokens(text.value) }
}

function joinCards(cards: readonly string[]): string[] {
  return cards.flatMap((card, index) => (index === 0 ? [card] : ['', card]))
}

/** Ranked nodes not shown in full first, then the rest of the project, until the budget is spent. */
function addMap(
  graph: ManifestGraph,
  layers: Layers,
  ranked: readonly RankedNode[],
  fullIds: ReadonlySet<string>,
  text: BoundedText,
  items: ContextItem[],
): void {
  const listed = new Set(fullIds)
  const queue: { id: string; ranked?: RankedNode }[] = []
  for (const item of ranked) if (!listed.has(item.id)) queue.push({ id: item.id, ranked: item })
  const rankedIds = new Set(ranked.map((item) => item.id))
  const rest = [...graph.nodes.values()]
    .filter(
      (node) =>
        CONTEXT_KINDS.has(node.kind) && !rankedIds.has(node.id) && node.packageName === graph.projectName,
    )
    .map((node) => node.id)
    .sort()
  for (const id of rest) queue.push({ id })

  const tailReserve = 120
  let headed = false
  let shown = 0
  for (const entry of queue) {
    const node = graph.get(entry.id)
    if (!node) continue
    const line = mapLine(node, layers)
    const lines = headed ? [line] : ['', '## Project map', line]
    if (!text.fits(lines, tailReserve) || !text.add(...lines)) break
    headed = true
    shown++
    items.push(
      entry.ranked
        ? { ...entry.ranked, detail: 'summary' }
        : { id: entry.id, score: 0, why: [MAP_ONLY_REASON], detail: 'summary' },
    )
  }
  const left = queue.length - shown
  if (left > 0) text.add(`(${left} more not listed: find them with search_models or search_files.)`)
}

/** Lines joined by newlines that never grow past a character budget. */
class BoundedText {
  private readonly lines: string[] = []
  private length = 0

  constructor(private readonly limit: number) {}

  get value(): string {
    return this.lines.join('\n')
  }

  fits(lines: readonly string[], reserve = 0): boolean {
    return this.length + this.cost(lines) + reserve <= this.limit
  }

  /** Adds all the lines, or none when they would pass the budget. */
  add(...lines: string[]): boolean {
    if (!this.fits(lines)) return false
    this.length += this.cost(lines)
    this.lines.push(...lines)
    return true
  }

  private cost(lines: readonly string[]): number {
    const separators = this.lines.length === 0 ? lines.length - 1 : lines.length
    return lines.reduce((sum, line) => sum + line.length, 0) + separators
  }
}
