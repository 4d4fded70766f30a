import { describe, expect, it } from '@jest/globals'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { usageByStage } from '../../src/agent/usage-by-stage.js'
import { readAuditBundle, writeAuditBundle } from '../../src/audit/audit-bundle.js'
import { renderJobSummary } from '../../src/report/job-summary.js'
import { RunRecord, type ModelCallRecord } from '../../src/run/run-record.js'
import { createRedactor } from '../../src/shared/redact.js'

const call = (
  turn: number,
  stage: ModelCallRecord['stage'],
  model: string,
  fresh: number,
  read: number,
  costUsd: number,
  counted = false,
): ModelCallRecord => ({
  turn,
  model,
  usage: { inputTokens: fresh, outputTokens: 100, cacheCreationInputTokens: 0, cacheReadInputTokens: read },
  costUsd,
  stopReason: 'tool_use',
  durationMs: 1000,
  ...(stage ? { stage } : {}),
  inputEstimate: { tokens: fresh + read + 500, counted },
})

function run(): RunRecord {
  const record = new RunRecord('run-9')
  record.modelCalls.push(
    call(1, 'classifier', 'claude-haiku-5-5', 800, 0, 0.001),
    call(2, 'agent', 'claude-sonnet-5-5', 9000, 0, 0.04),
    call(3, 'agent', 'claude-sonnet-5-5', 1000, 9000, 0.01),
    call(4, 'agent', 'claude-sonnet-5-5', 1000, 9000, 0.01, true),
  )
  return record
}

describe('usageByStage', () => {
  it('sums each stage apart, with the share of its input read from the cache', () => {
    expect(usageByStage(run().modelCalls)).toEqual([
      expect.objectContaining({
        stage: 'classifier',
        models: ['claude-haiku-5-5'],
        calls: 1,
        inputTokens: 800,
        cacheReadShare: 0,
        countedCalls: 0,
      }),
      expect.objectContaining({
        stage: 'agent',
        models: ['claude-sonnet-5-5'],
        calls: 3,
        inputTokens: 29_000,
        cacheReadInputTokens: 18_000,
        cacheReadShare: 18_000 / 29_000,
        countedCalls: 1,
      }),
    ])
    // Calls recorded before stages existed still count, as `other`.
    const old = call(1, undefined, 'claude-sonnet-5-5', 10, 0, 0)
    expect(usageByStage([old]).map((stage) => stage.stage)).toEqual(['other'])
  })

  it('is in the job summary and in run.json', async () => {
    const record = run()
    const summary = renderJobSummary({
      status: 'pr-opened',
      statusMessage: 'Opened.',
      validations: [],
      record,
    })
    expect(summary).toContain(
      '**By stage:** classifier (`claude-haiku-5-5`) 1 call, 0% of input from the cache, $0.0010; agent (`claude-sonnet-5-5`) 3 calls, 62% of input from the cache, $0.06. Tokens counted before 1 of 4 calls (only near a cap).',
    )
    const dir = await mkdtemp(join(tmpdir(), 'autopilot-usage-'))
    record.finish('pr-opened', 'Opened.')
    await writeAuditBundle(dir, { record, settings: {}, diff: '', redactor: createRedactor([]) })
    const bundle = await readAuditBundle(dir)
    expect(bundle.run.modelUsage?.map((stage) => [stage.stage, stage.calls, stage.countedCalls])).toEqual([
      ['classifier', 1, 0],
      ['agent', 3, 1],
    ])
    expect(bundle.run.modelCalls.map((c) => c.stage)).toEqual(['classifier', 'agent', 'agent', 'agent'])
  })
})
