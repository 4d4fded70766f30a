import { describe, expect, it } from '@jest/globals'
import { printRunReport } from '../../src/cli/print-report.js'
import { RunRecord } from '../../src/run/run-record.js'
import type { TicketRun } from '../../src/run/run-ticket.js'
import { passingValidation } from '../report/fixtures.js'

function reportOf(record: RunRecord): string {
  let text = ''
  const out = { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream
  const run: TicketRun = {
    outcome: { status: 'dry-run', message: 'Dry run: nothing was pushed.' },
    record,
    auditDir: '/tmp/out/audit',
    auditFiles: [],
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
})
