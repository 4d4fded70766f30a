import { describe, expect, it } from '@jest/globals'
import { OUTPUTS } from '../../src/config/inputs.js'
import { artifactUrl } from '../../src/action/actions-shell.js'
import { runOutputs } from '../../src/action/run-outputs.js'
import type { ContractFinding } from '../../src/impact/contracts.js'
import { RunRecord } from '../../src/run/run-record.js'
import type { TicketRun } from '../../src/run/run-ticket.js'
import { failingValidation, passingValidation, ticket } from '../report/fixtures.js'

const SET_BY_OTHER_MODES = ['matrix', 'count']

function ticketRun(record: RunRecord): TicketRun {
  return {
    outcome: { status: 'pr-opened', message: 'Opened.' },
    record,
    auditDir: '/tmp/out/audit',
    auditFiles: [],
    auditHash: 'cd'.repeat(32),
    redact: (value) => value,
  }
}

const finding = (severity: 'breaking' | 'warning') =>
  ({
    rule: 'column-removed',
    node: 'model.shop.customers',
    severity,
    message: 'm',
    action: 'a',
  }) as ContractFinding

describe('runOutputs', () => {
  it('sets every declared output, empty when it does not apply', () => {
    const outputs = runOutputs('skipped:not-triggered')
    expect(Object.keys(outputs).sort()).toEqual(
      OUTPUTS.map((output) => output.name)
        .filter((name) => !SET_BY_OTHER_MODES.includes(name))
        .sort(),
    )
    expect(outputs).toMatchObject({
      status: 'skipped:not-triggered',
      draft: '',
      validation: 'not-run',
      breaking: '',
      'commit-sha': '',
      ticket: '',
      'audit-hash': '',
      'artifact-url': '',
    })
  })

  it('says what a later step branches on: draft, validation, breaking, commit, ticket, audit hash, artifact', () => {
    const record = new RunRecord('run-1')
    record.setTicket(ticket)
    record.stages.validations = [failingValidation(1), passingValidation(2)]
    record.stages.impact = {
      changed: 2,
      findings: [finding('breaking'), finding('warning'), finding('breaking')],
    }
    record.stages.decision = { verdict: 'draft', draftReason: 'breaks contracts' }
    record.commitSha = 'c0ffee'
    const outputs = runOutputs('pr-opened', ticketRun(record), { artifactUrl: 'https://example/artifacts/9' })
    expect(outputs).toMatchObject({
      draft: 'true',
      validation: 'passed',
      breaking: 2,
      'commit-sha': 'c0ffee',
      ticket: 'DATA-123',
      'audit-hash': 'cd'.repeat(32),
      'artifact-url': 'https://example/artifacts/9',
    })
    record.stages.validations = [failingValidation(1)]
    record.stages.decision = { verdict: 'ready' }
    record.stages.impact = { changed: 0, findings: [] }
    expect(runOutputs('pr-opened', ticketRun(record))).toMatchObject({
      draft: 'false',
      validation: 'failed',
      breaking: 0,
    })
  })
})

describe('artifactUrl', () => {
  it("is the run's artifacts page for the uploaded id, or nothing", () => {
    const environment = {
      serverUrl: 'https://github.com',
      runUrl: 'https://github.com/acme/shop/actions/runs/7',
    }
    expect(artifactUrl(environment, 42)).toBe('https://github.com/acme/shop/actions/runs/7/artifacts/42')
    expect(artifactUrl(environment, undefined)).toBeUndefined()
    expect(artifactUrl({}, 42)).toBeUndefined()
  })
})
