import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { readDbtProject } from '../../project/dbt-project.js'
import {
  externalAccessNeed,
  isLocalDuckdb,
  profileTarget,
  writeSandboxProfile,
  type ProfileTarget,
} from './dbt-profile.js'
import { envVarNames, sandboxEnvironment } from './sandbox-environment.js'
import type { PreparedSandbox } from './sandboxed-runner.js'

export interface DbtSandboxInput {
  repoDir: string
  projectDir: string
  /** The folder holding the profiles.yml dbt reads (see `locateProfilesDir`). */
  profilesDir?: string
  target?: string
  /** The run's own folder for dbt: logs, the private HOME and the run's copy of profiles.yml. */
  workDir: string
  /** Executables the sandbox runs (dbt, sqlfluff): their installation stays visible. */
  executables: string[]
  inherited: NodeJS.ProcessEnv
  /** The run's secret values: never in the sandbox's environment. */
  secrets: readonly (string | undefined)[]
}

/** Where the run's copy of profiles.yml goes; dbt gets `--profiles-dir` pointing here. */
export function sandboxProfilesDir(workDir: string): string {
  return path.join(workDir, 'profile')
}

/** Credentials under HOME that nothing dbt does needs. */
const HOME_CREDENTIALS = [
  '.ssh',
  '.aws',
  '.azure',
  '.config/gcloud',
  '.config/gh',
  '.docker',
  '.kube',
  '.git-credentials',
  '.gitconfig',
  '.netrc',
  '.npmrc',
  '.pypirc',
  '.anthropic',
  '.claude',
]

/**
 * The sandbox for dbt and sqlfluff in this project: the repository read-only except the project's target
 * and package folders and the run's work folder, `.git` and the runner's temp folder (where
 * actions/checkout keeps credentials) covered, the environment reduced to an allow-list plus what the
 * profile names, no network for a local DuckDB. Read from the checkout before any edit.
 */
export async function prepareDbtSandbox(input: DbtSandboxInput): Promise<PreparedSandbox> {
  const { repoDir, projectDir, workDir } = input
  const project = await readDbtProject(projectDir)
  const profileFile = input.profilesDir && path.join(input.profilesDir, 'profiles.yml')
  const profileText = profileFile ? await readFile(profileFile, 'utf8').catch(() => undefined) : undefined
  const projectText = await readFile(path.join(projectDir, 'dbt_project.yml'), 'utf8')
  const target = profileText ? profileTarget(profileText, project.profile, input.target) : undefined

  const home = path.join(workDir, 'home')
  const writable = [project.targetDir, workDir, home]
  if (project.declaresPackages) writable.push(project.packagesDir)
  for (const dir of writable) await mkdir(dir, { recursive: true })
  if (existsSync(path.join(projectDir, 'logs'))) writable.push(path.join(projectDir, 'logs'))

  const local = target !== undefined && isLocalDuckdb(target.output)
  const externalAccess =
    local && profileText !== undefined
      ? await lockDownDuckdb(target, project.seedPaths, input, profileText)
      : undefined
  if (profileText !== undefined && externalAccess === undefined)
    await writeSandboxProfile({
      dir: sandboxProfilesDir(workDir),
      text: profileText,
      target,
      lockdown: false,
      allowedDirectories: [],
    })
  if (local) {
    const database = duckdbFile(target.output, projectDir)
    if (database && !isInside(database, repoDir)) {
      await mkdir(path.dirname(database), { recursive: true })
      writable.push(path.dirname(database))
    }
  }

  const { env } = sandboxEnvironment({
    inherited: input.inherited,
    named: envVarNames(`${profileText ?? ''}\n${projectText}`),
    secrets: input.secrets,
    home,
  })
  if (profileText !== undefined) env.DBT_PROFILES_DIR = sandboxProfilesDir(workDir)
  return {
    spec: {
      readOnly: existing([
        repoDir,
        projectDir,
        input.profilesDir,
        ...installations(input.executables, env.PATH),
      ]),
      hidden: hiddenPaths(repoDir, input.inherited),
      writable,
      env,
      network: !local,
    },
    ...(externalAccess ? { externalAccess } : {}),
  }
}

async function lockDownDuckdb(
  target: ProfileTarget,
  seedPaths: string[],
  input: DbtSandboxInput,
  profileText: string,
): Promise<{ disabled: boolean; reason?: string }> {
  const reason = externalAccessNeed(target.output) ?? (await projectReadsFiles(input.projectDir))
  await writeSandboxProfile({
    dir: sandboxProfilesDir(input.workDir),
    text: profileText,
    target,
    lockdown: reason === undefined,
    allowedDirectories: seedPaths.map((dir) => path.resolve(input.projectDir, dir)),
  })
  return reason === undefined ? { disabled: true } : { disabled: false, reason }
}

/** The project's own SQL reads or writes files (external materializations, `read_csv` sources). */
async function projectReadsFiles(projectDir: string): Promise<string | undefined> {
  const project = await readFile(path.join(projectDir, 'dbt_project.yml'), 'utf8')
  if (/materialized['"]?\s*[:=]\s*['"]?external/.test(project))
    return 'the project uses `external` materializations'
  return undefined
}

function duckdbFile(output: ProfileTarget['output'], projectDir: string): string | undefined {
  const file = output.path
  if (!file || file === ':memory:' || file.startsWith(':memory:')) return undefined
  return path.resolve(projectDir, file)
}

/** The installation a command runs from (a venv's root), found on PATH and through symlinks. */
function installations(executables: string[], searchPath = ''): string[] {
  const roots: string[] = []
  for (const executable of executables) {
    const candidates = executable.includes('/')
      ? [executable]
      : searchPath
          .split(path.delimiter)
          .filter(Boolean)
          .map((dir) => path.join(dir, executable))
    const found = candidates.find((file) => existsSync(file))
    if (!found) continue
    roots.push(path.dirname(path.dirname(realpathSync(found))))
  }
  return roots
}

/** `.git` (a folder, or a worktree's file and the folders it points to), the runner's temp, HOME's keys. */
function hiddenPaths(repoDir: string, env: NodeJS.ProcessEnv): string[] {
  const hidden = [...gitPaths(repoDir)]
  if (env.RUNNER_TEMP) hidden.push(env.RUNNER_TEMP)
  if (env.HOME) hidden.push(...HOME_CREDENTIALS.map((name) => path.join(env.HOME ?? '', name)))
  return existing(hidden)
}

function gitPaths(repoDir: string): string[] {
  const dotGit = path.join(repoDir, '.git')
  if (!existsSync(dotGit) || statSync(dotGit).isDirectory()) return [dotGit]
  const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim()
  if (!pointer) return [dotGit]
  const gitDir = path.resolve(repoDir, pointer)
  const common = path.join(gitDir, 'commondir')
  const commonDir = existsSync(common) ? path.resolve(gitDir, readFileSync(common, 'utf8').trim()) : undefined
  return [dotGit, gitDir, ...(commonDir ? [commonDir] : [])]
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function existing(paths: (string | undefined)[]): string[] {
  return [...new Set(paths.filter((p): p is string => Boolean(p) && existsSync(p as string)))]
}
