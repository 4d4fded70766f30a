import { describe, expect, it } from '@jest/globals'
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
    expect(call.options.env).toEqual({ DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' })
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
