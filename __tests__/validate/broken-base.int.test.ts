import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { copyShopProject } from '../fakes/shop-copy.js'
import { DBT_TIMEOUT_MS, validatorHarness, type ValidatorHarness } from '../fakes/validator-harness.js'

describe('DbtValidator on a base that does not parse (a broken ref)', () => {
  let h: ValidatorHarness
  let file: string
  let fixed: string

  beforeAll(async () => {
    const projectDir = await copyShopProject()
    file = path.join(projectDir, 'models/intermediate/int_order_totals.sql')
    fixed = await readFile(file, 'utf8')
    expect(fixed).toContain("ref('stg_payments')")
    await writeFile(file, fixed.replace("ref('stg_payments')", "ref('stg_paymentz')"))
    h = await validatorHarness(projectDir, { lint: false })
  })
  afterAll(async () => {
    await rm(h.projectDir, { recursive: true, force: true })
    await rm(h.workDir, { recursive: true, force: true })
  })

  it(
    'reports the parse error instead of refusing, then validates the fix alone',
    async () => {
      const base = await h.validator.prepareBase()
      expect(base.brokenBase).toContain("depends on a node named 'stg_paymentz'")
      expect(base.mode).toBe('full')
      expect(base.graph).toBeUndefined()

      // Without the fix, the change's project does not parse either: the round fails and says why.
      const still = await h.validator.validate(1, ['models/intermediate/int_order_totals.sql'])
      expect(still.validation.ok).toBe(false)
      expect(still.validation.dbt.error).toContain('stg_paymentz')

      await writeFile(file, fixed)
      const round = await h.validator.validate(2, ['models/intermediate/int_order_totals.sql'])
      expect(round.validation.dbt.error).toBeUndefined()
      expect(round.validation.ok).toBe(true)
      expect(round.validation.dbt.command).toBe('dbt build --select fqn:*')
      // Everything the fixed manifest selects is built, not only the changed model and its children.
      const built = new Set(round.validation.dbt.results.map((result) => result.uniqueId))
      expect(built).toContain('model.shop.int_order_totals')
      expect(built).toContain('model.shop.stg_customers')
      expect(round.validation.changedModels).toEqual(['int_order_totals'])
    },
    DBT_TIMEOUT_MS,
  )

  it(
    'keeps a run that cannot start (a missing profile) an error',
    async () => {
      const other = await validatorHarness(await copyShopProject(), { lint: false })
      try {
        const project = path.join(other.projectDir, 'dbt_project.yml')
        await writeFile(project, (await readFile(project, 'utf8')).replace(/^profile:.*$/m, 'profile: nope'))
        await expect(other.validator.prepareBase()).rejects.toThrow(/nothing to compare changes with/)
      } finally {
        await rm(other.projectDir, { recursive: true, force: true })
        await rm(other.workDir, { recursive: true, force: true })
      }
    },
    DBT_TIMEOUT_MS,
  )
})
