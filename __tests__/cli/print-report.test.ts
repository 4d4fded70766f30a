import { describe, expect, it } from '@jest/globals'
import { printRunReport } from '../../src/cli/print-report.js'
import { RunRecord } from '../../src/run/run-record.js'
import type { TicketRun } from '../../src/run/run-ticket.js'
import { failingValidation, passingValidation } from '../report/fixtures.js'

function reportOf(record: RunRecord): string {
  let text = ''
  const out = { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream
  const run: TicketRun = {
    outcome: { status: 'dry-run', message: 'Dry run: nothing was pushed.' },
    record,
    auditDir: '/tmp/out/audit',
    auditFiles: [],
    auditHash: 'ab'.repeat(32),
    redact: (value) => value,
  }
  printRunReport(run, out)
  return text
}

describe('printRunReport', () => {
  it("says the base did not parse, with the first lines of dbt's error, after the verdict", () => {
    const record = new RunRecord('run-1')
    record.stages.decision = { verdict: 'ready' }
    record.stages.base = {
      mode: 'full',
      stateDir: '/tmp/state',
      brokenBase:
        "Compilation Error in model orders (models/orders.sql)\n  depends on a node named 'stg_x'\n\nmore",
    }
    record.stages.validations = [passingValidation(1)]
    const report = reportOf(record)
    expect(report).toContain(
      "Verdict: ready\nBase: did not parse before the change (Compilation Error in model orders (models/orders.sql) depends on a node named 'stg_x'). Validation built everything the changed project selects; impact against the base was not computed.",
    )
  })

  it('says nothing of the base when it parsed', () => {
    const record = new RunRecord('run-2')
    record.stages.base = { mode: 'with-parents', stateDir: '/tmp/state' }
    expect(reportOf(record)).not.toContain('Base:')
  })

  it("says what a later round took from an earlier one instead of the first round's mode", () => {
    const record = new RunRecord('run-3')
    const first = passingValidation(1)
    const repair = passingValidation(2)
    repair.dbt = { ...repair.dbt, parentsFrom: 1 }
    const again = passingValidation(3)
    again.reusedFrom = 2
    record.stages.validations = [first, repair, again]
    const report = reportOf(record)
    expect(report).toContain(`Validation round 1: passed\n  dbt (${first.dbt.mode}):`)
    expect(report).toContain('Validation round 2 (repair round): passed\n  dbt (parents built in round 1):')
    expect(report).toContain(
      "Validation round 3 (repair round): passed\n  dbt (no file changed: round 2's result):",
    )
  })

  it('names the round the review caused apart from the repairs, and says what the agent and the review did', () => {
    const record = new RunRecord('run-5')
    record.stages.validations = [
      { ...failingValidation(1), cause: 'change' },
      { ...passingValidation(2), cause: 'repair' },
      { ...passingValidation(3), cause: 'review' },
    ]
    record.toolCalls.push(
      { turn: 1, name: 'read_file', input: {}, ok: true },
      { turn: 1, name: 'edit_file', input: {}, ok: true },
      { turn: 2, name: 'read_file', input: {}, ok: false, error: 'no such file' },
    )
    record.stages.review = {
      model: { status: 'reviewed', by: 'claude-haiku-5-5', summary: 'One criterion missed.' },
      rework: { blocking: 1, optimizations: 0, validationOk: true },
      findings: [
        { path: 'models/a.sql', severity: 'blocking', text: 'missed', by: 'review', placement: 'body' },
        {
          path: 'models/a.sql',
          line: 2,
          severity: 'suggestion',
          text: 'name',
          by: 'review',
          placement: 'line',
        },
        {
          path: 'models/a.sql',
          line: 1,
          severity: 'suggestion',
          text: 'star',
          by: 'sql-check',
          rule: 'select-star-in-mart',
          placement: 'line',
        },
      ],
    }
    const report = reportOf(record)
    expect(report).toContain('Validation round 1: FAILED')
    expect(report).toContain('Validation round 2 (repair round): passed')
    expect(report).toContain('Validation round 3 (review round): passed')
    expect(report).toContain(
      'Agent and review: 3 tool calls (2 read_file, 1 edit_file), 1 refused or failed; reviewed by claude-haiku-5-5: 2 findings, 1 blocking, reworked (validation passed); 1 SQL check finding\n',
    )
  })

  it("prints dbt's whole error, not its first line, and the audit hash", () => {
    const record = new RunRecord('run-4')
    const failed = failingValidation(1)
    failed.dbt.results[0]!.message =
      'Runtime Error in model customers (models/marts/customers.sql)\n  Binder Error: Referenced column "lifetime_valu" not found in FROM clause!\n  LINE 16:     lifetime_valu\n               ^'
    const compile = failingValidation(2)
    compile.dbt.results = []
    compile.dbt.error =
      "Compilation Error in model customers (models/marts/customers.sql)\n  unexpected '}'\n    line 7\n      {{ ref('orders') }}}"
    record.stages.validations = [failed, compile]
    const report = reportOf(record)
    expect(report).toContain(
      '    error: model.shop.customers (models/marts/customers.sql)\n      Runtime Error in model customers (models/marts/customers.sql)\n        Binder Error: Referenced column "lifetime_valu" not found in FROM clause!\n        LINE 16:     lifetime_valu\n',
    )
    expect(report).toContain(
      "    Compilation Error in model customers (models/marts/customers.sql)\n      unexpected '}'\n        line 7\n",
    )
    expect(report).toContain(`Audit hash: ${'ab'.repeat(32)}`)
  })
})
