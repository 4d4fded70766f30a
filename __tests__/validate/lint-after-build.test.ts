import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { DbtInvocation, DbtRunner } from '../../src/adapters/dbt/dbt-cli.js'
import type { Linter } from '../../src/adapters/dbt/sqlfluff-linter.js'
import { MemoryLog } from '../../src/shared/log.js'
import { DbtValidator } from '../../src/validate/dbt-validator.js'
import { manifest, model } from '../project/manifests/build.js'

// sqlfluff's dbt templater compiles with dbt, which opens the project's database: a local DuckDB file is
// locked while `dbt build` runs, so lint must not run beside the build (it failed with "Could not set lock").

const ok = (commandLine: string): DbtInvocation => ({ commandLine, exitCode: 0, timedOut: false, errors: [] })

/** Runs `build` and `lint` against a project whose .sqlfluff says `templater`, recording what overlapped. */
async function roundOf(templater: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-lint-order-'))
  await writeFile(path.join(dir, 'dbt_project.yml'), 'name: shop\nversion: "1"\nconfig-version: 2\n')
  await writeFile(path.join(dir, '.sqlfluff'), `[sqlfluff]\ndialect = duckdb\ntemplater = ${templater}\n`)
  await mkdir(path.join(dir, 'models'))
  await writeFile(path.join(dir, 'models/orders.sql'), 'select 1 as id\n')
  const events: string[] = []
  let building = false
  let lintCalled = () => {}
  const linted = new Promise<void>((resolve) => (lintCalled = resolve))
  const writeManifest = async (targetPath: string, sql: string) => {
    await mkdir(targetPath, { recursive: true })
    const json = manifest({ nodes: [model('orders', { file: 'models/orders.sql', sql })] })
    await writeFile(path.join(targetPath, 'manifest.json'), JSON.stringify(json))
  }
  const dbt: DbtRunner = {
    deps: () => Promise.resolve(ok('dbt deps')),
    parse: async (targetPath) => {
      await writeManifest(targetPath, 'v1')
      return ok('dbt parse')
    },
    build: async (_select, _options, targetPath) => {
      building = true
      events.push('build started')
      await writeManifest(targetPath, 'v2')
      const results = {
        results: [{ unique_id: 'model.shop.orders', status: 'success', execution_time: 0.1 }],
      }
      await writeFile(path.join(targetPath, 'run_results.json'), JSON.stringify(results))
      // Holds the database until lint has run or, when lint waits for the build, a moment has passed.
      await Promise.race([
        linted,
        new Promise((resolve) => setTimeout(resolve, templater === 'dbt' ? 50 : 10_000)),
      ])
      events.push('build finished')
      building = false
      return ok('dbt build')
    },
  }
  const linter: Linter = {
    checkAvailable: () => Promise.resolve(),
    configuration: () => Promise.resolve(path.join(dir, '.sqlfluff')),
    ignoredFiles: () => Promise.resolve([]),
    lint: (files, projectDir) => {
      if (projectDir === undefined || projectDir === dir) {
        events.push(building ? 'lint during build' : 'lint')
        lintCalled()
      }
      return Promise.resolve([])
    },
  }
  const work = await mkdtemp(path.join(os.tmpdir(), 'autopilot-lint-order-work-'))
  const validator = new DbtValidator(
    { projectDir: dir, lint: 'auto', workDir: work },
    dbt,
    linter,
    new MemoryLog(),
  )
  await validator.prepareBase()
  await writeFile(path.join(dir, 'models/orders.sql'), 'select 1 as id, 2 as total\n')
  const { validation } = await validator.validate(1, ['models/orders.sql'])
  expect(validation.dbt.ok).toBe(true)
  return events
}

describe('DbtValidator with sqlfluff templater = dbt', () => {
  it('lints after the build, never while dbt holds the database', async () => {
    expect(await roundOf('dbt')).toEqual(['build started', 'build finished', 'lint'])
  })

  it('lints beside the build with any other templater', async () => {
    expect(await roundOf('jinja')).toEqual(['build started', 'lint during build', 'build finished'])
  })
})
