import { describe, expect, it } from '@jest/globals'
import { isFailure, parseRunResults } from '../../src/validate/run-results.js'

const runResults = {
  metadata: {
    dbt_schema_version: 'https://schemas.getdbt.com/dbt/run-results/v6.json',
    dbt_version: '1.12.0',
  },
  results: [
    {
      status: 'success',
      timing: [],
      thread_id: 'Thread-1',
      execution_time: 0.33,
      adapter_response: { _message: 'OK' },
      message: 'OK',
      failures: null,
      unique_id: 'model.shop.orders',
      compiled: true,
      relation_name: '"shop"."main"."orders"',
      batch_results: null,
    },
    {
      status: 'error',
      execution_time: 0.05,
      message:
        'Runtime Error in model stg_customers (models/staging/stg_customers.sql)\n  Binder Error: column "frist_name" not found',
      failures: null,
      unique_id: 'model.shop.stg_customers',
      some_future_field: { nested: true },
    },
    {
      status: 'fail',
      execution_time: 0.01,
      message: 'Got 3 results, configured to fail if != 0',
      failures: 3,
      unique_id: 'test.shop.unique_orders_order_id.1a',
    },
    {
      status: 'skipped',
      execution_time: 0,
      message: null,
      failures: null,
      unique_id: 'model.shop.customers',
    },
  ],
  elapsed_time: 2.5,
  args: {},
}

describe('parseRunResults', () => {
  it('keeps status, message, failures and time of every node, adding files the manifest knows', () => {
    const files: Record<string, string> = { 'model.shop.stg_customers': 'models/staging/stg_customers.sql' }
    const results = parseRunResults(JSON.stringify(runResults), (id) => files[id])

    expect(results).toEqual([
      { uniqueId: 'model.shop.orders', status: 'success', message: 'OK', executionTimeS: 0.33 },
      {
        uniqueId: 'model.shop.stg_customers',
        status: 'error',
        message: expect.stringContaining('frist_name'),
        executionTimeS: 0.05,
        file: 'models/staging/stg_customers.sql',
      },
      {
        uniqueId: 'test.shop.unique_orders_order_id.1a',
        status: 'fail',
        message: 'Got 3 results, configured to fail if != 0',
        failures: 3,
        executionTimeS: 0.01,
      },
      { uniqueId: 'model.shop.customers', status: 'skipped', executionTimeS: 0 },
    ])
  })

  it('counts errors and failed tests as failures, not skips or warnings', () => {
    const statuses = parseRunResults(JSON.stringify(runResults))
      .filter(isFailure)
      .map((r) => r.status)
    expect(statuses).toEqual(['error', 'fail'])
    expect(isFailure({ uniqueId: 'test.x', status: 'warn', executionTimeS: 0 })).toBe(false)
  })

  it('says what is wrong with a file that is not run results', () => {
    expect(() => parseRunResults('{"results": [{"status": "success"}]}')).toThrow(
      /unexpected shape.*unique_id/s,
    )
    expect(() => parseRunResults('not json')).toThrow(/not JSON/)
  })
})
