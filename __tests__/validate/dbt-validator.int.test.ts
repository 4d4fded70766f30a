import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { describeFailures } from '../../src/validate/describe-failures.js'
import { copyShopProject, toolPath } from '../fakes/shop-copy.js'
import {
  DBT_TIMEOUT_MS,
  dbtLaunches,
  validatorHarness,
  type ValidatorHarness,
} from '../fakes/validator-harness.js'

async function harness(
  overrides: Parameters<typeof validatorHarness>[1] = {},
  projectDir?: string,
): Promise<ValidatorHarness> {
  return validatorHarness(projectDir ?? (await copyShopProject()), overrides)
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, 'utf8')
  const after = change(before)
  expect(after).not.toBe(before)
  await writeFile(file, after)
}

describe('DbtValidator on a fresh DuckDB (base parsed from the checkout)', () => {
  let h: ValidatorHarness

  beforeAll(async () => {
    h = await harness()
  })
  afterAll(async () => {
    await rm(h.projectDir, { recursive: true, force: true })
    await rm(h.workDir, { recursive: true, force: true })
  })

  it('parses the untouched project into a base manifest outside the project', async () => {
    const base = await h.validator.prepareBase()

    expect(base.mode).toBe('with-parents')
    expect(base.stateDir.startsWith(h.workDir)).toBe(true)
    expect(base.graph?.get('model.shop.orders')?.file).toBe('models/marts/orders.sql')
    const saved = JSON.parse(await readFile(path.join(base.stateDir, 'manifest.json'), 'utf8')) as {
      nodes: Record<string, unknown>
    }
    expect(Object.keys(saved.nodes)).toContain('model.shop.customers')
    expect(dbtLaunches(h.commands)).toBe(1)
    // dbt's logs and artifacts stay in the ignored target folder: nothing new for the publish step to commit.
    expect((await readdir(h.projectDir)).sort()).toEqual(
      [
        '.sqlfluff',
        '.sqlfluffignore',
        'README.md',
        'dbt_project.yml',
        'macros',
        'models',
        'profiles.yml',
        'seeds',
        'target',
        'tests',
      ].sort(),
    )
  }, 120_000)

  it('builds a mart with a new column together with its parents, and nothing unrelated', async () => {
    await edit(path.join(h.projectDir, 'models/marts/orders.sql'), (sql) =>
      sql.replace(
        '    totals.amount_paid >= totals.order_subtotal as is_paid\n',
        '    totals.amount_paid >= totals.order_subtotal as is_paid,\n    totals.item_count > 1 as is_multi_item\n',
      ),
    )
    await edit(path.join(h.projectDir, 'models/marts/_marts.yml'), (yml) =>
      yml.replace(
        '      - name: is_paid\n        data_type: boolean\n',
        '      - name: is_paid\n        data_type: boolean\n      - name: is_multi_item\n        data_type: boolean\n',
      ),
    )
    const launchesBefore = dbtLaunches(h.commands)

    const { validation } = await h.validator.validate(1, [
      'models/marts/orders.sql',
      'models/marts/_marts.yml',
    ])

    expect(describeFailures(validation)).toBe('')
    expect(validation.ok).toBe(true)
    expect(validation.dbt.mode).toBe('with-parents')
    expect(validation.changedModels).toEqual(['orders'])
    const ran = new Map(validation.dbt.results.map((r) => [r.uniqueId, r]))
    expect(ran.get('model.shop.orders')).toMatchObject({ status: 'success', file: 'models/marts/orders.sql' })
    expect(ran.get('model.shop.int_order_totals')?.status).toBe('success') // parent, built because nothing to defer to
    expect(ran.get('model.shop.customers')?.status).toBe('success') // child
    expect(ran.has('model.shop.metricflow_time_spine')).toBe(false) // outside the selection
    expect(validation.lint).toEqual({
      ok: true,
      files: ['models/marts/orders.sql'],
      violations: [],
      preExisting: [],
    })
    expect(dbtLaunches(h.commands) - launchesBefore).toBe(1)
  }, 180_000)

  it('reports a broken model with its dbt error and file, and lint violations with their line', async () => {
    await edit(path.join(h.projectDir, 'models/staging/stg_customers.sql'), (sql) =>
      sql
        .replace('    first_name,\n', '    frist_name,\n')
        .replace('    email,\n', '    LOWER(email) as email,\n'),
    )

    const { validation } = await h.validator.validate(2, ['models/staging/stg_customers.sql'])

    expect(validation.ok).toBe(false)
    expect(validation.dbt.ok).toBe(false)
    expect(validation.changedModels).toEqual(['stg_customers'])
    const broken = validation.dbt.results.find((r) => r.uniqueId === 'model.shop.stg_customers')
    expect(broken).toMatchObject({ status: 'error', file: 'models/staging/stg_customers.sql' })
    expect(broken?.message).toContain('frist_name')
    expect(validation.dbt.results.find((r) => r.uniqueId === 'model.shop.customers')?.status).toBe('skipped')
    expect(validation.lint.violations).toContainEqual(
      expect.objectContaining({ file: 'models/staging/stg_customers.sql', line: 6, code: 'CP03' }),
    )
    const description = describeFailures(validation)
    expect(description).toContain('model.shop.stg_customers (models/staging/stg_customers.sql): error')
    expect(description).toContain('frist_name')
    expect(description).toMatch(/models\/staging\/stg_customers\.sql:6:\d+ CP03/)
  }, 180_000)

  it('reports a project dbt cannot parse as a build error, not as a pass', async () => {
    await writeFile(
      path.join(h.projectDir, 'models/marts/broken_ref.sql'),
      "select * from {{ ref('no_such_model') }}\n",
    )

    const { validation } = await h.validator.validate(3, ['models/marts/broken_ref.sql'])

    expect(validation.ok).toBe(false)
    expect(validation.dbt.results).toEqual([])
    expect(validation.dbt.error).toContain('no_such_model')
    expect(describeFailures(validation)).toContain('no_such_model')
  }, 180_000)
})

describe('DbtValidator with a production manifest', () => {
  let h: ValidatorHarness

  beforeAll(async () => {
    const projectDir = await copyShopProject()
    // Play production: build everything once, keep its manifest, then validate against it.
    const runner = new SpawnCommandRunner()
    const prodTarget = path.join(projectDir, 'target', 'prod')
    const prod = await runner.run(
      toolPath('dbt'),
      [
        'build',
        '--profiles-dir',
        '.',
        '--target-path',
        prodTarget,
        '--log-path',
        path.join(prodTarget, 'logs'),
      ],
      { cwd: projectDir, env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' }, timeoutMs: DBT_TIMEOUT_MS },
    )
    expect(prod.exitCode).toBe(0)
    const productionManifest = path.join(os.tmpdir(), `autopilot-prod-manifest-${process.pid}.json`)
    await copyFile(path.join(prodTarget, 'manifest.json'), productionManifest)
    h = await harness({ stateManifest: productionManifest, profilesDir: projectDir }, projectDir)
  }, 180_000)
  afterAll(async () => {
    await rm(h.projectDir, { recursive: true, force: true })
    await rm(h.workDir, { recursive: true, force: true })
  })

  it('defers to production and builds only the modified model and its children', async () => {
    const base = await h.validator.prepareBase()
    expect(base.mode).toBe('deferred')
    expect(dbtLaunches(h.commands)).toBe(0)

    await edit(path.join(h.projectDir, 'models/marts/customers.sql'), (sql) =>
      sql.replace(
        '    customers.email,\n',
        "    customers.email,\n    customers.first_name || ' ' || customers.last_name as full_name,\n",
      ),
    )
    const { validation } = await h.validator.validate(1, [
      path.join(h.projectDir, 'models/marts/customers.sql'),
    ])

    expect(describeFailures(validation)).toBe('')
    expect(validation.ok).toBe(true)
    expect(validation.dbt.mode).toBe('deferred')
    expect(validation.dbt.command).toContain('--defer')
    const ran = validation.dbt.results.map((r) => r.uniqueId)
    expect(ran).toContain('model.shop.customers')
    expect(ran).not.toContain('model.shop.orders')
    expect(ran).not.toContain('model.shop.stg_customers')
    expect(dbtLaunches(h.commands)).toBe(1)
  }, 180_000)
})
