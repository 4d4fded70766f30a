import path from 'node:path'
import type { CommandResult, CommandRunner } from '../process/command-runner.js'
import { commandTimeout, type TimeBudget } from '../../shared/time-budget.js'
import { DbtError } from './dbt-error.js'

export { DbtError } from './dbt-error.js'

/** One finished dbt command. */
export interface DbtInvocation {
  /** The command line as run, for the PR body and the rollback plan. */
  commandLine: string
  exitCode: number
  timedOut: boolean
  /** Error-level messages from dbt's structured log (parse errors, crashes); per-node errors are in run_results. */
  errors: string[]
  /** dbt's id of this invocation: its events in the shared log file carry it. */
  invocationId?: string
  /** dbt's log file, with debug events (each SQL statement run) of every invocation of the run. */
  logFile?: string
}

export interface BuildOptions {
  /** Folder holding the manifest that `state:` selectors compare against. */
  state?: string
  /** Read unselected parents from the relations the state manifest points at. */
  defer: boolean
}

/** The dbt commands validation needs. Each call is one dbt process. */
export interface DbtRunner {
  deps(): Promise<DbtInvocation>
  /** Parses the project, writing manifest.json into `targetPath`. */
  parse(targetPath: string): Promise<DbtInvocation>
  /** Builds (seeds, runs, tests) the selection, writing manifest.json and run_results.json into `targetPath`. */
  build(select: string, options: BuildOptions, targetPath: string): Promise<DbtInvocation>
}

export interface DbtCliOptions {
  /** Absolute path of the dbt project; dbt runs with it as working directory. */
  projectDir: string
  profilesDir?: string
  target?: string
  executable: string
  timeoutMs: number
  /** Where dbt writes its log file, so no `logs/` folder appears in the project. */
  logDir: string
  /** The run's remaining wall time: no dbt command runs past it. */
  timeBudget?: TimeBudget
}

/** Runs the dbt CLI through a CommandRunner, with machine-readable logs and no colours. */
export class DbtCli implements DbtRunner {
  constructor(
    private readonly options: DbtCliOptions,
    private readonly runner: CommandRunner,
    /** Runs `dbt deps`, which needs the network and writes the package folder and lock file. */
    private readonly installRunner: CommandRunner = runner,
  ) {}

  deps(): Promise<DbtInvocation> {
    return this.run(['deps'], this.installRunner)
  }

  parse(targetPath: string): Promise<DbtInvocation> {
    return this.run(['parse', '--target-path', targetPath])
  }

  build(select: string, options: BuildOptions, targetPath: string): Promise<DbtInvocation> {
    const args = ['build', '--select', select]
    if (options.defer) args.push('--defer')
    if (options.state) args.push('--state', options.state)
    return this.run([...args, '--target-path', targetPath])
  }

  /** Writes manifest.json and catalog.json (the warehouse's columns of the selection) into `targetPath`. */
  docsGenerate(select: string, targetPath: string): Promise<DbtInvocation> {
    return this.run(['docs', 'generate', '--select', select, '--target-path', targetPath])
  }

  private async run(commandArgs: string[], runner = this.runner): Promise<DbtInvocation> {
    const { projectDir, profilesDir, target, executable, logDir } = this.options
    const { timeoutMs, byBudget } = commandTimeout(this.options.timeoutMs, this.options.timeBudget)
    const args = [...commandArgs, '--project-dir', projectDir]
    if (profilesDir) args.push('--profiles-dir', profilesDir)
    if (target) args.push('--target', target)
    args.push('--log-path', logDir, '--log-format', 'json', '--no-use-colors')
    const result = await runner.run(executable, args, {
      cwd: projectDir,
      env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' },
      timeoutMs,
    })
    const subcommand = commandArgs[0] ?? 'dbt'
    if (result.exitCode === 127 && !result.timedOut) {
      throw new DbtError(
        `Could not start dbt (\`${executable}\`): install dbt with your adapter in the workflow (e.g. \`pip install dbt-core dbt-duckdb\`) or set input \`dbt-executable\` to its path.`,
      )
    }
    const errors = result.timedOut
      ? [
          byBudget
            ? `dbt ${subcommand} was stopped when the run's time ran out (${formatMinutes(timeoutMs)} were left): raise input \`max-minutes\` or select less.`
            : `dbt ${subcommand} did not finish within ${formatMinutes(timeoutMs)}: raise input \`dbt-timeout-minutes\` or select less.`,
        ]
      : errorMessages(result)
    const invocationId = invocationIdOf(result.stdout)
    return {
      commandLine: [executable, ...args].map(quoteArg).join(' '),
      exitCode: result.exitCode,
      timedOut: result.timedOut,
      errors,
      ...(invocationId ? { invocationId } : {}),
      logFile: path.join(logDir, 'dbt.log'),
    }
  }
}

/**
 * Error-level events of dbt's JSON log. When dbt dies before logging (bad profile, Python traceback),
 * the tail of stderr stands in.
 */
export function errorMessages(result: Pick<CommandResult, 'stdout' | 'stderr' | 'exitCode'>): string[] {
  const messages: string[] = []
  for (const line of result.stdout.split('\n')) {
    const event = parseLogLine(line)
    if (event?.level === 'error' && event.msg.trim()) messages.push(event.msg.trim())
  }
  if (messages.length === 0 && result.exitCode !== 0) {
    const tail = result.stderr.trim().split('\n').slice(-20).join('\n').trim()
    if (tail) messages.push(tail)
  }
  return messages
}

function parseLogLine(line: string): { level: string; msg: string; invocationId?: string } | undefined {
  if (!line.startsWith('{')) return undefined
  try {
    const event = JSON.parse(line) as { info?: { level?: unknown; msg?: unknown; invocation_id?: unknown } }
    const { level, msg, invocation_id: id } = event.info ?? {}
    if (typeof level !== 'string' || typeof msg !== 'string') return undefined
    return { level, msg, ...(typeof id === 'string' ? { invocationId: id } : {}) }
  } catch {
    return undefined
  }
}

/** The invocation id dbt stamps on every event of one command (the first structured line has it). */
function invocationIdOf(stdout: string): string | undefined {
  for (const line of stdout.split('\n')) {
    const id = parseLogLine(line)?.invocationId
    if (id) return id
  }
  return undefined
}

function formatMinutes(ms: number): string {
  const minutes = ms / 60_000
  return minutes >= 1 ? `${Number(minutes.toFixed(1))} minutes` : `${Math.round(ms / 1000)} seconds`
}

function quoteArg(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`
}
