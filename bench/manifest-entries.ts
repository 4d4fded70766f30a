import { createHash } from 'node:crypto'

/**
 * Manifest entries in the shape dbt 1.12 writes them (`dbt parse`, schema v12), field for field as in
 * `examples/shop`'s own manifest, so a synthetic file has the size and key layout of a real one.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type Entry = { [key: string]: Json }

export interface ColumnSpec {
  name: string
  type: string
  description: string
  constraints: string[]
}

export interface Origin {
  project: string
  /** Path under the project, e.g. `models/staging/stripe/stg_stripe__payments.sql`. */
  file: string
  /** Properties YAML that documents the node, project-relative. */
  patchFile?: string
  createdAt: number
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function constraint(type: string): Entry {
  const entry: Entry = { type, name: null, expression: null, warn_unenforced: true, warn_unsupported: true }
  entry.to = null
  entry.to_columns = []
  return entry
}

export function columnsEntry(columns: readonly ColumnSpec[]): Entry {
  const entry: Entry = {}
  for (const column of columns) {
    entry[column.name] = {
      name: column.name,
      description: column.description,
      meta: {},
      data_type: column.type,
      constraints: column.constraints.map(constraint),
      quote: null,
      config: { meta: {}, tags: [] },
      tags: [],
      granularity: null,
      dimension: null,
      entity: null,
      doc_blocks: [],
    }
  }
  return entry
}

function nodeConfig(materialized: string, extra: Entry = {}): Entry {
  return {
    enabled: true,
    alias: null,
    schema: null,
    database: null,
    tags: [],
    meta: {},
    group: null,
    static_analysis: null,
    materialized,
    incremental_strategy: null,
    batch_size: null,
    lookback: 1,
    begin: null,
    persist_docs: {},
    'post-hook': [],
    'pre-hook': [],
    quoting: {},
    column_types: {},
    full_refresh: null,
    unique_key: null,
    on_schema_change: 'ignore',
    on_configuration_change: 'apply',
    grants: {},
    packages: [],
    docs: { show: true, node_color: null },
    contract: { enforced: false, alias_types: true },
    event_time: null,
    concurrent_batches: null,
    ...extra,
  }
}

function common(origin: Origin, resourceType: string, name: string, uniqueId: string, schema: string): Entry {
  const pathInFolder = origin.file.split('/').slice(1).join('/')
  return {
    database: 'analytics',
    schema,
    name,
    resource_type: resourceType,
    package_name: origin.project,
    path: pathInFolder,
    original_file_path: origin.file,
    unique_id: uniqueId,
    fqn: [origin.project, ...pathInFolder.split('/').slice(0, -1), name],
    alias: name,
  }
}

export interface ModelSpec {
  name: string
  uniqueId: string
  description: string
  materialized: string
  columns: readonly ColumnSpec[]
  rawCode: string
  refs: readonly string[]
  sources: readonly [string, string][]
  dependsOn: readonly string[]
  tags: readonly string[]
  contract: boolean
  access: 'public' | 'protected' | 'private'
  group: string | null
  version: number | null
  primaryKey: readonly string[]
}

export function modelEntry(spec: ModelSpec, origin: Origin): Entry {
  const contract = { enforced: spec.contract, alias_types: true }
  return {
    ...common(origin, 'model', spec.name, spec.uniqueId, 'analytics'),
    checksum: { name: 'sha256', checksum: sha256(spec.rawCode) },
    config: nodeConfig(spec.materialized, {
      tags: [...spec.tags],
      group: spec.group,
      contract,
      access: spec.access,
      freshness: null,
      on_error: null,
      latest_version_pointer: { enabled: null, alias: null },
    }),
    tags: [...spec.tags],
    description: spec.description,
    columns: columnsEntry(spec.columns),
    meta: {},
    group: spec.group,
    docs: { show: true, node_color: null },
    patch_path: origin.patchFile ? `${origin.project}://${origin.patchFile}` : null,
    build_path: null,
    unrendered_config: {
      materialized: spec.materialized,
      ...(spec.contract ? { contract: { enforced: true } } : {}),
    },
    created_at: origin.createdAt,
    relation_name: `"analytics"."analytics"."${spec.name}"`,
    raw_code: spec.rawCode,
    doc_blocks: [],
    language: 'sql',
    refs: spec.refs.map((name) => ({ name, package: null, version: null })),
    sources: spec.sources.map(([source, table]) => [source, table]),
    metrics: [],
    functions: [],
    depends_on: { macros: [], nodes: [...spec.dependsOn] },
    compiled_path: null,
    contract: { ...contract, checksum: spec.contract ? sha256(JSON.stringify(spec.columns)) : null },
    access: spec.access,
    constraints: [],
    version: spec.version,
    latest_version: spec.version,
    deprecation_date: null,
    primary_key: [...spec.primaryKey],
    time_spine: null,
  }
}

export interface GenericTestSpec {
  kind: 'not_null' | 'unique' | 'accepted_values' | 'relationships'
  model: { name: string; uniqueId: string }
  column: string
  /** The `to` model of a relationships test. */
  to?: { name: string; uniqueId: string; field: string }
  values?: readonly string[]
  hash: string
}

export function genericTestEntry(spec: GenericTestSpec, origin: Origin): { id: string; entry: Entry } {
  const name = `${spec.kind}_${spec.model.name}_${spec.column}${spec.to ? `__${spec.to.field}__ref_${spec.to.name}_` : ''}`
  const id = `test.${origin.project}.${name}.${spec.hash}`
  const kwargs: Entry = {
    column_name: spec.column,
    model: `{{ get_where_subquery(ref('${spec.model.name}')) }}`,
  }
  if (spec.to) Object.assign(kwargs, { to: `ref('${spec.to.name}')`, field: spec.to.field })
  if (spec.values) kwargs.values = [...spec.values]
  const dependsOn = spec.to ? [spec.to.uniqueId, spec.model.uniqueId] : [spec.model.uniqueId]
  const entry: Entry = {
    ...common(
      { ...origin, file: `${origin.file.split('/')[0]}/${name}.sql` },
      'test',
      name,
      id,
      'dbt_test__audit',
    ),
    original_file_path: origin.file,
    checksum: { name: 'none', checksum: '' },
    config: testConfig(),
    tags: [],
    description: '',
    columns: {},
    meta: {},
    group: null,
    docs: { show: true, node_color: null },
    patch_path: null,
    build_path: null,
    unrendered_config: {},
    created_at: origin.createdAt,
    relation_name: null,
    raw_code: `{{ test_${spec.kind}(**_dbt_generic_test_kwargs) }}`,
    doc_blocks: [],
    language: 'sql',
    refs: (spec.to ? [spec.to.name, spec.model.name] : [spec.model.name]).map((n) => ({
      name: n,
      package: null,
      version: null,
    })),
    sources: [],
    metrics: [],
    functions: [],
    depends_on: { macros: [`macro.dbt.test_${spec.kind}`, 'macro.dbt.get_where_subquery'], nodes: dependsOn },
    compiled_path: null,
    contract: { enforced: false, alias_types: true, checksum: null },
    column_name: spec.column,
    file_key_name: `models.${spec.model.name}`,
    attached_node: spec.model.uniqueId,
    test_metadata: { name: spec.kind, kwargs, namespace: null },
  }
  return { id, entry }
}

function testConfig(): Entry {
  return {
    enabled: true,
    alias: null,
    schema: 'dbt_test__audit',
    database: null,
    tags: [],
    meta: {},
    group: null,
    static_analysis: null,
    materialized: 'test',
    severity: 'ERROR',
    store_failures: null,
    store_failures_as: null,
    sql_header: null,
    where: null,
    limit: null,
    fail_calc: 'count(*)',
    warn_if: '!= 0',
    error_if: '!= 0',
  }
}

export function singularTestEntry(
  name: string,
  model: { name: string; uniqueId: string },
  origin: Origin,
): Entry {
  const rawCode = `-- Fails when ${model.name} has rows that break the rule.\nselect *\nfrom {{ ref('${model.name}') }}\nwhere 1 = 0`
  return {
    ...common(origin, 'test', name, `test.${origin.project}.${name}`, 'dbt_test__audit'),
    checksum: { name: 'sha256', checksum: sha256(rawCode) },
    config: testConfig(),
    tags: [],
    description: '',
    columns: {},
    meta: {},
    group: null,
    docs: { show: true, node_color: null },
    patch_path: null,
    build_path: null,
    unrendered_config: {},
    created_at: origin.createdAt,
    relation_name: null,
    raw_code: rawCode,
    doc_blocks: [],
    language: 'sql',
    refs: [{ name: model.name, package: null, version: null }],
    sources: [],
    metrics: [],
    functions: [],
    depends_on: { macros: [], nodes: [model.uniqueId] },
    compiled_path: null,
    contract: { enforced: false, alias_types: true, checksum: null },
  }
}

export function seedEntry(name: string, origin: Origin): Entry {
  return {
    ...common(origin, 'seed', name, `seed.${origin.project}.${name}`, 'analytics_raw'),
    checksum: { name: 'sha256', checksum: sha256(name) },
    config: nodeConfig('seed', { schema: 'raw', delimiter: ',', quote_columns: null }),
    tags: [],
    description: '',
    columns: {},
    meta: {},
    group: null,
    docs: { show: true, node_color: null },
    patch_path: null,
    build_path: null,
    unrendered_config: { schema: 'raw' },
    created_at: origin.createdAt,
    relation_name: `"analytics"."analytics_raw"."${name}"`,
    raw_code: '',
    doc_blocks: [],
    root_path: '/home/runner/work/analytics/analytics',
    depends_on: { macros: [] },
  }
}

export function snapshotEntry(
  name: string,
  source: [string, string],
  sourceId: string,
  origin: Origin,
): Entry {
  const rawCode = `{% snapshot ${name} %}\n{{ config(unique_key='id', strategy='timestamp', updated_at='updated_at') }}\nselect * from {{ source('${source[0]}', '${source[1]}') }}\n{% endsnapshot %}`
  return {
    ...common(origin, 'snapshot', name, `snapshot.${origin.project}.${name}`, 'snapshots'),
    checksum: { name: 'sha256', checksum: sha256(rawCode) },
    config: nodeConfig('snapshot', { unique_key: 'id', strategy: 'timestamp', updated_at: 'updated_at' }),
    tags: [],
    description: '',
    columns: {},
    meta: {},
    group: null,
    docs: { show: true, node_color: null },
    patch_path: null,
    build_path: null,
    unrendered_config: { unique_key: 'id', strategy: 'timestamp', updated_at: 'updated_at' },
    created_at: origin.createdAt,
    relation_name: `"analytics"."snapshots"."${name}"`,
    raw_code: rawCode,
    doc_blocks: [],
    language: 'sql',
    refs: [],
    sources: [[source[0], source[1]]],
    metrics: [],
    functions: [],
    depends_on: { macros: [], nodes: [sourceId] },
    compiled_path: null,
    contract: { enforced: false, alias_types: true, checksum: null },
  }
}

export function sourceEntry(
  system: string,
  table: string,
  columns: readonly ColumnSpec[],
  origin: Origin,
): Entry {
  const id = `source.${origin.project}.${system}.${table}`
  const freshness = {
    warn_after: { count: 24, period: 'hour' },
    error_after: { count: null, period: null },
    filter: null,
  }
  return {
    database: 'raw',
    schema: system,
    name: table,
    resource_type: 'source',
    package_name: origin.project,
    path: origin.file,
    original_file_path: origin.file,
    unique_id: id,
    fqn: [origin.project, 'staging', system, system, table],
    source_name: system,
    source_description: `Raw ${system} data as the loader lands it.`,
    loader: 'fivetran',
    identifier: table,
    quoting: { database: null, schema: null, identifier: null, column: null },
    loaded_at_field: '_fivetran_synced',
    loaded_at_query: null,
    freshness,
    external: null,
    description: `One row per ${table.replace(/s$/, '')} in ${system}.`,
    columns: columnsEntry(columns),
    meta: {},
    source_meta: {},
    tags: [],
    config: {
      enabled: true,
      event_time: null,
      freshness,
      loaded_at_field: null,
      loaded_at_query: null,
      meta: {},
      tags: [],
    },
    patch_path: null,
    unrendered_config: {},
    relation_name: `"raw"."${system}"."${table}"`,
    created_at: origin.createdAt,
    unrendered_database: null,
    unrendered_schema: null,
    doc_blocks: [],
  }
}

export function macroEntry(packageName: string, name: string, createdAt: number): Entry {
  const sql = `{% macro ${name}(relation, column_name) -%}\n  {{ return(adapter.dispatch('${name}', '${packageName}')(relation, column_name)) }}\n{%- endmacro %}\n\n{% macro default__${name}(relation, column_name) -%}\n  select {{ column_name }} from {{ relation }} where {{ column_name }} is not null\n{%- endmacro %}`
  return {
    name,
    resource_type: 'macro',
    package_name: packageName,
    path: `macros/${name}.sql`,
    original_file_path: `macros/${name}.sql`,
    unique_id: `macro.${packageName}.${name}`,
    macro_sql: sql,
    depends_on: { macros: [`macro.${packageName}.default__${name}`] },
    description: '',
    meta: {},
    docs: { show: true, node_color: null },
    patch_path: null,
    arguments: [],
    created_at: createdAt,
    supported_languages: null,
  }
}
