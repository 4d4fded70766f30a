import type { z } from 'zod'
import type { CommandRunner } from '../process/command-runner.js'
import { commandTimeout, type TimeBudget } from '../../shared/time-budget.js'

export interface SandboxedPythonOptions {
  /** The Python beside dbt or sqlfluff, where the library the script imports is installed. */
  python: string
  timeoutMs: number
  timeBudget?: TimeBudget
}

/** A script's JSON answer, or why there is none; each caller words the failure for its own tool. */
export type PythonAnswer<T> =
  | { answer: T }
  | { failed: 'timeout'; timeoutMs: number }
  | { failed: 'exit'; exitCode: number; stderr: string }
  | { failed: 'no-json' | 'shape'; exitCode: number; stderr: string }

/**
 * Runs a Python script through `runner` (the dbt sandbox: what it reads is model-written or the
 * repository's) and reads the JSON its last line prints with `schema`. `-I` keeps the working folder and
 * PYTHON* variables out of the import path, so no file of the checkout can stand in for the library.
 */
export class SandboxedPython {
  constructor(
    private readonly options: SandboxedPythonOptions,
    private readonly runner: CommandRunner,
  ) {}

  get python(): string {
    return this.options.python
  }

  async run<T>(
    script: string,
    schema: z.ZodType<T>,
    call: { cwd: string; input?: string },
  ): Promise<PythonAnswer<T>> {
    const { timeoutMs } = commandTimeout(this.options.timeoutMs, this.options.timeBudget)
    const result = await this.runner.run(this.options.python, ['-I', '-c', script], {
      cwd: call.cwd,
      timeoutMs,
      ...(call.input !== undefined ? { input: call.input } : {}),
    })
    if (result.timedOut) return { failed: 'timeout', timeoutMs }
    const { exitCode, stderr } = result
    if (exitCode !== 0) return { failed: 'exit', exitCode, stderr }
    let json: unknown
    try {
      json = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '')
    } catch {
      return { failed: 'no-json', exitCode, stderr }
    }
    const parsed = schema.safeParse(json)
    return parsed.success ? { answer: parsed.data } : { failed: 'shape', exitCode, stderr }
  }
}

/** The last lines of a script's stderr: where Python puts the exception. */
export function stderrTail(stderr: string, lines: number): string {
  return stderr.trim().split('\n').slice(-lines).join(' ')
}
