import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SpawnCommandRunner } from '../../src/adapters/process/command-runner.js'
import { EvalTaskError, type EvalTask } from '../../src/eval/eval-task.js'
import { oracleEditsOf, prepareTaskRepository } from '../../src/eval/task-repository.js'

// Real git on a project of our own: models in pipelines/, target in build/, a profile that opens a DuckDB
// file by name in the project folder (as ADE-bench's do).
let scratch: string
let project: string
const git = new SpawnCommandRunner()

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'eval-repo-'))
  project = path.join(scratch, 'project')
  const files: Record<string, string> = {
    'dbt_project.yml': 'name: trips\nprofile: trips\nmodel-paths: [pipelines]\ntarget-path: build\n',
    'profiles.yml':
      'trips:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n      path: "./trips.duckdb"\n',
    'pipelines/trips.sql': 'select 1 as trip_id\n',
    'pipelines/old.sql': 'select 2 as trip_id\n',
    'build/manifest.json': '{}',
    'trips.duckdb': 'a stale local database',
  }
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(project, file)), { recursive: true })
    await writeFile(path.join(project, file), text)
  }
  await writeFile(path.join(scratch, 'shared.duckdb'), 'the task database')
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

const task = (overrides: Partial<EvalTask> = {}): EvalTask => ({
  id: 'trips-1',
  dir: scratch,
  format: 'ade-bench',
  project,
  ticket: { kind: 'text', key: 'TRIPS-1', title: 'x', body: 'y' },
  ...overrides,
})

const gitOut = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()

const SETUP =
  '--- a/pipelines/trips.sql\n+++ b/pipelines/trips.sql\n@@ -1 +1 @@\n-select 1 as trip_id\n+select 0 as trip_id\n'

describe('prepareTaskRepository', () => {
  it('commits the project, then the setup patch; the database goes to the target folder, the profile with it', async () => {
    const dir = path.join(scratch, 'repo-a')
    await prepareTaskRepository(
      task({
        setupPatch: SETUP,
        database: { source: path.join(scratch, 'shared.duckdb'), name: 'trips.duckdb' },
      }),
      dir,
      git,
    )
    expect(gitOut(dir, 'log', '--format=%s')).toBe('trips-1: setup\ntrips-1: the project')
    expect(gitOut(dir, 'status', '--porcelain')).toBe('')
    // dbt's output and the local database were never part of the repository.
    expect(gitOut(dir, 'ls-files').split('\n').sort()).toEqual([
      '.gitignore',
      'dbt_project.yml',
      'pipelines/old.sql',
      'pipelines/trips.sql',
      'profiles.yml',
    ])
    expect(await readFile(path.join(dir, 'pipelines', 'trips.sql'), 'utf8')).toBe('select 0 as trip_id\n')
    expect(await readFile(path.join(dir, 'profiles.yml'), 'utf8')).toContain('path: "build/trips.duckdb"')
    expect(await readFile(path.join(dir, 'build', 'trips.duckdb'), 'utf8')).toBe('the task database')
    expect(existsSync(path.join(dir, 'trips.duckdb'))).toBe(false)
  })

  it('says so when the setup patch does not apply, or the profile does not open the database', async () => {
    const stale = SETUP.replace('-select 1', '-select 9')
    await expect(
      prepareTaskRepository(task({ setupPatch: stale }), path.join(scratch, 'repo-b'), git),
    ).rejects.toThrow(/trips-1's setup patch does not apply to the project: .*pipelines\/trips.sql/)
    await expect(
      prepareTaskRepository(
        task({ database: { source: path.join(scratch, 'shared.duckdb'), name: 'other.duckdb' } }),
        path.join(scratch, 'repo-c'),
        git,
      ),
    ).rejects.toThrow(EvalTaskError)
  })
})

describe('oracleEditsOf', () => {
  it('reads the reference result back file by file, without touching the repository', async () => {
    const dir = path.join(scratch, 'repo-d')
    await prepareTaskRepository(task(), dir, git)
    const reference = [
      'diff --git a/pipelines/trips.sql b/pipelines/trips.sql',
      '--- a/pipelines/trips.sql',
      '+++ b/pipelines/trips.sql',
      '@@ -1 +1,2 @@',
      ' select 1 as trip_id',
      '+-- counted once',
      'diff --git a/pipelines/old.sql b/pipelines/old.sql',
      'deleted file mode 100644',
      '--- a/pipelines/old.sql',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-select 2 as trip_id',
      'diff --git a/pipelines/new.sql b/pipelines/new.sql',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/pipelines/new.sql',
      '@@ -0,0 +1 @@',
      "+select 'new' as kind",
      '',
    ].join('\n')
    expect(await oracleEditsOf(task({ reference }), dir, git)).toEqual({
      writes: [
        { path: 'pipelines/new.sql', content: "select 'new' as kind\n" },
        { path: 'pipelines/trips.sql', content: 'select 1 as trip_id\n-- counted once\n' },
      ],
      deletes: ['pipelines/old.sql'],
    })
    expect(gitOut(dir, 'status', '--porcelain')).toBe('')
    await expect(
      oracleEditsOf(
        task({ reference: reference.replace('+-- counted', '+--').replace(' select 1', ' select 7') }),
        dir,
        git,
      ),
    ).rejects.toThrow(/reference patch does not apply/)
    await expect(
      oracleEditsOf(task({ referenceProblem: 'solution.sh runs `cp`' }), dir, git),
    ).rejects.toThrow(
      'trips-1 has no reference patch (solution.sh runs `cp`): the oracle has nothing to apply.',
    )
  })
})
