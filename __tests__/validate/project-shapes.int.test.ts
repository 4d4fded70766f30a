import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { checkPath } from '../../src/guard/paths.js'
import { guardConfigForProject } from '../../src/guard/config.js'
import { projectFolders } from '../../src/project/project-layout.js'
import { describeFailures } from '../../src/validate/describe-failures.js'
import { copyFixtureProject } from '../fakes/shop-copy.js'
import { dbtLaunches, validatorHarness, type ValidatorHarness } from '../fakes/validator-harness.js'

// Project shapes we did not design around (__tests__/fixtures/projects), through the real validator with
// real dbt and sqlfluff. Each fixture is parsed once; every round is one `dbt build`.

async function cleanUp(h: ValidatorHarness): Promise<void> {
  await rm(h.projectDir, { recursive: true, force: true })
  await rm(h.workDir, { recursive: true, force: true })
}

describe('a project with model-paths [transform], test-paths [data-tests], seed-paths [raw]', () => {
  let h: ValidatorHarness

  beforeAll(async () => {
    // lint: auto, and the project has no sqlfluff configuration.
    h = await validatorHarness(await copyFixtureProject('data-tests'), { lint: 'auto' })
  })
  afterAll(() => cleanUp(h))

  it("reads the project's own folders: the guard allows them and names them when it refuses", async () => {
    const base = await h.validator.prepareBase()
    expect(dbtLaunches(h.commands)).toBe(1)
    expect(base.layout?.project.folders).toMatchObject({
      models: ['transform/'],
      tests: ['data-tests/'],
      seeds: ['raw/'],
      analyses: [],
    })
    const guard = guardConfigForProject(projectFolders(base.layout!))
    expect(checkPath('data-tests/assert_x.sql', guard)).toEqual([])
    expect(checkPath('transform/new_model.sql', guard)).toEqual([])
    const [refused] = checkPath('tests/assert_x.sql', guard)
    expect(refused?.rule).toBe('path-not-allowed')
    expect(refused?.message).toContain('its tests live in `data-tests/`')
    expect(checkPath('target/run/x.sql', guard)[0]?.rule).toBe('path-denied')
  }, 120_000)

  it('passes a correct change: a new column and a singular test where dbt reads tests', async () => {
    const model = path.join(h.projectDir, 'transform/order_totals.sql')
    await writeFile(
      model,
      (await readFile(model, 'utf8')).replace(
        '    sum(quantity * price) as order_total\n',
        '    sum(quantity * price) as order_total,\n    sum(quantity) as item_count\n',
      ),
    )
    await writeFile(
      path.join(h.projectDir, 'data-tests/assert_item_count_positive.sql'),
      "select order_id\nfrom {{ ref('order_totals') }}\nwhere item_count <= 0\n",
    )

    const { validation } = await h.validator.validate(1, [
      'transform/order_totals.sql',
      'data-tests/assert_item_count_positive.sql',
    ])

    expect(describeFailures(validation)).toBe('')
    expect(validation.ok).toBe(true)
    expect(validation.changedModels).toEqual(['order_totals'])
    const ran = new Map(validation.dbt.results.map((r) => [r.uniqueId, r.status]))
    expect(ran.get('model.layout.order_totals')).toBe('success')
    expect(ran.get('test.layout.assert_item_count_positive')).toBe('pass')
    expect(validation.dbt.results.find((r) => r.uniqueId === 'model.layout.order_totals')?.file).toBe(
      'transform/order_totals.sql',
    )
    expect(validation.lint.skipped).toMatch(/^lint: not configured in this project/)
  }, 180_000)

  it('never passes a singular test written into tests/, which this project does not read', async () => {
    await mkdir(path.join(h.projectDir, 'tests'), { recursive: true })
    await writeFile(
      path.join(h.projectDir, 'tests/assert_no_empty_orders.sql'),
      "select order_id\nfrom {{ ref('order_totals') }}\nwhere order_total = 0\n",
    )

    const { validation } = await h.validator.validate(2, ['tests/assert_no_empty_orders.sql'])

    expect(validation.ok).toBe(false)
    expect(validation.dbt.exitCode).toBe(0)
    expect(validation.dbt.unchecked).toEqual([
      expect.stringMatching(
        /^`tests\/assert_no_empty_orders\.sql` is not under a folder dbt reads; this project's test-paths `data-tests\/`/,
      ),
    ])
    expect(describeFailures(validation)).toContain('Move it there.')
    expect(dbtLaunches(h.commands)).toBe(3)
  }, 180_000)
})

describe('a project with lint debt and a .sqlfluff (dialect duckdb)', () => {
  let h: ValidatorHarness

  beforeAll(async () => {
    h = await validatorHarness(await copyFixtureProject('lint-debt'), { lint: 'auto' })
    await h.validator.prepareBase()
  }, 120_000)
  afterAll(() => cleanUp(h))

  it('blames the change only for the violation it introduced, not the debt already in the file', async () => {
    const file = path.join(h.projectDir, 'models/legacy_orders.sql')
    // Two lines added above the old ones shift every old violation; one of them brings a new CP01.
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('SELECT\n', 'SELECT\n    2 as order_rank,\n    3 AS batch,\n'),
    )

    const { validation } = await h.validator.validate(1, ['models/legacy_orders.sql'])

    expect(validation.dbt.ok).toBe(true)
    expect(validation.lint.violations).toEqual([
      expect.objectContaining({ file: 'models/legacy_orders.sql', line: 3, code: 'CP01' }),
    ])
    expect(validation.lint.preExisting?.map((v) => v.line).sort()).toEqual([1, 4, 5])
    expect(validation.ok).toBe(false)
    const failures = describeFailures(validation)
    expect(failures).toContain('models/legacy_orders.sql:3:')
    expect(failures).not.toContain('models/legacy_orders.sql:1:')
  }, 180_000)

  it('reports a lint setup error as "not run": not a failure, not sent to the model', async () => {
    await writeFile(
      path.join(h.projectDir, '.sqlfluff'),
      '[sqlfluff]\ndialect = duckdb\ntemplater = nosuch\n',
    )
    const file = path.join(h.projectDir, 'models/orders.sql')
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('    amount\n', '    amount,\n    1 as version\n'),
    )

    const { validation } = await h.validator.validate(2, ['models/orders.sql'])

    expect(validation.lint.notRun).toMatch(/templater 'nosuch'/)
    expect(validation.lint.violations).toEqual([])
    expect(validation.ok).toBe(validation.dbt.ok)
    expect(describeFailures(validation)).not.toMatch(/sqlfluff|nosuch/)
  }, 180_000)
})
