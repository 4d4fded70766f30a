import {
  macroEntry,
  modelEntry,
  seedEntry,
  snapshotEntry,
  sourceEntry,
  type ColumnSpec,
  type Entry,
  type ModelSpec,
} from './manifest-entries.js'
import { designColumns, modelSql, pick, rng, skewed } from './project-shape.js'
import { unitTestEntry } from './semantic-entries.js'
import { addSemanticLayer, addTests } from './tests-and-semantic-layer.js'
import { GRAPH_COLLECTIONS } from '../src/project/graph.js'

/**
 * A deterministic dbt manifest (schema v12, dbt 1.12) of N graph nodes with the shape of a real project:
 * sources → staging → intermediate → marts by folder, skewed fan-out (a few hub models feed most of the
 * project), typed columns that carry downstream, generic tests on about half of the graph, contracts on
 * some marts, and a semantic layer with exposures. N counts what the graph loads and `parent_map` keys:
 * nodes, sources, exposures, metrics, semantic models, saved queries and unit tests.
 */

export type ManifestDoc = Entry & {
  nodes: Record<string, Entry>
  sources: Record<string, Entry>
  exposures: Record<string, Entry>
  metrics: Record<string, Entry>
  semantic_models: Record<string, Entry>
  saved_queries: Record<string, Entry>
  unit_tests: Record<string, Entry>
  groups: Record<string, Entry>
  macros: Record<string, Entry>
  disabled: Record<string, Entry[]>
  parent_map: Record<string, string[]>
  child_map: Record<string, string[]>
}

export interface ShapeCounts {
  total: number
  staging: number
  intermediate: number
  marts: number
  genericTests: number
  singularTests: number
  seeds: number
  snapshots: number
  sources: number
  unitTests: number
  semanticModels: number
  metrics: number
  exposures: number
  savedQueries: number
}

/** How N graph nodes split by resource type; tests take what is left (about half, as in real projects). */
export function plannedCounts(total: number): ShapeCounts {
  if (!Number.isInteger(total) || total < 200) throw new Error(`N must be an integer >= 200, got ${total}`)
  const share = (fraction: number, min: number): number => Math.max(min, Math.round(total * fraction))
  const models = share(0.38, 30)
  const counts = {
    total,
    staging: Math.round(models * 0.35),
    intermediate: Math.round(models * 0.3),
    marts: 0,
    singularTests: share(0.02, 2),
    seeds: share(0.01, 2),
    snapshots: share(0.01, 1),
    sources: share(0.06, 10),
    unitTests: share(0.01, 1),
    semanticModels: share(0.008, 2),
    metrics: share(0.015, 3),
    exposures: share(0.003, 1),
    savedQueries: share(0.002, 1),
    genericTests: 0,
  }
  counts.marts = models - counts.staging - counts.intermediate
  const others =
    models +
    counts.singularTests +
    counts.seeds +
    counts.snapshots +
    counts.sources +
    counts.unitTests +
    counts.semanticModels +
    counts.metrics +
    counts.exposures +
    counts.savedQueries
  counts.genericTests = total - others
  return counts
}

export interface GenerateOptions {
  nodes: number
  seed?: number
  project?: string
}

const SYSTEMS = [
  'stripe',
  'shopify',
  'salesforce',
  'hubspot',
  'zendesk',
  'netsuite',
  'segment',
  'google_ads',
].concat(['facebook_ads', 'app_db', 'jira', 'workday', 'braze', 'intercom', 'snowplow', 'adyen', 'klaviyo'])
const TABLES = ['customers', 'orders', 'payments', 'invoices', 'accounts', 'contacts', 'events', 'sessions']
  .concat(['subscriptions', 'products', 'refunds', 'tickets', 'campaigns', 'ad_spend', 'users', 'leads'])
  .concat(['opportunities', 'line_items', 'transactions', 'shipments'])
const DOMAINS = ['finance', 'marketing', 'sales', 'product', 'support', 'operations', 'people', 'growth']

export interface ModelInfo {
  name: string
  uniqueId: string
  layer: 'staging' | 'intermediate' | 'marts'
  folder: string
  entity: string
  columns: ColumnSpec[]
  contract: boolean
}

export function generateManifest(options: GenerateOptions): ManifestDoc {
  const project = options.project ?? 'analytics'
  const random = rng(options.seed ?? 1)
  const counts = plannedCounts(options.nodes)
  let clock = 1_790_000_000
  const origin = (file: string, patchFile?: string) => ({
    project,
    file,
    patchFile,
    createdAt: (clock += 0.013),
  })
  const used = new Set<string>()
  const unique = (base: string): string => {
    let name = base
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`
    used.add(name)
    return name
  }
  const doc = emptyManifest(project)

  const sources: { id: string; system: string; table: string; columns: ColumnSpec[] }[] = []
  for (let i = 0; i < counts.sources; i++) {
    const system = SYSTEMS[i % SYSTEMS.length] as string
    const table = unique(`${system}.${TABLES[Math.floor(i / SYSTEMS.length) % TABLES.length]}`).split(
      '.',
    )[1] as string
    const columns = designColumns(random, table, [], 6 + Math.floor(random() * 20))
    const file = `models/staging/${system}/_${system}__sources.yml`
    const entry = sourceEntry(system, table, columns, origin(file))
    doc.sources[entry.unique_id as string] = entry
    sources.push({ id: entry.unique_id as string, system, table, columns })
  }
  const seeds: string[] = []
  for (let i = 0; i < counts.seeds; i++) {
    const name = unique(`seed_${pick(random, TABLES)}_mapping`)
    doc.nodes[`seed.${project}.${name}`] = seedEntry(name, origin(`seeds/${name}.csv`))
    seeds.push(name)
  }
  const snapshots: string[] = []
  for (let i = 0; i < counts.snapshots; i++) {
    const source = sources[skewed(random, sources.length)] as (typeof sources)[number]
    const name = unique(`snap_${source.system}__${source.table}`)
    const entry = snapshotEntry(
      name,
      [source.system, source.table],
      source.id,
      origin(`snapshots/${name}.sql`),
    )
    doc.nodes[entry.unique_id as string] = entry
    snapshots.push(entry.unique_id as string)
  }

  const models: ModelInfo[] = []
  const byLayer: Record<ModelInfo['layer'], ModelInfo[]> = { staging: [], intermediate: [], marts: [] }
  const addModel = (info: ModelInfo, spec: Omit<ModelSpec, 'name' | 'uniqueId' | 'columns' | 'contract'>) => {
    const file = `models/${info.layer}/${info.folder}/${info.name}.sql`
    const patch = `models/${info.layer}/${info.folder}/_${info.folder}__models.yml`
    const full = {
      ...spec,
      name: info.name,
      uniqueId: info.uniqueId,
      columns: info.columns,
      contract: info.contract,
    }
    doc.nodes[info.uniqueId] = modelEntry(full, origin(file, patch))
    models.push(info)
    byLayer[info.layer].push(info)
  }
  for (let i = 0; i < counts.staging; i++) {
    const source = sources[i % sources.length] as (typeof sources)[number]
    const name = unique(`stg_${source.system}__${source.table}`)
    const columns = source.columns.map((column) => ({ ...column }))
    const refs: string[] = []
    const dependsOn = [source.id]
    if (random() < 0.1 && seeds.length > 0) {
      const seed = pick(random, seeds)
      refs.push(seed)
      dependsOn.push(`seed.${project}.${seed}`)
    }
    const info: ModelInfo = {
      name,
      uniqueId: `model.${project}.${name}`,
      layer: 'staging',
      folder: source.system,
      entity: source.table,
      columns,
      contract: false,
    }
    const rawCode = modelSql(columns, refs, [[source.system, source.table]])
    addModel(info, {
      description: `Cleaned ${source.system} ${source.table}.`,
      materialized: 'view',
      rawCode,
      refs,
      sources: [[source.system, source.table]],
      dependsOn,
      tags: ['staging'],
      access: 'protected',
      group: null,
      version: null,
      primaryKey: [columns[0]?.name ?? 'id'],
    })
  }
  const derived = (layer: 'intermediate' | 'marts', count: number): void => {
    for (let i = 0; i < count; i++) {
      const domain = DOMAINS[i % DOMAINS.length] as string
      const pools: [ModelInfo[], number][] =
        layer === 'intermediate'
          ? [
              [byLayer.staging, 0.7],
              [byLayer.intermediate, 0.3],
            ]
          : [
              [byLayer.intermediate, 0.6],
              [byLayer.staging, 0.25],
              [byLayer.marts, 0.15],
            ]
      const fanIn = layer === 'intermediate' ? 1 + Math.floor(random() * 4) : 1 + Math.floor(random() * 6)
      const parents = new Map<string, ModelInfo>()
      for (let p = 0; p < fanIn; p++) {
        const draw = random()
        const pool = (
          draw < (pools[0] as [ModelInfo[], number])[1]
            ? pools[0]
            : draw < 0.9
              ? pools[1]
              : (pools[2] ?? pools[1])
        ) as [ModelInfo[], number]
        const list = pool[0].length > 0 ? pool[0] : byLayer.staging
        const parent = list[skewed(random, list.length)] as ModelInfo
        parents.set(parent.uniqueId, parent)
      }
      const first = [...parents.values()][0] as ModelInfo
      const entity = random() < 0.5 ? first.entity : pick(random, TABLES)
      const prefix =
        layer === 'intermediate' ? `int_${domain}__${entity}` : `${random() < 0.6 ? 'fct' : 'dim'}_${entity}`
      const name = unique(prefix)
      const columns = designColumns(
        random,
        entity,
        [...parents.values()].flatMap((p) => p.columns),
        layer === 'marts' ? 8 + Math.floor(random() * 30) : 5 + Math.floor(random() * 25),
      )
      const contract = layer === 'marts' && random() < 0.2
      const version = contract && random() < 0.1 ? 1 : null
      const uniqueId = `model.${project}.${name}${version ? `.v${version}` : ''}`
      if (contract) (columns[0] as ColumnSpec).constraints = ['not_null']
      const refs = [...parents.values()].map((p) => p.name)
      const dependsOn = [...parents.keys()]
      if (layer === 'intermediate' && random() < 0.05 && snapshots.length > 0)
        dependsOn.push(pick(random, snapshots))
      const info: ModelInfo = { name, uniqueId, layer, folder: domain, entity, columns, contract }
      addModel(info, {
        description: `${layer === 'marts' ? 'One row per' : 'Joins'} ${entity} for ${domain}.`,
        materialized:
          layer === 'marts'
            ? random() < 0.2
              ? 'incremental'
              : 'table'
            : random() < 0.2
              ? 'ephemeral'
              : 'view',
        rawCode: modelSql(columns, refs, []),
        refs,
        sources: [],
        dependsOn,
        tags: [layer, domain],
        access: contract && random() < 0.5 ? 'public' : 'protected',
        group: layer === 'marts' ? domain : null,
        version,
        primaryKey: [columns[0]?.name ?? 'id'],
      })
    }
  }
  derived('intermediate', counts.intermediate)
  derived('marts', counts.marts)
  for (const domain of DOMAINS) {
    doc.groups[`group.${project}.${domain}`] = {
      name: domain,
      resource_type: 'group',
      package_name: project,
      path: `models/marts/${domain}/_groups.yml`,
      original_file_path: `models/marts/${domain}/_groups.yml`,
      unique_id: `group.${project}.${domain}`,
      owner: { email: `${domain}@example.com`, name: `${domain} team` },
      description: null,
      config: { meta: {} },
    }
  }

  addTests(doc, random, counts, models, origin)
  addSemanticLayer(doc, random, counts, byLayer.marts, origin)
  for (let i = 0; i < counts.unitTests; i++) {
    const model = models[(i * 7919) % models.length] as ModelInfo
    const entry = unitTestEntry(
      model,
      undefined,
      model.columns.slice(0, 3).map((c) => c.name),
      origin(`models/${model.layer}/${model.folder}/_${model.folder}__unit_tests.yml`),
    )
    doc.unit_tests[entry.unique_id as string] = entry
  }
  for (let i = 0; i < 500 + Math.floor(options.nodes / 100); i++) {
    const packageName = i < 380 ? 'dbt' : i < 500 ? 'dbt_duckdb' : project
    const entry = macroEntry(packageName, `macro_${i}`, (clock += 0.001))
    doc.macros[entry.unique_id as string] = entry
  }
  const retired = `model.${project}.legacy_orders_rollup`
  doc.disabled[retired] = [
    {
      ...(doc.nodes[(byLayer.marts[0] as ModelInfo).uniqueId] as Entry),
      name: 'legacy_orders_rollup',
      unique_id: retired,
      config: { enabled: false },
    },
  ]
  linkEdges(doc)
  return doc
}

function emptyManifest(project: string): ManifestDoc {
  return {
    metadata: {
      dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json',
      dbt_version: '1.12.0',
      generated_at: '2026-11-24T00:00:00.000000Z',
      invocation_id: '00000000-0000-4000-8000-000000000000',
      invocation_started_at: '2026-11-24T00:00:00.000000Z',
      env: {},
      project_name: project,
      project_id: '5f1e9c2b7a3d4e6f8091a2b3c4d5e6f7',
      user_id: null,
      send_anonymous_usage_stats: false,
      adapter_type: 'duckdb',
      quoting: { database: true, schema: true, identifier: true, column: null },
      run_started_at: '2026-11-24T00:00:00.000000+00:00',
    },
    nodes: {},
    sources: {},
    macros: {},
    docs: {},
    exposures: {},
    metrics: {},
    groups: {},
    selectors: {},
    disabled: {},
    parent_map: {},
    child_map: {},
    group_map: {},
    saved_queries: {},
    semantic_models: {},
    unit_tests: {},
    functions: {},
  }
}

/** `parent_map`/`child_map` from every graph node's `depends_on.nodes`, sorted as dbt writes them. */
export function linkEdges(doc: ManifestDoc): void {
  const parents: Record<string, string[]> = {}
  const children: Record<string, string[]> = {}
  for (const collection of GRAPH_COLLECTIONS) {
    for (const id in doc[collection]) {
      parents[id] = []
      children[id] = []
    }
  }
  for (const collection of GRAPH_COLLECTIONS) {
    for (const [id, entry] of Object.entries(doc[collection])) {
      const dependsOn = (entry.depends_on as { nodes?: string[] } | undefined)?.nodes ?? []
      for (const parent of new Set(dependsOn)) {
        if (!(parent in parents)) continue
        ;(parents[id] as string[]).push(parent)
        ;(children[parent] as string[]).push(id)
      }
    }
  }
  for (const list of Object.values(parents)) list.sort()
  for (const list of Object.values(children)) list.sort()
  doc.parent_map = parents
  doc.child_map = children
}
