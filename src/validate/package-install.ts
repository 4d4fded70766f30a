import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { DbtInvocation } from '../adapters/dbt/dbt-cli.js'
import { DbtError } from '../adapters/dbt/dbt-error.js'
import type { DbtProject } from '../project/dbt-project.js'
import type { Log } from '../shared/log.js'
import { readIfPresent } from '../shared/read-if-present.js'

const EntrySchema = z.looseObject({
  package: z.string().optional(),
  local: z.string().optional(),
  git: z.string().optional(),
  tarball: z.string().optional(),
  private: z.string().optional(),
  subdirectory: z.string().optional(),
  name: z.string().optional(),
})
type Entry = z.infer<typeof EntrySchema>
const PackagesSchema = z.looseObject({ packages: z.array(z.unknown()).nullish() }).nullish()

/**
 * Why `dbt deps` must run before dbt can parse the project, or undefined when every package
 * `package-lock.yml` pins is installed where dbt looks: then deps is skipped (it would delete and fetch
 * them all again, and fails on a runner without access to the package hub). The lock must list every
 * package packages.yml or dependencies.yml declares; a `local:` package must be dbt's link to its folder.
 */
export async function packagesToInstall(project: DbtProject): Promise<string | undefined> {
  const declared = [
    ...(await entriesOf(path.join(project.dir, 'packages.yml'))),
    ...(await entriesOf(path.join(project.dir, 'dependencies.yml'))),
  ]
  const lock = await entriesOf(path.join(project.dir, 'package-lock.yml'))
  if (lock.length === 0) return 'no package-lock.yml pins the declared packages yet'
  const locked = new Set(lock.map((entry) => identity(project, entry)))
  const unlocked = declared.find((entry) => !locked.has(identity(project, entry)))
  if (unlocked) return `package-lock.yml does not pin ${describe(unlocked)}`
  const installed = new Set(await readdir(project.packagesDir).catch(() => []))
  for (const entry of lock) {
    if (!entry.name) return `package-lock.yml does not name the folder of ${describe(entry)}`
    if (!installed.has(entry.name)) return `${describe(entry)} is not installed in ${folderName(project)}`
    const dir = path.join(project.packagesDir, entry.name)
    if (!(await isFile(path.join(dir, 'dbt_project.yml'))))
      return `${folderName(project)}/${entry.name} holds no dbt_project.yml`
    if (entry.local !== undefined && !(await linksTo(dir, path.resolve(project.dir, entry.local))))
      return `${folderName(project)}/${entry.name} is not a link to the local package ${entry.local}`
  }
  return undefined
}

/**
 * `dbt deps` when the project declares packages that are not installed as package-lock.yml pins them, and
 * nothing otherwise; a failure is a `DbtError` saying what to do.
 */
export async function installPackages(
  project: DbtProject,
  dbt: { deps(): Promise<DbtInvocation> },
  log: Log,
): Promise<void> {
  if (!project.declaresPackages) return
  const why = await packagesToInstall(project)
  if (!why) {
    log.info('dbt deps skipped: every package package-lock.yml pins is installed.')
    return
  }
  log.info(`Running dbt deps: ${why}.`)
  const deps = await dbt.deps()
  if (deps.exitCode !== 0) throw new DbtError(depsFailure(deps))
}

/**
 * What a failed `dbt deps` means and what to do, without Python's traceback: an unreachable package hub
 * or git host is the runner's network, and the way out is packages that need none.
 */
export function depsFailure(invocation: DbtInvocation): string {
  const messages = invocation.errors.filter(
    (message) => !message.startsWith('Traceback (most recent call last)'),
  )
  const detail = (messages.join('\n').trim() || `exit code ${invocation.exitCode}`).slice(0, 1000)
  const hub = /hub\.getdbt\.com/.test(detail)
  const network =
    /Max retries exceeded|NameResolutionError|Failed to resolve|Name or service not known|Temporary failure in name resolution|Connection (?:refused|reset|timed out)|Could not resolve host|unable to access|Network is unreachable/i.test(
      detail,
    )
  if (hub || network) {
    const where = hub ? 'the dbt package hub (hub.getdbt.com)' : 'a package host'
    return (
      `dbt deps could not download the project's packages: ${where} is unreachable from this runner. ` +
      'Vendor each package into the repository and declare it as a `local:` package in packages.yml, or ' +
      'install the packages before Autopilot runs (a `dbt deps` step with network access, or ' +
      `${'`'}dbt_packages/${'`'} restored from a cache) with a package-lock.yml that pins them, so deps is skipped. dbt said: ${detail}`
    )
  }
  return (
    `dbt deps failed: ${detail}\nFix packages.yml or dependencies.yml, or install the packages before ` +
    'Autopilot runs (with a package-lock.yml that pins them, so deps is skipped).'
  )
}

async function entriesOf(file: string): Promise<Entry[]> {
  const text = await readIfPresent(file)
  if (text === undefined) return []
  let parsed: unknown
  try {
    parsed = parseYaml(text)
  } catch {
    return []
  }
  const packages = PackagesSchema.safeParse(parsed)
  if (!packages.success) return []
  return (packages.data?.packages ?? []).flatMap((entry) => {
    const read = EntrySchema.safeParse(entry)
    return read.success ? [read.data] : []
  })
}

/** How packages.yml and package-lock.yml both name a package: its source, not its version. */
function identity(project: DbtProject, entry: Entry): string {
  if (entry.local !== undefined) return `local:${path.resolve(project.dir, entry.local)}`
  if (entry.git !== undefined) return `git:${entry.git}#${entry.subdirectory ?? ''}`
  if (entry.tarball !== undefined) return `tarball:${entry.tarball}`
  if (entry.private !== undefined) return `private:${entry.private}#${entry.subdirectory ?? ''}`
  return `package:${entry.package ?? ''}`
}

function describe(entry: Entry): string {
  const source = entry.package ?? entry.git ?? entry.tarball ?? entry.private ?? entry.local ?? 'a package'
  return `\`${source}\``
}

function folderName(project: DbtProject): string {
  return path.relative(project.dir, project.packagesDir) || project.packagesDir
}

async function linksTo(link: string, target: string): Promise<boolean> {
  const info = await lstat(link).catch(() => undefined)
  if (!info?.isSymbolicLink()) return false
  const [resolved, wanted] = await Promise.all([
    realpath(link).catch(() => ''),
    realpath(target).catch(() => target),
  ])
  return resolved === wanted
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false
}
