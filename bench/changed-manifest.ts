import { columnsEntry, modelEntry, sha256, type ColumnSpec, type Entry } from './manifest-entries.js'
import { linkEdges, type ManifestDoc } from './synthetic-manifest.js'

/** What `deriveChangedManifest` did, so a test or the benchmark can check what impact analysis finds. */
export interface SyntheticChange {
  /** Models whose SQL changed (checksum differs). */
  modified: string[]
  /** A column dropped from a model with an enforced contract: a breaking change by dbt's rules. */
  removedColumn: { model: string; column: string }
  /** A new mart reading the busiest staging model. */
  added: string
  /** Generic tests on the removed column, gone with it. */
  removedTests: string[]
}

/**
 * The manifest a typical ticket's branch produces: a few models edited across the layers (one of them the
 * busiest staging model, so the change reaches far downstream), a column removed from a contracted mart,
 * and one new mart. Unchanged entries are shared with `base`, which is not modified.
 */
export function deriveChangedManifest(base: ManifestDoc): { manifest: ManifestDoc; change: SyntheticChange } {
  const nodes: Record<string, Entry> = { ...base.nodes }
  const models = Object.values(base.nodes).filter((entry) => entry.resource_type === 'model')
  const layer = (name: string) =>
    models.filter((m) => (m.original_file_path as string).startsWith(`models/${name}/`))
  const staging = layer('staging')
  const busiest = staging.reduce((best, model) =>
    (base.child_map[model.unique_id as string]?.length ?? 0) >
    (base.child_map[best.unique_id as string]?.length ?? 0)
      ? model
      : best,
  )
  const picks = [busiest, ...layer('intermediate').slice(1, 3), ...layer('marts').slice(1, 3)]
  const modified: string[] = []
  for (const model of picks) {
    const rawCode = `${model.raw_code as string}-- reviewed: filter test accounts\n`
    nodes[model.unique_id as string] = {
      ...model,
      raw_code: rawCode,
      checksum: { name: 'sha256', checksum: sha256(rawCode) },
    }
    modified.push(model.unique_id as string)
  }

  const contracted = layer('marts').find(
    (m) =>
      (m.config as { contract: { enforced: boolean } }).contract.enforced &&
      m.version === null &&
      !modified.includes(m.unique_id as string),
  )
  if (!contracted) throw new Error('the synthetic project has no unversioned contracted mart; use N >= 200')
  const columns = Object.values(contracted.columns as Record<string, Entry>)
  const dropped = columns[columns.length - 1] as Entry
  const kept = columns.slice(0, -1).map((c): ColumnSpec => ({
    name: c.name as string,
    type: c.data_type as string,
    description: c.description as string,
    constraints: (c.constraints as { type: string }[]).map((x) => x.type),
  }))
  const rawCode = (contracted.raw_code as string).replace(
    new RegExp(`,\\n[^\\n]*\\.${dropped.name as string}\\n`),
    '\n',
  )
  nodes[contracted.unique_id as string] = {
    ...contracted,
    columns: columnsEntry(kept),
    raw_code: rawCode,
    checksum: { name: 'sha256', checksum: sha256(rawCode) },
  }
  const removedTests: string[] = []
  for (const [id, entry] of Object.entries(base.nodes)) {
    if (entry.attached_node === contracted.unique_id && entry.column_name === dropped.name) {
      delete nodes[id]
      removedTests.push(id)
    }
  }

  const hub = busiest.name as string
  const addedName = `fct_${hub.replace(/^stg_/, '')}_daily`
  const added = `model.${busiest.package_name as string}.${addedName}`
  const addedColumns: ColumnSpec[] = [
    { name: 'activity_date', type: 'date', description: 'Day of activity.', constraints: [] },
    { name: 'row_count', type: 'integer', description: 'Rows that day.', constraints: [] },
  ]
  nodes[added] = modelEntry(
    {
      name: addedName,
      uniqueId: added,
      description: `Daily activity from ${hub}.`,
      materialized: 'table',
      columns: addedColumns,
      rawCode: `select date_trunc('day', created_at) as activity_date, count(*) as row_count\nfrom {{ ref('${hub}') }}\ngroup by 1\n`,
      refs: [hub],
      sources: [],
      dependsOn: [busiest.unique_id as string],
      tags: ['marts'],
      contract: false,
      access: 'protected',
      group: null,
      version: null,
      primaryKey: ['activity_date'],
    },
    {
      project: busiest.package_name as string,
      file: `models/marts/growth/${addedName}.sql`,
      patchFile: 'models/marts/growth/_growth__models.yml',
      createdAt: 1_800_000_000,
    },
  )
  const manifest: ManifestDoc = { ...base, nodes, parent_map: {}, child_map: {} }
  linkEdges(manifest)
  return {
    manifest,
    change: {
      modified,
      removedColumn: { model: contracted.unique_id as string, column: dropped.name as string },
      added,
      removedTests,
    },
  }
}
