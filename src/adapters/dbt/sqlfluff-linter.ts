import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { CommandRunner } from '../process/command-runner.js'
import { commandTimeout, type TimeBudget } from '../../shared/time-budget.js'
import { DbtError } from './dbt-error.js'
import type { LintViolation } from '../../validate/validation.js'
import {
  configuredTemplater,
  findSqlfluffConfig,
  sqlfluffIgnored,
  templaterOverride,
} from './sqlfluff-project.js'

/** Checks SQL files against the project's style rules. */
export interface Linter {
  /** Throws a setup error when the linter cannot be started: checked before the model spends anything. */
  checkAvailable(): Promise<void>
  /** The file that configures the linter for this project, or undefined when the project has none. */
  configuration(): Promise<string | undefined>
  /** Those of the project-relative files the project's ignore files (`.sqlfluffignore`) exclude. */
  ignoredFiles(files: readonly string[]): Promise<string[]>
  /**
   * Lints project-relative files; resolves with every violation found. `projectDir` lints the same paths in
   * another copy of the project (the base checkout) with that copy's configuration.
   */
  lint(files: string[], projectDir?: string): Promise<LintViolation[]>
}

/** sqlfluff could not lint; `missingExecutable` marks a setup problem rather than a failed run. */
export class LintToolError extends DbtError {
  constructor(
    message: string,
    readonly missingExecutable = false,
  ) {
    super(message)
    this.name = 'LintToolError'
  }
}

const SqlfluffReportSchema = z.array(
  z.object({
    filepath: z.string(),
    violations: z.array(
      z.object({
        start_line_no: z.number().int(),
        start_line_pos: z.number().int(),
        code: z.string(),
        description: z.string(),
        warning: z.boolean().optional(),
      }),
    ),
  }),
)

/** Parses `sqlfluff lint --format json` output; rules configured as warnings are left out. */
export function parseSqlfluffReport(text: string): LintViolation[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new LintToolError(
      `sqlfluff did not print a JSON report: ${text.trim().slice(0, 300) || '(no output)'}`,
    )
  }
  const parsed = SqlfluffReportSchema.safeParse(json)
  if (!parsed.success) {
    throw new LintToolError(
      `sqlfluff's JSON report has an unexpected shape: ${z.prettifyError(parsed.error)}`,
    )
  }
  return parsed.data.flatMap((file) =>
    file.violations
      .filter((violation) => violation.warning !== true)
      .map((violation) => ({
        file: file.filepath.replaceAll('\\', '/').replace(/^\.\//, ''),
        line: violation.start_line_no,
        // sqlfluff reports column 0 for whole-file problems such as templating errors.
        column: Math.max(1, violation.start_line_pos),
        code: violation.code,
        description: violation.description,
      })),
  )
}

export interface SqlfluffOptions {
  /** Absolute path of the dbt project; sqlfluff runs there so it finds the project's `.sqlfluff`. */
  projectDir: string
  /** The repository root: configuration and ignore files are looked for up to here (default `projectDir`). */
  repoDir?: string
  executable: string
  timeoutMs: number
  /** The run's remaining wall time: sqlfluff never runs past it. */
  timeBudget?: TimeBudget
}

/** sqlfluff CLI with the project's own configuration. */
export class SqlfluffLinter implements Linter {
  constructor(
    private readonly options: SqlfluffOptions,
    private readonly runner: CommandRunner,
  ) {}

  async checkAvailable(): Promise<void> {
    if (!(await canStart(this.options.executable, this.options.projectDir)))
      throw missingSqlfluff(this.options.executable)
  }

  configuration(): Promise<string | undefined> {
    const { projectDir, repoDir } = this.options
    return findSqlfluffConfig(projectDir, repoDir ?? projectDir)
  }

  ignoredFiles(files: readonly string[]): Promise<string[]> {
    const { projectDir, repoDir } = this.options
    return sqlfluffIgnored(projectDir, repoDir ?? projectDir, files)
  }

  async lint(files: string[], projectDir = this.options.projectDir): Promise<LintViolation[]> {
    if (files.length === 0) return []
    const { executable } = this.options
    const { timeoutMs, byBudget } = commandTimeout(this.options.timeoutMs, this.options.timeBudget)
    const templater = templaterOverride(await configuredTemplater(await this.configuration()))
    const result = await this.runner.run(
      executable,
      ['lint', '--format', 'json', '--disable-progress-bar', '--nocolor', ...templater, ...files],
      { cwd: projectDir, timeoutMs },
    )
    if (result.timedOut) {
      throw new LintToolError(
        `sqlfluff did not finish within ${Math.round(timeoutMs / 1000)} s: raise input \`${byBudget ? 'max-minutes' : 'dbt-timeout-minutes'}\`.`,
      )
    }
    if (result.exitCode === 127) {
      throw missingSqlfluff(executable)
    }
    // 0: clean, 1: violations found; anything else is a usage or configuration error.
    if (result.exitCode !== 0 && result.exitCode !== 1) {
      const lines = (result.stderr.trim() || result.stdout.trim()).split('\n')
      // sqlfluff's own sentence ("User Error: No dialect was specified…", "Error loading config: …").
      const detail = lines.find((line) => /error/i.test(line))?.trim() ?? lines.slice(-10).join('\n')
      throw new LintToolError(`sqlfluff failed (exit ${result.exitCode}): ${detail}`)
    }
    return parseSqlfluffReport(result.stdout)
  }
}

export function missingSqlfluff(executable: string): LintToolError {
  return new LintToolError(
    `Could not start sqlfluff (\`${executable}\`): install it in the workflow (\`pip install sqlfluff\`), set input \`sqlfluff-executable\` to its path, or set \`lint: false\`.`,
    true,
  )
}

/**
 * Whether `executable` (a path, or a name looked up on PATH) exists and may be run, found without starting
 * it: validation checks this before the model spends anything, instead of failing after the edits.
 */
export async function canStart(
  executable: string,
  cwd: string,
  searchPath = process.env.PATH ?? '',
): Promise<boolean> {
  if (process.platform === 'win32') return true
  const candidates = executable.includes('/')
    ? [path.resolve(cwd, executable)]
    : searchPath
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, executable))
  for (const file of candidates) {
    if (
      await access(file, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return true
  }
  return false
}
