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
export async function copyShopProject(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-shop-'))
  await cp(shopProjectDir, dir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(shopProjectDir, source)
      const top = relative.split(path.sep)[0] ?? ''
      return !SKIPPED.has(top) && !source.endsWith('.duckdb')
    },
  })
  return dir
}

/** Path of a tool from the Python venv: `$AUTOPILOT_BIN_DIR/<name>`, else `<repo>/.venv/bin/<name>`. */
export function toolPath(name: 'dbt' | 'sqlfluff'): string {
  return path.join(process.env.AUTOPILOT_BIN_DIR ?? path.join(repoRoot, '.venv', 'bin'), name)
}
