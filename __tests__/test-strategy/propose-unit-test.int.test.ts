import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { Workspace } from '../../src/agent/workspace.js'
import { computeImpact } from '../../src/impact/impact.js'
import { testStrategyMarkdown } from '../../src/report/test-strategy-markdown.js'
import { MemoryLog } from '../../src/shared/log.js'
import { addProposedTests, type AddTestsResult } from '../../src/test-strategy/add-proposed-tests.js'
import { DbtDataProbe } from '../../src/test-strategy/data-probe.js'
import { describeFailures } from '../../src/validate/describe-failures.js'
import { copyFixtureProject } from '../fakes/shop-copy.js'
import { validatorHarness, type ValidatorHarness } from '../fakes/validator-harness.js'

// The unit test for new logic on real dbt-duckdb (__tests__/fixtures/projects/billing): a change adds a
// mart computing a usage tier with a CASE; the strategy samples the tier mart's two parents, computes its output on those rows with one more `dbt show`,
// writes the unit test beside the mart and dbt runs it in the next round. A second change computes a
// random draw: its unit test fails under dbt and is taken out again with the other tests.

const TIERS = `select
    a.account_id,
    a.plan_tier,
    count(s.subscription_id) as subscriptions,
    case
        when count(s.subscription_id) >= 2 then 'multi'
        when count(s.subscription_id) = 1 then 'single'
        else 'none'
    end as usage_tier
from {{ ref('stg_accounts') }} as a
left join {{ ref('stg_subscriptions') }} as s on s.account_id = a.account_id
group by 1, 2
`
const DRAW = `select
    account_id,
    random() as draw
from {{ ref('stg_accounts') }}
`

async function runStrategy(h: ValidatorHarness, files: Record<string, string>) {
  const base = await h.validator.prepareBase()
  const workspace = new Workspace(h.projectDir)
  for (const [file, text] of Object.entries(files)) await workspace.write(file, text)
  const round = await h.validator.validate(1, await workspace.changedFiles())
  expect(describeFailures(round.validation)).toBe('')
  const result = await addProposedTests({
    probe: new DbtDataProbe(h.dbt, { targetPath: path.join(h.workDir, 'test-strategy') }),
    files: workspace,
    validator: h.validator,
    root: h.projectDir,
    projectDir: h.projectDir,
    baseGraph: base.graph,
    graph: round.graph!,
    validations: [round.validation],
    changed: computeImpact(base.graph!, round.graph!).changed,
    log: new MemoryLog(),
  })
  return { result, workspace }
}

async function cleanUp(h: ValidatorHarness) {
  await rm(h.projectDir, { recursive: true, force: true })
  await rm(h.workDir, { recursive: true, force: true })
}

describe('a unit test for a new mart computing a CASE tier', () => {
  let h: ValidatorHarness
  let result: AddTestsResult
  let workspace: Workspace

  beforeAll(async () => {
    h = await validatorHarness(await copyFixtureProject('billing'), { lint: false })
    ;({ result, workspace } = await runStrategy(h, {
      'models/marts/account_tiers.sql': TIERS,
    }))
  }, 600_000)
  afterAll(() => cleanUp(h))

  it('proposes one unit test for the CASE', () => {
    expect(result.stage.status).toBe('added')
    expect(result.stage.unitTests.map((test) => [test.model, test.name, test.rule])).toEqual([
      ['account_tiers', 'account_tiers_new_logic', 'new-logic'],
    ])
    expect(result.stage.unitTests[0]!.because).toBe(
      'count(), CASE on line(s) 4, 5, 6, 7 of models/marts/account_tiers.sql; 10 given row(s) from 2 parent(s), 5 expected row(s)',
    )
    expect(result.stage.unitTestsDeclined).toEqual([])
    // Data tests: the profile and the checks query; the unit test: a sample per parent and its output.
    expect(result.stage.launches).toBe(2 + 2 + 1)
  })

  it('writes given rows of the used columns and the expected output beside the mart', async () => {
    const text = await readFile(path.join(h.projectDir, 'models/marts/account_tiers.yml'), 'utf8')
    const yaml = parse(text) as {
      models: Array<{ name: string }>
      unit_tests: Array<{
        name: string
        model: string
        given: Array<{ input: string; rows: Array<Record<string, unknown>> }>
        expect: { rows: Array<Record<string, unknown>> }
      }>
    }
    expect(yaml.models.map((model) => model.name)).toEqual(['account_tiers'])
    const [unitTest] = yaml.unit_tests
    expect(unitTest).toMatchObject({ name: 'account_tiers_new_logic', model: 'account_tiers' })
    expect(unitTest!.given.map((g) => g.input)).toEqual(["ref('stg_accounts')", "ref('stg_subscriptions')"])
    // Only the columns the SQL names: no account_name or sales_region, no status or started_on.
    expect(unitTest!.given[0]!.rows).toEqual([
      { account_id: 1, plan_tier: 'gold' },
      { account_id: 2, plan_tier: 'silver' },
      { account_id: 3, plan_tier: 'gold' },
      { account_id: 4, plan_tier: 'bronze' },
      { account_id: 5, plan_tier: 'silver' },
    ])
    expect(unitTest!.given[1]!.rows).toEqual([
      { subscription_id: 101, account_id: 1 },
      { subscription_id: 102, account_id: 2 },
      { subscription_id: 103, account_id: 3 },
      { subscription_id: 104, account_id: 3 },
      { subscription_id: 105, account_id: 5 },
    ])
    const expected = [...unitTest!.expect.rows].sort((a, b) => Number(a.account_id) - Number(b.account_id))
    expect(expected.map((row) => [row.account_id, row.subscriptions, row.usage_tier])).toEqual([
      [1, 1, 'single'],
      [2, 1, 'single'],
      [3, 2, 'multi'],
      [4, 0, 'none'],
      [5, 1, 'single'],
    ])
    expect(text).toContain('plan_tier: "gold"')
  })

  it('keeps it because dbt ran and passed the unit test in the next round, and counts it in the coverage', () => {
    const validation = result.validated!.validation
    expect(validation.round).toBe(2)
    expect(
      validation.dbt.results.find(
        (r) => r.uniqueId === 'unit_test.subscriptions.account_tiers.account_tiers_new_logic',
      )?.status,
    ).toBe('pass')
    const coverage = result.stage.coverage.find((model) => model.model === 'account_tiers')
    expect(coverage).toMatchObject({ unitTestsBefore: 0, unitTestsAfter: 1 })
    const markdown = testStrategyMarkdown(result.stage)!
    expect(markdown).toContain('`account_tiers_new_logic`')
    expect(markdown).toContain('pins current behaviour; check the expected rows')
  })

  it('leaves the written files in the change', async () => {
    expect(await workspace.changedFiles()).toContain('models/marts/account_tiers.yml')
  })
})

describe('a unit test dbt does not pass (a random draw)', () => {
  let h: ValidatorHarness
  let result: AddTestsResult

  beforeAll(async () => {
    h = await validatorHarness(await copyFixtureProject('billing'), { lint: false })
    ;({ result } = await runStrategy(h, { 'models/marts/account_draws.sql': DRAW }))
  }, 600_000)
  afterAll(() => cleanUp(h))

  it('was written and run, failed, and was taken out with the reason', async () => {
    expect(result.stage.unitTests.map((test) => test.name)).toEqual(['account_draws_new_logic'])
    expect(result.stage.status).toBe('removed-after-failure')
    expect(result.stage.reason).toMatch(/unit test account_draws_new_logic: fail/)
    expect(result.validated).toBeUndefined()
    await expect(
      readFile(path.join(h.projectDir, 'models/marts/account_draws.yml'), 'utf8'),
    ).rejects.toThrow()
    expect(result.stage.coverage.find((model) => model.model === 'account_draws')).toMatchObject({
      unitTestsAfter: 0,
    })
  })
})
