import { describe, expect, it } from '@jest/globals'
import type { DbtShowInvocation, DbtShowRunner, ShowOptions } from '../../src/adapters/dbt/dbt-cli.js'
import { DbtEvidence, type EvidenceInput } from '../../src/evidence/gather-evidence.js'
import { computeImpact } from '../../src/impact/impact.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { MemoryLog } from '../../src/shared/log.js'
import type { BuildMode, Validation } from '../../src/validate/validation.js'
import { COLUMNS_MESSAGE } from '../../src/evidence/profile-sql.js'
import { manifest, model, test, withFields } from '../project/manifests/build.js'

type Entry = [string, Record<string, unknown>]

/** A model as dbt writes it with the relation it builds into `schema`. */
const relationModel = (
  name: string,
  schema: string,
  sql: string,
  extra: Parameters<typeof model>[1] = {},
): Entry =>
  withFields(model(name, { sql, ...extra }), {
    raw_code: sql,
    database: 'db',
    schema,
    alias: name,
    relation_name: `"db"."${schema}"."${name}"`,
  })

const uniqueTest = (kind: 'unique' | 'not_null', model: string, column: string): Entry =>
  withFields(test(`${kind}_${model}_${column}`, [`model.shop.${model}`]), {
    column_name: column,
    attached_node: `model.shop.${model}`,
    test_metadata: { name: kind, kwargs: { column_name: column }, namespace: null },
  })

function validation(ids: string[]): Validation {
  return {
    round: 1,
    ok: true,
    changedModels: [],
    lint: { ok: true, files: [], violations: [] },
    dbt: {
      ok: true,
      mode: 'with-parents',
      command: 'dbt build',
      exitCode: 0,
      results: ids.map((uniqueId) => ({ uniqueId, status: 'success', executionTimeS: 0.1 })),
    },
  }
}

/** A dbt that answers each profile with two sides of `columns`, and each sample with one changed row. */
class FakeShow implements DbtShowRunner {
  readonly queries: { query: string; options: ShowOptions }[] = []
  constructor(private readonly fail: (query: string) => boolean = () => false) {}
  show(query: string, options: ShowOptions): Promise<DbtShowInvocation> {
    this.queries.push({ query, options })
    const base = { commandLine: 'dbt show', timedOut: false, errors: [] as string[] }
    if (this.fail(query))
      return Promise.resolve({ ...base, exitCode: 1, errors: ['Runtime Error: boom'], logged: [] })
    if (query.includes(COLUMNS_MESSAGE)) {
      const meta = {
        new: [
          ['id', 'INTEGER'],
          ['amount', 'INTEGER'],
        ],
        base: [
          ['id', 'INTEGER'],
          ['amount', 'INTEGER'],
        ],
        profiled: ['amount', 'id'],
      }
      const side = (side: string, max: string) => ({
        side,
        row_count: 2,
        nn_0: 2,
        d_0: 2,
        lo_0: '1',
        hi_0: max,
        nn_1: 2,
        d_1: 2,
        lo_1: '1',
        hi_1: '2',
      })
      return Promise.resolve({
        ...base,
        exitCode: 0,
        logged: [`${COLUMNS_MESSAGE}${JSON.stringify(meta)}`],
        rows: [side('new', '20'), side('base', '2')],
      })
    }
    return Promise.resolve({
      ...base,
      exitCode: 0,
      logged: [],
      rows: [{ k_0: '2', b_0: '2', n_0: '20', changed_rows: 1 }],
    })
  }
}

function input(
  mode: BuildMode,
  names: string[],
  options: { keyed?: string[]; baseParents?: Entry[]; built?: string[] } = {},
): EvidenceInput {
  const baseSchema = mode === 'deferred' ? 'prod' : 'ci'
  const parents = options.baseParents ?? []
  const keyed = new Set(options.keyed ?? [])
  const tests = [...keyed].flatMap((name) => [
    uniqueTest('unique', name, 'id'),
    uniqueTest('not_null', name, 'id'),
  ])
  const dependsOn = parents.map(([id]) => id)
  const baseGraph = manifestGraphOf(
    manifest({
      nodes: [
        ...parents,
        ...names.map((name) => relationModel(name, baseSchema, `select 1 as ${name}`, { dependsOn })),
        ...tests,
      ],
    }),
  )
  const graph = manifestGraphOf(
    manifest({
      nodes: [
        ...parents,
        ...names.map((name) => relationModel(name, 'ci', `select 2 as ${name}`, { dependsOn })),
        ...tests,
      ],
    }),
  )
  const built = options.built ?? names.map((name) => `model.shop.${name}`)
  return {
    baseGraph,
    graph,
    mode,
    validations: [validation(built)],
    changed: computeImpact(baseGraph, graph).changed,
  }
}

const log = new MemoryLog()

describe('DbtEvidence', () => {
  it('compares a deferred change with production, and samples changed rows only where a key is declared', async () => {
    const dbt = new FakeShow()
    const stage = await new DbtEvidence(dbt, { targetPath: '/tmp/x' }, log).gather(
      input('deferred', ['orders', 'customers'], { keyed: ['orders'] }),
    )
    expect(stage).toMatchObject({
      status: 'gathered',
      launches: 3,
      modelsNotCompared: [],
      modelsOutOfTime: [],
    })
    expect(stage?.models.map((m) => [m.name, m.base, m.primaryKey, m.sample?.changedRows])).toEqual([
      ['customers', { kind: 'production', relation: '"db"."prod"."customers"' }, undefined, undefined],
      ['orders', { kind: 'production', relation: '"db"."prod"."orders"' }, ['id'], 1],
    ])
    expect(dbt.queries.map((q) => q.options.limit)).toEqual([2, 2, 5])
  })

  it('cuts at five models and names the rest', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    const dbt = new FakeShow()
    const stage = await new DbtEvidence(dbt, { targetPath: '/tmp/x' }, log).gather(input('deferred', names))
    expect(stage?.models.map((m) => m.name)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(stage?.modelsNotCompared).toEqual(['f', 'g'])
    expect(dbt.queries).toHaveLength(5)
  })

  it('starts no dbt show when the run has too little time left, and says so', async () => {
    const dbt = new FakeShow()
    const stage = await new DbtEvidence(
      dbt,
      { targetPath: '/tmp/x', budget: { remainingMs: () => 8_000 } },
      log,
    ).gather(input('deferred', ['orders']))
    expect(dbt.queries).toHaveLength(0)
    expect(stage).toMatchObject({
      status: 'not-gathered',
      modelsOutOfTime: ['orders'],
      reason: 'the time budget for data evidence (4 s) ran out',
    })
  })

  it("keeps going after one model's query fails: partial, with dbt's error", async () => {
    const dbt = new FakeShow((query) => query.includes('customers'))
    const stage = await new DbtEvidence(dbt, { targetPath: '/tmp/x' }, log).gather(
      input('deferred', ['customers', 'orders']),
    )
    expect(stage?.status).toBe('partial')
    expect(stage?.reason).toBe('dbt show failed: Runtime Error: boom')
    expect(stage?.models.map((m) => [m.name, m.error, m.rows])).toEqual([
      ['customers', 'Runtime Error: boom', undefined],
      ['orders', undefined, { base: 2, new: 2 }],
    ])
  })

  it('has no base for a model whose base reads a relation this run did not build (no production)', async () => {
    const stg: Entry = relationModel('stg', 'ci', 'select 1 as id')
    const stage = await new DbtEvidence(new FakeShow(), { targetPath: '/tmp/x' }, log).gather(
      input('with-parents', ['orders'], { baseParents: [stg], built: ['model.shop.orders'] }),
    )
    expect(stage?.models[0]?.base).toEqual({
      kind: 'none',
      reason: 'the base version reads `stg`, which this run did not build',
    })
  })

  it('compares with the base SQL when every parent was built, and gathers nothing without a passing build', async () => {
    const stg: Entry = relationModel('stg', 'ci', 'select 1 as id')
    const built = ['model.shop.orders', 'model.shop.stg']
    const dbt = new FakeShow()
    const stage = await new DbtEvidence(dbt, { targetPath: '/tmp/x' }, log).gather(
      input('with-parents', ['orders'], { baseParents: [stg], built }),
    )
    expect(stage?.models[0]?.base).toEqual({ kind: 'base-sql' })
    expect(dbt.queries[0]?.query).toContain('select 1 as orders')
    const failed = input('with-parents', ['orders'])
    failed.validations = [{ ...validation(['model.shop.orders']), ok: false }]
    expect(await new DbtEvidence(dbt, { targetPath: '/tmp/x' }, log).gather(failed)).toBeUndefined()
    expect(
      await new DbtEvidence(dbt, { targetPath: '/tmp/x' }, log).gather({ ...failed, mode: 'full' }),
    ).toBeUndefined()
  })
})
