import type { NodeChange } from '../impact/impact.js'
import { str, type GraphNode, type ManifestGraph } from '../project/graph.js'
import type { BuildMode, Validation } from '../validate/validation.js'
import type { EvidenceLimits } from './evidence.js'
import { primaryKeyOf } from './primary-key.js'

/** A relation named by a manifest: `relation_name` to read, its parts to ask the adapter whether it exists. */
export interface ManifestRelation {
  relationName: string
  database?: string
  schema: string
  identifier: string
}

/** What the base side of one comparison reads. */
export type BaseSource =
  | ({ kind: 'production' } & ManifestRelation)
  | { kind: 'base-sql'; rawCode: string }
  | { kind: 'none'; reason: string }

/** One changed model validation built, and what its evidence compares. */
export interface EvidenceTarget {
  id: string
  name: string
  relation: ManifestRelation
  base: BaseSource
  primaryKey?: string[]
  /** Lower-case words of the lines the change touched in the model's SQL: their columns are profiled first. */
  hints: string[]
  notes: string[]
}

export interface TargetsInput {
  baseGraph: ManifestGraph
  /** The change's manifest, from the last validation round. */
  graph: ManifestGraph
  mode: BuildMode
  /** Every round: relations an earlier round built are still there for the base SQL to read. */
  validations: readonly Validation[]
  changed: readonly NodeChange[]
  limits: EvidenceLimits
}

const RELATION_KINDS = new Set(['model', 'seed', 'snapshot'])

/**
 * The changed (added or modified) SQL models the last round built into a relation, by id, at most
 * `limits.models`; the rest are named in `notCompared`.
 */
export function evidenceTargets(input: TargetsInput): { targets: EvidenceTarget[]; notCompared: string[] } {
  const { baseGraph, graph, validations } = input
  const last = validations.at(-1)
  if (!last?.ok) return { targets: [], notCompared: [] }
  const builtNow = succeeded([last])
  const builtEver = succeeded(validations)
  const changedIds = new Set(input.changed.map((change) => change.id))
  const nodes = input.changed
    .filter((change) => change.kind === 'model' && change.change !== 'removed' && builtNow.has(change.id))
    .map((change) => graph.get(change.id))
    .filter((node): node is GraphNode => node !== undefined && relationOf(node) !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id))
  const targets = nodes.slice(0, input.limits.models).map((node) => {
    const relation = relationOf(node) as ManifestRelation
    const old = baseGraph.get(node.id)
    const base = old
      ? baseSource(old, relation, input.mode, baseGraph, builtEver)
      : { kind: 'none' as const, reason: 'a new model' }
    const primaryKey = primaryKeyOf(graph, node)
    return {
      id: node.id,
      name: node.name,
      relation,
      base,
      ...(primaryKey ? { primaryKey } : {}),
      hints: old ? changedWords(rawCode(old) ?? '', rawCode(node) ?? '') : [],
      notes: base.kind === 'base-sql' ? changedParents(graph, node, changedIds) : [],
    }
  })
  return { targets, notCompared: nodes.slice(input.limits.models).map((node) => node.name) }
}

function baseSource(
  old: GraphNode,
  relation: ManifestRelation,
  mode: BuildMode,
  baseGraph: ManifestGraph,
  builtEver: ReadonlySet<string>,
): BaseSource {
  if (mode === 'deferred') {
    const production = relationOf(old)
    if (!production) return { kind: 'none', reason: 'the production version is ephemeral (no relation)' }
    if (production.relationName === relation.relationName)
      return {
        kind: 'none',
        reason: "production's relation is the one the change's build wrote (same target)",
      }
    return { kind: 'production', ...production }
  }
  const code = rawCode(old)
  if (code === undefined || str(old.raw.language) === 'python')
    return { kind: 'none', reason: 'the base version is not a SQL model' }
  const unbuilt = baseGraph
    .parentsOf(old.id)
    .map((id) => baseGraph.get(id))
    .filter(
      (parent): parent is GraphNode =>
        parent !== undefined &&
        RELATION_KINDS.has(parent.kind) &&
        parent.materialized !== 'ephemeral' &&
        !builtEver.has(parent.id),
    )
  if (unbuilt.length > 0) {
    const names = unbuilt.map((parent) => `\`${parent.name}\``).join(', ')
    return { kind: 'none', reason: `the base version reads ${names}, which this run did not build` }
  }
  return { kind: 'base-sql', rawCode: code }
}

/** The base SQL reads its parents as the change's build left them: a parent the change modified is new. */
function changedParents(graph: ManifestGraph, node: GraphNode, changedIds: ReadonlySet<string>): string[] {
  const modified = graph
    .parentsOf(node.id)
    .filter((id) => changedIds.has(id))
    .map((id) => graph.get(id)?.name ?? id)
  if (modified.length === 0) return []
  const names = modified.map((name) => `\`${name}\``).join(', ')
  return [`the base side reads the change's version of ${names} (also modified), not the base's`]
}

export function relationOf(node: GraphNode): ManifestRelation | undefined {
  const relationName = str(node.raw.relation_name)
  const schema = str(node.raw.schema)
  const identifier = str(node.raw.alias) ?? node.name
  if (!relationName || !schema || node.materialized === 'ephemeral') return undefined
  const database = str(node.raw.database)
  return { relationName, schema, identifier, ...(database ? { database } : {}) }
}

function rawCode(node: GraphNode): string | undefined {
  return str(node.raw.raw_code)
}

function succeeded(validations: readonly Validation[]): Set<string> {
  const ids = new Set<string>()
  for (const validation of validations)
    for (const result of validation.dbt.results) if (result.status === 'success') ids.add(result.uniqueId)
  return ids
}

/** Identifier-like words of the lines in one version of the SQL and not the other. */
export function changedWords(before: string, after: string): string[] {
  const lines = (text: string) => new Set(text.split('\n').map((line) => line.trim()))
  const old = lines(before)
  const next = lines(after)
  const words = new Set<string>()
  for (const line of [...next].filter((l) => !old.has(l)).concat([...old].filter((l) => !next.has(l))))
    for (const word of line.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []) words.add(word)
  return [...words].sort()
}
