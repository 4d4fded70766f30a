import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DbtCli } from '../../src/adapters/dbt/dbt-cli.js'
import type { SqlChecker } from '../../src/adapters/dbt/sql-checker.js'
import { SpawnCommandRunner, type CommandResult } from '../../src/adapters/process/command-runner.js'
import { SqlfluffLinter } from '../../src/adapters/dbt/sqlfluff-linter.js'
import { MemoryLog } from '../../src/shared/log.js'
import { DbtValidator, type DbtValidatorOptions } from '../../src/validate/dbt-validator.js'
import { toolPath } from './shop-copy.js'

export const DBT_TIMEOUT_MS = 5 * 60_000

export interface ValidatorHarness {
  projectDir: string
  workDir: string
  /** Every command the validator started, in order. */
  commands: CommandResult[]
  validator: DbtValidator
  /** The dbt adapter the validator runs, for other stages on the same project (data evidence). */
  dbt: DbtCli
}

/** A DbtValidator with real dbt and sqlfluff from the venv on a project copy; `lint: true` unless told. */
export async function validatorHarness(
  projectDir: string,
  overrides: Partial<DbtValidatorOptions> & {
    profilesDir?: string
    sqlfluff?: string
    /** The SQL verdict; absent: the validator judges no SQL. */
    sqlChecker?: SqlChecker
  } = {},
): Promise<ValidatorHarness> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-work-'))
  const commands: CommandResult[] = []
  const runner = new SpawnCommandRunner((result) => commands.push(result))
  const { profilesDir, sqlfluff, sqlChecker, ...options } = overrides
  const dbt = new DbtCli(
    {
      projectDir,
      profilesDir,
      executable: toolPath('dbt'),
      timeoutMs: DBT_TIMEOUT_MS,
      logDir: path.join(workDir, 'logs'),
    },
    runner,
  )
  const linter = new SqlfluffLinter(
    { projectDir, executable: sqlfluff ?? toolPath('sqlfluff'), timeoutMs: DBT_TIMEOUT_MS },
    runner,
  )
  const validator = new DbtValidator(
    { projectDir, lint: true, workDir, ...options },
    dbt,
    linter,
    new MemoryLog(),
    sqlChecker,
  )
  return { projectDir, workDir, commands, validator, dbt }
}

export const dbtLaunches = (commands: readonly CommandResult[]): number =>
  commands.filter((c) => c.command === toolPath('dbt')).length

/** dbt launches that parsed every file: dbt's own "Unable to do partial parsing because …" line, counted. */
export const fullParses = (commands: readonly CommandResult[]): number =>
  commands.filter(
    (c) => c.command === toolPath('dbt') && c.stdout.includes('Unable to do partial parsing because'),
  ).length

/** The `--select` of each `dbt build` the validator launched, in order. */
export const buildSelections = (commands: readonly CommandResult[]): string[] =>
  commands
    .filter((c) => c.command === toolPath('dbt') && c.args[0] === 'build')
    .map((c) => c.args[c.args.indexOf('--select') + 1] ?? '')
