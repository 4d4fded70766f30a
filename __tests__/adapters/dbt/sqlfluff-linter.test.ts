import { describe, expect, it } from '@jest/globals'
import { SpawnCommandRunner } from '../../../src/adapters/process/command-runner.js'
import {
  LintToolError,
  parseSqlfluffReport,
  SqlfluffLinter,
} from '../../../src/adapters/dbt/sqlfluff-linter.js'

// The shape sqlfluff 4.4 prints for `lint --format json` (trimmed: statistics and timings vary).
const report = [
  {
    filepath: 'models/staging/stg_customers.sql',
    violations: [
      {
        start_line_no: 5,
        start_line_pos: 5,
        code: 'CP03',
        description: 'Function names must be lower case.',
        name: 'capitalisation.functions',
        warning: false,
        fixes: [],
        start_file_pos: 60,
        end_line_no: 5,
        end_line_pos: 10,
        end_file_pos: 65,
      },
      {
        start_line_no: 7,
        start_line_pos: 1,
        code: 'LT05',
        description: 'Line is too long.',
        name: 'layout.long_lines',
        warning: true,
      },
    ],
    statistics: { source_chars: 120 },
    timings: { templating: 0.01 },
  },
  {
    filepath: './models/broken.sql',
    violations: [
      {
        start_line_no: 1,
        start_line_pos: 0,
        code: 'TMP',
        description: 'Failed to parse Jinja syntax.',
        name: '',
        warning: false,
      },
    ],
  },
  { filepath: 'models/clean.sql', violations: [] },
]

describe('parseSqlfluffReport', () => {
  it('turns the JSON report into violations, leaving out rules configured as warnings', () => {
    expect(parseSqlfluffReport(JSON.stringify(report))).toEqual([
      {
        file: 'models/staging/stg_customers.sql',
        line: 5,
        column: 5,
        code: 'CP03',
        description: 'Function names must be lower case.',
      },
      {
        file: 'models/broken.sql',
        line: 1,
        column: 1,
        code: 'TMP',
        description: 'Failed to parse Jinja syntax.',
      },
    ])
  })

  it('rejects output that is not a sqlfluff JSON report', () => {
    expect(() => parseSqlfluffReport('User Error: No dialect was specified.')).toThrow(
      /did not print a JSON report: User Error/,
    )
    expect(() => parseSqlfluffReport('[{"filepath": 1}]')).toThrow(LintToolError)
  })
})

describe('SqlfluffLinter', () => {
  it('names the input to set when sqlfluff is not installed', async () => {
    const linter = new SqlfluffLinter(
      { projectDir: process.cwd(), executable: '/nonexistent/sqlfluff', timeoutMs: 10_000 },
      new SpawnCommandRunner(),
    )
    const failure = linter.lint(['models/a.sql'])
    await expect(failure).rejects.toThrow(/sqlfluff-executable/)
    await expect(failure).rejects.toMatchObject({ missingExecutable: true })
  })
})
