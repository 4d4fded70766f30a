import { checkManifestEnvelope, parseManifestJson } from './manifest.js'

/**
 * The manifest as a graph, read with cheap type guards instead of a schema: a 50k-node manifest must load
 * in a fraction of its `JSON.parse` time, so every node is visited once and only the fields below are read.
 */

/** dbt's `resource_type`: model, seed, snapshot, test, unit_test, source, exposure, metric, … */
export type NodeKind = string

export interface ConstraintDef {
  type: string
  name?: string
  expression?: string
}

export interface ColumnDef {
  name: string
  dataType?: string
  constraints: readonly ConstraintDef[]
}

export interface GraphNode {
  id: string
  kind: NodeKind
  name: string
  packageName: string
  /** Project-relative path of the file that defines the node (SQL, or YAML for sources, metrics, …). */
  file: string
  /** Project-relative path of the YAML that documents the node, without dbt's `package://` prefix. */
  patchFile?: string
  description: string
  tags: readonly string[]
  meta: Readonly<Record<string, unknown>>
  /** The node's resolved config as dbt wrote it. */
  config: Readonly<Record<string, unknown>>
  /** sha256 of the node's file; absent (or empty) for YAML-only resources and generic tests. */
  checksum?: string
  materialized?: string
  access?: string
  group?: string
  contractEnforced: boolean
  version?: string
  latestVersion?: string
  /** Read from the manifest on first use: most nodes' columns are never looked at. */
  readonly columns: readonly ColumnDef[]
  /** Model-level constraints. */
  readonly constraints: readonly ConstraintDef[]
  /** The manifest's own entry, for definition comparisons (metrics, semantic models, saved queries). */
  raw: Readonly<Record<string, unknown>>
}

/** A macro as dbt-core's state comparison sees it: its text and the macros it calls. */
export interface MacroDef {
  id: string
  name: string
  packageName: string
  sql: string
  dependsOn: readonly string[]
}

export interface GroupDef {
  name: string
  ownerName?: string
  ownerEmail?: string
}

/** Top-level manifest collections read as graph nodes, in the order dbt lists them in `parent_map`. */
export const GRAPH_COLLECTIONS = [
  'nodes',
  'sources',
  'exposures',
  'metrics',
  'semantic_models',
  'saved_queries',
  'unit_tests',
] as const

const NONE: readonly never[] = Object.freeze([])
const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({})

/** Edge lists as dbt wrote them (`parent_map`/`child_map`), looked up without copying. */
type EdgeLists = Readonly<Record<string, unknown>> | ReadonlyMap<string, readonly string[]>

export class ManifestGraph {
  // Each index is built on its first lookup, alone: impact analysis needs none, context only the tests.
  private namesIndex?: Map<string, GraphNode[]>
  private filesIndex?: Map<string, GraphNode[]>
  private testsIndex?: Map<string, string[]>
  private macroIndex?: Map<string, MacroDef>

  constructor(
    readonly schemaVersion: number,
    readonly projectName: string | undefined,
    readonly nodes: ReadonlyMap<string, GraphNode>,
    private readonly parents: EdgeLists,
    private readonly children: EdgeLists,
    readonly groups: ReadonlyMap<string, GroupDef>,
    /** unique_ids that exist in the project but are disabled (`enabled: false`). */
    readonly disabled: ReadonlySet<string>,
    /** The manifest's other entries that come from files (`macros`, `docs`, `disabled`, `groups`), unread. */
    private readonly otherEntries: Readonly<Record<string, unknown>> = EMPTY,
  ) {}

  private definedIndex?: Set<string>

  /**
   * True when dbt read something from the package-relative file: a node, source, test or unit test, a
   * properties YAML patching one, a macro, a docs block, a group or a disabled node.
   */
  definesFile(packageName: string, file: string): boolean {
    if (!this.definedIndex) {
      const index = new Set<string>()
      const add = (pkg: unknown, path: unknown) => {
        if (typeof pkg === 'string' && typeof path === 'string')
          index.add(`${pkg}\0${path.replace(/^[^/]*:\/\//, '')}`)
      }
      for (const node of this.nodes.values()) {
        add(node.packageName, node.file)
        add(node.packageName, node.patchFile)
      }
      for (const collection of ['macros', 'docs', 'groups', 'disabled']) {
        const entries = this.otherEntries[collection]
        if (!isRecord(entries)) continue
        for (const id in entries) {
          const value = entries[id]
          // `disabled` maps each unique_id to a list of entries.
          for (const entry of Array.isArray(value) ? value : [value]) {
            if (!isRecord(entry)) continue
            add(entry.package_name, entry.original_file_path)
            add(entry.package_name, entry.patch_path)
          }
        }
      }
      this.definedIndex = index
    }
    return this.definedIndex.has(`${packageName}\0${file}`)
  }

  /** Every macro of the manifest (the project's, its packages' and dbt's own), by unique_id. */
  get macros(): ReadonlyMap<string, MacroDef> {
    if (this.macroIndex) return this.macroIndex
    const index = new Map<string, MacroDef>()
    const entries = isRecord(this.otherEntries.macros) ? this.otherEntries.macros : EMPTY
    for (const id in entries) {
      const entry = entries[id]
      if (!isRecord(entry)) continue
      index.set(id, {
        id,
        name: str(entry.name) ?? id,
        packageName: str(entry.package_name) ?? '',
        sql: str(entry.macro_sql) ?? '',
        dependsOn: isRecord(entry.depends_on) ? stringList(entry.depends_on.macros) : NONE,
      })
    }
    return (this.macroIndex = index)
  }

  get(id: string): GraphNode | undefined {
    return this.nodes.get(id)
  }

  /** Nodes named `name` (a model, its semantic model and its versions can share one), optionally of a kind. */
  byName(name: string, kind?: NodeKind): GraphNode[] {
    const found = this.names().get(name) ?? []
    return kind === undefined ? found : found.filter((node) => node.kind === kind)
  }

  /** Every node of one kind (`model`, `seed`, …), in manifest order. */
  byKind(kind: NodeKind): GraphNode[] {
    return [...this.nodes.values()].filter((node) => node.kind === kind)
  }

  /** Nodes defined or documented by a project-relative file. */
  byFile(file: string): GraphNode[] {
    return this.files().get(file.replaceAll('\\', '/').replace(/^\.\//, '')) ?? []
  }

  parentsOf(id: string): readonly string[] {
    return edgeList(this.parents, id)
  }

  childrenOf(id: string): readonly string[] {
    return edgeList(this.children, id)
  }

  /**
   * Breadth-first from `start` along one direction: the ids met at distance 1, 2, … `depth`. A node `follow`
   * refuses is neither listed nor walked through.
   */
  lineage(
    start: string,
    depth: number,
    direction: 'parents' | 'children',
    follow: (id: string) => boolean,
  ): string[][] {
    const levels: string[][] = []
    const seen = new Set([start])
    let frontier = [start]
    while (levels.length < depth && frontier.length > 0) {
      const next: string[] = []
      for (const id of frontier) {
        for (const neighbour of direction === 'parents' ? this.parentsOf(id) : this.childrenOf(id)) {
          if (seen.has(neighbour)) continue
          seen.add(neighbour)
          if (follow(neighbour)) next.push(neighbour)
        }
      }
      if (next.length > 0) levels.push(next)
      frontier = next
    }
    return levels
  }

  /** Data tests and unit tests that read the node (a relationships test counts for both its models). */
  testsOf(id: string): readonly string[] {
    return this.tests().get(id) ?? NONE
  }

  /** Owner of a group named in a node's config, from the manifest's `groups`. */
  group(name: string): GroupDef | undefined {
    return this.groups.get(name)
  }

  private names(): Map<string, GraphNode[]> {
    if (this.namesIndex) return this.namesIndex
    const index = new Map<string, GraphNode[]>()
    for (const node of this.nodes.values()) push(index, node.name, node)
    return (this.namesIndex = index)
  }

  private files(): Map<string, GraphNode[]> {
    if (this.filesIndex) return this.filesIndex
    const index = new Map<string, GraphNode[]>()
    for (const node of this.nodes.values()) {
      push(index, node.file, node)
      if (node.patchFile !== undefined && node.patchFile !== node.file) push(index, node.patchFile, node)
    }
    return (this.filesIndex = index)
  }

  private tests(): Map<string, string[]> {
    if (this.testsIndex) return this.testsIndex
    const index = new Map<string, string[]>()
    for (const node of this.nodes.values()) {
      if (node.kind !== 'test' && node.kind !== 'unit_test') continue
      for (const parent of this.parentsOf(node.id)) {
        if (!parent.startsWith('test.') && !parent.startsWith('unit_test.')) push(index, parent, node.id)
      }
    }
    return (this.testsIndex = index)
  }
}

function edgeList(lists: EdgeLists, id: string): readonly string[] {
  // `instanceof Map` narrows to Map<any, any>; the union says what it holds.
  if (lists instanceof Map) return (lists as ReadonlyMap<string, readonly string[]>).get(id) ?? NONE
  const list = Object.hasOwn(lists, id) ? (lists as Record<string, unknown>)[id] : undefined
  return stringList(list)
}

/** Reads manifest.json text (schema v10–v12) into a graph. Errors say how to regenerate the manifest. */
export function loadManifestGraph(text: string, source = 'manifest.json'): ManifestGraph {
  const { schemaVersion, json } = parseManifestJson(text, source)
  return buildGraph(json, schemaVersion)
}

/** Builds the graph from an already parsed manifest object (its schema version is checked). */
export function manifestGraphOf(json: unknown, source = 'manifest.json'): ManifestGraph {
  const checked = checkManifestEnvelope(json, source)
  return buildGraph(checked.json, checked.schemaVersion)
}

function buildGraph(json: Record<string, unknown>, schemaVersion: number): ManifestGraph {
  const nodes = new Map<string, GraphNode>()
  for (const collection of GRAPH_COLLECTIONS) {
    const entries = json[collection]
    if (!isRecord(entries)) continue
    for (const id in entries) {
      const node = readNode(id, entries[id])
      if (node) nodes.set(id, node)
    }
  }
  const { parents, children } = edgesOf(json, nodes)
  const metadata = isRecord(json.metadata) ? json.metadata : EMPTY
  return new ManifestGraph(
    schemaVersion,
    str(metadata.project_name),
    nodes,
    parents,
    children,
    groupsOf(json.groups),
    disabledOf(json.disabled),
    { macros: json.macros, docs: json.docs, groups: json.groups, disabled: json.disabled },
  )
}

function readNode(id: string, value: unknown): GraphNode | undefined {
  return isRecord(value) ? new ManifestEntry(id, value) : undefined
}

/** A node read from its manifest entry; columns and constraints are read when first asked for. */
class ManifestEntry implements GraphNode {
  readonly kind: NodeKind
  readonly name: string
  readonly packageName: string
  readonly file: string
  readonly patchFile?: string
  readonly description: string
  readonly tags: readonly string[]
  readonly meta: Readonly<Record<string, unknown>>
  readonly config: Readonly<Record<string, unknown>>
  readonly checksum?: string
  readonly materialized?: string
  readonly access?: string
  readonly group?: string
  readonly contractEnforced: boolean
  readonly version?: string
  readonly latestVersion?: string
  private columnDefs?: readonly ColumnDef[]
  private constraintDefs?: readonly ConstraintDef[]

  constructor(
    readonly id: string,
    readonly raw: Readonly<Record<string, unknown>>,
  ) {
    const config = isRecord(raw.config) ? raw.config : EMPTY
    const contract = isRecord(raw.contract)
      ? raw.contract
      : isRecord(config.contract)
        ? config.contract
        : EMPTY
    const checksum = isRecord(raw.checksum) ? str(raw.checksum.checksum) : undefined
    const patchPath = str(raw.patch_path)
    this.kind = str(raw.resource_type) ?? id.slice(0, id.indexOf('.'))
    this.name = str(raw.name) ?? id
    this.packageName = str(raw.package_name) ?? ''
    this.file = str(raw.original_file_path) ?? ''
    if (patchPath) this.patchFile = patchPath.replace(/^[^/]*:\/\//, '')
    this.description = str(raw.description) ?? ''
    this.tags = stringList(raw.tags ?? config.tags)
    this.meta = isRecord(raw.meta) ? raw.meta : isRecord(config.meta) ? config.meta : EMPTY
    this.config = config
    if (checksum) this.checksum = checksum
    this.materialized = str(config.materialized)
    this.access = str(raw.access) ?? str(config.access)
    this.group = str(raw.group) ?? str(config.group)
    this.contractEnforced = contract.enforced === true
    this.version = versionOf(raw.version)
    this.latestVersion = versionOf(raw.latest_version)
  }

  get columns(): readonly ColumnDef[] {
    return (this.columnDefs ??= columnsOf(this.raw.columns))
  }

  get constraints(): readonly ConstraintDef[] {
    return (this.constraintDefs ??= constraintsOf(this.raw.constraints))
  }

  /** Without `raw`: a node in a log or the audit bundle should not drag its whole manifest entry along. */
  toJSON(): Omit<GraphNode, 'raw'> {
    return {
      id: this.id,
      kind: this.kind,
      name: this.name,
      packageName: this.packageName,
      file: this.file,
      patchFile: this.patchFile,
      description: this.description,
      tags: this.tags,
      meta: this.meta,
      config: this.config,
      checksum: this.checksum,
      materialized: this.materialized,
      access: this.access,
      group: this.group,
      contractEnforced: this.contractEnforced,
      version: this.version,
      latestVersion: this.latestVersion,
      columns: this.columns,
      constraints: this.constraints,
    }
  }
}

function columnsOf(value: unknown): readonly ColumnDef[] {
  if (!isRecord(value)) return NONE
  const columns: ColumnDef[] = []
  for (const key in value) {
    const column = value[key]
    if (!isRecord(column)) continue
    columns.push({
      name: str(column.name) ?? key,
      dataType: str(column.data_type),
      constraints: constraintsOf(column.constraints),
    })
  }
  return columns
}

function constraintsOf(value: unknown): readonly ConstraintDef[] {
  if (!Array.isArray(value) || value.length === 0) return NONE
  const constraints: ConstraintDef[] = []
  for (const item of value) {
    if (!isRecord(item)) continue
    const type = str(item.type)
    if (type) constraints.push({ type, name: str(item.name), expression: str(item.expression) })
  }
  return constraints
}

/**
 * Edges from `parent_map`/`child_map` when dbt wrote them (looked up in place, not copied), else from each
 * node's `depends_on.nodes`.
 */
function edgesOf(
  json: Record<string, unknown>,
  nodes: ReadonlyMap<string, GraphNode>,
): { parents: EdgeLists; children: EdgeLists } {
  if (isRecord(json.parent_map) && isRecord(json.child_map)) {
    return { parents: json.parent_map, children: json.child_map }
  }
  const parents = new Map<string, readonly string[]>()
  for (const node of nodes.values()) {
    const dependsOn = isRecord(node.raw.depends_on) ? stringList(node.raw.depends_on.nodes) : NONE
    if (dependsOn.length > 0) parents.set(node.id, dependsOn)
  }
  const children = new Map<string, string[]>()
  for (const [child, list] of parents) for (const parent of list) push(children, parent, child)
  return { parents, children }
}

function groupsOf(value: unknown): Map<string, GroupDef> {
  const groups = new Map<string, GroupDef>()
  if (!isRecord(value)) return groups
  for (const key in value) {
    const group = value[key]
    if (!isRecord(group)) continue
    const name = str(group.name) ?? key
    const owner = isRecord(group.owner) ? group.owner : EMPTY
    groups.set(name, { name, ownerName: str(owner.name), ownerEmail: str(owner.email) })
  }
  return groups
}

function disabledOf(value: unknown): Set<string> {
  return new Set(isRecord(value) ? Object.keys(value) : [])
}

function versionOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  return str(value)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function stringList(value: unknown): readonly string[] {
  if (!Array.isArray(value) || value.length === 0) return NONE
  const items: unknown[] = value
  for (const item of items) if (typeof item !== 'string') return items.filter((x) => typeof x === 'string')
  return items as string[]
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
