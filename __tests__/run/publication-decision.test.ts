import { describe, expect, it } from '@jest/globals'
import type { AgentRunResult } from '../../src/agent/agent-session.js'
import type { ContractFinding } from '../../src/impact/contracts.js'
import {
  decidePublication,
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
const clean: ChangeVerdicts = { agent: finished, validations: passed, breaking: [], askedForVersion: false }

/** What a decision looks like when only its kind, outcome and whether it is a draft matter. */
function shape(publication: Publication): string {
  if (publication.kind === 'block') return `block ${publication.status}`
  const draft = publication.draftReason ? 'draft' : 'ready'
  if (publication.kind === 'keep-local') return `keep-local ${publication.status} ${draft}`
  return `pull-request ${draft}${publication.failValidation ? ' then failed:validation' : ''}`
}

describe('decidePublication', () => {
  const table: [string, Partial<PublicationSettings>, Partial<ChangeVerdicts>, string[], string][] = [
    ['a clean change', {}, {}, [], 'pull-request ready'],
    ['a clean change in a dry run', { dryRun: true }, {}, [], 'keep-local dry-run ready'],
    ['a change the model left at a limit', {}, { agent: atLimit }, [], 'pull-request draft'],
    ['failing validation (draft)', {}, { validations: failed }, [], 'pull-request draft'],
    [
      'failing validation (fail)',
      { onValidationFailure: 'fail' },
      { validations: failed },
      [],
      'pull-request draft then failed:validation',
    ],
    [
      'failing validation (no-pr)',
      { onValidationFailure: 'no-pr' },
      { validations: failed },
      [],
      'keep-local failed:validation draft',
    ],
    [
      'failing validation (no-pr) in a dry run',
      { onValidationFailure: 'no-pr', dryRun: true },
      { validations: failed },
      [],
      'keep-local failed:validation draft',
    ],
    [
      'failing validation in a dry run',
      { dryRun: true },
      { validations: failed },
      [],
      'keep-local dry-run draft',
    ],
    ['a contract break (draft)', {}, { breaking: breaks }, [], 'pull-request draft'],
    ['a contract break (warn)', { onBreakingChange: 'warn' }, { breaking: breaks }, [], 'pull-request ready'],
    [
      'a contract break (block), even in a dry run',
      { onBreakingChange: 'block', dryRun: true },
      { breaking: breaks },
      [],
      'block failed:breaking-change',
    ],
    [
      'a contract break left after a new version',
      { onBreakingChange: 'new-version' },
      { breaking: breaks, askedForVersion: true },
      [],
      'pull-request draft',
    ],
    ['a policy draft reason', {}, {}, ['Touches a gold model.'], 'pull-request draft'],
  ]

  it.each(table)('%s', (_name, settings, verdicts, policyReasons, expected) => {
    expect(
      shape(decidePublication({ ...defaults, ...settings }, { ...clean, ...verdicts }, policyReasons)),
    ).toBe(expected)
  })

  it('names every reason for a draft, in order: the model, validation, contracts, the policy', () => {
    const decision = decidePublication(
      defaults,
      { agent: atLimit, validations: failed, breaking: breaks, askedForVersion: true },
      ['Touches a gold model.'],
    )
    expect(decision.kind).toBe('pull-request')
    const reason = decision.kind === 'pull-request' ? (decision.draftReason ?? '') : ''
    const order = [
      'stopped at a limit',
      'Validation still fails after 1 repair round',
      'new model version',
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
