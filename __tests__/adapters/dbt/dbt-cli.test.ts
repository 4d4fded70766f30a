import { describe, expect, it } from '@jest/globals'
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {
  CommandOptions,
  CommandResult,
  CommandRunner,
} from '../../../src/adapters/process/command-runner.js'
import { SpawnCommandRunner } from '../../../src/adapters/process/command-runner.js'
import { DbtCli, DbtError, errorMessages } from '../../../src/adapters/dbt/dbt-cli.js'

/** Answers every command with a canned result and keeps what it was asked to run. */
class CannedRunner implements CommandRunner {
  readonly calls: { command: string; args: string[]; options: CommandOptions }[] = []
  constructor(private readonly answer: Partial<CommandResult>) {}
  async run(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
    this.calls.push({ command, args, options })
    return {
      command,
      args,
      cwd: options.cwd,
      exitCode: 0,
      stdout: '',
      stderr: '',
      durationMs: 1,
      timedOut: false,
      ...this.answer,
    }
  }
}

const options = {
  projectDir: '/repo/dbt',
  profilesDir: '/repo/profiles',
  target: 'ci',
  executable: 'dbt',
  timeoutMs: 90_000,
  logDir: '/repo/dbt/target/autopilot/logs',
}

const logLine = (level: string, msg: string) =>
  JSON.stringify({ info: { level, msg, name: 'Event', ts: 'now' }, data: {} })

describe('DbtCli', () => {
  it('runs a slim build in the project with its own target path, JSON logs and no usage stats', async () => {
    const runner = new CannedRunner({})
    const invocation = await new DbtCli(options, runner).build(
      'state:modified+',
      { state: '/work/state', defer: true },
      '/repo/dbt/target/autopilot/round-1',
    )

    const call = runner.calls[0]!
    expect(call.options.cwd).toBe('/repo/dbt')
    // One log file without rotation: each invocation's events are read back from it.
    expect(call.options.env).toEqual({ DBT_SEND_ANONYMOUS_USAGE_STATS: 'false', DBT_LOG_FILE_MAX_BYTES: '0' })
    expect(call.options.timeoutMs).toBe(90_000)
    expect(invocation.commandLine).toBe(
      'dbt build --select state:modified+ --defer --state /work/state --target-path /repo/dbt/target/autopilot/round-1 ' +
        '--project-dir /repo/dbt --profiles-dir /repo/profiles --target ci --log-path /repo/dbt/target/autopilot/logs ' +
        '--log-format json --no-use-colors',
    )
  })

  it('names input `dbt-executable` when dbt is not installed', async () => {
    const cli = new DbtCli(
      { ...options, projectDir: process.cwd(), executable: '/nonexistent/dbt' },
      new SpawnCommandRunner(),
    )
    const failure = cli.parse('/tmp/x')
    await expect(failure).rejects.toThrow(DbtError)
    await expect(failure).rejects.toThrow(/dbt-executable/)
  })

  it('turns a timeout into an error that names input `dbt-timeout-minutes`', async () => {
    const invocation = await new DbtCli(options, new CannedRunner({ exitCode: 128, timedOut: true })).build(
      '@state:modified',
      { state: '/s', defer: false },
      '/t',
    )
    expect(invocation.timedOut).toBe(true)
    expect(invocation.errors).toEqual([
      'dbt build did not finish within 1.5 minutes: raise input `dbt-timeout-minutes` or select less.',
    ])
  })
})

/**
 * Plays dbt for the partial-parse bookkeeping: reads the saved parse in `--target-path` (recording what it
 * found), writes a new one tagged with the call, and logs the events dbt logs, with an invocation id.
 */
class ParsingDbt implements CommandRunner {
  readonly found: (string | null)[] = []
  private calls = 0
  async run(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
    const id = `inv-${++this.calls}`
    const arg = (flag: string) => args[args.indexOf(flag) + 1] as string
    const saved = path.join(arg('--target-path'), 'partial_parse.msgpack')
    const before = await readFile(saved, 'utf8').catch(() => null)
    this.found.push(before)
    await mkdir(arg('--target-path'), { recursive: true })
    await writeFile(
      saved,
      `parse of ${id} (target ${args.includes('--target') ? arg('--target') : 'default'})`,
    )
    const event = (name: string, msg: string, ts: string, data: Record<string, unknown> = {}) =>
      JSON.stringify({ info: { name, msg, ts, level: 'debug', invocation_id: id }, data })
    const lines = [
      event('AdapterRegistered', 'Registered adapter: duckdb=1.11.1', '2026-01-01T00:00:01.000000Z'),
      before === null
        ? event(
            'UnableToPartialParse',
            'Unable to do partial parsing because saved manifest not found. Starting full parse.',
            '2026-01-01T00:00:01.100000Z',
            { reason: 'saved manifest not found. Starting full parse.' },
          )
        : event(
            'PartialParsingEnabled',
            'Partial parsing enabled: 0 files deleted, 0 files added, 1 files changed.',
            '2026-01-01T00:00:01.100000Z',
          ),
      event(
        'ArtifactWritten',
        `Wrote artifact WritableManifest to ${arg('--target-path')}/manifest.json`,
        '2026-01-01T00:00:03.500000Z',
      ),
    ]
    await mkdir(arg('--log-path'), { recursive: true })
    await appendFile(path.join(arg('--log-path'), 'dbt.log'), `${lines.join('\n')}\n`)
    return {
      command,
      args,
      cwd: options.cwd,
      exitCode: 0,
      stdout: `${lines[0]}\n`,
      stderr: '',
      durationMs: 1,
      timedOut: false,
    }
  }
}

describe('DbtCli partial parsing', () => {
  it("starts each command from the run's latest saved parse of the same target, and reads back whether dbt reused it", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'autopilot-dbt-cli-'))
    const dbt = new ParsingDbt()
    const cli = new DbtCli({ ...options, target: undefined, logDir: path.join(dir, 'logs') }, dbt)

    const base = await cli.parse(path.join(dir, 'base'))
    const round1 = await cli.build('@state:modified', { state: dir, defer: false }, path.join(dir, 'round-1'))
    const prod = await cli.parse(path.join(dir, 'base-prod'), { target: 'prod' })
    const round2 = await cli.build('state:modified+', { state: dir, defer: false }, path.join(dir, 'round-2'))

    expect(dbt.found).toEqual([
      null,
      'parse of inv-1 (target default)',
      null, // another target: dbt would not reuse the parse, so none is copied
      'parse of inv-2 (target default)',
    ])
    expect(prod.commandLine).toContain('--target prod')
    expect(base.parse).toEqual({
      partialParse: 'full',
      reason: 'saved manifest not found. Starting full parse.',
      seconds: 2.5,
    })
    expect(round1.parse).toEqual({ partialParse: 'reused', seconds: 2.5 })
    expect(prod.parse?.partialParse).toBe('full')
    expect(round2.parse?.partialParse).toBe('reused')
    await rm(dir, { recursive: true, force: true })
  })
})

describe('errorMessages', () => {
  it('keeps the error-level events of the JSON log', () => {
    const stdout = [
      logLine('info', 'Running with dbt=1.12.0'),
      logLine(
        'error',
        "Encountered an error:\nCompilation Error\n  Model 'model.shop.bad' depends on a node named 'nope'",
      ),
      'not json',
    ].join('\n')
    expect(errorMessages({ stdout, stderr: '', exitCode: 2 })).toEqual([
      "Encountered an error:\nCompilation Error\n  Model 'model.shop.bad' depends on a node named 'nope'",
    ])
  })

  it('falls back to the end of stderr when dbt died before logging', () => {
    const stderr =
      'Traceback (most recent call last):\n  File "x"\nModuleNotFoundError: No module named dbt.adapters.duckdb'
    expect(errorMessages({ stdout: '', stderr, exitCode: 1 })).toEqual([stderr])
    expect(errorMessages({ stdout: logLine('info', 'ok'), stderr: '', exitCode: 0 })).toEqual([])
  })
})

describe('DbtCli progress', () => {
  it("streams dbt's messages to `progress` while the command runs", async () => {
    const shown: string[] = []
    const runner: CommandRunner = {
      run: (command, args, runOptions) => {
        runOptions.onOutput?.(
          `${JSON.stringify({ info: { level: 'info', msg: 'Found 12 models, 30 data tests' } })}\n`,
          'stdout',
        )
        return new CannedRunner({}).run(command, args, runOptions)
      },
    }
    const dbt = new DbtCli({ ...options, progress: (message) => shown.push(message) }, runner)
    await dbt.parse('/repo/dbt/target/autopilot/base')
    expect(shown).toEqual(['Found 12 models, 30 data tests'])
  })
})

describe('DbtCli.show', () => {
  it("runs `dbt show --inline` with dbt's row limit and reads the preview and the query's log from the JSON log", async () => {
    const event = (name: string, data: Record<string, unknown>) =>
      JSON.stringify({ info: { level: 'info', msg: '', name, ts: 'now' }, data })
    const stdout = [
      event('JinjaLogInfo', { msg: 'autopilot-evidence:{"new": []}' }),
      event('ShowNode', { preview: JSON.stringify([{ side: 'new', row_count: 3 }]) }),
      'not json',
    ].join('\n')
    const runner = new CannedRunner({ stdout })
    const budget = { remainingMs: () => 30_000 }
    const shown = await new DbtCli(options, runner).show('select 1', {
      limit: 2,
      targetPath: '/work/evidence',
      timeBudget: budget,
    })

    expect(runner.calls[0]?.args.slice(0, 9)).toEqual([
      'show',
      '--inline',
      'select 1',
      '--output',
      'json',
      '--limit',
      '2',
      '--target-path',
      '/work/evidence',
    ])
    // The evidence's own budget, shorter than the command's limit.
    expect(runner.calls[0]?.options.timeoutMs).toBe(30_000)
    expect(shown.rows).toEqual([{ side: 'new', row_count: 3 }])
    expect(shown.logged).toEqual(['autopilot-evidence:{"new": []}'])
  })
})
