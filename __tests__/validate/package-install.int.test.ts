import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { lstat, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DbtError } from '../../src/adapters/dbt/dbt-error.js'
import { copyShopProject, toolPath } from '../fakes/shop-copy.js'
import { validatorHarness, type ValidatorHarness } from '../fakes/validator-harness.js'

const subcommands = (h: ValidatorHarness) =>
  h.commands.filter((c) => c.command === toolPath('dbt')).map((c) => c.args[0])

describe('dbt deps, only when the packages are not installed as the lock file pins them', () => {
  const cleanup: string[] = []
  let projectDir: string

  beforeAll(async () => {
    projectDir = await copyShopProject()
    const pkg = await mkdtemp(path.join(os.tmpdir(), 'autopilot-local-pkg-'))
    cleanup.push(projectDir, pkg)
    await mkdir(path.join(pkg, 'macros'))
    await writeFile(
      path.join(pkg, 'dbt_project.yml'),
      "name: shop_helpers\nversion: '1.0'\nconfig-version: 2\n",
    )
    await writeFile(path.join(pkg, 'macros', 'one.sql'), '{% macro one() %}1{% endmacro %}\n')
    await writeFile(
      path.join(projectDir, 'packages.yml'),
      `packages:\n  - local: ${path.relative(projectDir, pkg)}\n`,
    )
  })
  afterAll(async () => {
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true })
  })

  it('installs a declared package once; the next run finds it installed and skips deps', async () => {
    const first = await validatorHarness(projectDir, { lint: false })
    cleanup.push(first.workDir)
    const base = await first.validator.prepareBase()
    expect(subcommands(first)).toEqual(['deps', 'parse'])
    expect((await lstat(path.join(projectDir, 'dbt_packages', 'shop_helpers'))).isSymbolicLink()).toBe(true)

    // A second run on the same checkout, deferring to a manifest so that it parses nothing: no dbt at all.
    const second = await validatorHarness(projectDir, {
      lint: false,
      stateManifest: path.join(base.stateDir, 'manifest.json'),
    })
    cleanup.push(second.workDir)
    await second.validator.prepareBase()
    expect(subcommands(second)).toEqual([])
  }, 120_000)

  it('says what to do when the package hub cannot be reached, without the traceback', async () => {
    const offline = await copyShopProject()
    cleanup.push(offline)
    await writeFile(
      path.join(offline, 'packages.yml'),
      'packages:\n  - package: dbt-labs/dbt_utils\n    version: [">=1.0.0", "<2.0.0"]\n',
    )
    const h = await validatorHarness(offline, { lint: false })
    cleanup.push(h.workDir)
    // Nothing listens on port 9 of the loopback: dbt's registry client fails as on a runner with no route out.
    const saved = process.env.DBT_PACKAGE_HUB_URL
    process.env.DBT_PACKAGE_HUB_URL = 'http://127.0.0.1:9/'
    try {
      const failure = h.validator.prepareBase()
      await expect(failure).rejects.toThrow(DbtError)
      await expect(failure).rejects.toThrow(
        /could not download the project's packages: a package host is unreachable/,
      )
      await expect(failure).rejects.toThrow(/declare it as a `local:` package/)
      await expect(failure).rejects.not.toThrow(/Traceback/)
    } finally {
      if (saved === undefined) delete process.env.DBT_PACKAGE_HUB_URL
      else process.env.DBT_PACKAGE_HUB_URL = saved
    }
    expect(subcommands(h)).toEqual(['deps'])
  }, 120_000)
})
