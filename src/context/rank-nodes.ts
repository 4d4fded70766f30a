import { isRecord, str, type GraphNode, type ManifestGraph } from '../dbt/graph.js'
import type { Layers } from '../dbt/layers.js'
import { CONTEXT_KINDS, displayNameOf } from './node-facts.js'
import { editDistanceWithin, stem, wordStems } from './text-terms.js'
import type { TextQuery } from './ticket-query.js'

/** A node and why it matters to the query; `why` reads as a list of short English reasons. */
export interface RankedNode {
  id: string
  score: number
  why: string[]
}

/** Weights: a name written in the ticket says far more than a shared word in a description. */
const WEIGHT = {
  exactName: 8,
  nameAsCode: 4,
  nameInTitle: 3,
  allNameWords: 5,
  nearName: 4,
  someNameWords: 2,
  exactColumn: 4,
  moreExactColumns: 2,
  exactColumnsCap: 10,
  columnWords: 0.5,
  columnWordsCap: 1.5,
  descriptionWord: 0.25,
  descriptionCap: 2,
  sqlIdentifier: 1,
  sqlCap: 3,
  layer: 1,
  /** Installed packages' nodes cannot be edited; they still matter as context, less so. */
  packageFactor: 0.5,
  rawMaterialFactor: 0.6,
} as const

const MAX_LISTED = 4
const SQL_KINDS = new Set(['model', 'snapshot'])

/**
 * Scores every model, source, seed and snapshot against the query; one pass over the graph with set
 * lookups per node (SQL is scanned only for identifiers the query writes as code). Nodes that score
 * nothing are left out; the rest come best first, ties by id.
 */
export function rankNodes(graph: ManifestGraph, query: TextQuery, layers: Layers): RankedNode[] {
  const sqlProbes = sqlProbesOf(query)
  const ranked: RankedNode[] = []
  // Column names repeat across a project (`customer_id` in hundreds of models): split each once.
  const nameWords = new Map<string, string[]>()
  const wordsOf = (name: string): string[] => {
    let words = nameWords.get(name)
    if (!words) nameWords.set(name, (words = wordStems(name)))
    return words
  }
  for (const node of graph.nodes.values()) {
    if (!CONTEXT_KINDS.has(node.kind)) continue
    const why: string[] = []
    let score = nameScore(node, query, why)
    score += columnScore(node, query, why, wordsOf)
    score += descriptionScore(node, query, why)
    if (sqlProbes && SQL_KINDS.has(node.kind)) score += sqlScore(node, sqlProbes, why)
    if (score > 0) {
      const layer = layers.layerOf(node)
      if (layer !== undefined && query.stems.has(stem(layer.toLowerCase()))) {
        score += WEIGHT.layer
        why.push(`in the ${layer} layer ${query.subject} names`)
      }
      // Tickets are about models; a source or seed of the same name is its raw material.
      if (node.kind !== 'model') score *= WEIGHT.rawMaterialFactor
      if (graph.projectName !== undefined && node.packageName !== graph.projectName) {
        score *= WEIGHT.packageFactor
        why.push(`from the installed package ${node.packageName}`)
      }
      ranked.push({ id: node.id, score: round(score), why })
    }
  }
  return ranked.sort(byScore)
}

export function byScore(a: RankedNode, b: RankedNode): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

function nameScore(node: GraphNode, query: TextQuery, why: string[]): number {
  const names = namesOf(node)
  const exact = names.find((name) => query.identifiers.has(name))
  if (exact !== undefined) {
    let score: number = WEIGHT.exactName
    const notes: string[] = []
    if (query.codeIdentifiers.has(exact)) {
      score += WEIGHT.nameAsCode
      notes.push('as code')
    }
    if (query.titleIdentifiers.has(exact)) {
      score += WEIGHT.nameInTitle
      notes.push('in the title')
    }
    why.push(
      `name \`${exact}\` appears in ${query.subject}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`,
    )
    return score
  }
  const nameStems = wordStems(node.name)
  const shared = nameStems.filter((word) => query.stems.has(word))
  if (nameStems.length > 1 && shared.length === nameStems.length) {
    why.push(`every word of the name matches ${query.subject} (${shared.join(', ')})`)
    return WEIGHT.allNameWords
  }
  const near = nearIdentifier(node.name.toLowerCase(), query)
  if (near !== undefined) {
    why.push(`name is close to \`${near}\` in ${query.subject}`)
    return WEIGHT.nearName
  }
  if (shared.length > 0) {
    why.push(`name shares ${plainList(shared)} with ${query.subject}`)
    return (WEIGHT.someNameWords * shared.length) / nameStems.length
  }
  return 0
}

/** The names a ticket may use for the node: its name, a source's `source.table` and table identifier. */
function namesOf(node: GraphNode): string[] {
  const names = [node.name.toLowerCase()]
  if (node.kind === 'source') {
    names.push(displayNameOf(node).toLowerCase())
    const identifier = str(node.raw.identifier)?.toLowerCase()
    if (identifier && identifier !== names[0]) names.push(identifier)
  }
  return names
}

/** A ticket identifier one typo (or a singular/plural) away from the name; only for names of 5+ letters. */
function nearIdentifier(name: string, query: TextQuery): string | undefined {
  if (name.length < 5) return undefined
  let best: string | undefined
  for (const identifier of query.identifiers) {
    if (identifier.length < 5 || Math.abs(identifier.length - name.length) > 1) continue
    if (editDistanceWithin(identifier, name, 1) <= 1 && (best === undefined || identifier < best))
      best = identifier
  }
  return best
}

function columnScore(
  node: GraphNode,
  query: TextQuery,
  why: string[],
  wordsOf: (name: string) => string[],
): number {
  const exact: string[] = []
  const partial: string[] = []
  for (const column of node.columns) {
    const name = column.name.toLowerCase()
    if (query.identifiers.has(name)) exact.push(column.name)
    else {
      const words = wordsOf(name)
      if (words.length > 0 && words.every((word) => query.stems.has(word))) partial.push(column.name)
    }
  }
  let score = 0
  if (exact.length > 0) {
    score += Math.min(
      WEIGHT.exactColumnsCap,
      WEIGHT.exactColumn + WEIGHT.moreExactColumns * (exact.length - 1),
    )
    why.push(`${exact.length > 1 ? 'columns' : 'column'} ${codeList(exact)} named in ${query.subject}`)
  }
  if (partial.length > 0) {
    score += Math.min(WEIGHT.columnWordsCap, WEIGHT.columnWords * partial.length)
    why.push(
      `${partial.length > 1 ? 'columns' : 'column'} ${codeList(partial)} match words of ${query.subject}`,
    )
  }
  return score
}

function descriptionScore(node: GraphNode, query: TextQuery, why: string[]): number {
  const shared = new Set<string>()
  const collect = (text: string): void => {
    if (text === '') return
    for (const word of wordStems(text)) if (query.stems.has(word)) shared.add(word)
  }
  collect(node.description)
  const columns = node.raw.columns
  if (isRecord(columns)) {
    for (const key in columns) {
      const column = columns[key]
      if (isRecord(column) && typeof column.description === 'string') collect(column.description)
    }
  }
  if (shared.size === 0) return 0
  why.push(`description mentions ${plainList([...shared].sort())}`)
  return Math.min(WEIGHT.descriptionCap, WEIGHT.descriptionWord * shared.size)
}

/** Identifiers to look for in SQL, with the forms a plain substring search can find quickly. */
interface SqlProbe {
  identifier: string
  upper: string
  boundary: RegExp
}

function sqlProbesOf(query: TextQuery): SqlProbe[] | undefined {
  if (query.codeIdentifiers.size === 0) return undefined
  return [...query.codeIdentifiers].sort().map((identifier) => ({
    identifier,
    upper: identifier.toUpperCase(),
    // `\b` is an identifier boundary here: `_` counts as a word character.
    boundary: new RegExp(`\\b${identifier.replace(/[^a-z0-9_]/g, '')}\\b`, 'i'),
  }))
}

/**
 * SQL is most of a manifest's text: a substring search (lower- or upper-case, as SQL is written) skips
 * nodes cheaply, and only a hit is checked for identifier boundaries.
 */
function sqlScore(node: GraphNode, probes: readonly SqlProbe[], why: string[]): number {
  const code = str(node.raw.raw_code)
  if (!code) return 0
  const names: string[] = []
  for (const probe of probes) {
    if ((code.includes(probe.identifier) || code.includes(probe.upper)) && probe.boundary.test(code)) {
      names.push(probe.identifier)
    }
  }
  if (names.length === 0) return 0
  why.push(`SQL uses ${codeList(names)}`)
  return Math.min(WEIGHT.sqlCap, WEIGHT.sqlIdentifier * names.length)
}

function codeList(names: readonly string[]): string {
  const shown = names.slice(0, MAX_LISTED).map((name) => `\`${name}\``)
  return names.length > MAX_LISTED
    ? `${shown.join(', ')} and ${names.length - MAX_LISTED} more`
    : shown.join(', ')
}

function plainList(words: readonly string[]): string {
  const shown = words.slice(0, MAX_LISTED)
  return words.length > MAX_LISTED
    ? `${shown.join(', ')} and ${words.length - MAX_LISTED} more`
    : shown.join(', ')
}

function round(score: number): number {
  return Math.round(score * 100) / 100
}
