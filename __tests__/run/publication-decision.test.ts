import { describe, expect, it } from '@jest/globals'
import type { AgentRunResult } from '../../src/agent/agent-session.js'
import type { Override } from '../../src/guard/guard.js'
import type { ContractFinding } from '../../src/impact/contracts.js'
import {
  decidePublication,
  verdictOf,
  type ChangeVerdicts,
  type Publication,
  type PublicationSettings,
} from '../../src/run/publication-decision.js'
import type { Validation } from '../../src/validate/validation.js'

const finished: AgentRunResult = { outcome: 'finished', summary: 'Done.' }
const atLimit: AgentRunResult = { outcome: 'budget', summary: '' }

function validation(round: number, ok: boolean): Validation {
  return {
    round,
    ok,
    changedModels: ['orders'],
    dbt: { ok, mode: 'with-parents', command: 'dbt build', exitCode: ok ? 0 : 1, results: [] },
    lint: { ok: true, files: [], violations: [] },
  }
}
const passed = [validation(1, true)]
const failed = [validation(1, false), validation(2, false)]
const breaks: ContractFinding[] = [
  {
    node: 'model.shop.orders',
    rule: 'column-removed',
    severity: 'breaking',
    message: 'Column is_paid was removed.',
    action: 'Keep it or add a version.',
  },
]

const defaults: PublicationSettings = {
  dryRun: false,
  onValidationFailure: 'draft',
  onBreakingChange: 'draft',
}
const clean: ChangeVerdicts = {
  agent: finished,
  validations: passed,
  breaking: [],
  askedForVersion: false,
  overrides: [],
}

/** What a decision looks like when only its kind, outcome and whether it is a draft matter. */
function shape(publication: Publication): string {
  const verdict = `(${verdictOf(publication)})`
  if (publication.kind === 'block') return `block ${publication.status} ${verdict}`
  const draft = publication.draftReason ? 'draft' : 'ready'
  if (publication.kind === 'keep-local') return `keep-local ${publication.status} ${draft} ${verdict}`
  return `pull-request ${draft}${publication.failValidation ? ' then failed:validation' : ''} ${verdict}`
}

describe('decidePublication', () => {
  const table: [string, Partial<PublicationSettings>, Partial<ChangeVerdicts>, string[], string][] = [
    ['a clean change', {}, {}, [], 'pull-request ready (ready)'],
    ['a clean change in a dry run', { dryRun: true }, {}, [], 'keep-local dry-run ready (ready)'],
    ['a change the model left at a limit', {}, { agent: atLimit }, [], 'pull-request draft (draft)'],
    ['failing validation (draft)', {}, { validations: failed }, [], 'pull-request draft (draft)'],
    [
      'failing validation (fail)',
      { onValidationFailure: 'fail' },
      { validations: failed },
      [],
      'pull-request draft then failed:validation (validation-failed)',
    ],
    [
      'failing validation (no-pr)',
      { onValidationFailure: 'no-pr' },
      { validations: failed },
      [],
      'keep-local failed:validation draft (validation-failed)',
    ],
    [
      'failing validation (no-pr) in a dry run',
      { onValidationFailure: 'no-pr', dryRun: true },
      { validations: failed },
      [],
      'keep-local failed:validation draft (validation-failed)',
    ],
    [
      'failing validation in a dry run',
      { dryRun: true },
      { validations: failed },
      [],
      'keep-local dry-run draft (draft)',
    ],
    [
      'failing validation (fail) in a dry run',
      { onValidationFailure: 'fail', dryRun: true },
      { validations: failed },
      [],
      'keep-local failed:validation draft (validation-failed)',
    ],
    [
      'a policy draft reason in a dry run',
      { dryRun: true },
      {},
      ['Touches gold.'],
      'keep-local dry-run draft (draft)',
    ],
    ['a contract break (draft)', {}, { breaking: breaks }, [], 'pull-request draft (draft)'],
    [
      'a contract break (warn)',
      { onBreakingChange: 'warn' },
      { breaking: breaks },
      [],
      'pull-request ready (ready)',
    ],
    [
      'a contract break (block), even in a dry run',
      { onBreakingChange: 'block', dryRun: true },
      { breaking: breaks },
      [],
      'block failed:breaking-change (blocked)',
    ],
    [
      'a contract break left after a new version',
      { onBreakingChange: 'new-version' },
      { breaking: breaks, askedForVersion: true },
      [],
      'pull-request draft (draft)',
    ],
    ['a policy draft reason', {}, {}, ['Touches a gold model.'], 'pull-request draft (draft)'],
  ]

  it.each(table)('%s', (_name, settings, verdicts, policyReasons, expected) => {
    expect(
      shape(decidePublication({ ...defaults, ...settings }, { ...clean, ...verdicts }, policyReasons)),
    ).toBe(expected)
  })

  it('says in a dry run what the real run would have done, and why', () => {
    const ready = decidePublication({ ...defaults, dryRun: true }, clean, [])
    expect(ready.kind === 'keep-local' && ready.message).toMatch(/real run would open a PR ready for review/)
    const draft = decidePublication({ ...defaults, dryRun: true }, { ...clean, validations: failed }, [])
    expect(draft.kind === 'keep-local' && draft.message).toMatch(
      /real run would open a draft PR: Validation still fails after 1 repair round/,
    )
  })

  it('names every reason for a draft, in order: the model, validation, contracts, overrides, the policy', () => {
    const overrides: Override[] = [
      { kind: 'override', path: 'macros/schema.sql', line: 1, name: 'generate_schema_name' },
    ]
    const decision = decidePublication(
      defaults,
      { agent: atLimit, validations: failed, breaking: breaks, askedForVersion: true, overrides },
      ['Touches a gold model.'],
    )
    expect(decision.kind).toBe('pull-request')
    const reason = decision.kind === 'pull-request' ? (decision.draftReason ?? '') : ''
    const order = [
      'stopped at a limit',
      'Validation still fails after 1 repair round',
      'new model version',
      "overrides dbt's built-in `generate_schema_name` (macros/schema.sql:1)",
      'gold',
    ]
    const positions = order.map((phrase) => reason.indexOf(phrase))
    expect(positions.every((at) => at >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('blocks with the findings and what to do', () => {
    const decision = decidePublication(
      { ...defaults, onBreakingChange: 'block' },
      { ...clean, breaking: breaks },
      [],
    )
    expect(decision).toMatchObject({ kind: 'block', status: 'failed:breaking-change' })
    expect(decision.kind === 'block' && decision.message).toContain(
      'Column is_paid was removed. Keep it or add',
    )
  })
})
