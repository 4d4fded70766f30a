import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { copyShopProject, toolPath } from '../fakes/shop-copy.js'

export interface ParsedShop {
  dir: string
  manifestPath: string
  manifestText: string
  cleanup(): Promise<void>
}

/** A copy of examples/shop, optionally edited, parsed by the venv's real dbt. */
export async function parseShop(edit?: (dir: string) => Promise<void>): Promise<ParsedShop> {
  const dir = await copyShopProject()
  if (edit) await edit(dir)
  const parse = await new SpawnCommandRunner().run(toolPath('dbt'), ['parse', '--profiles-dir', '.'], {
    cwd: dir,
    env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' },
    timeoutMs: 180_000,
  })
  if (parse.exitCode !== 0) throw new Error(`dbt parse failed in ${dir}:\n${parse.stdout.slice(-3000)}`)
  const manifestPath = path.join(dir, 'target', 'manifest.json')
  return {
    dir,
    manifestPath,
    manifestText: await readFile(manifestPath, 'utf8'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
}

/** Replaces text in a project file; fails loudly when the example changed and the text is gone. */
export async function replaceIn(dir: string, file: string, from: string, to: string): Promise<void> {
  const full = path.join(dir, file)
  const text = await readFile(full, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`)
  await writeFile(full, text.replace(from, to))
}
