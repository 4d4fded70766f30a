import { existsSync } from 'node:fs'
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { hardenedGitArgs } from '../adapters/git/git-hardening.js'
import type { CommandRunner } from '../adapters/process/command-runner.js'
import { readDbtProject } from '../project/dbt-project.js'
import { EvalTaskError, type EvalTask } from './eval-task.js'
import type { OracleEdits } from './scripted-agents.js'
import { patchedFiles } from './reference-patch.js'

/** dbt's output and local databases: never part of a task's repository. */
const SKIPPED = new Set(['target', 'logs', 'dbt_packages', '.user.yml', '.git'])
const IGNORED = ['target/', 'logs/', 'dbt_packages/', '*.duckdb', '*.duckdb.wal']

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Autopilot eval',
  GIT_AUTHOR_EMAIL: 'eval@autopilot.invalid',
  GIT_COMMITTER_NAME: 'Autopilot eval',
  GIT_COMMITTER_EMAIL: 'eval@autopilot.invalid',
}

/**
 * A fresh git repository in `dir` holding the task's project at its root, committed on `main`; the
 * setup patch (the state the ticket starts from) applied and committed on top; the task's database
 * files beside it, ignored.
 */
export async function prepareTaskRepository(task: EvalTask, dir: string, git: CommandRunner): Promise<void> {
  await mkdir(dir, { recursive: true })
  // dbt's own folders, wherever dbt_project.yml puts them.
  const { targetDir, packagesDir } = await readDbtProject(task.project)
  const output = new Set([targetDir, packagesDir])
  await cp(task.project, dir, {
    recursive: true,
    filter: (source) =>
      !SKIPPED.has(path.basename(source)) && !output.has(source) && !/\.duckdb(\.wal)?$/.test(source),
  })
  const ignored = [...IGNORED, ...[...output].map((folder) => `/${path.relative(task.project, folder)}/`)]
  const gitignore = path.join(dir, '.gitignore')
  const existing = existsSync(gitignore) ? await readFile(gitignore, 'utf8') : ''
  await appendFile(gitignore, `${existing && !existing.endsWith('\n') ? '\n' : ''}${ignored.join('\n')}\n`)
  const database = task.database && (await placeDatabase(dir, task.database))
  await runGit(git, dir, ['init', '-q', '-b', 'main'])
  await runGit(git, dir, ['add', '-A'])
  await runGit(git, dir, ['commit', '-q', '-m', `${task.id}: the project`])
  if (task.setupPatch) {
    await applyPatch(git, dir, task.setupPatch, `${task.id}'s setup patch`)
    await runGit(git, dir, ['add', '-A'])
    await runGit(git, dir, ['commit', '-q', '-m', `${task.id}: setup`])
  }
  if (database) {
    await mkdir(path.dirname(database.to), { recursive: true })
    await cp(database.source, database.to)
  }
}

/**
 * Points the profile's `path: <name>` (or `./<name>`) at dbt's target folder, where the database is
 * copied once the project is committed: the sandbox keeps the rest of the project read-only.
 */
async function placeDatabase(
  dir: string,
  database: NonNullable<EvalTask['database']>,
): Promise<{ source: string; to: string }> {
  const { targetDir } = await readDbtProject(dir)
  const relative = path.posix.join(path.relative(dir, targetDir).split(path.sep).join('/'), database.name)
  const profile = path.join(dir, 'profiles.yml')
  const text = existsSync(profile) ? await readFile(profile, 'utf8') : ''
  const name = database.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pointed = text.replace(
    new RegExp(`(\\bpath:\\s*['"]?)(?:\\./)?${name}(['"]?)`, 'g'),
    `$1${relative}$2`,
  )
  if (pointed === text) {
    throw new EvalTaskError(
      `The project's profiles.yml does not open ${database.name} (\`path: ${database.name}\`): eval cannot tell where the database goes.`,
    )
  }
  await writeFile(profile, pointed)
  return { source: database.source, to: path.join(dir, relative) }
}

/** Applies a patch to the working tree of `dir` (a repository or a plain folder), or says why it does not apply. */
export async function applyPatch(
  git: CommandRunner,
  dir: string,
  patch: string,
  what: string,
): Promise<void> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'autopilot-eval-patch-')), 'change.patch')
  await writeFile(file, patch.endsWith('\n') ? patch : `${patch}\n`)
  try {
    const result = await git.run('git', hardenedGitArgs(['apply', '--whitespace=nowarn', file]), {
      cwd: dir,
      env: IDENTITY,
    })
    if (result.exitCode !== 0) {
      throw new EvalTaskError(`${what} does not apply to the project: ${result.stderr.trim()}`)
    }
  } finally {
    await rm(path.dirname(file), { recursive: true, force: true })
  }
}

/**
 * What the oracle writes: the reference applied to a copy of the repository's files, read back file by
 * file. A reference that does not apply is the task's error, said before anything runs.
 */
export async function oracleEditsOf(
  task: EvalTask,
  repoDir: string,
  git: CommandRunner,
): Promise<OracleEdits> {
  if (!task.reference) {
    throw new EvalTaskError(
      `${task.id} has no reference patch${task.referenceProblem ? ` (${task.referenceProblem})` : ''}: the oracle has nothing to apply.`,
    )
  }
  const copy = await mkdtemp(path.join(os.tmpdir(), 'autopilot-eval-oracle-'))
  try {
    await cp(repoDir, copy, { recursive: true, filter: (source) => path.basename(source) !== '.git' })
    await applyPatch(git, copy, task.reference, `${task.id}'s reference patch`)
    const files = patchedFiles(task.reference, `${task.id}'s reference patch`)
    const writes: OracleEdits['writes'] = []
    for (const file of files.filter((entry) => entry.change !== 'deleted'))
      writes.push({ path: file.path, content: await readFile(path.join(copy, file.path), 'utf8') })
    return { writes, deletes: files.filter((entry) => entry.change === 'deleted').map((entry) => entry.path) }
  } finally {
    await rm(copy, { recursive: true, force: true })
  }
}

async function runGit(git: CommandRunner, cwd: string, args: string[]): Promise<void> {
  const result = await git.run('git', hardenedGitArgs(args), { cwd, env: IDENTITY })
  if (result.exitCode !== 0) throw new Error(`git ${args[0]} failed in ${cwd}: ${result.stderr.trim()}`)
}
