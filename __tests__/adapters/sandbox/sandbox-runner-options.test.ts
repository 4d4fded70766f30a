import { describe, expect, it } from '@jest/globals'
import type {
  CommandOptions,
  CommandResult,
  CommandRunner,
} from '../../../src/adapters/process/command-runner.js'
import { Sandbox } from '../../../src/adapters/sandbox/sandboxed-runner.js'

class RecordingRunner implements CommandRunner {
  readonly calls: { command: string; options: CommandOptions }[] = []
  constructor(private readonly probeExit: number) {}
  run(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
    this.calls.push({ command, options })
    const probe = args.includes('true') && options.cwd === '/'
    return Promise.resolve({
      command,
      args,
      cwd: options.cwd,
      exitCode: probe ? this.probeExit : 0,
      stdout: '',
      stderr: '',
      timedOut: false,
      durationMs: 1,
    })
  }
}

describe('Sandbox runners', () => {
  it.each([
    ['inside bubblewrap', 0],
    ['without bubblewrap (auto)', 127],
  ])("pass a command's stop signal, grace and output stream through, %s", async (_label, probeExit) => {
    const inner = new RecordingRunner(probeExit)
    const sandbox = new Sandbox(inner, {
      mode: 'auto',
      executable: 'bwrap',
      prepare: () =>
        Promise.resolve({
          spec: { readOnly: [], hidden: [], writable: [], env: { PATH: '/usr/bin' }, network: false },
        }),
    })
    const onOutput = (): void => undefined
    const signal = new AbortController().signal
    await sandbox.runner().run('dbt', ['build'], {
      cwd: '/project',
      env: { DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' },
      timeoutMs: 5000,
      graceMs: 2000,
      signal,
      onOutput,
    })
    const { options } = inner.calls.at(-1)!
    expect(options).toMatchObject({ cwd: '/project', timeoutMs: 5000, graceMs: 2000, inheritEnv: false })
    expect(options.signal).toBe(signal)
    expect(options.onOutput).toBe(onOutput)
    // The allow-list is the whole environment, with the command's own additions.
    expect(options.env).toEqual({ PATH: '/usr/bin', DBT_SEND_ANONYMOUS_USAGE_STATS: 'false' })
  })
})
