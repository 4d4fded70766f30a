import { afterEach, describe, expect, it } from '@jest/globals'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pythonBesideDbt, SqlglotChecker } from '../../src/adapters/dbt/sql-checker.js'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { guardEdit } from '../../src/guard/guard.js'
import { describeFailures } from '../../src/validate/describe-failures.js'
import { copyShopProject, toolPath } from '../fakes/shop-copy.js'
import {
  DBT_TIMEOUT_MS,
  dbtLaunches,
  validatorHarness,
  type ValidatorHarness,
} from '../fakes/validator-harness.js'

// One `dbt build` per case, on a fresh copy of the shop, with the real parser judging what dbt ran.
async function harness(): Promise<ValidatorHarness> {
  const sqlChecker = new SqlglotChecker(
    { python: pythonBesideDbt(toolPath('dbt')), timeoutMs: DBT_TIMEOUT_MS },
    new SpawnCommandRunner(),
  )
  const h = await validatorHarness(await copyShopProject(), { lint: false, sqlChecker })
  await h.validator.prepareBase()
  return h
}

describe('the SQL verdict on a real dbt build of the shop', () => {
  let h: ValidatorHarness | undefined
  afterEach(async () => {
    if (!h) return
    await rm(h.projectDir, { recursive: true, force: true })
    await rm(h.workDir, { recursive: true, force: true })
    h = undefined
  })

  it('catches read_text hidden by Jinja in the SQL dbt ran, which the source rules miss', async () => {
    h = await harness()
    const file = 'models/staging/stg_leak.sql'
    // The guard folds constant Jinja (`'read' ~ '_text'`) but not filters: `format` builds the name here.
    const hostile = "select * from {{ '%s_text' | format('read') }}('/etc/passwd')\n"
    expect(guardEdit(file, hostile, null)).toEqual([])
    await writeFile(path.join(h.projectDir, file), hostile)

    const { validation } = await h.validator.validate(1, [file])

    const verdict = validation.dbt.sqlVerdict
    expect(verdict?.notRun).toBeUndefined()
    expect(validation.ok).toBe(false)
    const leak = verdict?.findings.filter((f) => f.node === 'model.shop.stg_leak') ?? []
    expect(leak.map((f) => [f.path, f.executed])).toEqual([
      [file, true],
      [file, false],
    ])
    expect(leak[0]?.message).toContain('`read_text`')
    expect(verdict?.findings.every((f) => f.node === 'model.shop.stg_leak')).toBe(true)
    expect(describeFailures(validation)).toContain('read_text')
    expect(dbtLaunches(h.commands)).toBe(2)
  }, 240_000)

  it('passes a normal change, with the seeds its parents load', async () => {
    h = await harness()
    const file = 'models/staging/stg_orders.sql'
    const model = path.join(h.projectDir, file)
    await writeFile(
      model,
      (await readFile(model, 'utf8')).replace('status\n', 'status,\n    1 as order_count\n'),
    )

    const { validation } = await h.validator.validate(1, [file])

    expect(validation.dbt.sqlVerdict?.notRun).toBeUndefined()
    expect(validation.dbt.sqlVerdict?.findings).toEqual([])
    expect(validation.dbt.results.some((r) => r.uniqueId.startsWith('seed.') && r.status === 'success')).toBe(
      true,
    )
    // Seeds loaded with COPY … FROM their own files, and every statement was parsed.
    expect(validation.dbt.sqlVerdict?.statements).toBeGreaterThan(20)
    expect(validation.ok).toBe(true)
    expect(dbtLaunches(h.commands)).toBe(2)
  }, 240_000)
})
