import { existsSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { CommandRunner } from '../process/command-runner.js'
import type { VerdictStatement } from './executed-statements.js'
import { SandboxedPython, type SandboxedPythonOptions } from './sandboxed-python.js'
import { sqlParserNotRun } from './sql-parser-failure.js'
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

/** The SQL verdict: the verdict script with sqlglot, in the sandbox (`SandboxedPython`: the input is model-influenced). */
export class SqlglotChecker implements SqlChecker {
  private readonly python: SandboxedPython

  constructor(options: SandboxedPythonOptions, runner: CommandRunner) {
    this.python = new SandboxedPython(options, runner)
  }

  async check(request: VerdictRequest): Promise<{ verdicts: StatementVerdict[] } | { notRun: string }> {
    const result = await this.python.run(SQL_VERDICT_SCRIPT, OutputSchema, {
      cwd: '/',
      input: JSON.stringify(request),
    })
    if ('failed' in result) return { notRun: sqlParserNotRun(result, this.python.python) }
    if (result.answer.results.length !== request.statements.length)
      return { notRun: 'the SQL parser answered in an unexpected shape' }
    return { verdicts: result.answer.results }
  }
}
