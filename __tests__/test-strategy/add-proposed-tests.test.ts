import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Workspace } from '../../src/agent/workspace.js'
import { computeImpact } from '../../src/impact/impact.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { testStrategyMarkdown } from '../../src/report/test-strategy-markdown.js'
import { MemoryLog } from '../../src/shared/log.js'
import { addProposedTests } from '../../src/test-strategy/add-proposed-tests.js'
import type { DataProbe } from '../../src/test-strategy/data-probe.js'
import type { ChangeValidator, Validation } from '../../src/validate/validation.js'
import { manifest, model } from '../project/manifests/build.js'

// The stage's decisions without dbt: a probe and a validator that answer as told, a real guarded workspace.

const ORIGINAL = 'version: 2\nmodels:\n  - name: parcels # keep me\n'

const validation = (round: number, ok: boolean, results: Validation['dbt']['results'] = []): Validation => ({
  round,
  ok,
  changedModels: ['parcels'],
  lint: { ok: true, files: [], violations: [] },
  dbt: { ok, mode: 'with-parents', command: 'dbt build', exitCode: ok ? 0 : 1, results },
})

const probe: DataProbe = {
  launches: 1,
  profile: () =>
    Promise.resolve({
      rows: 3,
      columns: [
        { name: 'parcel_id', type: 'INTEGER', nulls: 0, distinct: 3 },
        { name: 'weight', type: 'DOUBLE', nulls: 1, distinct: 2 },
      ],
    }),
  check: () => Promise.reject(new Error('no checks expected')),
  sample: () => Promise.reject(new Error('no samples expected')),
  output: () => Promise.reject(new Error('no output expected')),
}

let dir: string | undefined
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

async function setUp(answer: (round: number) => Validation) {
  dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-strategy-'))
  await mkdir(path.join(dir, 'models/marts'), { recursive: true })
  await writeFile(path.join(dir, 'models/marts/_models.yml'), ORIGINAL)
  const node = model('parcels', { sql: 'new' })
  const entry = node[1] as Record<string, unknown>
  entry.relation_name = '"db"."main"."parcels"'
  entry.schema = 'main'
  const base = manifestGraphOf(manifest({ nodes: [model('parcels')] }))
  const graph = manifestGraphOf(manifest({ nodes: [node] }))
  const rounds: number[] = []
  const validator: ChangeValidator = {
    prepareBase: () => Promise.reject(new Error('not used')),
    validate: (round) => {
      rounds.push(round)
      return Promise.resolve({ validation: answer(round), graph })
    },
  }
  const workspace = new Workspace(dir)
  const result = await addProposedTests({
    probe,
    files: workspace,
    validator,
    root: dir,
    projectDir: dir,
    baseGraph: base,
    graph,
    validations: [
      validation(1, true, [{ uniqueId: 'model.shop.parcels', status: 'success', executionTimeS: 0 }]),
    ],
    changed: computeImpact(base, graph).changed,
    log: new MemoryLog(),
  })
  return {
    result,
    rounds,
    workspace,
    file: () => readFile(path.join(dir!, 'models/marts/_models.yml'), 'utf8'),
  }
}

describe('addProposedTests keeps tests only when dbt passed each one', () => {
  it('takes the tests out again when their round fails, and the PR says so', async () => {
    const { result, rounds, workspace, file } = await setUp((round) => validation(round, false))
    expect(rounds).toEqual([2])
    expect(result.validated).toBeUndefined()
    expect(result.stage).toMatchObject({
      status: 'removed-after-failure',
      reason: 'round 2 failed with the added tests',
    })
    expect(await file()).toBe(ORIGINAL)
    expect(await workspace.changedFiles()).toEqual([])
    expect(testStrategyMarkdown(result.stage)).toMatch(/WARNING[\s\S]*taken out again: round 2 failed/)
  })

  it('takes them out when the round passes but dbt ran none of them (a check that checked nothing)', async () => {
    const { result, file } = await setUp((round) => validation(round, true))
    expect(result.stage.status).toBe('removed-after-failure')
    expect(result.stage.reason).toBe(
      'dbt did not run and pass 2 of the 2 added test(s) (not_null on parcels.parcel_id; unique on parcels.parcel_id)',
    )
    expect(await file()).toBe(ORIGINAL)
  })

  it('shows each test it would add with the rule that proposed it and the figures', async () => {
    const { result } = await setUp((round) => validation(round, false))
    expect(result.stage.proposed.map((t) => [t.column, t.test])).toEqual([
      ['parcel_id', 'not_null'],
      ['parcel_id', 'unique'],
    ])
    expect(
      testStrategyMarkdown({
        ...result.stage,
        status: 'added',
        round: 2,
        files: ['models/marts/_models.yml'],
      }),
    ).toContain(
      '| `parcels` | `parcel_id` | `unique` | key by its name (no constraint or test declares one) | 3 distinct value(s) in 3 non-null row(s) |',
    )
  })
})

describe('addProposedTests with a unit test for new logic', () => {
  const UNIT_ID = 'unit_test.shop.tiers.tiers_new_logic'

  async function setUpTiers(unitStatus: string | undefined) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-strategy-'))
    await mkdir(path.join(dir, 'models/marts'), { recursive: true })
    await writeFile(
      path.join(dir, 'models/marts/_models.yml'),
      'version: 2\nmodels:\n  - name: tiers # keep me\n',
    )
    const entry = (sql: string) => {
      const [id, fields] = model('tiers', { sql, dependsOn: ['model.shop.accounts'] })
      return [id, { ...fields, raw_code: sql, relation_name: '"db"."main"."tiers"', schema: 'main' }] as [
        string,
        Record<string, unknown>,
      ]
    }
    const accounts = model('accounts')
    ;(accounts[1] as Record<string, unknown>).relation_name = '"db"."main"."accounts"'
    const base = manifestGraphOf(manifest({ nodes: [entry('select id from x'), accounts] }))
    const graph = manifestGraphOf(
      manifest({ nodes: [entry("select id, case when n > 1 then 'many' end as c from x"), accounts] }),
    )
    const unitProbe: DataProbe = {
      launches: 3,
      profile: () =>
        Promise.resolve({ rows: 1, columns: [{ name: 'c', type: 'VARCHAR', nulls: 1, distinct: 0 }] }),
      check: () => Promise.reject(new Error('no checks expected')),
      sample: () => Promise.resolve({ columns: [{ name: 'n', type: 'INTEGER' }], rows: [[2]], unread: [] }),
      output: () =>
        Promise.resolve({ columns: [{ name: 'c', type: 'VARCHAR' }], rows: [['many']], unread: [] }),
    }
    const results = unitStatus ? [{ uniqueId: UNIT_ID, status: unitStatus, executionTimeS: 0 }] : []
    const workspace = new Workspace(dir)
    const result = await addProposedTests({
      probe: unitProbe,
      files: workspace,
      validator: {
        prepareBase: () => Promise.reject(new Error('not used')),
        validate: (round) => Promise.resolve({ validation: validation(round, true, results), graph }),
      },
      root: dir,
      projectDir: dir,
      baseGraph: base,
      graph,
      validations: [
        validation(1, true, [{ uniqueId: 'model.shop.tiers', status: 'success', executionTimeS: 0 }]),
      ],
      changed: computeImpact(base, graph).changed,
      log: new MemoryLog(),
    })
    return { result, file: () => readFile(path.join(dir!, 'models/marts/_models.yml'), 'utf8') }
  }

  it('keeps it when dbt passed unit_test.<package>.<model>.<name>, and the PR lists it', async () => {
    const { result, file } = await setUpTiers('pass')
    expect(result.stage.status).toBe('added')
    expect(result.stage.unitTests.map((test) => test.name)).toEqual(['tiers_new_logic'])
    expect(result.stage.launches).toBe(3)
    const text = await file()
    expect(text).toContain('# keep me')
    expect(text).toMatch(/unit_tests:\n {2}- name: tiers_new_logic\n {4}model: tiers/)
    expect(text).toContain("input: ref('accounts')")
    expect(text).toContain('- { c: "many" }')
    const markdown = testStrategyMarkdown(result.stage)!
    expect(markdown).toContain('Autopilot added 1 unit test to `models/marts/_models.yml`')
    expect(markdown).toContain('each pins current behaviour; check the expected rows')
    expect(markdown).toContain('- `tiers_new_logic` on `tiers` (new logic in the change')
  })

  it('takes it out when dbt did not pass it, naming it', async () => {
    for (const status of ['fail', undefined]) {
      const { result, file } = await setUpTiers(status)
      expect(result.stage.status).toBe('removed-after-failure')
      expect(result.stage.reason).toBe(
        `dbt did not run and pass 1 of the 1 added test(s) (unit test tiers_new_logic: ${status ?? 'not run'})`,
      )
      expect(await file()).not.toContain('unit_tests')
      await rm(dir!, { recursive: true, force: true })
    }
  })
})
