import { describe, expect, it } from '@jest/globals'
import { JOB_SUMMARY_LIMIT_BYTES, renderJobSummary, statusHeadline } from '../../src/report/job-summary.js'
import { RunRecord } from '../../src/run/run-record.js'
import { failingValidation, passingValidation, ticket, violation } from './fixtures.js'

function record(): RunRecord {
  const run = new RunRecord('run-1')
  run.modelCalls.push({
    turn: 1,
    model: 'claude-sonnet-5-5',
    usage: { inputTokens: 12000, outputTokens: 800, cacheCreationInputTokens: 9000, cacheReadInputTokens: 0 },
    costUsd: 0.0612,
    stopReason: 'tool_use',
    durationMs: 4200,
  })
  run.modelCalls.push({
    turn: 2,
    model: 'claude-sonnet-5-5',
    usage: { inputTokens: 3000, outputTokens: 400, cacheCreationInputTokens: 0, cacheReadInputTokens: 9000 },
    costUsd: 0.0183,
    stopReason: 'end_turn',
    durationMs: 2100,
  })
  run.addCommand({
    command: 'dbt',
    args: ['build', '--select', 'state:modified+'],
    cwd: '/repo',
    exitCode: 1,
    stdout: '',
    stderr: '',
    durationMs: 15300,
    timedOut: false,
  })
  run.addCommand({
    command: 'sqlfluff',
    args: ['lint', '--format', 'json'],
    cwd: '/repo',
    exitCode: 0,
    stdout: '',
    stderr: '',
    durationMs: 900,
    timedOut: false,
  })
  return run
}

describe('renderJobSummary', () => {
  it('shows the outcome, links, validation, model calls and commands', () => {
    const summary = renderJobSummary({
      status: 'pr-opened',
      statusMessage: 'Opened a pull request for DATA-123.',
      ticket,
      prUrl: 'https://github.com/acme/shop/pull/12',
      branch: 'autopilot/DATA-123',
      validations: [failingValidation(1), passingValidation(2)],
      record: record(),
    })
    expect(summary).toContain('## Autopilot: ✅ Pull request opened')
    expect(summary).toContain(
      '[DATA-123](https://acme.atlassian.net/browse/DATA-123) Add lifetime value to customers',
    )
    expect(summary).toContain('**Pull request:** https://github.com/acme/shop/pull/12')
    expect(summary).toContain('Passed after 1 repair round.')
    expect(summary).toContain(
      '| 1 | `claude-sonnet-5-5` | 12,000 | 800 | 9,000 | 0 | $0.06 | tool_use | 4.2 s |',
    )
    expect(summary).toContain('| **total** |  | 15,000 | 1,200 | 9,000 | 9,000 | **$0.08** |')
    expect(summary).toContain('| `dbt build --select state:modified+` | ❌ 1 | 15.3 s |')
    expect(summary).toContain('| `sqlfluff lint --format json` | 0 | 900 ms |')
  })

  it('says when the base did not parse, as the PR body does, with the error neutralized', () => {
    const run = record()
    run.stages.base = {
      mode: 'full',
      stateDir: '/tmp/state',
      brokenBase:
        "Compilation Error in model orders (models/orders.sql)\n  depends on a node named 'stg_x' @ana",
    }
    const summary = renderJobSummary({
      status: 'dry-run',
      statusMessage: 'Dry run: nothing was pushed.',
      validations: [passingValidation(1)],
      record: run,
    })
    expect(summary).toContain(
      '> **The base branch did not parse** before this change (Compilation Error in model',
    )
    expect(summary).toContain('impact against the base was not computed')
    // A mention from dbt's output (model-written names) never pings anyone.
    expect(summary).not.toContain(' @ana')
    expect(summary.indexOf('did not parse')).toBeLessThan(summary.indexOf('### Validation'))
    const clean = renderJobSummary({
      status: 'dry-run',
      statusMessage: 'ok',
      validations: [],
      record: record(),
    })
    expect(clean).not.toContain('did not parse')
  })

  it('says when the SQL verdict could not run, and why', () => {
    const validation = passingValidation()
    validation.dbt.sqlVerdict = {
      statements: 12,
      findings: [],
      notRun: 'the SQL parser did not finish within 600 s\n(traceback)',
    }
    const summary = renderJobSummary({
      status: 'pr-opened',
      statusMessage: 'Opened.',
      validations: [validation],
      record: record(),
    })
    expect(summary).toContain('⚠️ SQL verdict not run: the SQL parser did not finish within 600 s.')
    expect(summary).not.toContain('traceback')
    validation.dbt.sqlVerdict = { statements: 12, findings: [] }
    expect(
      renderJobSummary({
        status: 'pr-opened',
        statusMessage: 'x',
        validations: [validation],
        record: record(),
      }),
    ).not.toContain('SQL verdict')
  })

  it('has one headline per outcome', () => {
    expect(statusHeadline('failed:validation')).toBe('❌ Failed (validation)')
    expect(statusHeadline('skipped:not-triggered')).toBe('⏭️ Skipped (not-triggered)')
    expect(statusHeadline('dry-run')).toBe('🧪 Dry run')
    expect(statusHeadline('pr-updated')).toBe('🔄 Pull request updated')
  })

  it('lists every finding when they fit, far beyond what annotations show', () => {
    const violations = Array.from({ length: 200 }, (_, i) => violation(`models/m_${i}.sql`, i + 1))
    const summary = renderJobSummary({
      status: 'failed:validation',
      statusMessage: 'Validation failed.',
      validations: [failingValidation(1, violations)],
      record: record(),
    })
    expect(summary).toContain('`models/m_199.sql:200:3`')
    expect(summary).not.toContain('more, see the audit artifact')
  })

  it('stays under the byte cap with a huge run and says what was left out', () => {
    const violations = Array.from({ length: 30_000 }, (_, i) =>
      violation(`models/staging/ünïcode_${i}.sql`, i + 1, 'LT05', 'Line is too long — überlang.'),
    )
    const summary = renderJobSummary({
      status: 'failed:validation',
      statusMessage: 'Validation failed.',
      validations: [failingValidation(1, violations)],
      record: record(),
    })
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES)
    expect(JOB_SUMMARY_LIMIT_BYTES).toBeLessThan(1024 * 1024)
    expect(summary).toMatch(/…and \d+ more, see the audit artifact\./)
    expect(summary).toContain('**Lint violations introduced by the change (30000)**')
  })
})
