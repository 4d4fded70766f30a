import { describe, expect, it } from '@jest/globals'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SpawnCommandRunner } from '../../../src/adapters/process/command-runner.js'
import { SqlfluffLinter } from '../../../src/adapters/dbt/sqlfluff-linter.js'
import { copyShopProject, toolPath } from '../../fakes/shop-copy.js'

// The venv's real sqlfluff on a copy of examples/shop; the report parsing is unit-tested beside this file.
describe('SqlfluffLinter with real sqlfluff', () => {
  it('lints files with the project config and reports each violation by file and line', async () => {
    const projectDir = await copyShopProject()
    await writeFile(
      path.join(projectDir, 'models/staging/stg_refunds.sql'),
      "select\n    order_id,\n    AMOUNT\nfrom {{ ref('stg_payments') }}\n",
    )
    const linter = new SqlfluffLinter(
      { projectDir, executable: toolPath('sqlfluff'), timeoutMs: 120_000 },
      new SpawnCommandRunner(),
    )

    const violations = await linter
      .lint(['models/staging/stg_refunds.sql', 'models/marts/orders.sql'])
      .finally(() => rm(projectDir, { recursive: true, force: true }))

    expect(violations).toEqual([
      expect.objectContaining({ file: 'models/staging/stg_refunds.sql', line: 3, column: 5, code: 'CP02' }),
    ])
  }, 60_000)
})
