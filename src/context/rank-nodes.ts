import { isRecord, str, type GraphNode, type ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'
import { CONTEXT_KINDS, displayNameOf } from './node-facts.js'
import { stem, StemMatcher, withinOneEdit, wordStems } from './text-terms.js'
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
 * lookups per node. Names, columns and descriptions are split into words only when a quick scan finds one
 * of the query's words in them, and SQL only for identifiers the query writes as code. Nodes that score
 * nothing are left out; the rest come best first, ties by id.
 */
export function rankNodes(graph: ManifestGraph, query: TextQuery, layers: Layers): RankedNode[] {
  const scan: QueryScan = {
    query,
    words: new StemMatcher(query.stems),
    columnMatches: new Map(),
    sqlProbes: sqlProbesOf(query),
  }
  const ranked: RankedNode[] = []
  for (const node of graph.nodes.values()) {
    if (!CONTEXT_KINDS.has(node.kind)) continue
    const why: string[] = []
    let score = addColumnAndDescriptionScores(nameScore(node, scan, why), node, scan, why)
    if (scan.sqlProbes && SQL_KINDS.has(node.kind)) score += sqlScore(node, scan.sqlProbes, why)
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

/** The query with what one ranking pass works out once and reuses for every node. */
interface QueryScan {
  query: TextQuery
  /** Which of the query's words a text has, without splitting every text into words. */
  words: StemMatcher
  /** Column names repeat across a project (`customer_id` in hundreds of models): judged once per name. */
  columnMatches: Map<string, ColumnMatch>
  sqlProbes: SqlProbe[] | undefined
}

/** A column named in the query, one whose every word the query uses, or neither. */
type ColumnMatch = 'exact' | 'words' | 'none'

export function byScore(a: RankedNode, b: RankedNode): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

function nameScore(node: GraphNode, scan: QueryScan, why: string[]): number {
  const query = scan.query
  const name = node.name.toLowerCase()
  const exact = query.identifiers.has(name)
    ? name
    : (relationNames(node, name).find(
        (alias) => query.identifiers.has(alias) || query.relations.has(alias),
      ) ??
      (node.kind === 'source'
        ? sourceNames(node, name).find((alias) => query.identifiers.has(alias) || query.relations.has(alias))
        : undefined))
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
  const nameStems = scan.words.matches(node.name) ? wordStems(node.name) : []
  const shared = nameStems.filter((word) => query.stems.has(word))
  if (nameStems.length > 1 && shared.length === nameStems.length) {
    why.push(`every word of the name matches ${query.subject} (${shared.join(', ')})`)
    return WEIGHT.allNameWords
  }
  const near = nearIdentifier(name, query)
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

/** Other names a ticket may use for a source: `source.table` and the table identifier. */
/**
 * The names the warehouse knows the node by, as tickets write them: its alias (or identifier), and that
 * qualified by schema and by database and schema.
 */
function relationNames(node: GraphNode, name: string): string[] {
  const relation = (str(node.raw.alias) ?? str(node.raw.identifier) ?? name).toLowerCase()
  const schema = str(node.raw.schema)?.toLowerCase()
  const database = str(node.raw.database)?.toLowerCase()
  // The most qualified first: the reason then quotes the name as the ticket wrote it.
  const names: string[] = []
  if (schema && database) names.push(`${database}.${schema}.${relation}`)
  if (schema) names.push(`${schema}.${relation}`)
  if (relation !== name) names.push(relation)
  return names
}

function sourceNames(node: GraphNode, name: string): string[] {
  const names = [displayNameOf(node).toLowerCase()]
  const identifier = str(node.raw.identifier)?.toLowerCase()
  if (identifier && identifier !== name) names.push(identifier)
  return names
}

/** A ticket identifier one typo (or a singular/plural) away from the name; only for names of 5+ letters. */
function nearIdentifier(name: string, query: TextQuery): string | undefined {
  if (name.length < 5) return undefined
  let best: string | undefined
  for (const identifier of query.identifiers) {
    if (identifier.length < 5 || Math.abs(identifier.length - name.length) > 1) continue
    if (withinOneEdit(identifier, name) && (best === undefined || identifier < best)) best = identifier
  }
  return best
}

/**
 * Columns named in the query or made of its words, and words the node's and its columns' descriptions
 * share with it; one pass over the manifest's column entries, so no column objects are built for ranking.
 */
function addColumnAndDescriptionScores(
  score: number,
  node: GraphNode,
  scan: QueryScan,
  why: string[],
): number {
  const exact: string[] = []
  const partial: string[] = []
  const shared = new Set<string>()
  scan.words.collect(node.description, shared)
  const columns = node.raw.columns
  if (isRecord(columns)) {
    for (const key in columns) {
      const column = columns[key]
      if (!isRecord(column)) continue
      const name = str(column.name) ?? key
      const match = columnMatch(name, scan)
      if (match === 'exact') exact.push(name)
      else if (match === 'words') partial.push(name)
      if (typeof column.description === 'string') scan.words.collect(column.description, shared)
    }
  }
  const query = scan.query
  let columnScore = 0
  if (exact.length > 0) {
    columnScore += Math.min(
      WEIGHT.exactColumnsCap,
      WEIGHT.exactColumn + WEIGHT.moreExactColumns * (exact.length - 1),
    )
    why.push(`${exact.length > 1 ? 'columns' : 'column'} ${codeList(exact)} named in ${query.subject}`)
  }
  if (partial.length > 0) {
    columnScore += Math.min(WEIGHT.columnWordsCap, WEIGHT.columnWords * partial.length)
    why.push(
      `${partial.length > 1 ? 'columns' : 'column'} ${codeList(partial)} match words of ${query.subject}`,
    )
  }
  // Added in this order, as separate terms, so rounding matches summing the scores one by one.
  score += columnScore
  if (shared.size > 0) {
    why.push(`description mentions ${plainList([...shared].sort())}`)
    score += Math.min(WEIGHT.descriptionCap, WEIGHT.descriptionWord * shared.size)
  }
  return score
}

function columnMatch(name: string, scan: QueryScan): ColumnMatch {
  let match = scan.columnMatches.get(name)
  if (match !== undefined) return match
  const lower = name.toLowerCase()
  if (scan.query.identifiers.has(lower)) match = 'exact'
  else {
    const words = scan.words.matches(lower) ? wordStems(lower) : []
    match = words.length > 0 && words.every((word) => scan.query.stems.has(word)) ? 'words' : 'none'
  }
  scan.columnMatches.set(name, match)
  return match
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
