import type { Entry, Json, Origin } from './manifest-entries.js'

/** Semantic-layer, exposure and unit-test entries in dbt 1.12's manifest shape (see `manifest-entries.ts`). */

function yamlNode(origin: Origin, resourceType: string, name: string): Entry {
  const pathInFolder = origin.file.split('/').slice(1).join('/')
  return {
    name,
    resource_type: resourceType,
    package_name: origin.project,
    path: pathInFolder,
    original_file_path: origin.file,
    unique_id: `${resourceType}.${origin.project}.${name}`,
    fqn: [origin.project, ...pathInFolder.split('/').slice(0, -1), name],
  }
}

export interface SemanticModelSpec {
  name: string
  model: { name: string; uniqueId: string }
  primaryKey: string
  foreignKeys: readonly string[]
  measures: readonly { name: string; agg: string; expr: string }[]
  timeDimension: string
  categorical: readonly string[]
}

export function semanticModelEntry(spec: SemanticModelSpec, origin: Origin): Entry {
  const entity = (name: string, type: string, expr: string): Entry => ({
    name,
    type,
    description: null,
    label: null,
    role: null,
    expr,
    config: { meta: {} },
  })
  const dimension = (name: string, time: boolean): Entry => ({
    name,
    type: time ? 'time' : 'categorical',
    description: null,
    label: null,
    is_partition: false,
    type_params: time ? { time_granularity: 'day', validity_params: null } : null,
    expr: null,
    metadata: null,
    config: { meta: {} },
  })
  return {
    ...yamlNode(origin, 'semantic_model', spec.name),
    model: `ref('${spec.model.name}')`,
    node_relation: {
      alias: spec.model.name,
      schema_name: 'analytics',
      database: 'analytics',
      relation_name: `"analytics"."analytics"."${spec.model.name}"`,
    },
    description: `${spec.model.name} for the semantic layer.`,
    label: null,
    defaults: { agg_time_dimension: spec.timeDimension },
    entities: [
      entity(spec.primaryKey.replace(/_id$/, ''), 'primary', spec.primaryKey),
      ...spec.foreignKeys.map((key) => entity(key.replace(/_id$/, ''), 'foreign', key)),
    ],
    measures: spec.measures.map((measure) => ({
      name: measure.name,
      agg: measure.agg,
      description: null,
      label: null,
      create_metric: false,
      expr: measure.expr,
      agg_params: null,
      non_additive_dimension: null,
      agg_time_dimension: null,
      config: { meta: {} },
    })),
    dimensions: [
      dimension(spec.timeDimension, true),
      ...spec.categorical.map((name) => dimension(name, false)),
    ],
    metadata: null,
    depends_on: { macros: [], nodes: [spec.model.uniqueId] },
    refs: [{ name: spec.model.name, package: null, version: null }],
    created_at: origin.createdAt,
    config: { enabled: true, group: null, meta: {} },
    unrendered_config: {},
    primary_entity: null,
    group: null,
  }
}

function measureInput(name: string): Entry {
  return { name, filter: null, alias: null, join_to_timespine: false, fill_nulls_with: null }
}

/** A simple metric over one measure of a semantic model, or a derived metric over other metrics. */
export function metricEntry(
  name: string,
  input: { measure: string; semanticModelId: string } | { metrics: readonly { name: string; id: string }[] },
  origin: Origin,
): Entry {
  const simple = 'measure' in input
  const typeParams: Entry = {
    measure: simple ? measureInput(input.measure) : null,
    input_measures: simple ? [measureInput(input.measure)] : [],
    numerator: null,
    denominator: null,
    expr: simple ? null : input.metrics.map((metric) => metric.name).join(' + '),
    window: null,
    grain_to_date: null,
    metrics: simple
      ? []
      : input.metrics.map((metric) => ({
          name: metric.name,
          filter: null,
          alias: null,
          offset_window: null,
        })),
    conversion_type_params: null,
    cumulative_type_params: null,
    metric_aggregation_params: null,
    fill_nulls_with: null,
    join_to_timespine: false,
    is_private: null,
  }
  return {
    ...yamlNode(origin, 'metric', name),
    description: `${name.replaceAll('_', ' ')}.`,
    label: name,
    type: simple ? 'simple' : 'derived',
    type_params: typeParams,
    filter: null,
    metadata: null,
    time_granularity: null,
    config: { enabled: true, group: null, meta: {} },
    unrendered_config: {},
    sources: [],
    depends_on: {
      macros: [],
      nodes: simple ? [input.semanticModelId] : input.metrics.map((metric) => metric.id),
    },
    refs: [],
    metrics: simple ? [] : input.metrics.map((metric) => [metric.name]),
    created_at: origin.createdAt,
    group: null,
    meta: {},
    tags: [],
  }
}

export function exposureEntry(
  name: string,
  owner: { name: string; email: string },
  models: readonly { name: string; uniqueId: string }[],
  metrics: readonly { name: string; id: string }[],
  origin: Origin,
): Entry {
  return {
    ...yamlNode(origin, 'exposure', name),
    type: 'dashboard',
    owner,
    description: `${name.replaceAll('_', ' ')}, reviewed weekly.`,
    label: name,
    maturity: 'medium',
    meta: {},
    tags: [],
    config: { enabled: true, tags: [], meta: {} },
    unrendered_config: {},
    url: `https://bi.example.com/dashboards/${name}`,
    depends_on: { macros: [], nodes: [...models.map((m) => m.uniqueId), ...metrics.map((m) => m.id)] },
    refs: models.map((m) => ({ name: m.name, package: null, version: null })),
    sources: [],
    metrics: metrics.map((m) => [m.name]),
    created_at: origin.createdAt,
  }
}

export function savedQueryEntry(
  name: string,
  metrics: readonly { name: string; id: string }[],
  origin: Origin,
): Entry {
  return {
    ...yamlNode(origin, 'saved_query', name),
    query_params: {
      metrics: metrics.map((m) => m.name),
      group_by: ["TimeDimension('metric_time', 'week')"],
      where: null,
      order_by: [],
      limit: null,
    },
    exports: [
      {
        name,
        config: { export_as: 'table', schema_name: 'exports', alias: name, database: null },
        unrendered_config: {},
      },
    ],
    description: null,
    label: null,
    metadata: null,
    config: {
      enabled: true,
      group: null,
      meta: {},
      export_as: null,
      schema: null,
      cache: { enabled: false },
    },
    unrendered_config: {},
    group: null,
    depends_on: { macros: [], nodes: metrics.map((m) => m.id) },
    created_at: origin.createdAt,
    refs: [],
    tags: [],
  }
}

export function unitTestEntry(
  model: { name: string; uniqueId: string },
  parent: { name: string } | undefined,
  columns: readonly string[],
  origin: Origin,
): Entry {
  const name = `test_${model.name}_logic`
  const row = Object.fromEntries(columns.map((column, i) => [column, i])) as { [key: string]: Json }
  return {
    model: model.name,
    given: parent ? [{ input: `ref('${parent.name}')`, rows: [row], format: 'dict', fixture: null }] : [],
    expect: { rows: [row], format: 'dict', fixture: null },
    name,
    resource_type: 'unit_test',
    package_name: origin.project,
    path: origin.file.split('/').slice(1).join('/'),
    original_file_path: origin.file,
    unique_id: `unit_test.${origin.project}.${model.name}.${name}`,
    fqn: [origin.project, model.name, name],
    description: `Checks the logic of ${model.name} on one row.`,
    overrides: null,
    depends_on: { macros: [], nodes: [model.uniqueId] },
    config: { tags: [], meta: {}, enabled: true },
    checksum: null,
    schema: 'analytics',
    created_at: origin.createdAt,
    versions: null,
    version: null,
  }
}
