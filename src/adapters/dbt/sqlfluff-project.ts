import path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { readIfPresent } from '../../shared/read-if-present.js'

/** Files sqlfluff reads its configuration from, and what must be in them for it to count. */
const CONFIG_FILES: readonly { name: string; section?: RegExp }[] = [
  { name: '.sqlfluff' },
  { name: 'pyproject.toml', section: /^\s*\[tool\.sqlfluff(?:[.:\]])/m },
  { name: 'setup.cfg', section: /^\s*\[sqlfluff(?:[:\]])/m },
  { name: 'tox.ini', section: /^\s*\[sqlfluff(?:[:\]])/m },
]

/**
 * The first file that configures sqlfluff, looking in the project folder and its parents up to the
 * repository root (where sqlfluff would find it when run in the project); undefined when there is none.
 */
export async function findSqlfluffConfig(projectDir: string, repoDir: string): Promise<string | undefined> {
  for (const dir of upTo(projectDir, repoDir)) {
    for (const { name, section } of CONFIG_FILES) {
      const file = path.join(dir, name)
      const text = await readIfPresent(file)
      if (text !== undefined && (!section || section.test(text))) return file
    }
  }
  return undefined
}

/** The templater the configuration file names (`templater = …` in its core section), if any. */
export async function configuredTemplater(configFile: string | undefined): Promise<string | undefined> {
  const text = configFile && (await readIfPresent(configFile))
  return text ? /^\s*templater\s*=\s*["']?([\w-]+)["']?\s*(?:[#;].*)?$/m.exec(text)?.[1] : undefined
}

/**
 * dbt Cloud's templater compiles through the dbt Cloud CLI, which a runner does not have; dbt-core's
 * templater compiles the same project the same way, so sqlfluff is told to use it.
 */
export const templaterOverride = (templater: string | undefined): string[] =>
  templater === 'dbt-cloud' ? ['--templater', 'dbt'] : []

/**
 * Whether sqlfluff compiles with dbt (`templater = dbt`, or `dbt-cloud` run as `dbt`). That templater opens
 * the project's database: a local DuckDB file then cannot be built and linted at the same time.
 */
export async function usesDbtTemplater(configFile: string | undefined): Promise<boolean> {
  const templater = await configuredTemplater(configFile)
  return templater === 'dbt' || templater === 'dbt-cloud'
}

/**
 * The project-relative files a `.sqlfluffignore` excludes (one in any folder from the repository root down
 * to the file's own folder, patterns relative to that folder, as sqlfluff reads them).
 */
export async function sqlfluffIgnored(
  projectDir: string,
  repoDir: string,
  files: readonly string[],
): Promise<string[]> {
  const top = isInside(projectDir, repoDir) ? repoDir : projectDir
  const cache = new Map<string, Ignore | null>()
  const load = async (dir: string): Promise<Ignore | null> => {
    if (!cache.has(dir)) {
      const text = await readIfPresent(path.join(dir, '.sqlfluffignore'))
      cache.set(dir, text === undefined ? null : ignore().add(text))
    }
    return cache.get(dir) ?? null
  }
  const ignored: string[] = []
  for (const file of files) {
    const absolute = path.resolve(projectDir, file)
    if (!isInside(absolute, top)) continue
    for (const dir of upTo(path.dirname(absolute), top).reverse()) {
      const rules = await load(dir)
      if (rules?.ignores(path.relative(dir, absolute).split(path.sep).join('/'))) {
        ignored.push(file)
        break
      }
    }
  }
  return ignored
}

/** `dir` and its parents up to and including `top` (just `dir` when it is not inside `top`). */
function upTo(dir: string, top: string): string[] {
  const dirs = [dir]
  if (!isInside(dir, top)) return dirs
  let current = dir
  while (current !== top) {
    const parent = path.dirname(current)
    if (parent === current) break
    dirs.push(parent)
    current = parent
  }
  return dirs
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}
