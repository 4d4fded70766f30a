import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { copyShopProject, toolPath } from '../fakes/shop-copy.js'

/** Where the integration project's global setup keeps the suite's parsed manifests (see parse-cache-setup.mjs). */
export const PARSE_CACHE_VARIABLE = 'AUTOPILOT_TEST_PARSE_CACHE'

export interface ParsedShop {
  dir: string
  manifestPath: string
  manifestText: string
  cleanup(): Promise<void>
}

/**
 * A copy of examples/shop, optionally edited, with the manifest the venv's real dbt parses from it. dbt runs
 * once per distinct project content in a suite: a copy whose files hash the same as one parsed before gets
 * that manifest from the cache. The manifest's `root_path` then names the folder it was parsed in.
 */
export async function parseShop(edit?: (dir: string) => Promise<void>): Promise<ParsedShop> {
  const dir = await copyShopProject()
  if (edit) await edit(dir)
  const manifestPath = path.join(dir, 'target', 'manifest.json')
  const cacheRoot = process.env[PARSE_CACHE_VARIABLE]
  const cached = cacheRoot ? path.join(cacheRoot, `${await contentHash(dir)}.json`) : undefined
  let manifestText = cached ? await readFile(cached, 'utf8').catch(() => undefined) : undefined
  if (manifestText === undefined) {
    manifestText = await dbtParse(dir)
    if (cached) {
      // Written aside and renamed, so a test reading the cache never sees half a manifest.
      const partial = `${cached}.${process.pid}.partial`
      await writeFile(partial, manifestText)
      await rename(partial, cached)
    }
  } else {
    await mkdir(path.dirname(manifestPath), { recursive: true })
    await writeFile(manifestPath, manifestText)
  }
  return { dir, manifestPath, manifestText, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

async function dbtParse(dir: string): Promise<string> {
  const parse = await new SpawnCommandRunner().run(toolPath('dbt'), ['parse', '--profiles-dir', '.'], {
    cwd: dir,
    env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' },
    timeoutMs: 180_000,
  })
  if (parse.exitCode !== 0) throw new Error(`dbt parse failed in ${dir}:\n${parse.stdout.slice(-3000)}`)
  return readFile(path.join(dir, 'target', 'manifest.json'), 'utf8')
}

/** A digest of every project file's path and bytes (the copy holds no target/ or logs/ yet). */
async function contentHash(dir: string): Promise<string> {
  const hash = createHash('sha256')
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
  for (const file of files) {
    hash.update(`${file}\0`)
    hash.update(await readFile(path.join(dir, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** Replaces text in a project file; fails loudly when the example changed and the text is gone. */
export async function replaceIn(dir: string, file: string, from: string, to: string): Promise<void> {
  const full = path.join(dir, file)
  const text = await readFile(full, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`)
  await writeFile(full, text.replace(from, to))
}
