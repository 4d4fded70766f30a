import { cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { hardenedGitArgs } from '../adapters/git/git-hardening.js'
import { SpawnCommandRunner, type CommandRunner } from '../adapters/process/command-runner.js'
import type { SandboxMode, SandboxReport } from '../adapters/sandbox/sandbox-spec.js'
import { UsageError } from '../cli/command-io.js'
import { inputsFromEnvironment } from '../config/input-wording.js'
import { withCloudSecrets } from '../config/cloud-secrets.js'
import { defaultInputs, parseSettings } from '../config/settings.js'
import { composeValidator } from '../run/compose.js'
import type { Log } from '../shared/log.js'
import type { BuildMode, Validation } from '../validate/validation.js'

export interface WorkingTreeValidation {
  /** True when nothing changed, or dbt and sqlfluff passed the change. */
  ok: boolean
  base: { ref: string; sha: string; mode?: BuildMode; brokenBase?: string }
  /** Files of the project that differ from the base, relative to the project folder. */
  changedFiles: string[]
  /** Changed files outside the project folder: not validated. */
  outsideProject: string[]
  sandbox?: SandboxReport
  validation?: Validation
  message: string
}

export interface ValidateOptions {
  projectDir: string
  baseRef: string
  dbtTarget?: string
  profilesDir?: string
  dbtExecutable: string
  sqlfluffExecutable: string
  sandbox: SandboxMode
  env: NodeJS.ProcessEnv
  log: Log
  commands?: CommandRunner
}

/**
 * Validates the working tree's change as a run validates the agent's: a copy of the repository at the
 * base commit is parsed as the base, the changed files are laid over it, and one slim `dbt build` (with
 * sqlfluff and the SQL verdict) runs in the same sandbox. The checkout itself is only read: dbt's target
 * folders, its database file and the lock files it writes stay in the copy, which is removed afterwards.
 */
export async function validateWorkingTree(options: ValidateOptions): Promise<WorkingTreeValidation> {
  const commands = options.commands ?? new SpawnCommandRunner()
  const git = async (cwd: string, args: string[]): Promise<string> => {
    const result = await commands.run('git', hardenedGitArgs(args), { cwd })
    if (result.exitCode !== 0)
      throw new UsageError(
        `git ${args[0] ?? ''} failed in ${cwd}: ${result.stderr.trim() || result.stdout.trim()}`,
      )
    return result.stdout
  }
  const projectDir = path.resolve(options.projectDir)
  if (!(await stat(projectDir).catch(() => undefined))?.isDirectory())
    throw new UsageError(
      `${projectDir} is not a folder: pass project_dir, the folder holding dbt_project.yml.`,
    )
  const repoDir = (
    await git(projectDir, ['rev-parse', '--show-toplevel']).catch(() => {
      throw new UsageError(
        `${projectDir} is not inside a git repository: validate compares the working tree with a commit (base_ref).`,
      )
    })
  ).trim()
  const sha = (
    await git(repoDir, ['rev-parse', '--verify', '--end-of-options', `${options.baseRef}^{commit}`]).catch(
      () => {
        throw new UsageError(
          `base_ref \`${options.baseRef}\` is not a commit of ${repoDir}: pass a branch, tag or sha.`,
        )
      },
    )
  ).trim()
  const projectRel = path.relative(repoDir, projectDir)
  const changed = await changedFiles(git, repoDir, sha)
  const inProject = changed.filter((file) => isInside(projectRel, file))
  const outsideProject = changed.filter((file) => !isInside(projectRel, file))
  const changedFilesInProject = inProject.map((file) => path.relative(projectRel, file))
  const base = { ref: options.baseRef, sha }
  if (inProject.length === 0) {
    return {
      ok: true,
      base,
      changedFiles: [],
      outsideProject,
      message: `Nothing in ${projectDir} differs from ${options.baseRef}: no dbt command was run.`,
    }
  }

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'dbt-autopilot-validate-'))
  try {
    const copy = path.join(scratch, 'repo')
    await git(repoDir, ['clone', '--quiet', '--shared', '--no-checkout', '--', repoDir, copy])
    await git(copy, ['checkout', '--quiet', '--detach', sha])
    const copyProject = path.join(copy, projectRel)
    await copyInstalledPackages(projectDir, copyProject)
    const parsed = parseSettings(
      {
        ...defaultInputs(),
        ...inputsFromEnvironment(options.env),
        mode: 'run',
        'dry-run': 'true',
        'project-dir': projectRel || '.',
        'dbt-executable': options.dbtExecutable,
        'sqlfluff-executable': options.sqlfluffExecutable,
        sandbox: options.sandbox,
        ...(options.dbtTarget ? { 'dbt-target': options.dbtTarget } : {}),
        ...(options.profilesDir ? { 'profiles-dir': path.resolve(options.profilesDir) } : {}),
      },
      'terminal',
    )
    const settings = withCloudSecrets(parsed, options.env)
    let sandbox: SandboxReport | undefined
    const validator = composeValidator({
      settings,
      repoDir: copy,
      workDir: path.join(scratch, 'work'),
      commands,
      log: options.log,
      onSandbox: (report) => (sandbox = report),
    })
    const baseState = await validator.prepareBase()
    for (const file of inProject) await overlay(path.join(repoDir, file), path.join(copy, file))
    const { validation } = await validator.validate(1, changedFilesInProject)
    return {
      ok: validation.ok,
      base: {
        ...base,
        mode: baseState.mode,
        ...(baseState.brokenBase ? { brokenBase: baseState.brokenBase } : {}),
      },
      changedFiles: changedFilesInProject,
      outsideProject,
      ...(sandbox ? { sandbox } : {}),
      validation,
      message: validation.ok
        ? `The change passed: ${validation.dbt.command}${validation.lint.skipped ? ` (lint skipped: ${validation.lint.skipped})` : ''}.`
        : 'The change failed validation: see validation.dbt (results, error, unchecked) and validation.lint.violations.',
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** Tracked files that differ from `sha` (deleted ones included) and untracked files git does not ignore. */
async function changedFiles(
  git: (cwd: string, args: string[]) => Promise<string>,
  repoDir: string,
  sha: string,
): Promise<string[]> {
  const [tracked, untracked] = await Promise.all([
    git(repoDir, ['diff', '--name-only', '--no-renames', '-z', sha, '--']),
    git(repoDir, ['ls-files', '--others', '--exclude-standard', '-z']),
  ])
  const files = [
    ...tracked.split('\0'),
    ...untracked.split('\0').filter((file) => !DBT_OUTPUT.test(file)),
  ].filter(Boolean)
  return [...new Set(files)].sort()
}

/** What dbt itself writes, in case the repository does not ignore it: never part of a change. */
const DBT_OUTPUT = /(^|\/)(target|logs|dbt_packages)\/|\.duckdb(\.wal)?$|(^|\/)\.user\.yml$/

function isInside(projectRel: string, file: string): boolean {
  if (projectRel === '') return true
  const relative = path.relative(projectRel, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** The working tree's version of a file over the copy's; a deleted file is deleted there too. */
async function overlay(source: string, target: string): Promise<void> {
  const info = await stat(source).catch(() => undefined)
  if (!info) {
    await rm(target, { force: true })
    return
  }
  await mkdir(path.dirname(target), { recursive: true })
  await cp(source, target)
}

/** Packages already installed in the checkout: the copy uses them instead of downloading them again. */
async function copyInstalledPackages(projectDir: string, copyProject: string): Promise<void> {
  const installed = path.join(projectDir, 'dbt_packages')
  if ((await stat(installed).catch(() => undefined))?.isDirectory())
    await cp(installed, path.join(copyProject, 'dbt_packages'), { recursive: true })
}
