import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { DbtInvocation } from '../../src/adapters/dbt/dbt-cli.js'
import { DbtError } from '../../src/adapters/dbt/dbt-error.js'
import { SchemaDriftSource, type CatalogRunner } from '../../src/drift/schema-drift-source.js'
import { MemoryLog } from '../../src/shared/log.js'

// The dbt side of drift detection, scripted: what runs first, and what a failed dbt command becomes.

const failed = (commandLine: string, error: string): DbtInvocation => ({
  commandLine,
  exitCode: 1,
  timedOut: false,
  errors: [error],
})

describe('SchemaDriftSource', () => {
  const dirs: string[] = []
  afterEach(() => Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))))

  async function project(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'drift-source-'))
    dirs.push(dir)
    await writeFile(path.join(dir, 'dbt_project.yml'), 'name: shop\nprofile: shop\n')
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text)
    return dir
  }

  function runner(): CatalogRunner & { calls: string[] } {
    const calls: string[] = []
    return {
      calls,
      deps: async () => {
        calls.push('deps')
        return { commandLine: 'dbt deps', exitCode: 0, timedOut: false, errors: [] }
      },
      docsGenerate: async (select) => {
        calls.push(`docs generate --select ${select}`)
        return failed('dbt docs generate', 'Database Error: could not connect to the warehouse')
      },
    }
  }

  const source = (projectDir: string, dbt: CatalogRunner) =>
    new SchemaDriftSource(dbt, { projectDir, targetPath: path.join(projectDir, 'out'), log: new MemoryLog() })

  it('installs declared packages before reading the catalog, and says why the catalog could not be read', async () => {
    const dir = await project({
      'packages.yml': 'packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n',
    })
    const dbt = runner()
    const fetch = source(dir, dbt).fetch('schema-drift')
    await expect(fetch).rejects.toThrow(DbtError)
    await expect(fetch).rejects.toThrow(/dbt docs generate failed.*could not connect to the warehouse/)
    expect(dbt.calls).toEqual(['deps', 'docs generate --select source:*'])
  })

  it('skips deps when the packages package-lock.yml pins are installed, as validation does', async () => {
    const dir = await project({
      'packages.yml': 'packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n',
      'package-lock.yml':
        'packages:\n  - package: dbt-labs/dbt_utils\n    name: dbt_utils\n    version: 1.3.0\n',
    })
    await mkdir(path.join(dir, 'dbt_packages', 'dbt_utils'), { recursive: true })
    await writeFile(path.join(dir, 'dbt_packages', 'dbt_utils', 'dbt_project.yml'), 'name: dbt_utils\n')
    const dbt = runner()
    await expect(source(dir, dbt).fetch('schema-drift')).rejects.toThrow(DbtError)
    expect(dbt.calls).toEqual(['docs generate --select source:*'])
  })

  it('skips deps when the project declares no packages', async () => {
    const dir = await project({})
    const dbt = runner()
    await expect(source(dir, dbt).fetch('schema-drift')).rejects.toThrow(DbtError)
    expect(dbt.calls).toEqual(['docs generate --select source:*'])
  })
})
