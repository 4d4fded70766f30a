import { RunRecord } from '../../src/run/run-record.js'
import type { Ticket } from '../../src/tickets/ticket.js'
import type { RunStatus } from '../../src/shared/run-status.js'
import { failingValidation, passingValidation } from '../report/fixtures.js'

export const TICKET: Ticket = {
  key: 'DATA-123',
  source: 'jira',
  title: 'Add completed order count to the customers mart',
  body: 'Count completed orders per customer.',
  labels: [],
  url: 'https://acme.atlassian.net/browse/DATA-123',
  fields: {},
}

/** A finished run record as the pipeline leaves it: a ticket, validations, a decision, maybe a PR. */
export function finishedRun(options: {
  status: RunStatus
  message?: string
  ticket?: Ticket | null
  verdict?: 'ready' | 'draft' | 'validation-failed' | 'blocked'
  draftReason?: string
  validationsOk?: boolean[]
  breaking?: number
  pr?: { url: string; number: number }
  costUsd?: number
}): RunRecord {
  const record = new RunRecord('run-1')
  if (options.ticket !== null) record.setTicket(options.ticket ?? TICKET)
  record.stages.validations = (options.validationsOk ?? []).map((ok, index) =>
    ok ? passingValidation(index + 1) : failingValidation(index + 1),
  )
  if (options.verdict)
    record.stages.decision = {
      verdict: options.verdict,
      ...(options.draftReason ? { draftReason: options.draftReason } : {}),
    }
  record.stages.impact = {
    changed: 1,
    findings: Array.from({ length: options.breaking ?? 0 }, (_, index) => ({
      rule: 'column-removed' as const,
      node: `model.shop.customers_${index}`,
      severity: 'breaking' as const,
      message: 'Columns were removed',
      action: 'Keep the column',
    })),
  }
  if (options.pr)
    record.stages.pullRequest = {
      body: '',
      url: options.pr.url,
      number: options.pr.number,
      operation: 'created',
    }
  if (options.costUsd)
    record.modelCalls.push({
      turn: 1,
      model: 'claude-sonnet-5-5',
      usage: { inputTokens: 1, outputTokens: 1, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 },
      costUsd: options.costUsd,
      stopReason: 'end_turn',
      durationMs: 1,
    })
  record.finish(options.status, options.message ?? '')
  return record
}
