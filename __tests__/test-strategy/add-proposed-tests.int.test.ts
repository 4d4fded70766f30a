import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { Workspace } from '../../src/agent/workspace.js'
import { computeImpact } from '../../src/impact/impact.js'
import { MemoryLog } from '../../src/shared/log.js'
import { addProposedTests, type AddTestsResult } from '../../src/test-strategy/add-proposed-tests.js'
import { DbtDataProbe } from '../../src/test-strategy/data-probe.js'
import { describeFailures } from '../../src/validate/describe-failures.js'
import { copyFixtureProject } from '../fakes/shop-copy.js'
import { validatorHarness, type ValidatorHarness } from '../fakes/validator-harness.js'

// The test strategy on real dbt-duckdb (__tests__/fixtures/projects/billing): the base parsed, one
// build of a change that adds a mart and a column to a staging model, then the strategy's `dbt show`
// queries (a profile and a checks query per model) and the round that validates the added tests.

const REVENUE = `select
    s.subscription_id,
    s.account_id,
    a.plan_tier,
    s.status,
    coalesce(sum(i.amount), 0) as revenue
from {{ ref('stg_subscriptions') }} as s
inner join {{ ref('stg_accounts') }} as a on a.account_id = s.account_id
left join {{ ref('stg_invoices') }} as i on i.subscription_id = s.subscription_id
group by 1, 2, 3, 4
`
const SUBSCRIPTIONS = `select
    subscription_id,
    acct_id as account_id,
    status,
    cast(started_on as date) as started_on,
    status = 'active' as is_active
from {{ ref('raw_subscriptions') }}
`

describe('proposing tests for a new mart and a changed staging model', () => {
  let h: ValidatorHarness
  let result: AddTestsResult
  let workspace: Workspace

  beforeAll(async () => {
    h = await validatorHarness(await copyFixtureProject('billing'), { lint: false })
    const base = await h.validator.prepareBase()
    workspace = new Workspace(h.projectDir)
    await workspace.write('models/marts/subscription_revenue.sql', REVENUE)
    await workspace.write('models/staging/stg_subscriptions.sql', SUBSCRIPTIONS)
    const round = await h.validator.validate(1, await workspace.changedFiles())
    expect(describeFailures(round.validation)).toBe('')
    result = await addProposedTests({
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
  }, 600_000)
  afterAll(async () => {
    await rm(h.projectDir, { recursive: true, force: true })
    await rm(h.workDir, { recursive: true, force: true })
  })

  const proposed = (model: string) =>
    result.stage.proposed
      .filter((test) => test.model === model)
      .map((test) => [test.column, test.test, test.rule, test.to?.model ?? test.values?.join('|') ?? ''])

  it('proposes key, lineage and status tests, each with the rule that proposed it', () => {
    expect(result.stage.status).toBe('added')
    expect(proposed('subscription_revenue')).toEqual(
      expect.arrayContaining([
        ['subscription_id', 'not_null', 'key:column-name', ''],
        ['subscription_id', 'unique', 'key:column-name', ''],
        ['account_id', 'relationships', 'lineage:parent-key', 'stg_accounts'],
        ['status', 'accepted_values', 'data:low-cardinality', 'active|cancelled|trialing'],
        ['plan_tier', 'accepted_values', 'data:low-cardinality', 'bronze|gold|silver'],
      ]),
    )
    // The key already had `unique`: only `not_null` is added, from the existing test.
    expect(proposed('stg_subscriptions')).toEqual(
      expect.arrayContaining([
        ['subscription_id', 'not_null', 'key:existing-test', ''],
        ['status', 'accepted_values', 'data:low-cardinality', 'active|cancelled|trialing'],
      ]),
    )
    expect(
      proposed('stg_subscriptions').some(
        ([column, test]) => column === 'subscription_id' && test === 'unique',
      ),
    ).toBe(false)
    // Per model a profile and a checks query; per unit test a sample of each parent and the output.
    expect(result.stage.unitTests.map((test) => [test.model, test.given.map((g) => g.input)])).toEqual([
      ['stg_subscriptions', ["ref('raw_subscriptions')"]],
      ['subscription_revenue', ["ref('stg_subscriptions')", "ref('stg_accounts')", "ref('stg_invoices')"]],
    ])
    expect(result.stage.launches).toBe(4 + (3 + 1) + (1 + 1))
  })

  it('writes them into the properties files and keeps them only because dbt ran and passed each one', async () => {
    expect(result.stage.files).toEqual([
      'models/marts/subscription_revenue.yml',
      'models/staging/_stg_subscriptions.yml',
    ])
    const staging = await readFile(path.join(h.projectDir, 'models/staging/_stg_subscriptions.yml'), 'utf8')
    expect(staging).toContain('# The only documented staging model')
    expect(staging).toMatch(/tests:\n\s+- unique\n\s+- not_null/)
    expect(staging).not.toContain('data_tests')
    expect(result.validated?.validation.ok).toBe(true)
    const ran = result.validated!.validation.dbt.results.filter((r) => r.uniqueId.startsWith('test.'))
    expect(ran.length).toBeGreaterThanOrEqual(result.stage.proposed.length)
    expect(await workspace.changedFiles()).toContain('models/marts/subscription_revenue.yml')
  })

  it('counts the coverage of each changed model before and after', () => {
    const coverage = new Map(result.stage.coverage.map((model) => [model.model, model]))
    expect(coverage.get('subscription_revenue')).toMatchObject({
      added: true,
      columns: 5,
      testedBefore: 0,
      testedAfter: 4,
    })
    expect(coverage.get('stg_subscriptions')).toMatchObject({
      added: false,
      columns: 5,
      testedBefore: 1,
      testedAfter: 2,
    })
  })
})
