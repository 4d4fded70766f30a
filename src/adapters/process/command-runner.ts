import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import { OutputTail } from './output-tail.js'

export interface CommandResult {
  command: string
  args: string[]
  cwd: string
  exitCode: number
  /** The tail of standard output; when it was cut, the first line says how much. */
  stdout: string
  stderr: string
  durationMs: number
  timedOut: boolean
  /** Stopped because `signal` aborted, not by its own exit or the timeout. */
  aborted?: boolean
}

export interface CommandOptions {
  cwd: string
  /** Added to the inherited environment, never replacing it (unless `inheritEnv` is false). */
  env?: Record<string, string>
  /** False: `env` is the whole environment of the command (the sandbox's allow-list). */
  inheritEnv?: boolean
  timeoutMs?: number
  /** Stops the command the way a timeout does. */
  signal?: AbortSignal
  /**
   * How long a command stopped by the timeout or `signal` has between SIGINT and SIGKILL; dbt uses it to
   * cancel its warehouse queries. Default 10 s.
   */
  graceMs?: number
  /** Each piece of output as it arrives, e.g. to stream dbt's log to the job log. */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void
  /** Characters of each stream kept (the last ones). Default 8 Mi. */
  maxOutputChars?: number
  /** Written to the command's standard input, which is then closed (empty without it). */
  input?: string
}

/** Runs an executable without a shell. A missing executable resolves with exit code 127. */
export interface CommandRunner {
  run(command: string, args: string[], options: CommandOptions): Promise<CommandResult>
}

export type CommandObserver = (result: CommandResult) => void

export const DEFAULT_GRACE_MS = 10_000
const OUTPUT_LIMIT = 8 * 1024 * 1024
const PIPE_DRAIN_MS = 1_000

export class SpawnCommandRunner implements CommandRunner {
  constructor(private readonly observe: CommandObserver = () => {}) {}

  run(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
    const started = Date.now()
    return new Promise((resolve) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.inheritEnv === false ? { ...options.env } : { ...process.env, ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      })
      // A command that exits without reading its input closes the pipe: that is not an error of ours.
      child.stdin.on('error', () => {})
      child.stdin.end(options.input ?? '')
      const limit = options.maxOutputChars ?? OUTPUT_LIMIT
      const stdout = new OutputTail(limit)
      const stderr = new OutputTail(limit)
      let timedOut = false
      let aborted = false
      let settled = false
      let graceTimer: NodeJS.Timeout | undefined
      let drainTimer: NodeJS.Timeout | undefined
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout.push(chunk)
        options.onOutput?.(chunk, 'stdout')
      })
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr.push(chunk)
        options.onOutput?.(chunk, 'stderr')
      })

      // SIGINT first, as Ctrl-C would: dbt then cancels its running queries and exits on its own.
      const stop = (): void => {
        if (graceTimer || child.exitCode !== null || child.signalCode !== null) return
        child.kill('SIGINT')
        graceTimer = setTimeout(() => child.kill('SIGKILL'), options.graceMs ?? DEFAULT_GRACE_MS)
      }
      const timer =
        options.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true
              stop()
            }, options.timeoutMs)
      const onAbort = (): void => {
        aborted = true
        stop()
      }
      options.signal?.addEventListener('abort', onAbort, { once: true })
      if (options.signal?.aborted) onAbort()

      const finish = (exitCode: number, extraStderr = ''): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        clearTimeout(graceTimer)
        clearTimeout(drainTimer)
        options.signal?.removeEventListener('abort', onAbort)
        const result: CommandResult = {
          command,
          args,
          cwd: options.cwd,
          exitCode,
          stdout: stdout.text(),
          stderr: stderr.text() + extraStderr,
          durationMs: Date.now() - started,
          timedOut,
          ...(aborted ? { aborted } : {}),
        }
        this.observe(result)
        resolve(result)
      }
      child.on('error', (error: NodeJS.ErrnoException) => {
        finish(error.code === 'ENOENT' ? 127 : 1, `${command}: ${error.message}`)
      })
      child.on('exit', () => {
        // A grandchild that outlives a stopped command may hold the pipes open and 'close' never come:
        // what is already in the pipes is read for a moment, then they are closed.
        if (!graceTimer) return
        drainTimer = setTimeout(() => {
          child.stdout.destroy()
          child.stderr.destroy()
        }, PIPE_DRAIN_MS)
      })
      child.on('close', (code, signal) =>
        finish(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1)),
      )
    })
  }
}
