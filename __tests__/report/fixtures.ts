import type { LintViolation, NodeResult, Validation } from '../../src/validate/validation.js'
import type { Ticket } from '../../src/tickets/ticket.js'

export const ticket: Ticket = {
  key: 'DATA-123',
  source: 'jira',
  title: 'Add lifetime value to customers',
  body: 'Please add `lifetime_value` to `customers`.',
  labels: ['autopilot'],
  url: 'https://acme.atlassian.net/browse/DATA-123',
  fields: { Priority: 'High' },
}

export function node(uniqueId: string, status: string, extra: Partial<NodeResult> = {}): NodeResult {
  return { uniqueId, status, executionTimeS: 0.1, ...extra }
}

export function violation(
  file: string,
  line: number,
  code = 'LT01',
  description = 'Expected single space',
): LintViolation {
  return { file, line, column: 3, code, description }
}

export function passingValidation(round = 1): Validation {
  return {
    round,
    ok: true,
    changedModels: ['customers'],
    dbt: {
      ok: true,
      mode: 'with-parents',
      command: 'dbt build --select state:modified+',
      exitCode: 0,
      results: [
        node('model.shop.stg_customers', 'success', { file: 'models/staging/stg_customers.sql' }),
        node('model.shop.customers', 'success', { file: 'models/marts/customers.sql' }),
        node('test.shop.not_null_customers_id', 'pass'),
      ],
    },
    lint: { ok: true, files: ['models/marts/customers.sql'], violations: [] },
  }
}

export function failingValidation(round = 1, violations: LintViolation[] = []): Validation {
  return {
    round,
    ok: false,
    changedModels: ['customers'],
    dbt: {
      ok: false,
      mode: 'deferred',
      command: 'dbt build --select state:modified+ --defer --state prod',
      exitCode: 1,
      results: [
        node('model.shop.customers', 'error', {
          file: 'models/marts/customers.sql',
          message: 'Binder Error: Referenced column "lifetime_valu" not found',
        }),
        node('test.shop.unique_customers_id', 'skipped'),
      ],
    },
    lint: {
      ok: violations.length === 0,
      files: ['models/marts/customers.sql'],
      violations,
    },
  }
}
