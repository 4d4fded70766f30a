import { describe, expect, it } from '@jest/globals'
import { describeFailures } from '../../src/validate/describe-failures.js'
import type { Validation } from '../../src/validate/validation.js'

function validation(overrides: Partial<Validation> = {}): Validation {
  return {
    round: 1,
    ok: false,
    changedModels: ['orders'],
    dbt: {
      ok: true,
      mode: 'with-parents',
      command: 'dbt build --select @state:modified',
      exitCode: 0,
      results: [],
    },
    lint: { ok: true, files: [], violations: [] },
    ...overrides,
  }
}

const contractError = [
  'Compilation Error in model orders (models/marts/orders.sql)',
  '  This model has an enforced contract that failed.',
  '',
  '  | column_name | definition_type | contract_type | mismatch_reason    |',
  '  | item_count  | HUGEINT         | BIGINT        | data type mismatch |',
  '  > in macro assert_columns_equivalent (macros/relations/column/columns_spec_ddl.sql)',
  '  > called by macro default__get_assert_columns_equivalent (macros/relations/column/columns_spec_ddl.sql)',
].join('\n')

describe('describeFailures', () => {
  it('is empty when everything passed', () => {
    expect(describeFailures(validation({ ok: true }))).toBe('')
    expect(describeFailures(validation({ ok: true, round: 3, reusedFrom: 2 }))).toBe('')
  })

  it('says first when the files did not change since the round whose failures it repeats', () => {
    const text = describeFailures(
      validation({
        round: 3,
        reusedFrom: 2,
        dbt: {
          ok: false,
          mode: 'with-parents',
          command: 'dbt build',
          exitCode: 1,
          results: [],
          error: 'boom',
        },
      }),
    )
    expect(text.split('\n\n')).toEqual([
      'No file changed since round 2: the change is as it was then, so its failures stand. Edit the files to fix them.',
      'dbt could not run the build:\nboom',
    ])
  })

  it('lists failing nodes with file and message, without the macro call stack, then lint violations', () => {
    const text = describeFailures(
      validation({
        dbt: {
          ok: false,
          mode: 'with-parents',
          command: 'dbt build',
          exitCode: 1,
          results: [
            { uniqueId: 'model.shop.stg_orders', status: 'success', executionTimeS: 0.1 },
            {
              uniqueId: 'model.shop.orders',
              status: 'error',
              message: contractError,
              executionTimeS: 0.2,
              file: 'models/marts/orders.sql',
            },
            { uniqueId: 'model.shop.customers', status: 'skipped', executionTimeS: 0 },
          ],
        },
        lint: {
          ok: false,
          files: ['models/marts/orders.sql'],
          violations: [
            {
              file: 'models/marts/orders.sql',
              line: 4,
              column: 5,
              code: 'LT01',
              description: 'Expected single whitespace.',
            },
          ],
        },
      }),
    )

    expect(text).toContain(
      '- model.shop.orders (models/marts/orders.sql): error\n    Compilation Error in model orders',
    )
    expect(text).toContain('| item_count  | HUGEINT         | BIGINT        | data type mismatch |')
    expect(text).not.toContain('called by macro')
    expect(text).not.toContain('model.shop.stg_orders')
    expect(text).toContain('1 downstream node(s) were skipped')
    expect(text).toContain('- models/marts/orders.sql:4:5 LT01 Expected single whitespace.')
  })

  it('reports a build that failed before running any node, but not a lint setup error or old debt', () => {
    const text = describeFailures(
      validation({
        dbt: {
          ok: false,
          mode: 'deferred',
          command: 'dbt build',
          exitCode: 2,
          results: [],
          error: "depends on a node named 'nope'",
        },
        lint: {
          ok: true,
          files: ['models/a.sql'],
          violations: [],
          notRun: 'sqlfluff failed (exit 2): bad config',
          preExisting: [{ file: 'models/a.sql', line: 1, column: 1, code: 'CP01', description: 'old' }],
        },
      }),
    )
    expect(text).toContain("dbt could not run the build:\ndepends on a node named 'nope'")
    expect(text).not.toContain('bad config')
    expect(text).not.toContain('CP01')
  })

  it('tells the model what dbt did not check', () => {
    const text = describeFailures(
      validation({
        dbt: {
          ok: false,
          mode: 'with-parents',
          command: 'dbt build',
          exitCode: 0,
          results: [],
          unchecked: [
            "`tests/x.sql` is not under a folder dbt reads; this project's test-paths `data-tests/`",
          ],
        },
      }),
    )
    expect(text).toContain('dbt did not check part of the change')
    expect(text).toContain('- `tests/x.sql` is not under a folder dbt reads')
  })

  it('stays within the size limit and says how much it left out', () => {
    const violations = Array.from({ length: 400 }, (_, i) => ({
      file: 'models/marts/orders.sql',
      line: i + 1,
      column: 1,
      code: 'LT02',
      description: 'Expected indent of 4 spaces.',
    }))
    const text = describeFailures(
      validation({ lint: { ok: false, files: ['models/marts/orders.sql'], violations } }),
      2000,
    )
    expect(text.length).toBeLessThanOrEqual(2100)
    expect(text).toContain('models/marts/orders.sql:1:1 LT02')
    expect(text).toMatch(/… \(\d+ more item\(s\) not shown\)$/)
    expect(text).not.toContain('orders.sql:400:1')
  })
})
