import { cp, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { CommandRunner } from '../adapters/process/command-runner.js'
import { readDbtProject } from '../project/dbt-project.js'
import type { CheckCommand } from './eval-task.js'
import type { CheckRun } from './score-task.js'

/** The folder inside the project's first test and seed paths that a check's files are copied into. */
export const CHECK_FOLDER = 'eval_checks'

export interface CheckOptions {
  projectDir: string
  /** The sandboxed runner (`composeCheckRunner`). */
  runner: CommandRunner
  /** Put first on the command's PATH: where dbt is installed. */
  binDir?: string
  timeoutMs: number
  /** dbt's log folder: the project folder is read-only in the sandbox. */
  logDir: string
}

/**
 * Runs a task's check against the changed project: its files copied into `<test-path>/eval_checks/` and
 * `<seed-path>/eval_checks/` (named to the command as $EVAL_TESTS and $EVAL_SEEDS), then the command
 * through `sh -c` in the project folder, inside the sandbox.
 */
export async function runCheck(check: CheckCommand, options: CheckOptions): Promise<CheckRun> {
  const project = await readDbtProject(options.projectDir)
  const folders = {
    tests: path.posix.join(project.testPaths[0] ?? 'tests', CHECK_FOLDER),
    seeds: path.posix.join(project.seedPaths[0] ?? 'seeds', CHECK_FOLDER),
  }
  for (const file of check.files) {
    const dir = path.join(options.projectDir, folders[file.into])
    await mkdir(dir, { recursive: true })
    await cp(file.source, path.join(dir, path.basename(file.source)))
  }
  const env: Record<string, string> = {
    EVAL_TESTS: folders.tests,
    EVAL_SEEDS: folders.seeds,
    DBT_LOG_PATH: options.logDir,
    DBT_SEND_ANONYMOUS_USAGE_STATS: 'false',
    DBT_USE_COLORS: 'false',
  }
  if (options.binDir) env.PATH = `${options.binDir}${path.delimiter}${process.env.PATH ?? ''}`
  const result = await options.runner.run('/bin/sh', ['-c', check.command], {
    cwd: options.projectDir,
    env,
    timeoutMs: options.timeoutMs,
  })
  const output = `${result.stdout}\n${result.stderr}`.trim()
  return {
    exitCode: result.timedOut ? 124 : result.exitCode,
    output: result.timedOut ? `timed out\n${output}` : output,
  }
}
