import { isRecord, type ConstraintDef, type GraphNode, type ManifestGraph } from '../project/graph.js'
import { normalizeType, sameColumnShapes, sameValue } from './same-value.js'
import { Layers } from '../project/layers.js'
import { removedColumnsRead } from './removed-columns-read.js'
import { renamedRelation } from './renamed-relation.js'
import { compareVersions, versionedSuccessor } from './versioned-successor.js'

export type ContractRule =
  | 'contract-removed'
  | 'column-removed'
  | 'column-type-changed'
  | 'constraint-removed'
  | 'materialization-cannot-enforce'
  | 'model-deleted'
  | 'model-renamed'
  | 'model-disabled'
  | 'version-removed'
  | 'access-narrowed'
  | 'group-changed'
  | 'metric-changed'
  | 'semantic-model-changed'
  | 'removed-column-read'
  | 'relation-renamed'

export interface ContractFinding {
  rule: ContractRule
  /** unique_id of the node in the base manifest. */
  node: string
  severity: 'breaking' | 'warning'
  /** What changed, in dbt's words where dbt has them. */
  message: string
  /** What to do about it. */
  action: string
}

export interface SeverityPolicy {
  /** Layers whose consumers live outside the project: findings there are breaking even when unversioned. */
  breakingLayers: readonly string[]
  /** Like `--warn-error-options '{"error": ["UnversionedBreakingChange"]}'`: every finding is breaking. */
  unversionedAsBreaking: boolean
  /** Constraint types the warehouse enforces (dbt only counts removing an enforced one as breaking). */
  enforcedConstraints: readonly string[]
}

export const DEFAULT_SEVERITY_POLICY: SeverityPolicy = {
  breakingLayers: ['marts', 'gold'],
  unversionedAsBreaking: false,
  enforcedConstraints: ['not_null', 'primary_key', 'unique', 'foreign_key', 'check'],
}

export interface ContractOptions {
  layers?: Layers
  policy?: Partial<SeverityPolicy>
}

const ACCESS_RANK: Readonly<Record<string, number>> = { private: 1, protected: 2, public: 3 }
/** Materializations that cannot enforce a contract's constraints (dbt refuses ephemeral contracts outright). */
const NO_CONSTRAINTS = new Set(['ephemeral', 'view'])

/**
 * dbt's breaking-change rules for models whose contract was enforced in the base, plus access, group,
 * version and semantic-layer changes that consumers notice. Pure; findings are sorted by node then rule.
 */
export function detectContractBreaks(
  base: ManifestGraph,
  next: ManifestGraph,
  options: ContractOptions = {},
): ContractFinding[] {
  const policy = { ...DEFAULT_SEVERITY_POLICY, ...options.policy }
  const layers = options.layers ?? new Layers()
  const severityOf = (node: GraphNode): ContractFinding['severity'] => {
    if (node.version !== undefined || node.access === 'public' || policy.unversionedAsBreaking)
      return 'breaking'
    const layer = layers.layerOf(node)
    return layer !== undefined && policy.breakingLayers.includes(layer) ? 'breaking' : 'warning'
  }
  const findings: ContractFinding[] = []
  const added = [...next.nodes.values()].filter((node) => node.kind === 'model' && !base.nodes.has(node.id))
  for (const old of base.nodes.values()) {
    if (old.kind !== 'model') continue
    const now = next.get(old.id) ?? versionedSuccessor(old, next)
    const add = (rule: ContractRule, message: string, action: string, severity = severityOf(old)): void => {
      findings.push({ rule, node: old.id, severity, message, action })
    }
    if (!now) removedModel(old, next, added, add)
    else {
      if (old.contractEnforced) contractChanges(old, now, policy, add)
      accessAndGroup(old, now, add)
      const read = removedColumnsRead(old, now, next)
      if (read) add('removed-column-read', read.message, read.action, 'warning')
      const renamed = renamedRelation(old, now, next)
      // Versions are the remedy `new-version` asks for: the old relation's consumers get advice, not a block.
      if (renamed) {
        const severity = renamed.cause === 'versions' ? 'warning' : severityOf(old)
        add('relation-renamed', renamed.message, renamed.action, severity)
      }
    }
  }
  findings.push(...semanticChanges(base, next, severityOf))
  return findings.sort((a, b) => a.node.localeCompare(b.node) || a.rule.localeCompare(b.rule))
}

type AddFinding = (
  rule: ContractRule,
  message: string,
  action: string,
  severity?: ContractFinding['severity'],
) => void

function removedModel(
  old: GraphNode,
  next: ManifestGraph,
  added: readonly GraphNode[],
  add: AddFinding,
): void {
  if (old.version !== undefined) {
    const remaining = next.byName(old.name, 'model').map((node) => node.version)
    const latest = remaining.length > 0 ? `v${remaining.sort(compareVersions).at(-1)}` : 'a newer version'
    add(
      'version-removed',
      `Version v${old.version} of model \`${old.name}\` was removed; consumers that \`ref('${old.name}', v=${old.version})\` break.`,
      `Keep v${old.version} and set its \`deprecation_date\` so consumers can move to ${latest} first; remove it after that date.`,
      'breaking',
    )
    return
  }
  if (!old.contractEnforced) return
  const action = `Keep \`${old.name}\` with its contract, e.g. as a view over the new model, and set a \`deprecation_date\`; or create a new model version (v2) and deprecate v1 instead of removing the model.`
  if (next.disabled.has(old.id)) {
    add('model-disabled', `Contracted model \`${old.name}\` was disabled (\`enabled: false\`).`, action)
    return
  }
  const renamed = added.find(
    (node) => (old.checksum !== undefined && node.checksum === old.checksum) || node.file === old.file,
  )
  if (renamed) {
    add(
      'model-renamed',
      `Contracted model \`${old.name}\` was renamed to \`${renamed.name}\`; consumers that \`ref('${old.name}')\` break.`,
      action,
    )
  } else add('model-deleted', `Contracted model \`${old.name}\` was deleted.`, action)
}

function contractChanges(old: GraphNode, now: GraphNode, policy: SeverityPolicy, add: AddFinding): void {
  const newVersion = `create a new model version (v${nextVersion(old)}) with the change and deprecate the current one, or revert the change`
  if (!now.contractEnforced) {
    add(
      'contract-removed',
      `Contract enforcement was removed from \`${old.name}\`.`,
      `Keep \`contract: {enforced: true}\`; if the shape must change, ${newVersion}.`,
    )
    return
  }
  const sameShape =
    sameColumnShapes(old.raw.columns, now.raw.columns) && sameValue(old.raw.constraints, now.raw.constraints)
  if (sameShape && old.materialized === now.materialized) return
  const columns = new Map(now.columns.map((column) => [column.name.toLowerCase(), column]))
  const removed = old.columns.filter((column) => !columns.has(column.name.toLowerCase())).map((c) => c.name)
  if (removed.length > 0) {
    const before = new Set(old.columns.map((column) => column.name.toLowerCase()))
    const addedNames = now.columns
      .filter((column) => !before.has(column.name.toLowerCase()))
      .map((c) => c.name)
    const them = removed.length === 1 ? 'the column' : 'the columns'
    // Only a removal next to an added column may be a rename; a plain removal gets removal advice.
    const [hint, keep] =
      addedNames.length > 0
        ? [
            ` (added: ${addedNames.join(', ')}; a rename removes the old name)`,
            `Keep ${them} under the old name next to the new one`,
          ]
        : [
            '',
            `Keep ${them} (e.g. as \`null\` cast to the old type, documented as deprecated) until consumers stop reading ${removed.length === 1 ? 'it' : 'them'}`,
          ]
    add(
      'column-removed',
      `Columns were removed from \`${old.name}\`: ${removed.join(', ')}${hint}.`,
      `${keep}, or ${newVersion}.`,
    )
  }
  const retyped: string[] = []
  const droppedConstraints: string[] = []
  for (const column of old.columns) {
    const match = columns.get(column.name.toLowerCase())
    if (!match) continue
    if (column.dataType !== match.dataType && baseType(column.dataType) !== baseType(match.dataType)) {
      retyped.push(`${column.name} (${column.dataType ?? 'none'} -> ${match.dataType ?? 'none'})`)
    }
    for (const type of removedConstraints(column.constraints, match.constraints, policy)) {
      droppedConstraints.push(`${column.name} (${type})`)
    }
  }
  if (retyped.length > 0) {
    add(
      'column-type-changed',
      `Columns with data_type changes in \`${old.name}\`: ${retyped.join(', ')}.`,
      `Keep the column types, or ${newVersion}.`,
    )
  }
  const modelConstraints = removedConstraints(old.constraints, now.constraints, policy)
  if (droppedConstraints.length > 0 || modelConstraints.length > 0) {
    const parts = [
      droppedConstraints.length > 0
        ? `Enforced column level constraints were removed: ${droppedConstraints.join(', ')}`
        : '',
      modelConstraints.length > 0
        ? `Enforced model level constraints were removed: ${modelConstraints.join(', ')}`
        : '',
    ].filter(Boolean)
    add(
      'constraint-removed',
      `${parts.join('. ')} (model \`${old.name}\`).`,
      `Keep the constraints, or ${newVersion}.`,
    )
  }
  const hadEnforced =
    old.constraints.some((c) => policy.enforcedConstraints.includes(c.type)) ||
    old.columns.some((column) => column.constraints.some((c) => policy.enforcedConstraints.includes(c.type)))
  if (
    now.materialized !== old.materialized &&
    now.materialized !== undefined &&
    (now.materialized === 'ephemeral' || (hadEnforced && NO_CONSTRAINTS.has(now.materialized)))
  ) {
    add(
      'materialization-cannot-enforce',
      `Materialization of \`${old.name}\` changed from ${old.materialized ?? 'default'} to ${now.materialized}, which cannot enforce ${now.materialized === 'ephemeral' ? 'a contract' : 'its constraints'}.`,
      `Keep materialized: ${old.materialized ?? 'table'}, or ${newVersion}.`,
    )
  }
}

function accessAndGroup(old: GraphNode, now: GraphNode, add: AddFinding): void {
  const before = ACCESS_RANK[old.access ?? 'protected'] ?? 2
  const after = ACCESS_RANK[now.access ?? 'protected'] ?? 2
  if (after < before) {
    add(
      'access-narrowed',
      `Access of \`${old.name}\` was narrowed from ${old.access ?? 'protected'} to ${now.access ?? 'protected'}; models outside ${old.access === 'public' ? 'the project' : 'its group'} can no longer \`ref\` it.`,
      `Keep access: ${old.access ?? 'protected'}, or create a new model version (v${nextVersion(old)}) with the narrower access and set a \`deprecation_date\` on the current one.`,
      old.access === 'public' ? 'breaking' : undefined,
    )
  }
  if (old.group !== undefined && now.group !== old.group) {
    add(
      'group-changed',
      `Group of \`${old.name}\` changed from ${old.group} to ${now.group ?? 'none'}; ${now.access === 'private' ? 'models of the old group can no longer ref it' : 'its owner changed'}.`,
      `Confirm with the owners of group ${old.group}; models in it that \`ref('${old.name}')\` need to move or the model must stay in the group.`,
    )
  }
}

function removedConstraints(
  before: readonly ConstraintDef[],
  after: readonly ConstraintDef[],
  policy: SeverityPolicy,
): string[] {
  return before
    .filter((constraint) => policy.enforcedConstraints.includes(constraint.type))
    .filter((constraint) => !after.some((other) => sameValue(constraint, other)))
    .map((constraint) => constraint.type)
}

/** `varchar(20)` and `varchar(30)` share the base type `varchar`; dbt does not count that as breaking. */
export function baseType(type: string | undefined): string {
  if (type === undefined) return ''
  return normalizeType(type)
    .replace(/\(.*\)$/, '')
    .trim()
}

function nextVersion(node: GraphNode): number {
  const current = Number(node.latestVersion ?? node.version ?? 1)
  return Number.isFinite(current) ? current + 1 : 2
}

const METRIC_FIELDS = ['type', 'type_params', 'filter', 'time_granularity'] as const
const MEASURE_FIELDS = ['agg', 'expr', 'agg_params', 'non_additive_dimension', 'agg_time_dimension'] as const

function semanticChanges(
  base: ManifestGraph,
  next: ManifestGraph,
  severityOf: (node: GraphNode) => ContractFinding['severity'],
): ContractFinding[] {
  const findings: ContractFinding[] = []
  for (const old of base.nodes.values()) {
    const now = next.get(old.id)
    if (!now) continue
    if (old.kind === 'metric') {
      const changed = changedFields(old.raw, now.raw, METRIC_FIELDS)
      if (changed.length === 0) continue
      const consumers = consumersOf(next, [now.id])
      if (consumers.length === 0) continue
      findings.push({
        rule: 'metric-changed',
        node: old.id,
        severity: severityOf(old),
        message: `Metric \`${old.name}\` changed (${changed.join(', ')}); consumed by ${describe(consumers)}.`,
        action: ownersAction(consumers, `\`${old.name}\``),
      })
    } else if (old.kind === 'semantic_model') {
      const { changes, measures, all } = semanticModelChanges(old, now)
      if (changes.length === 0) continue
      const metrics = next
        .childrenOf(now.id)
        .map((id) => next.get(id))
        .filter((node): node is GraphNode => node?.kind === 'metric' && (all || usesMeasure(node, measures)))
      const consumers = consumersOf(
        next,
        metrics.map((metric) => metric.id),
      )
      if (consumers.length === 0) continue
      const via =
        metrics.length > 0 ? ` through metric ${metrics.map((m) => `\`${m.name}\``).join(', ')}` : ''
      findings.push({
        rule: 'semantic-model-changed',
        node: old.id,
        severity: severityOf(old),
        message: `Semantic model \`${old.name}\` changed (${changes.join('; ')}); consumed${via} by ${describe(consumers)}.`,
        action: ownersAction(consumers, `the semantic model \`${old.name}\``),
      })
    }
  }
  return findings
}

function changedFields(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): string[] {
  const changed: string[] = []
  for (const field of fields) {
    const a = before[field]
    const b = after[field]
    if (sameValue(a, b)) continue
    if (isRecord(a) && isRecord(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)])
      for (const key of keys) if (!sameValue(a[key], b[key])) changed.push(`${field}.${key}`)
    } else changed.push(`${field}: ${show(a)} -> ${show(b)}`)
  }
  return changed
}

function semanticModelChanges(
  old: GraphNode,
  now: GraphNode,
): { changes: string[]; measures: Set<string>; all: boolean } {
  const changes: string[] = []
  const measures = new Set<string>()
  const before = namedList(old.raw.measures)
  const after = namedList(now.raw.measures)
  for (const [name, measure] of before) {
    const match = after.get(name)
    if (!match) {
      changes.push(`measure ${name} removed`)
      measures.add(name)
      continue
    }
    for (const field of MEASURE_FIELDS) {
      if (!sameValue(measure[field], match[field])) {
        changes.push(`measure ${name} ${field}: ${show(measure[field])} -> ${show(match[field])}`)
        measures.add(name)
      }
    }
  }
  let all = false
  // `model` is left out: pointing at a renamed model is reported on the model itself.
  for (const field of ['dimensions', 'entities', 'defaults'] as const) {
    if (!sameValue(old.raw[field], now.raw[field])) {
      changes.push(`${field} changed`)
      all = true
    }
  }
  return { changes, measures, all }
}

function usesMeasure(metric: GraphNode, measures: ReadonlySet<string>): boolean {
  const params = isRecord(metric.raw.type_params) ? metric.raw.type_params : {}
  const inputs = Array.isArray(params.input_measures) ? params.input_measures : []
  return inputs.some((input) => isRecord(input) && typeof input.name === 'string' && measures.has(input.name))
}

/** Exposures and saved queries downstream of the given metrics, through derived metrics. */
function consumersOf(graph: ManifestGraph, start: readonly string[]): GraphNode[] {
  const seen = new Set(start)
  const queue = [...start]
  const consumers: GraphNode[] = []
  while (queue.length > 0) {
    for (const child of graph.childrenOf(queue.pop() as string)) {
      const node = graph.get(child)
      if (!node || seen.has(child)) continue
      seen.add(child)
      if (node.kind === 'exposure' || node.kind === 'saved_query') consumers.push(node)
      else if (node.kind === 'metric') queue.push(child)
    }
  }
  return consumers.sort((a, b) => a.id.localeCompare(b.id))
}

function describe(consumers: readonly GraphNode[]): string {
  return consumers.map((node) => `${node.kind.replace('_', ' ')} \`${node.name}\``).join(', ')
}

function ownersAction(consumers: readonly GraphNode[], what: string): string {
  const owners = consumers
    .map((node) => (isRecord(node.raw.owner) ? (node.raw.owner.email ?? node.raw.owner.name) : undefined))
    .filter((owner): owner is string => typeof owner === 'string')
  const tell = owners.length > 0 ? `Tell ${[...new Set(owners)].join(', ')}` : 'Tell the consumers’ owners'
  return `${tell} that the numbers change; if the old definition must stay available, add a new metric (e.g. \`_v2\`) instead of changing ${what}.`
}

function namedList(value: unknown): Map<string, Record<string, unknown>> {
  const map = new Map<string, Record<string, unknown>>()
  if (Array.isArray(value))
    for (const item of value) if (isRecord(item) && typeof item.name === 'string') map.set(item.name, item)
  return map
}

function show(value: unknown): string {
  return value === undefined || value === null
    ? 'none'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value)
}
