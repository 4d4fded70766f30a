import { z } from 'zod'
import type { CommandRunner } from '../process/command-runner.js'
import {
  SqlShapeSchema,
  type ShapeRequest,
  type ShapeResult,
  type SqlShapeReader,
} from '../../optimize/sql-shape.js'
import { SandboxedPython, type SandboxedPythonOptions } from './sandboxed-python.js'
import { sqlParserNotRun } from './sql-parser-failure.js'
import { SQL_SHAPE_SCRIPT } from './sql-shape-script.js'

const OutputSchema = z.object({
  sqlglot: z.string(),
  results: z.array(z.union([z.object({ error: z.string() }), SqlShapeSchema])),
})

/** The SQL optimization checks' parser: sqlglot beside dbt, in the sandbox (the SQL is model-written). */
export class SqlglotShapeReader implements SqlShapeReader {
  private readonly python: SandboxedPython

  constructor(options: SandboxedPythonOptions, runner: CommandRunner) {
    this.python = new SandboxedPython(options, runner)
  }

  async read(request: ShapeRequest): Promise<{ results: ShapeResult[] } | { notRun: string }> {
    if (request.models.length === 0) return { results: [] }
    const result = await this.python.run(SQL_SHAPE_SCRIPT, OutputSchema, {
      cwd: '/',
      input: JSON.stringify(request),
    })
    if ('failed' in result) return { notRun: sqlParserNotRun(result, this.python.python) }
    if (result.answer.results.length !== request.models.length)
      return { notRun: 'the SQL parser answered in an unexpected shape' }
    return { results: result.answer.results }
  }
}
