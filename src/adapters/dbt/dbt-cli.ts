import { copyFile, mkdir, open, stat } from 'node:fs/promises'
import path from 'node:path'
import type { CommandResult, CommandRunner } from '../process/command-runner.js'
import { commandTimeout, type TimeBudget } from '../../shared/time-budget.js'
import { DbtError } from './dbt-error.js'
import { parseReport, type ParseReport } from './parse-report.js'
import { dbtProgress } from './dbt-progress.js'

export { DbtError } from './dbt-error.js'

/** One finished dbt command. */
export interface DbtInvocation {
  /** The command line as run, for the PR body and the rollback plan. */
  commandLine: string
  exitCode: number
  timedOut: boolean
  /** The time the command was given before it would be stopped. */
  timeoutMs?: number
  /** Error-level messages from dbt's structured log (parse errors, crashes); per-node errors are in run_results. */
  errors: string[]
  /** dbt's id of this invocation: its events in the shared log file carry it. */
  invocationId?: string
  /** dbt's log file, with debug events (each SQL statement run) of every invocation of the run. */
  logFile?: string
  /** Whether dbt reused the run's earlier parse (partial parsing), as its log says; absent when it did not parse. */
  parse?: ParseReport
}

export interface ParseOptions {
  /** A dbt target other than the run's (input `defer-target`: production's relations). */
  target?: string
}

export interface BuildOptions {
  /** Folder holding the manifest that `state:` selectors compare against. */
  state?: string
  /** Read unselected parents from the relations the state manifest points at. */
  defer: boolean
  /** A shorter budget than the run's (the agent's tools have what is left of the agent's time). */
  timeBudget?: TimeBudget
}

/** `dbt compile` of a selection, for the agent's `compile` tool. */
export interface CompileOptions {
  /** Folder holding the manifest unselected refs resolve against with `defer`. */
  state?: string
  defer: boolean
  timeBudget?: TimeBudget
}

/** What `dbt show` is told besides its query. */
export interface ShowOptions {
  /** Rows dbt fetches at most (`--limit`): dbt applies it in the adapter's own SQL. */
  limit: number
  targetPath: string
  /** A shorter budget than the run's (the data evidence has its own share of the remaining time). */
  timeBudget?: TimeBudget
  /** Unbuilt parents read from the relations of the state manifest in this folder (`--defer --state`). */
  deferTo?: string
}

/** A finished `dbt show`: the rows it printed, and the messages the query's Jinja logged (`log(..., info=true)`). */
export interface DbtShowInvocation extends DbtInvocation {
  /** The preview rows as dbt's JSON output has them; absent when dbt printed none (it failed). */
  rows?: unknown[]
  /** Info messages the inline query's Jinja logged, in order. */
  logged: string[]
}

/** `dbt show --inline`: one query through the project's adapter, in the same sandbox as the build. */
export interface DbtShowRunner {
  show(inline: string, options: ShowOptions): Promise<DbtShowInvocation>
}

/** The dbt commands validation needs. Each call is one dbt process. */
export interface DbtRunner {
  deps(): Promise<DbtInvocation>
  /** Parses the project, writing manifest.json into `targetPath`. */
  parse(targetPath: string, options?: ParseOptions): Promise<DbtInvocation>
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
  /** Each of dbt's messages as it prints it, for the job log. */
  progress?: (message: string) => void
}

/** dbt's saved parse, read by the next invocation that runs with the same target path. */
const PARTIAL_PARSE_FILE = 'partial_parse.msgpack'

/**
 * Runs the dbt CLI through a CommandRunner, with machine-readable logs and no colours. Each command gets its
 * own target path, so the artifacts of one round never mix with another's; the latest saved parse of the
 * same dbt target is copied into it first, so dbt re-reads only the files that changed (partial parsing).
 * Every command runs with the same profile, vars and environment, which dbt checks before it reuses a parse.
 */
export class DbtCli implements DbtRunner, DbtShowRunner {
  /** The newest `partial_parse.msgpack` written, by dbt target ('' for the profile's default). */
  private readonly savedParse = new Map<string, string>()

  constructor(
    private readonly options: DbtCliOptions,
    private readonly runner: CommandRunner,
    /** Runs `dbt deps`, which needs the network and writes the package folder and lock file. */
    private readonly installRunner: CommandRunner = runner,
  ) {}

  deps(): Promise<DbtInvocation> {
    return this.run(['deps'], this.installRunner)
  }

  parse(targetPath: string, options: ParseOptions = {}): Promise<DbtInvocation> {
    return this.parsing(['parse'], targetPath, options.target)
  }

  build(select: string, options: BuildOptions, targetPath: string): Promise<DbtInvocation> {
    const args = ['build', '--select', select]
    if (options.defer) args.push('--defer')
    if (options.state) args.push('--state', options.state)
    return this.parsing(args, targetPath, undefined, { timeBudget: options.timeBudget })
  }

  /**
   * Compiles exactly the selection (`--indirect-selection empty`: no tests it did not name); run_results.json
   * in `targetPath` holds each node's compiled SQL.
   */
  compile(select: string, options: CompileOptions, targetPath: string): Promise<DbtInvocation> {
    const args = ['compile', '--select', select, '--indirect-selection', 'empty']
    if (options.defer) args.push('--defer')
    if (options.state) args.push('--state', options.state)
    return this.parsing(args, targetPath, undefined, { timeBudget: options.timeBudget })
  }

  /** Writes manifest.json and catalog.json (the warehouse's columns of the selection) into `targetPath`. */
  docsGenerate(select: string, targetPath: string): Promise<DbtInvocation> {
    return this.parsing(['docs', 'generate', '--select', select], targetPath)
  }

  /** Runs `inline` (Jinja and SQL) with `dbt show --output json`; the rows are read from dbt's JSON log. */
  show(inline: string, options: ShowOptions): Promise<DbtShowInvocation> {
    return this.showing(['--inline', inline], options)
  }

  /** Runs one node's compiled SQL (`dbt show --select`, not its tests), rows as `show` reads them. */
  showNode(select: string, options: ShowOptions): Promise<DbtShowInvocation> {
    return this.showing(['--select', select, '--indirect-selection', 'empty'], options)
  }

  private async showing(what: string[], options: ShowOptions): Promise<DbtShowInvocation> {
    const args = ['show', ...what, '--output', 'json', '--limit', String(options.limit)]
    if (options.deferTo) args.push('--defer', '--state', options.deferTo)
    let stdout = ''
    const invocation = await this.parsing(args, options.targetPath, undefined, {
      timeBudget: options.timeBudget,
      onStdout: (text) => (stdout = text),
    })
    return { ...invocation, ...showOutput(stdout) }
  }

  /** A command that parses the project into `targetPath`, starting from the run's latest saved parse. */
  private async parsing(
    commandArgs: string[],
    targetPath: string,
    target?: string,
    extra: RunExtra = {},
  ): Promise<DbtInvocation> {
    const key = target ?? this.options.target ?? ''
    const saved = path.join(targetPath, PARTIAL_PARSE_FILE)
    const latest = this.savedParse.get(key)
    if (latest && latest !== saved && !(await exists(saved))) {
      await mkdir(targetPath, { recursive: true })
      await copyFile(latest, saved)
    }
    const invocation = await this.run(
      [...commandArgs, '--target-path', targetPath],
      this.runner,
      target,
      extra,
    )
    // dbt writes no new file when nothing changed; the copy it started from is then still the latest.
    if (await exists(saved)) this.savedParse.set(key, saved)
    return invocation
  }

  private async run(
    commandArgs: string[],
    runner = this.runner,
    targetOverride?: string,
    extra: RunExtra = {},
  ): Promise<DbtInvocation> {
    const { projectDir, profilesDir, executable, logDir } = this.options
    const target = targetOverride ?? this.options.target
    const { timeoutMs, byBudget } = commandTimeout(
      this.options.timeoutMs,
      extra.timeBudget ?? this.options.timeBudget,
    )
    const args = [...commandArgs, '--project-dir', projectDir]
    if (profilesDir) args.push('--profiles-dir', profilesDir)
    if (target) args.push('--target', target)
    args.push('--log-path', logDir, '--log-format', 'json', '--no-use-colors')
    const logFile = path.join(logDir, 'dbt.log')
    const logStart = await sizeOf(logFile)
    const result = await runner.run(executable, args, {
      cwd: projectDir,
      // No log rotation: each invocation's events are read back from the one file (parse, SQL verdict).
      env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false', DBT_LOG_FILE_MAX_BYTES: '0' },
      timeoutMs,
      ...(this.options.progress ? { onOutput: dbtProgress(this.options.progress) } : {}),
    })
    extra.onStdout?.(result.stdout)
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
    const parse = invocationId && (await readParse(logFile, logStart, invocationId))
    return {
      commandLine: [executable, ...args].map(quoteArg).join(' '),
      exitCode: result.exitCode,
      timedOut: result.timedOut,
      timeoutMs,
      errors,
      ...(invocationId ? { invocationId } : {}),
      logFile,
      ...(parse ? { parse } : {}),
    }
  }
}

interface RunExtra {
  timeBudget?: TimeBudget
  /** Sees dbt's whole stdout (its JSON log), for commands whose answer is in it. */
  onStdout?: (stdout: string) => void
}

/** The `ShowNode` event's preview rows and the inline query's `JinjaLogInfo` messages. */
export function showOutput(stdout: string): { rows?: unknown[]; logged: string[] } {
  const logged: string[] = []
  let rows: unknown[] | undefined
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue
    const event = parseJson(line)
    if (!isRecord(event) || !isRecord(event.info) || !isRecord(event.data)) continue
    const { name } = event.info
    if (name === 'JinjaLogInfo' && typeof event.data.msg === 'string') logged.push(event.data.msg)
    if (name === 'ShowNode' && typeof event.data.preview === 'string') {
      const preview = parseJson(event.data.preview)
      if (Array.isArray(preview)) rows = preview
    }
  }
  return { ...(rows ? { rows } : {}), logged }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The invocation's parse from the part of the log file it wrote (the file grows over the run). */
async function readParse(file: string, from: number, invocationId: string): Promise<ParseReport | undefined> {
  const size = await sizeOf(file)
  if (size <= from) return undefined
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(size - from)
    await handle.read(buffer, 0, buffer.length, from)
    return parseReport(buffer.toString('utf8'), invocationId)
  } finally {
    await handle.close()
  }
}

async function sizeOf(file: string): Promise<number> {
  return (await stat(file).catch(() => undefined))?.size ?? 0
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined
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
