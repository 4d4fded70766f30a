import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { rng, skewed, type Random } from './project-shape.js'

/** A dbt project on DuckDB written by `writeGeneratedProject`, and the edit the benchmark makes to it. */
export interface GeneratedProject {
  dir: string
  /** Model names by layer, in DAG order. */
  models: { staging: string[]; intermediate: string[]; marts: string[] }
  seeds: string[]
  /** The intermediate model the benchmark edits, and how many models are downstream of it. */
  edited: { name: string; file: string; downstreamModels: number }
}

export interface GenerateOptions {
  /** Models in all (staging 10%, intermediate 40%, marts the rest); 250 gives 25 / 100 / 125. */
  models: number
  seed: number
}

const SEEDS = 5
const ROWS = 50

/**
 * Writes a runnable dbt project of `models` models into `dir`: seeds, staging views over them, intermediate
 * views and mart tables that join one to three earlier models (the early ones become hubs, as in real
 * projects), `unique` and `not_null` tests on every model's key, and a profile with a `dev` target (schema
 * `main`) and a `prod` target (schema `prod`) in one DuckDB file. Deterministic from `seed`.
 */
export async function writeGeneratedProject(
  dir: string,
  options: GenerateOptions,
): Promise<GeneratedProject> {
  const random = rng(options.seed)
  const seeds = Array.from({ length: SEEDS }, (_, i) => `raw_${i + 1}`)
  const stagingCount = Math.max(SEEDS, Math.round(options.models * 0.1))
  const intermediateCount = Math.round(options.models * 0.4)
  const martCount = options.models - stagingCount - intermediateCount
  const staging = Array.from({ length: stagingCount }, (_, i) => `stg_${i + 1}`)
  const intermediate = Array.from({ length: intermediateCount }, (_, i) => `int_${i + 1}`)
  const marts = Array.from({ length: martCount }, (_, i) => `mart_${i + 1}`)
  const parents = new Map<string, string[]>()
  staging.forEach((name, i) => parents.set(name, [seeds[i % SEEDS] as string]))
  intermediate.forEach((name, i) => {
    const pool = [...staging, ...intermediate.slice(0, i)]
    parents.set(name, pickParents(random, pool))
  })
  marts.forEach((name) => parents.set(name, pickParents(random, [...staging, ...intermediate])))

  await writeFiles(dir, {
    'dbt_project.yml': [
      'name: generated',
      "version: '1.0.0'",
      'profile: generated',
      'config-version: 2',
      'models:',
      '  generated:',
      '    staging: {+materialized: view}',
      '    intermediate: {+materialized: view}',
      '    marts: {+materialized: table}',
      '',
    ].join('\n'),
    'profiles.yml': [
      'generated:',
      '  target: dev',
      '  outputs:',
      '    dev: {type: duckdb, path: target/generated.duckdb, schema: main, threads: 4}',
      '    prod: {type: duckdb, path: target/generated.duckdb, schema: prod, threads: 4}',
      '',
    ].join('\n'),
    ...Object.fromEntries(seeds.map((name, i) => [`seeds/${name}.csv`, seedCsv(i)])),
    ...modelFiles('staging', staging, parents),
    ...modelFiles('intermediate', intermediate, parents),
    ...modelFiles('marts', marts, parents),
  })

  const edited = editedModel(intermediate, parents)
  return {
    dir,
    models: { staging, intermediate, marts },
    seeds,
    edited: { ...edited, file: `models/intermediate/${edited.name}.sql` },
  }
}

/** The edit of the benchmark's first round: a new column with a typo dbt reports as an error. */
export const BROKEN_EDIT = {
  old: '    p1.category,\n',
  new: '    p1.category,\n    p1.valeu * 2 as doubled,\n',
}
/** The repair round's edit: the typo fixed. */
export const REPAIR_EDIT = { old: 'p1.valeu * 2', new: 'p1.value * 2' }

function pickParents(random: Random, pool: readonly string[]): string[] {
  const count = 1 + Math.floor(random() * 3)
  const chosen = new Set<string>()
  // Most recent models are picked as often as hubs: `skewed` favours the start of the pool.
  for (let i = 0; i < count; i++)
    chosen.add(
      pool[
        random() < 0.5 ? skewed(random, pool.length) : pool.length - 1 - skewed(random, pool.length)
      ] as string,
    )
  return [...chosen]
}

function modelFiles(
  layer: string,
  names: readonly string[],
  parents: ReadonlyMap<string, readonly string[]>,
): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of names) files[`models/${layer}/${name}.sql`] = modelSql(parents.get(name) ?? [])
  files[`models/${layer}/_${layer}.yml`] = [
    'version: 2',
    'models:',
    ...names.flatMap((name) => [
      `  - name: ${name}`,
      '    columns:',
      '      - name: id',
      '        data_tests: [unique, not_null]',
    ]),
    '',
  ].join('\n')
  return files
}

function modelSql(parents: readonly string[]): string {
  const aliases = parents.map((_, i) => `p${i + 1}`)
  const value = aliases
    .map((alias, i) => (i === 0 ? `${alias}.value` : `coalesce(${alias}.value, 0)`))
    .join(' + ')
  return [
    'select',
    '    p1.id,',
    '    p1.category,',
    `    ${value} as value`,
    `from {{ ref('${parents[0]}') }} as p1`,
    ...parents
      .slice(1)
      .map((parent, i) => `left join {{ ref('${parent}') }} as p${i + 2} on p1.id = p${i + 2}.id`),
    '',
  ].join('\n')
}

function seedCsv(index: number): string {
  const categories = ['a', 'b', 'c', 'd']
  const rows = Array.from(
    { length: ROWS },
    (_, i) => `${i + 1},${categories[(i + index) % categories.length]},${(i * 7 + index) % 100}`,
  )
  return ['id,category,value', ...rows, ''].join('\n')
}

/** The intermediate model whose downstream is closest to a tenth of the models: a typical mid-DAG edit. */
function editedModel(
  intermediate: readonly string[],
  parents: ReadonlyMap<string, readonly string[]>,
): { name: string; downstreamModels: number } {
  const children = new Map<string, string[]>()
  for (const [child, list] of parents)
    for (const parent of list) children.set(parent, [...(children.get(parent) ?? []), child])
  const downstream = (name: string) => {
    const seen = new Set<string>()
    const stack = [...(children.get(name) ?? [])]
    while (stack.length > 0) {
      const next = stack.pop() as string
      if (seen.has(next)) continue
      seen.add(next)
      stack.push(...(children.get(next) ?? []))
    }
    return seen.size
  }
  const target = Math.max(1, Math.round(parents.size / 10))
  let best = { name: intermediate[0] as string, downstreamModels: downstream(intermediate[0] as string) }
  for (const name of intermediate) {
    const count = downstream(name)
    if (Math.abs(count - target) < Math.abs(best.downstreamModels - target))
      best = { name, downstreamModels: count }
  }
  return best
}

async function writeFiles(dir: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
}
