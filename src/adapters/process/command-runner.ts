import { spawn } from 'node:child_process'

export interface CommandResult {
  command: string
  args: string[]
  cwd: string
  exitCode: number
  stdout: string
  stderr: string
  durationMs: number
  timedOut: boolean
}

export interface CommandOptions {
  cwd: string
  /** Added to the inherited environment, never replacing it (unless `inheritEnv` is false). */
  env?: Record<string, string>
  /** False: `env` is the whole environment of the command (the sandbox's allow-list). */
  inheritEnv?: boolean
  timeoutMs?: number
}

/** Runs an executable without a shell. A missing executable resolves with exit code 127. */
export interface CommandRunner {
  run(command: string, args: string[], options: CommandOptions): Promise<CommandResult>
}

export type CommandObserver = (result: CommandResult) => void

const OUTPUT_LIMIT = 8 * 1024 * 1024

export class SpawnCommandRunner implements CommandRunner {
  constructor(private readonly observe: CommandObserver = () => {}) {}

  run(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
    const started = Date.now()
    return new Promise((resolve) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.inheritEnv === false ? { ...options.env } : { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stdout = ''
      let stderr = ''
      let timedOut = false
      let settled = false
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        if (stdout.length < OUTPUT_LIMIT) stdout += chunk
      })
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        if (stderr.length < OUTPUT_LIMIT) stderr += chunk
      })
      const timer =
        options.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true
              child.kill('SIGKILL')
            }, options.timeoutMs)
      const finish = (exitCode: number, extraStderr = ''): void => {
        if (settled) return
        settled = true
        if (timer) clearTimeout(timer)
        const result: CommandResult = {
          command,
          args,
          cwd: options.cwd,
          exitCode,
          stdout,
          stderr: stderr + extraStderr,
          durationMs: Date.now() - started,
          timedOut,
        }
        this.observe(result)
        resolve(result)
      }
      child.on('error', (error: NodeJS.ErrnoException) => {
        finish(error.code === 'ENOENT' ? 127 : 1, `${command}: ${error.message}`)
      })
      child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)))
    })
  }
}
