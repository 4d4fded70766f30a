import { describe, expect, it } from '@jest/globals'
import { JOB_SUMMARY_LIMIT_BYTES, renderJobSummary, statusHeadline } from '../../src/report/job-summary.js'
import type { ContractFinding } from '../../src/impact/contracts.js'
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
  it('shows the outcome, the PR, the change, impact, validation, cost, duration, stages and audit hash', () => {
    const run = record()
    run.stages.change = {
      files: ['models/marts/customers.sql', 'models/marts/old.sql'],
      deleted: ['models/marts/old.sql'],
      models: ['customers'],
      summary: 'Added lifetime value.',
    }
    run.stages.impact = {
      changed: 3,
      findings: [
        {
          rule: 'column-removed',
          node: 'model.shop.customers',
          severity: 'breaking',
          message: 'm',
          action: 'a',
        },
        { rule: 'column-removed', node: 'model.shop.orders', severity: 'warning', message: 'm', action: 'a' },
      ] as ContractFinding[],
    }
    run.commitSha = 'c0ffee'
    run.events.push(
      { at: '2026-01-01T10:00:00.000Z', stage: 'stage', message: 'started: Validate (round 1)' },
      {
        at: '2026-01-01T10:00:03.800Z',
        stage: 'stage',
        message: 'finished: Validate (round 1)',
        data: {
          name: 'Validate (round 1)',
          startedAt: '2026-01-01T10:00:00.000Z',
          durationMs: 3800,
          ok: true,
        },
      },
    )
    const started = run.startedAt
    run.finishedAt = new Date(Date.parse(started) + 125_000).toISOString()
    const summary = renderJobSummary({
      status: 'pr-opened',
      statusMessage: 'Opened a pull request for DATA-123.',
      ticket,
      prUrl: 'https://github.com/acme/shop/pull/12',
      branch: 'autopilot/DATA-123',
      validations: [failingValidation(1), passingValidation(2)],
      record: run,
      auditHash: 'ab'.repeat(32),
      artifactUrl: 'https://github.com/acme/shop/actions/runs/7/artifacts/9',
    })
    expect(summary).toContain('## Autopilot: ✅ Pull request opened')
    expect(summary).toContain(
      '[DATA-123](https://acme.atlassian.net/browse/DATA-123) Add lifetime value to customers',
    )
    expect(summary).toContain('**Pull request:** https://github.com/acme/shop/pull/12')
    expect(summary).toContain('**Commit:** `c0ffee`')
    expect(summary).toContain(
      '### Change (2 files)\n\n- `models/marts/customers.sql`\n- `models/marts/old.sql` (deleted)\n\n**Models:** `customers`',
    )
    expect(summary).toContain(
      '### Impact\n\n3 changed nodes, **1 breaking contract finding**, 1 contract warning.',
    )
    expect(summary).toContain('Passed after 1 repair round.')
    // 15,000 fresh + 9,000 written + 9,000 read: 27% of the input came from the cache.
    expect(summary).toContain(
      '**Cost:** $0.08 for 2 model calls: 33,000 input tokens (27% read from the cache), 1,200 output',
    )
    expect(summary).toContain('**Duration:** 2 min 5 s')
    expect(summary).toContain('| Validate (round 1) | 10:00:00 | 3.8 s |  |')
    expect(summary).toContain(
      `**Audit:** [audit bundle](https://github.com/acme/shop/actions/runs/7/artifacts/9), final hash \`${'ab'.repeat(32)}\``,
    )
    // The model calls fold away; the commands are in the audit bundle only.
    expect(summary).toContain('<details><summary>Model calls (2)</summary>')
    expect(summary).toContain(
      '| 1 | `claude-sonnet-5-5` | 12,000 | 800 | 9,000 | 0 | $0.06 | tool_use | 4.2 s |',
    )
    expect(summary).not.toContain('Commands')
    expect(summary).not.toContain('sqlfluff lint --format json')
    // The last round passed: no error text.
    expect(summary).not.toContain("dbt's full error text")
    expect(summary).not.toContain('**Draft**')
  })

  it('names the review round apart from the repairs and says what the agent and the review did, in one line', () => {
    const run = record()
    run.toolCalls.push(
      { turn: 1, name: 'edit_file', input: {}, ok: true },
      { turn: 1, name: 'compile', input: {}, ok: true },
      { turn: 2, name: 'edit_file', input: {}, ok: true },
    )
    run.stages.review = {
      model: { status: 'reviewed', by: 'claude-haiku-5-5', summary: 'Misses a criterion.' },
      rework: { blocking: 1, optimizations: 0, validationOk: false },
      findings: [{ path: 'models/a.sql', severity: 'blocking', text: 'x', by: 'review', placement: 'body' }],
    }
    const summary = renderJobSummary({
      status: 'failed:validation',
      statusMessage: 'Validation failed.',
      validations: [
        { ...failingValidation(1), cause: 'change' },
        { ...passingValidation(2), cause: 'repair' },
        { ...failingValidation(3), cause: 'review', edited: ['models/a.sql'] },
      ],
      record: run,
    })
    expect(summary).toContain('Still failing after 1 repair round and 1 review round.')
    expect(summary).toContain("The review round (the review's blocking findings) edited `models/a.sql`.")
    expect(summary).toContain('<summary>Earlier rounds (2)</summary>')
    expect(summary).toContain(
      '**Agent and review:** 3 tool calls (2 edit_file, 1 compile); reviewed by claude-haiku-5-5: 1 finding, 1 blocking, reworked (validation failed)\n',
    )
  })

  it('says why the review model did not run, and that no review pass ran at all', () => {
    const run = record()
    run.stages.review = {
      model: { status: 'not-run', reason: '`review` is off' },
      findings: [],
    }
    const base = {
      status: 'pr-opened' as const,
      statusMessage: 'Opened.',
      validations: [passingValidation(1)],
    }
    expect(renderJobSummary({ ...base, record: run })).toContain(
      '**Agent and review:** the agent made no tool call; review model not run: `review` is off\n',
    )
    run.toolCalls.push({ turn: 1, name: 'edit_file', input: {}, ok: true })
    delete run.stages.review
    expect(renderJobSummary({ ...base, record: run })).toContain(
      '**Agent and review:** 1 tool call (1 edit_file); no review pass\n',
    )
    expect(renderJobSummary({ ...base, record: record() })).not.toContain('Agent and review')
  })

  it('says once what the real run would do in a dry run, and why a real PR is a draft', () => {
    const run = record()
    run.stages.decision = { verdict: 'draft', draftReason: 'The change breaks 1 contract rule(s).' }
    const message =
      'Dry run: nothing was pushed. The real run would open a draft PR: The change breaks 1 contract rule(s).'
    const dry = renderJobSummary({ status: 'dry-run', statusMessage: message, validations: [], record: run })
    expect(dry.split('The change breaks 1 contract rule(s).')).toHaveLength(2)
    expect(dry).not.toContain('**Draft**')
    const real = renderJobSummary({
      status: 'pr-opened',
      statusMessage: 'Opened draft PR.',
      validations: [],
      record: run,
      dryRun: false,
    })
    expect(real).toContain('**Draft**: The change breaks 1 contract rule(s).')
    expect(real).not.toContain('real run would')
  })

  it("shows dbt's whole error when the last round failed", () => {
    const failed = failingValidation(2)
    failed.dbt.results[0]!.message =
      'Runtime Error in model customers (models/marts/customers.sql)\n  Binder Error: Referenced column "lifetime_valu" not found in FROM clause!\n  LINE 20:     lifetime_valu\n               ^^^^^^^^^^^^^'
    const summary = renderJobSummary({
      status: 'failed:validation',
      statusMessage: 'Validation failed.',
      validations: [failed],
      record: record(),
    })
    expect(summary).toContain("<details><summary>dbt's full error text</summary>")
    expect(summary).toContain('- model.shop.customers (models/marts/customers.sql): error')
    expect(summary).toContain('      LINE 20:     lifetime_valu\n                   ^^^^^^^^^^^^^')
  })

  it('leaves out every section that would say nothing', () => {
    const summary = renderJobSummary({
      status: 'failed:ticket',
      statusMessage: 'DATA-9 was not found.',
      validations: [],
      record: new RunRecord('run-quiet'),
    })
    expect(summary).toBe('## Autopilot: ❌ Failed (ticket)\n\nDATA-9 was not found.\n')
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
