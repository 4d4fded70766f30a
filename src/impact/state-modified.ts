import { isRecord, type GraphNode } from '../project/graph.js'
import type { ModifiedMacros } from './modified-macros.js'
import { sameColumnShapes, sameValue } from './same-value.js'

/**
 * Why dbt's `state:modified` selects a node, one reason per `same_*` check of dbt-core 1.12
 * (`core/dbt/contracts/graph/nodes.py`, `StateSelectorMethod.check_modified_content`).
 */
export type ModifiedReason =
  'body' | 'config' | 'relation' | 'fqn' | 'description' | 'contract' | 'ref' | 'definition' | 'macro'

export interface ConfigChange {
  key: string
  before: unknown
  after: unknown
}

export interface Modification {
  reasons: ModifiedReason[]
  /** The reasons in words: "SQL changed", "macro `shop.cents` changed (called through `shop.money`)", … */
  why: string[]
  config: ConfigChange[]
  /** From the macro the node calls to the modified macro it reaches, when a macro is a reason. */
  macros?: readonly string[]
}

/** NodeConfig fields marked `CompareBehavior.Exclude`: alias/schema/database are compared as the relation. */
const NODE_CONFIG_EXCLUDED = ['alias', 'schema', 'database', 'tags', 'group']
/** `TestConfig.same_contents` compares only these keys. */
const TEST_CONFIG_KEYS = [
  'severity',
  'where',
  'limit',
  'fail_calc',
  'warn_if',
  'error_if',
  'store_failures',
  'store_failures_as',
  'sql_header',
]

interface YamlResource {
  /** Fields compared as a whole; `a.b` is field `b` inside `a`. */
  fields: readonly string[]
  /** Config keys left out of the unrendered comparison. */
  excluded: readonly string[]
  /** Compared on the rendered config, all of it (`self.config == old.config` in dbt). */
  rendered?: boolean
}

/** `same_contents` of the YAML-defined resources. */
const YAML_RESOURCES: Readonly<Record<string, YamlResource>> = {
  source: { fields: ['identifier', 'quoting', 'freshness', 'loaded_at_field', 'external'], excluded: [] },
  exposure: {
    fields: ['type', 'owner', 'maturity', 'url', 'description', 'label', 'depends_on'],
    excluded: [],
  },
  metric: {
    fields: ['filter', 'metadata', 'type', 'type_params', 'description', 'label'],
    excluded: ['group'],
  },
  semantic_model: {
    fields: [
      'model',
      'description',
      'defaults',
      'entities',
      'dimensions',
      'measures',
      'primary_entity',
      'group',
    ],
    excluded: [],
    rendered: true,
  },
  saved_query: {
    fields: [
      'query_params.metrics',
      'query_params.group_by',
      'query_params.where',
      'description',
      'label',
      'group',
      'tags',
    ],
    excluded: [],
    rendered: true,
  },
}

/** How a node that exists in both manifests differs in dbt's eyes; undefined when dbt sees it unmodified. */
export function stateModification(
  old: GraphNode,
  now: GraphNode,
  macros: ModifiedMacros,
): Modification | undefined {
  const found = new Found()
  const yaml = YAML_RESOURCES[now.kind]
  if (now.kind === 'unit_test') {
    if (!sameValue(old.raw.checksum, now.raw.checksum))
      found.add('definition', 'unit test definition changed')
  } else if (yaml) {
    const fields = yaml.fields.filter((field) => !sameValue(valueAt(old.raw, field), valueAt(now.raw, field)))
    if (now.kind === 'saved_query' && !sameExports(old, now)) fields.push('exports')
    if (fields.length > 0) found.add('definition', `definition changed: ${fields.join(', ')}`)
    if (now.kind === 'source') sourceRelation(old, now, found)
    compareConfig(old, now, { excluded: yaml.excluded, rendered: yaml.rendered }, found)
  } else nodeContents(old, now, found)
  if (now.kind === 'source' || now.kind === 'exposure') fqn(old, now, found)
  const path = macros.pathFrom(now)
  if (path) {
    const changed = macroName(path.at(-1) as string)
    const through = path.slice(0, -1).map((id) => `\`${macroName(id)}\``)
    found.add(
      'macro',
      `macro \`${changed}\` changed${through.length > 0 ? ` (called through ${through.join(', ')})` : ''}`,
    )
    found.macros = path
  }
  return found.reasons.length > 0 ? found.result() : undefined
}

class Found {
  readonly reasons: ModifiedReason[] = []
  readonly why: string[] = []
  config: ConfigChange[] = []
  macros?: readonly string[]

  add(reason: ModifiedReason, why: string): void {
    if (!this.reasons.includes(reason)) this.reasons.push(reason)
    this.why.push(why)
  }

  result(): Modification {
    return {
      reasons: this.reasons,
      why: this.why,
      config: this.config,
      ...(this.macros ? { macros: this.macros } : {}),
    }
  }
}

/** `ParsedNode.same_contents` and its overrides: models, seeds, snapshots, analyses and tests. */
function nodeContents(old: GraphNode, now: GraphNode, found: Found): void {
  if (now.kind === 'test' && isRecord(now.raw.test_metadata)) {
    // GenericTestNode: only the test config's modifiers and the fqn.
    compareConfig(old, now, { only: TEST_CONFIG_KEYS }, found)
    fqn(old, now, found)
    return
  }
  body(old, now, found)
  compareConfig(
    old,
    now,
    now.kind === 'test' ? { only: TEST_CONFIG_KEYS } : { excluded: NODE_CONFIG_EXCLUDED },
    found,
  )
  persistedDescription(old, now, found)
  fqn(old, now, found)
  relation(old, now, found)
  if (now.kind === 'model') {
    contract(old, now, found)
    refRepresentation(old, now, found)
  }
}

function body(old: GraphNode, now: GraphNode, found: Found): void {
  const [a, b] = [old.raw.raw_code, now.raw.raw_code]
  // Seeds compare their file checksum (`same_seeds`); the rest their raw code, else the file checksum.
  const same =
    now.kind !== 'seed' && typeof a === 'string' && typeof b === 'string'
      ? a === b
      : old.checksum === now.checksum
  if (!same) found.add('body', now.kind === 'seed' ? 'seed file changed' : 'SQL changed')
}

function compareConfig(
  old: GraphNode,
  now: GraphNode,
  keys: { excluded?: readonly string[]; only?: readonly string[]; rendered?: boolean },
  found: Found,
): void {
  // dbt compares what the project wrote (`unrendered_config`), so target-dependent values do not differ.
  const unrendered =
    keys.rendered !== true && isRecord(old.raw.unrendered_config) && isRecord(now.raw.unrendered_config)
  const before = unrendered ? (old.raw.unrendered_config as Record<string, unknown>) : old.config
  const after = unrendered ? (now.raw.unrendered_config as Record<string, unknown>) : now.config
  const names = keys.only ?? [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const changes: ConfigChange[] = []
  for (const key of names) {
    if (keys.excluded?.includes(key)) continue
    const presence = unrendered && Object.hasOwn(before, key) !== Object.hasOwn(after, key)
    if (presence || !sameValue(before[key], after[key]))
      changes.push({ key, before: before[key], after: after[key] })
  }
  if (changes.length === 0) return
  found.config = changes
  found.add(
    'config',
    `config changed: ${changes.map((change) => `${change.key} (${show(change.before)} → ${show(change.after)})`).join(', ')}`,
  )
}

function persistedDescription(old: GraphNode, now: GraphNode, found: Found): void {
  const persist = isRecord(now.config.persist_docs) ? now.config.persist_docs : {}
  if (persist.relation === true && old.description !== now.description) {
    found.add('description', 'description changed (persisted to the warehouse by persist_docs)')
  }
  if (persist.columns === true && !sameValue(columnDescriptions(old), columnDescriptions(now))) {
    found.add('description', 'column descriptions changed (persisted to the warehouse by persist_docs)')
  }
}

function columnDescriptions(node: GraphNode): Record<string, unknown> {
  const columns = isRecord(node.raw.columns) ? node.raw.columns : {}
  return Object.fromEntries(
    Object.entries(columns).map(([key, column]) => [key, isRecord(column) ? column.description : undefined]),
  )
}

function fqn(old: GraphNode, now: GraphNode, found: Found): void {
  if (!sameValue(old.raw.fqn, now.raw.fqn)) {
    found.add('fqn', `moved or renamed (fqn ${show(old.raw.fqn)} → ${show(now.raw.fqn)})`)
  }
}

/** `same_database_representation`: the configured database, schema and alias, not the rendered ones. */
function relation(old: GraphNode, now: GraphNode, found: Found): void {
  const unrendered = isRecord(old.raw.unrendered_config) && isRecord(now.raw.unrendered_config)
  const source = (node: GraphNode): Record<string, unknown> =>
    unrendered ? (node.raw.unrendered_config as Record<string, unknown>) : node.config
  const keys = ['database', 'schema', 'alias'].filter((key) => !sameValue(source(old)[key], source(now)[key]))
  if (keys.length > 0) found.add('relation', `configured relation changed: ${keys.join(', ')}`)
}

function sourceRelation(old: GraphNode, now: GraphNode, found: Found): void {
  const field = (node: GraphNode, key: string): unknown =>
    Object.hasOwn(node.raw, `unrendered_${key}`) ? node.raw[`unrendered_${key}`] : node.raw[key]
  const keys = ['database', 'schema'].filter((key) => !sameValue(field(old, key), field(now, key)))
  if (keys.length > 0) found.add('relation', `configured relation changed: ${keys.join(', ')}`)
}

/** `ModelNode.same_contract`: by the contract checksum dbt writes (columns, types, constraints). */
function contract(old: GraphNode, now: GraphNode, found: Found): void {
  if (!old.contractEnforced && !now.contractEnforced) return
  if (!old.contractEnforced) return found.add('contract', 'contract now enforced')
  if (!now.contractEnforced) return found.add('contract', 'contract no longer enforced')
  const checksum = (node: GraphNode): unknown =>
    isRecord(node.raw.contract) ? node.raw.contract.checksum : undefined
  const [a, b] = [checksum(old), checksum(now)]
  // Without checksums (older or hand-made manifests), compare what the checksum covers.
  const same =
    a || b
      ? a === b
      : sameColumnShapes(old.raw.columns, now.raw.columns) &&
        sameValue(old.raw.constraints, now.raw.constraints) &&
        old.materialized === now.materialized
  if (!same) found.add('contract', 'contract changed (columns, data types or constraints)')
}

/** `ModelNode.same_ref_representation`. */
function refRepresentation(old: GraphNode, now: GraphNode, found: Found): void {
  for (const key of ['latest_version', 'access', 'deprecation_date']) {
    const [a, b] = [old.raw[key] ?? old.config[key], now.raw[key] ?? now.config[key]]
    if (!sameValue(a, b)) found.add('ref', `${key} changed (${show(a)} → ${show(b)})`)
  }
}

function valueAt(raw: Readonly<Record<string, unknown>>, field: string): unknown {
  const [head, inner] = field.split('.') as [string, string | undefined]
  const value = raw[head]
  return inner === undefined ? value : isRecord(value) ? value[inner] : undefined
}

/** `SavedQuery.same_exports`: the same exports in order, by name and configured export_as/schema/alias. */
function sameExports(old: GraphNode, now: GraphNode): boolean {
  const a = listOf(old.raw.exports)
  const b = listOf(now.raw.exports)
  if (a.length !== b.length) return false
  return a.every((before, i) => {
    const after = b[i]
    if (!isRecord(before) || !isRecord(after) || before.name !== after.name) return false
    const x = isRecord(before.unrendered_config) ? before.unrendered_config : {}
    const y = isRecord(after.unrendered_config) ? after.unrendered_config : {}
    return ['export_as', 'schema', 'alias'].every((key) => sameValue(x[key], y[key]))
  })
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

function macroName(id: string): string {
  return id.replace(/^macro\./, '')
}

function show(value: unknown): string {
  if (value === undefined || value === null) return 'none'
  return typeof value === 'string' ? value : JSON.stringify(value)
}
