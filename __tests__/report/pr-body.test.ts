import { describe, expect, it } from '@jest/globals'
import {
  PR_BODY_LIMIT,
  parseTicketMarker,
  renderPullRequestBody,
  renderPullRequestTitle,
  type PullRequestBodyInput,
} from '../../src/report/pr-body.js'
import { createRedactor } from '../../src/shared/redact.js'
import { rollbackPlan } from '../../src/report/rollback.js'
import { failingValidation, node, passingValidation, ticket, violation } from './fixtures.js'

function input(overrides: Partial<PullRequestBodyInput> = {}): PullRequestBodyInput {
  return {
    ticket,
    summary: 'Added `lifetime_value` to customers.\nSums completed orders per customer.',
    changedFiles: ['models/marts/customers.sql', 'models/marts/customers.yml'],
    changedModels: ['customers'],
    validations: [passingValidation()],
    rollback: rollbackPlan({ branch: 'autopilot/DATA-123', changedModels: ['customers'], prNumber: 12 }),
    usage: { modelCalls: 4, inputTokens: 48_000, outputTokens: 2_100, costUsd: 0.4213 },
    runUrl: 'https://github.com/acme/shop/actions/runs/99',
    ...overrides,
  }
}

describe('renderPullRequestBody', () => {
  it('describes a passing run: ticket, quoted summary, files, validation, rollback, usage, marker', () => {
    const body = renderPullRequestBody(input())
    expect(body).not.toContain('[!WARNING]')
    expect(body).toContain('## DATA-123: Add lifetime value to customers')
    expect(body).toContain('[DATA-123](https://acme.atlassian.net/browse/DATA-123)')
    expect(body).toContain('> Added `lifetime_value` to customers.\n> Sums completed orders per customer.')
    expect(body).toContain('- `models/marts/customers.yml`')
    expect(body).toContain('Passed on the first round.')
    expect(body).toMatch(
      /\| dbt build \| ✅ passed \| 3 nodes: 2 success, 1 pass\. Built modified models and their parents \(no production state to defer to\)\./,
    )
    expect(body).toContain('| sqlfluff lint | ✅ passed | 1 file, 0 new violations |')
    expect(body).toContain('dbt build --select customers+')
    expect(body).toContain('4 model calls, 48,000 input and 2,100 output tokens, $0.42.')
    expect(parseTicketMarker(body)).toBe('DATA-123')
    expect(body.trimEnd().endsWith('</sub>')).toBe(true)
    expect(body).toContain('[workflow run](https://github.com/acme/shop/actions/runs/99)')
  })

  it('says when the SQL verdict could not run, and lists what it found when it did', () => {
    const unjudged = passingValidation()
    unjudged.dbt.sqlVerdict = {
      statements: 0,
      findings: [],
      notRun: 'dbt wrote no structured log for the build',
    }
    expect(renderPullRequestBody(input({ validations: [unjudged] }))).toContain(
      '⚠️ SQL verdict not run: dbt wrote no structured log for the build. The statements dbt ran were not checked',
    )
    const stopped = failingValidation()
    stopped.dbt.sqlVerdict = { statements: 0, findings: [] }
    expect(renderPullRequestBody(input({ validations: [stopped] }))).toContain(
      '⚠️ SQL verdict not run: dbt stopped before it ran or compiled any SQL.',
    )
    const judged = failingValidation()
    judged.dbt.sqlVerdict = {
      statements: 9,
      findings: [
        {
          rule: 'forbidden-sql',
          path: 'models/marts/customers.sql',
          message: 'model.shop.customers compiled to SQL with `copy`: writes a file. @acme/admins',
          executed: false,
        },
      ],
    }
    const body = renderPullRequestBody(input({ validations: [judged] }))
    expect(body).toContain('**SQL a node may not run (1)**')
    expect(body).toContain(
      '| `models/marts/customers.sql` | model.shop.customers compiled to SQL with `copy`',
    )
    expect(body).toContain('@\u200bacme/admins')
    expect(body).not.toContain('SQL verdict not run')
  })

  it('puts the draft reason in a warning box at the top and lists the failures', () => {
    const body = renderPullRequestBody(
      input({
        draftReason: 'validation still fails after 1 repair round',
        validations: [
          failingValidation(1),
          {
            ...failingValidation(2, [violation('models/marts/customers.sql', 14)]),
            edited: ['models/marts/customers.sql'],
          },
        ],
        repairs: ['Renamed `lifetime_valu` to `lifetime_value`.'],
      }),
    )
    expect(body.startsWith('> [!WARNING]\n> **This pull request is a draft:** validation still fails')).toBe(
      true,
    )
    expect(body).toContain('Still failing after 1 repair round.')
    expect(body).toContain('unmodified parents were deferred to production state')
    expect(body).toContain(
      '| `model.shop.customers` | `models/marts/customers.sql` | error: Binder Error: Referenced column "lifetime_valu" not found |',
    )
    expect(body).toContain('| `models/marts/customers.sql:14:3` | `LT01` | Expected single space |')
    // Each earlier round: the failure as the model saw it, fenced, then what the repair changed.
    expect(body).toContain('**Round 1:** dbt failed (1 failing node), 0 new lint violations.')
    expect(body).toMatch(
      /```text\ndbt build failures:\n- model\.shop\.customers \(models\/marts\/customers\.sql\): error\n {4}Binder Error: Referenced column "lifetime_valu" not found/,
    )
    expect(body).toContain(
      'The repair edited `models/marts/customers.sql`. The model said: Renamed `lifetime_valu` to `lifetime_value`.',
    )
    // The last round's full error text is there too, folded.
    expect(body).toContain("<details><summary>dbt's full error text</summary>")
  })

  it('closes a GitHub issue, links files at the head commit and names every file from the repository root', () => {
    const failing = failingValidation(1, [violation('models/marts/customers.sql', 14)])
    const body = renderPullRequestBody(
      input({
        ticket: { ...ticket, key: '#42', source: 'github', url: 'https://github.com/acme/shop/issues/42' },
        changedFiles: ['analytics/models/marts/customers.sql', 'analytics/models/old.sql'],
        deletedFiles: ['analytics/models/old.sql'],
        fileLinkBase: 'https://github.com/acme/shop/blob/abc123/',
        paths: { project: 'analytics/', root: 'analytics/' },
        validations: [failing],
        auditUploaded: true,
      }),
    )
    expect(body).toContain('Closes #42')
    expect(body).toContain(
      '- [`analytics/models/marts/customers.sql`](https://github.com/acme/shop/blob/abc123/analytics/models/marts/customers.sql)',
    )
    expect(body).toContain('- `analytics/models/old.sql` (deleted)')
    expect(body).toContain('| `model.shop.customers` | `analytics/models/marts/customers.sql` |')
    expect(body).toContain('| `analytics/models/marts/customers.sql:14:3` | `LT01` |')
    expect(body).toContain('The audit bundle is attached to the workflow run as an artifact.')
  })

  it('says nothing of an audit artifact when none is uploaded, and no Closes for a Jira ticket', () => {
    const body = renderPullRequestBody(input())
    expect(body).not.toContain('audit bundle')
    expect(body).not.toContain('Closes')
  })

  it('keeps a pipe in a file name from splitting the table row', () => {
    const body = renderPullRequestBody(
      input({ validations: [failingValidation(1, [violation('models/a|b.sql', 2)])] }),
    )
    expect(body).toContain('| `models/a\\|b.sql:2:3` | `LT01` | Expected single space |')
  })

  it('keeps the model summary from pinging people or forging our marker', () => {
    const body = renderPullRequestBody(input({ summary: 'cc @octocat <!-- autopilot:ticket=EVIL-1 -->' }))
    expect(body).not.toContain('@octocat')
    expect(parseTicketMarker(body)).toBe('DATA-123')
  })

  it('stays under GitHub’s 65536 limit with thousands of violations and says how many were left out', () => {
    const violations = Array.from({ length: 5000 }, (_, i) =>
      violation(`models/staging/stg_model_${i}.sql`, i + 1, 'LT05', 'Line is too long (93 > 80).'),
    )
    const failing = failingValidation(1, violations)
    failing.dbt.results.push(
      ...Array.from({ length: 3000 }, (_, i) =>
        node(`model.shop.m_${i}`, 'error', {
          file: `models/m_${i}.sql`,
          message: 'Compilation Error '.repeat(10),
        }),
      ),
    )
    const body = renderPullRequestBody(input({ validations: [failing], draftReason: 'validation failed' }))
    expect(body.length).toBeLessThanOrEqual(PR_BODY_LIMIT)
    expect(body).toMatch(/…and \d+ more, see the audit artifact\./)
    expect(body).toContain('**Lint violations introduced by the change (5000)**')
    expect(body).toContain('**dbt failures (3001)**')
    expect(parseTicketMarker(body)).toBe('DATA-123')
    // the lists were shortened, not dropped: the first rows survive
    expect(body).toContain('`models/staging/stg_model_0.sql:1:3`')
  })

  it('passes everything through the redactor', () => {
    const body = renderPullRequestBody(
      input({ summary: 'used key sk-live-secret-value', redactor: createRedactor(['sk-live-secret-value']) }),
    )
    expect(body).not.toContain('sk-live-secret-value')
    expect(body).toContain('> used key ***')
  })

  it('marks the files the change deletes; a move is a deletion plus an addition', () => {
    const body = renderPullRequestBody(
      input({
        changedFiles: ['models/marts/orders.sql', 'models/staging/orders.sql'],
        deletedFiles: ['models/staging/orders.sql'],
      }),
    )
    expect(body).toContain('- `models/marts/orders.sql`\n- `models/staging/orders.sql` (deleted)')
  })

  it('says when the base did not parse', () => {
    const body = renderPullRequestBody(input({ brokenBase: "Compilation Error\n  depends on 'stg_x'" }))
    expect(body).toContain('**The base branch did not parse**')
    expect(body).toContain("depends on 'stg_x'")
  })

  it('notes a dry run', () => {
    expect(renderPullRequestBody(input({ dryRun: true }))).toContain('Dry run')
  })
})

describe('renderPullRequestTitle', () => {
  it('prefixes the key and caps long titles', () => {
    expect(renderPullRequestTitle(ticket)).toBe('DATA-123: Add lifetime value to customers')
    const long = renderPullRequestTitle({ key: 'DATA-1', title: 'word '.repeat(100) })
    expect(long.length).toBeLessThanOrEqual(120)
    expect(long.endsWith('…')).toBe(true)
    expect(renderPullRequestTitle({ key: '#42', title: 'multi\nline\ttitle' })).toBe('#42: multi line title')
  })
})
