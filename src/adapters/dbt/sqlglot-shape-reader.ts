import { z } from 'zod'
import type { CommandRunner } from '../process/command-runner.js'
import { commandTimeout, type TimeBudget } from '../../shared/time-budget.js'
import {
  SqlShapeSchema,
  type ShapeRequest,
  type ShapeResult,
  type SqlShapeReader,
} from '../../optimize/sql-shape.js'
import { SQL_SHAPE_SCRIPT } from './sql-shape-script.js'

const OutputSchema = z.object({
  sqlglot: z.string(),
  results: z.array(z.union([z.object({ error: z.string() }), SqlShapeSchema])),
})

/**
 * The SQL optimization checks' parser: sqlglot beside dbt, through `runner` (the dbt sandbox, because the
 * SQL is model-written); `-I` keeps files the change wrote out of Python's import path.
 */
export class SqlglotShapeReader implements SqlShapeReader {
  constructor(
    private readonly options: { python: string; timeoutMs: number; timeBudget?: TimeBudget },
    private readonly runner: CommandRunner,
  ) {}

  async read(request: ShapeRequest): Promise<{ results: ShapeResult[] } | { notRun: string }> {
    if (request.models.length === 0) return { results: [] }
    const { timeoutMs } = commandTimeout(this.options.timeoutMs, this.options.timeBudget)
    const result = await this.runner.run(this.options.python, ['-I', '-c', SQL_SHAPE_SCRIPT], {
      cwd: '/',
      timeoutMs,
      input: JSON.stringify(request),
    })
    if (result.timedOut)
      return { notRun: `the SQL parser did not finish within ${Math.round(timeoutMs / 1000)} s` }
    if (result.exitCode !== 0) {
      const missing = /No module named '?sqlglot/.test(result.stderr)
      const tail = result.stderr.trim().split('\n').slice(-3).join(' ')
      return {
        notRun: missing
          ? `sqlglot is not installed beside dbt (\`${this.options.python}\`): \`pip install sqlglot\` in dbt's environment`
          : `the SQL parser (\`${this.options.python}\`) failed: ${tail || `exit ${result.exitCode}`}`,
      }
    }
    let json: unknown
    try {
      json = JSON.parse(result.stdout)
    } catch {
      return { notRun: 'the SQL parser wrote no JSON' }
    }
    const parsed = OutputSchema.safeParse(json)
    if (!parsed.success || parsed.data.results.length !== request.models.length)
      return { notRun: 'the SQL parser answered in an unexpected shape' }
    return { results: parsed.data.results }
  }
}
