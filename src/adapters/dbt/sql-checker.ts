import { existsSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { CommandRunner } from '../process/command-runner.js'
import { commandTimeout, type TimeBudget } from '../../shared/time-budget.js'
import type { VerdictStatement } from './executed-statements.js'
import { SQL_VERDICT_SCRIPT } from './sql-verdict-script.js'

/** What the parser found in one statement: its kinds (`select`, `create table`…) and what it may not do. */
export interface StatementVerdict {
  kinds: string[]
  findings: { construct: string; detail: string }[]
}

export interface VerdictRequest {
  /** sqlglot's dialect name; undefined parses generic SQL. */
  dialect?: string
  projectDir: string
  statements: VerdictStatement[]
}

/** The SQL verdict port: one verdict per statement, in order, or why the parser could not run. */
export interface SqlChecker {
  check(request: VerdictRequest): Promise<{ verdicts: StatementVerdict[] } | { notRun: string }>
}

const OutputSchema = z.object({
  sqlglot: z.string(),
  results: z.array(
    z.object({
      kinds: z.array(z.string()),
      findings: z.array(z.object({ construct: z.string(), detail: z.string() })),
    }),
  ),
})

/** sqlglot's names for dbt adapters' SQL, where they differ or the adapter has a dialect of its own. */
const DIALECTS: Record<string, string> = {
  duckdb: 'duckdb',
  postgres: 'postgres',
  redshift: 'redshift',
  snowflake: 'snowflake',
  bigquery: 'bigquery',
  databricks: 'databricks',
  spark: 'spark',
  trino: 'trino',
  athena: 'athena',
  clickhouse: 'clickhouse',
  sqlserver: 'tsql',
  fabric: 'tsql',
  synapse: 'tsql',
  oracle: 'oracle',
  mysql: 'mysql',
  teradata: 'teradata',
}

export function dialectOf(adapter: string | undefined): string | undefined {
  return adapter ? DIALECTS[adapter.toLowerCase()] : undefined
}

/**
 * The Python next to dbt (its venv's `bin/python`), where sqlglot is installed with it; `python3` when dbt
 * is not found in a folder with one.
 */
export function pythonBesideDbt(dbtExecutable: string, searchPath = process.env.PATH ?? ''): string {
  const candidates = dbtExecutable.includes('/')
    ? [dbtExecutable]
    : searchPath
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, dbtExecutable))
  const dbt = candidates.find((file) => existsSync(file))
  const python = dbt && path.join(path.dirname(dbt), 'python')
  return python && existsSync(python) ? python : 'python3'
}

/**
 * Runs the verdict script with sqlglot through `runner` (the dbt sandbox: the input is model-influenced).
 * `-I` keeps the working folder and PYTHON* variables out of the import path, so no file the change wrote
 * can stand in for sqlglot.
 */
export class SqlglotChecker implements SqlChecker {
  constructor(
    private readonly options: { python: string; timeoutMs: number; timeBudget?: TimeBudget },
    private readonly runner: CommandRunner,
  ) {}

  async check(request: VerdictRequest): Promise<{ verdicts: StatementVerdict[] } | { notRun: string }> {
    const { timeoutMs } = commandTimeout(this.options.timeoutMs, this.options.timeBudget)
    const result = await this.runner.run(this.options.python, ['-I', '-c', SQL_VERDICT_SCRIPT], {
      cwd: '/',
      timeoutMs,
      input: JSON.stringify(request),
    })
    if (result.timedOut)
      return { notRun: `the SQL parser did not finish within ${Math.round(timeoutMs / 1000)} s` }
    if (result.exitCode !== 0) {
      const tail = result.stderr.trim().split('\n').slice(-3).join(' ')
      const missing = /No module named '?sqlglot/.test(result.stderr)
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
    if (!parsed.success || parsed.data.results.length !== request.statements.length)
      return { notRun: 'the SQL parser answered in an unexpected shape' }
    return { verdicts: parsed.data.results }
  }
}
