import {
  genericTestEntry,
  singularTestEntry,
  type ColumnSpec,
  type GenericTestSpec,
} from './manifest-entries.js'
import { pick, skewed, type Random } from './project-shape.js'
import { exposureEntry, metricEntry, savedQueryEntry, semanticModelEntry } from './semantic-entries.js'
import type { ManifestDoc, ModelInfo, ShapeCounts } from './synthetic-manifest.js'

/** The synthetic project's tests and semantic layer, added once its models exist. */

type OriginOf = (file: string) => { project: string; file: string; createdAt: number }

export function addTests(
  doc: ManifestDoc,
  random: Random,
  counts: ShapeCounts,
  models: readonly ModelInfo[],
  origin: OriginOf,
): void {
  const kinds: GenericTestSpec['kind'][] = [
    'not_null',
    'not_null',
    'unique',
    'unique',
    'relationships',
    'accepted_values',
  ]
  let made = 0
  for (let attempt = 0; made < counts.genericTests; attempt++) {
    const model = models[attempt < models.length ? attempt : skewed(random, models.length)] as ModelInfo
    const kind = attempt < models.length ? (attempt % 2 === 0 ? 'unique' : 'not_null') : pick(random, kinds)
    const column =
      kind === 'unique' || attempt < models.length
        ? (model.columns[0] as ColumnSpec)
        : pick(random, model.columns)
    const spec: GenericTestSpec = { kind, model, column: column.name, hash: hex10(random) }
    if (kind === 'relationships') {
      const to = models[skewed(random, models.length)] as ModelInfo
      if (to.uniqueId === model.uniqueId) continue
      spec.to = { name: to.name, uniqueId: to.uniqueId, field: (to.columns[0] as ColumnSpec).name }
    }
    if (kind === 'accepted_values') spec.values = ['active', 'inactive', 'pending']
    const { id, entry } = genericTestEntry(
      spec,
      origin(`models/${model.layer}/${model.folder}/_${model.folder}__models.yml`),
    )
    if (doc.nodes[id]) continue
    doc.nodes[id] = entry
    made++
  }
  for (let i = 0; i < counts.singularTests; i++) {
    const model = models[skewed(random, models.length)] as ModelInfo
    const name = `assert_${model.name}_${i}_is_valid`
    const testOrigin = origin(`tests/${name}.sql`)
    doc.nodes[`test.${testOrigin.project}.${name}`] = singularTestEntry(name, model, testOrigin)
  }
}

export function addSemanticLayer(
  doc: ManifestDoc,
  random: Random,
  counts: ShapeCounts,
  marts: readonly ModelInfo[],
  origin: OriginOf,
): void {
  const metrics: { name: string; id: string }[] = []
  const simple: { measure: string; semanticModelId: string }[] = []
  const facts = marts.filter((m) => m.name.startsWith('fct_'))
  for (let i = 0; i < counts.semanticModels; i++) {
    const model = (facts[i % Math.max(facts.length, 1)] ?? marts[i % marts.length]) as ModelInfo
    const numeric = model.columns.filter(
      (c) => /decimal|integer|bigint|double/.test(c.type) && !c.name.endsWith('_id'),
    )
    const measures = (numeric.length > 0 ? numeric.slice(0, 3) : [model.columns[0] as ColumnSpec]).map(
      (c) => ({ name: `${model.name}_${c.name}`, agg: numeric.length > 0 ? 'sum' : 'count', expr: c.name }),
    )
    const time = model.columns.find((c) => /date|timestamp/.test(c.type))?.name ?? 'created_at'
    const file = `models/marts/${model.folder}/_${model.folder}__semantic.yml`
    const entry = semanticModelEntry(
      {
        name: `sm_${model.name}`,
        model,
        primaryKey: (model.columns[0] as ColumnSpec).name,
        foreignKeys: model.columns
          .slice(1)
          .filter((c) => c.name.endsWith('_id'))
          .slice(0, 2)
          .map((c) => c.name),
        measures,
        timeDimension: time,
        categorical: model.columns
          .filter((c) => c.type === 'varchar')
          .slice(0, 3)
          .map((c) => c.name),
      },
      origin(file),
    )
    doc.semantic_models[entry.unique_id as string] = entry
    for (const measure of measures)
      simple.push({ measure: measure.name, semanticModelId: entry.unique_id as string })
  }
  for (let i = 0; i < counts.metrics; i++) {
    const file = 'models/marts/_metrics.yml'
    const input =
      i < simple.length || metrics.length < 2
        ? (simple[i % simple.length] as (typeof simple)[number])
        : { metrics: [pick(random, metrics), pick(random, metrics)] }
    const name = `metric_${i}_${'measure' in input ? input.measure : 'derived'}`
    const entry = metricEntry(name, input, origin(file))
    doc.metrics[entry.unique_id as string] = entry
    metrics.push({ name, id: entry.unique_id as string })
  }
  for (let i = 0; i < counts.exposures; i++) {
    const used = [0, 1, 2].map(() => marts[skewed(random, marts.length)] as ModelInfo)
    const chosen = [...new Map(used.map((m) => [m.uniqueId, m])).values()]
    const entry = exposureEntry(
      `dashboard_${i}`,
      { name: 'BI team', email: 'bi@example.com' },
      chosen,
      [pick(random, metrics)],
      origin('models/marts/_exposures.yml'),
    )
    doc.exposures[entry.unique_id as string] = entry
  }
  for (let i = 0; i < counts.savedQueries; i++) {
    const chosen = [...new Map([pick(random, metrics), pick(random, metrics)].map((m) => [m.id, m])).values()]
    const entry = savedQueryEntry(`saved_query_${i}`, chosen, origin('models/marts/_saved_queries.yml'))
    doc.saved_queries[entry.unique_id as string] = entry
  }
}

function hex10(random: Random): string {
  return Math.floor(random() * 0xffffffffff)
    .toString(16)
    .padStart(10, '0')
}
