import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { computeImpact, stateModifiedPlus, type Impact } from '../../src/impact/impact.js'
import { loadManifestGraph, type ManifestGraph } from '../../src/project/graph.js'
import { readProjectVars } from '../../src/project/project-vars.js'
import { replaceIn as replaceInFile } from '../context/shop-manifest.js'
import { repoRoot, toolPath } from '../fakes/shop-copy.js'

/**
 * Our impact against dbt's own `state:modified+` on a small DuckDB project: one `dbt parse` for the base,
 * then one `dbt ls` per variant (it parses the variant and writes its manifest, so no second launch).
 */
const FIXTURE = path.join(repoRoot, '__tests__', 'fixtures', 'projects', 'impact-duck')
const KINDS = ['model', 'test', 'seed', 'snapshot']

type Edit = (dir: string) => Promise<void>

const replaceIn =
  (file: string, from: string, to: string): Edit =>
  (dir) =>
    replaceInFile(dir, file, from, to)

interface Variant {
  edits: Edit[]
  target?: string
}

const VARIANTS = {
  sqlEdit: {
    edits: [replaceIn('models/staging/stg_customers.sql', 'select distinct', 'select distinct\n   ')],
  },
  // cents_to_dollars is called by amount_usd, which stg_payments and stg_refunds call.
  macroEdit: { edits: [replaceIn('macros/money.sql', '/ 100.0', '/ 100.00')] },
  varChange: { edits: [replaceIn('dbt_project.yml', 'min_amount: 0', 'min_amount: 5')] },
  // The marts' +schema renders differently under prod; the configured (unrendered) value is the same.
  targetOnly: { edits: [], target: 'prod' },
  realConfig: {
    edits: [
      replaceIn(
        'models/staging/_staging.yml',
        '    description: One row per customer.\n',
        '    description: One row per customer.\n    config:\n      materialized: table\n',
      ),
    ],
  },
  // orders persists its description (persist_docs in the marts folder); stg_orders does not; a column
  // documented on stg_customers changes nothing dbt compares.
  descriptions: {
    edits: [
      replaceIn(
        'models/marts/_marts.yml',
        'One row per order with payments',
        'One row per order, with payments',
      ),
      replaceIn('models/staging/_staging.yml', 'Orders from the raw seed.', 'Orders, from the raw seed.'),
      replaceIn(
        'models/staging/_staging.yml',
        '    description: One row per customer.\n',
        '    description: One row per customer.\n    columns:\n      - name: customer_id\n        description: The customer.\n',
      ),
    ],
  },
} satisfies Record<string, Variant>
type Name = keyof typeof VARIANTS

const runner = new SpawnCommandRunner()
const dirs: string[] = []
let baseDir = ''
let base: ManifestGraph
const results = new Map<Name, { dbt: string[]; impact: Impact }>()

async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-state-'))
  dirs.push(dir)
  await cp(FIXTURE, dir, { recursive: true })
  return dir
}

async function dbt(dir: string, args: string[]): Promise<string> {
  const result = await runner.run(toolPath('dbt'), [...args, '--profiles-dir', '.'], {
    cwd: dir,
    env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' },
    timeoutMs: 300_000,
  })
  expect({
    args,
    exitCode: result.exitCode,
    output: (result.stdout + result.stderr).slice(-3000),
  }).toMatchObject({ exitCode: 0 })
  return result.stdout
}

async function graphOf(dir: string): Promise<ManifestGraph> {
  const file = path.join(dir, 'target', 'manifest.json')
  return loadManifestGraph(await readFile(file, 'utf8'), file)
}

async function runVariant(name: Name): Promise<void> {
  const variant: Variant = VARIANTS[name]
  const dir = await copyFixture()
  for (const edit of variant.edits) await edit(dir)
  const stdout = await dbt(dir, [
    '--quiet',
    'ls',
    '--select',
    'state:modified+',
    '--state',
    path.join(baseDir, 'target'),
    '--resource-type',
    ...KINDS,
    '--output',
    'json',
    '--output-keys',
    'unique_id',
    ...(variant.target ? ['--target', variant.target] : []),
  ])
  const selected = stdout
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => (JSON.parse(line) as { unique_id: string }).unique_id)
    .sort()
  const vars = { base: await readProjectVars(baseDir), next: await readProjectVars(dir) }
  results.set(name, { dbt: selected, impact: computeImpact(base, await graphOf(dir), { vars }) })
}

/** At most two dbt processes at once: the machine is shared. */
async function inPairs(names: Name[]): Promise<void> {
  for (let i = 0; i < names.length; i += 2) await Promise.all(names.slice(i, i + 2).map(runVariant))
}

const result = (name: Name): { dbt: string[]; impact: Impact } =>
  results.get(name) as { dbt: string[]; impact: Impact }
const ours = (name: Name): string[] => stateModifiedPlus(result(name).impact, KINDS)
const why = (name: Name, id: string): string[] | undefined =>
  result(name).impact.changed.find((change) => change.id === id)?.why

describe('impact equals dbt ls -s state:modified+ on manifests parsed by real dbt', () => {
  beforeAll(async () => {
    baseDir = await copyFixture()
    await dbt(baseDir, ['parse'])
    base = await graphOf(baseDir)
    await inPairs(Object.keys(VARIANTS) as Name[])
  }, 900_000)
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
  })

  it.each(Object.keys(VARIANTS) as Name[])('%s: the same nodes as dbt', (name) => {
    expect(ours(name)).toEqual(result(name).dbt)
  })

  it('a SQL edit selects the model, its children and their tests, and says why', () => {
    expect(result('sqlEdit').dbt).toEqual(
      expect.arrayContaining(['model.impact_duck.stg_customers', 'model.impact_duck.customers']),
    )
    expect(why('sqlEdit', 'model.impact_duck.stg_customers')).toEqual(['SQL changed'])
    const customers = result('sqlEdit').impact.downstream.models.find((n) => n.name === 'customers')
    expect(customers?.via).toBe('model.impact_duck.stg_customers')
  })

  it('a macro edit reaches the models that call it through another macro', () => {
    expect(result('macroEdit').dbt).toEqual(
      expect.arrayContaining(['model.impact_duck.stg_payments', 'model.impact_duck.stg_refunds']),
    )
    expect(why('macroEdit', 'model.impact_duck.stg_payments')).toEqual([
      'macro `impact_duck.cents_to_dollars` changed (called through `impact_duck.amount_usd`)',
    ])
  })

  it('a var change selects nothing in dbt 1.12, and impact names the nodes that read it', () => {
    expect(result('varChange').dbt).toEqual([])
    expect(result('varChange').impact.vars).toEqual({
      changed: ['min_amount'],
      readers: [expect.objectContaining({ id: 'model.impact_duck.stg_orders', vars: ['min_amount'] })],
    })
  })

  it('a target-dependent schema is not a change; a configured materialization is', () => {
    expect(result('targetOnly').dbt).toEqual([])
    expect(why('realConfig', 'model.impact_duck.stg_customers')).toEqual([
      'config changed: materialized (view → table)',
    ])
  })

  it('only a persisted description counts', () => {
    expect(result('descriptions').impact.changed.map((change) => change.id)).toEqual([
      'model.impact_duck.orders',
    ])
  })
})
