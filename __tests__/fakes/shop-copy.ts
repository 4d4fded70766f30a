import { cp, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const shopProjectDir = path.join(repoRoot, 'examples', 'shop')

const SKIPPED = new Set(['target', 'logs', 'dbt_packages', '.user.yml'])

/**
 * Copies examples/shop to a fresh temp folder and returns its path. dbt never runs in examples/shop itself,
 * so tests can run side by side without sharing a DuckDB file or a target folder.
 */
export function copyShopProject(): Promise<string> {
  return copyProject(shopProjectDir, 'shop')
}

/** A project of `__tests__/fixtures/projects/`: shapes we did not design around. */
export function copyFixtureProject(name: string): Promise<string> {
  return copyProject(path.join(repoRoot, '__tests__', 'fixtures', 'projects', name), name)
}

async function copyProject(source: string, label: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `autopilot-${label}-`))
  await cp(source, dir, {
    recursive: true,
    filter: (entry) => {
      const relative = path.relative(source, entry)
      const top = relative.split(path.sep)[0] ?? ''
      return !SKIPPED.has(top) && !entry.endsWith('.duckdb')
    },
  })
  return dir
}

/** Path of a tool from the Python venv: `$AUTOPILOT_BIN_DIR/<name>`, else `<repo>/.venv/bin/<name>`. */
export function toolPath(name: 'dbt' | 'sqlfluff'): string {
  return path.join(process.env.AUTOPILOT_BIN_DIR ?? path.join(repoRoot, '.venv', 'bin'), name)
}
