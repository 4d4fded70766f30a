/** Small hand-made manifests in dbt's v12 shape, for unit tests of the graph, impact and contracts. */

export interface ColumnSpec {
  type?: string
  constraints?: string[]
}

export interface ModelSpec {
  sql?: string
  file?: string
  dependsOn?: string[]
  columns?: Record<string, ColumnSpec>
  contract?: boolean
  materialized?: string
  access?: 'public' | 'protected' | 'private'
  group?: string
  version?: number
  latestVersion?: number
  tags?: string[]
  meta?: Record<string, unknown>
  modelConstraints?: { type: string; columns?: string[] }[]
}

export type Entries = Record<string, Record<string, unknown>>

export function model(name: string, spec: ModelSpec = {}): [string, Record<string, unknown>] {
  const id = `model.shop.${name}${spec.version === undefined ? '' : `.v${spec.version}`}`
  const file = spec.file ?? `models/marts/${name}${spec.version === undefined ? '' : `_v${spec.version}`}.sql`
  const columns: Record<string, unknown> = {}
  for (const [column, def] of Object.entries(spec.columns ?? {})) {
    columns[column] = {
      name: column,
      data_type: def.type ?? null,
      constraints: (def.constraints ?? []).map((type) => ({ type, name: null, expression: null })),
    }
  }
  return [
    id,
    {
      unique_id: id,
      resource_type: 'model',
      name,
      package_name: 'shop',
      original_file_path: file,
      patch_path: `shop://${file.replace(/[^/]+$/, '_models.yml')}`,
      description: '',
      tags: spec.tags ?? [],
      meta: spec.meta ?? {},
      checksum: { name: 'sha256', checksum: `sha-${spec.sql ?? name}` },
      config: {
        enabled: true,
        materialized: spec.materialized ?? 'table',
        access: spec.access ?? 'protected',
        group: spec.group ?? null,
        contract: { enforced: spec.contract ?? false, alias_types: true },
        tags: spec.tags ?? [],
        meta: spec.meta ?? {},
      },
      contract: { enforced: spec.contract ?? false, alias_types: true, checksum: null },
      access: spec.access ?? 'protected',
      group: spec.group ?? null,
      version: spec.version ?? null,
      latest_version: spec.latestVersion ?? null,
      columns,
      constraints: (spec.modelConstraints ?? []).map((c) => ({ type: c.type, columns: c.columns ?? [] })),
      depends_on: { macros: [], nodes: spec.dependsOn ?? [] },
    },
  ]
}

export function test(name: string, dependsOn: string[]): [string, Record<string, unknown>] {
  const id = `test.shop.${name}`
  return [
    id,
    {
      unique_id: id,
      resource_type: 'test',
      name,
      package_name: 'shop',
      original_file_path: 'models/marts/_models.yml',
      checksum: { name: 'none', checksum: '' },
      config: { enabled: true, severity: 'ERROR' },
      depends_on: { macros: [], nodes: dependsOn },
    },
  ]
}

export function yamlNode(
  kind: 'exposure' | 'metric' | 'semantic_model' | 'saved_query' | 'source',
  name: string,
  fields: Record<string, unknown> & { dependsOn?: string[] },
): [string, Record<string, unknown>] {
  const { dependsOn, ...rest } = fields
  const id = kind === 'source' ? `source.shop.raw.${name}` : `${kind}.shop.${name}`
  return [
    id,
    {
      unique_id: id,
      resource_type: kind,
      name,
      package_name: 'shop',
      original_file_path: 'models/marts/_semantic.yml',
      config: { enabled: true },
      depends_on: { macros: [], nodes: dependsOn ?? [] },
      ...rest,
    },
  ]
}

export function macro(
  name: string,
  sql: string,
  calls: string[] = [],
  packageName = 'shop',
): [string, Record<string, unknown>] {
  const id = `macro.${packageName}.${name}`
  return [
    id,
    {
      unique_id: id,
      name,
      resource_type: 'macro',
      package_name: packageName,
      macro_sql: sql,
      depends_on: { macros: calls },
    },
  ]
}

/** The entry with fields replaced or added (raw_code, unrendered_config, fqn, …). */
export function withFields(
  [id, entry]: [string, Record<string, unknown>],
  fields: Record<string, unknown>,
): [string, Record<string, unknown>] {
  return [id, { ...entry, ...fields }]
}

export interface ManifestParts {
  nodes?: [string, Record<string, unknown>][]
  sources?: [string, Record<string, unknown>][]
  exposures?: [string, Record<string, unknown>][]
  metrics?: [string, Record<string, unknown>][]
  semanticModels?: [string, Record<string, unknown>][]
  savedQueries?: [string, Record<string, unknown>][]
  macros?: [string, Record<string, unknown>][]
  groups?: Record<string, { name: string; owner: { name?: string; email?: string } }>
  disabled?: string[]
  /** Write dbt's parent_map/child_map (true) or leave them out so the graph falls back to depends_on. */
  maps?: boolean
  version?: number
}

export function manifest(parts: ManifestParts): Record<string, unknown> {
  const collections: Record<string, Entries> = {
    nodes: Object.fromEntries(parts.nodes ?? []),
    sources: Object.fromEntries(parts.sources ?? []),
    exposures: Object.fromEntries(parts.exposures ?? []),
    metrics: Object.fromEntries(parts.metrics ?? []),
    semantic_models: Object.fromEntries(parts.semanticModels ?? []),
    saved_queries: Object.fromEntries(parts.savedQueries ?? []),
  }
  const json: Record<string, unknown> = {
    metadata: {
      dbt_schema_version: `https://schemas.getdbt.com/dbt/manifest/v${parts.version ?? 12}.json`,
      project_name: 'shop',
    },
    ...collections,
    macros: Object.fromEntries(parts.macros ?? []),
    docs: {},
    groups: parts.groups ?? {},
    disabled: Object.fromEntries((parts.disabled ?? []).map((id) => [id, [{ unique_id: id }]])),
    unit_tests: {},
  }
  if (parts.maps ?? true) {
    const parentMap: Record<string, string[]> = {}
    const childMap: Record<string, string[]> = {}
    for (const entries of Object.values(collections)) {
      for (const [id, node] of Object.entries(entries)) {
        parentMap[id] = [...((node.depends_on as { nodes: string[] } | undefined)?.nodes ?? [])]
        childMap[id] ??= []
      }
    }
    for (const [child, parents] of Object.entries(parentMap)) {
      for (const parent of parents) (childMap[parent] ??= []).push(child)
    }
    json.parent_map = parentMap
    json.child_map = childMap
  }
  return json
}
