import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { describeFailures } from '../../src/validate/describe-failures.js'
import { copyShopProject, toolPath } from '../fakes/shop-copy.js'
import {
  buildSelections,
  DBT_TIMEOUT_MS,
  dbtLaunches,
  fullParses,
  validatorHarness,
  type ValidatorHarness,
} from '../fakes/validator-harness.js'

// Production and CI in one DuckDB file, in different schemas: what `--defer` reads is production's.
const PROFILES = [
  'shop:',
  '  target: dev',
  '  outputs:',
  '    dev: {type: duckdb, path: target/shop.duckdb, schema: ci, threads: 4}',
  '    prod: {type: duckdb, path: target/shop.duckdb, schema: prod, threads: 4}',
  '',
].join('\n')

describe('DbtValidator with input `defer-target` (no production manifest artifact)', () => {
  let h: ValidatorHarness

  beforeAll(async () => {
    const projectDir = await copyShopProject()
    await writeFile(path.join(projectDir, 'profiles.yml'), PROFILES)
    // Production: the unchanged project built with its own target, as the deploy job would.
    const prod = await new SpawnCommandRunner().run(
      toolPath('dbt'),
      ['build', '--target', 'prod', '--profiles-dir', '.', '--target-path', 'target/prod-deploy'],
      { cwd: projectDir, env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' }, timeoutMs: DBT_TIMEOUT_MS },
    )
    expect(prod.exitCode).toBe(0)
    h = await validatorHarness(projectDir, { lint: false, deferTarget: 'prod', profilesDir: projectDir })
  }, 180_000)
  afterAll(async () => {
    await rm(h.projectDir, { recursive: true, force: true })
    await rm(h.workDir, { recursive: true, force: true })
  })

  it("parses the base with the production target, so the state points at production's relations", async () => {
    const base = await h.validator.prepareBase()

    expect(base).toMatchObject({ mode: 'deferred', deferTarget: 'prod' })
    expect(h.commands.map((c) => [c.args[0], c.args[c.args.indexOf('--target') + 1]])).toEqual([
      ['parse', 'prod'],
    ])
    expect(base.graph?.get('model.shop.orders')?.raw.schema).toBe('prod')
  }, 120_000)

  it('builds only the modified model and its children, reading the unmodified parents from production', async () => {
    const file = path.join(h.projectDir, 'models/marts/customers.sql')
    const sql = await readFile(file, 'utf8')
    await writeFile(
      file,
      sql.replace(
        '    customers.email,\n',
        "    customers.email,\n    customers.first_name || ' ' || customers.last_name as full_name,\n",
      ),
    )
    const from = h.commands.length

    const { validation } = await h.validator.validate(1, ['models/marts/customers.sql'])

    expect(describeFailures(validation)).toBe('')
    expect(validation.dbt.command).toContain('--defer')
    expect(buildSelections(h.commands.slice(from))).toEqual(['state:modified+'])
    const ran = validation.dbt.results.map((r) => r.uniqueId)
    expect(ran).toContain('model.shop.customers')
    // The CI schema is empty: orders and stg_customers were read from the prod schema.
    expect(ran).not.toContain('model.shop.orders')
    expect(ran).not.toContain('model.shop.stg_customers')
    // The build's dev target cannot reuse the prod target's parse; dbt says so and parses in full.
    expect(validation.dbt.parse?.partialParse).toBe('full')
  }, 180_000)

  it('reuses the first build’s parse in a repair round', async () => {
    const file = path.join(h.projectDir, 'models/marts/customers.sql')
    await writeFile(file, (await readFile(file, 'utf8')).replace(' as full_name', ' as customer_name'))
    const launches = dbtLaunches(h.commands)

    const { validation } = await h.validator.validate(2, ['models/marts/customers.sql'])

    expect(describeFailures(validation)).toBe('')
    expect(dbtLaunches(h.commands) - launches).toBe(1)
    expect(validation.dbt.parse?.partialParse).toBe('reused')
    expect(fullParses(h.commands)).toBe(2) // the prod-target base, and the first dev-target build
  }, 180_000)
})
