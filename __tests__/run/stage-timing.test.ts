import { describe, expect, it } from '@jest/globals'
import { RunRecord } from '../../src/run/run-record.js'
import { stageTimings, timedStages } from '../../src/run/stage-timing.js'
import { MemoryLog } from '../../src/shared/log.js'

describe('timedStages', () => {
  it('leaves a start and an end event per stage, the end with its duration, also when the stage throws', async () => {
    const record = new RunRecord('run-1')
    const inner = new MemoryLog()
    const log = timedStages(inner, record)
    expect(await log.group('Read the ticket', async () => 'DATA-1')).toBe('DATA-1')
    await expect(
      log.group('Validate (round 1)', async () => {
        log.info('dbt: 3 of 3 OK')
        throw new Error('dbt crashed')
      }),
    ).rejects.toThrow('dbt crashed')

    expect(inner.lines).toEqual(['[Read the ticket]', '[Validate (round 1)]', 'dbt: 3 of 3 OK'])
    expect(record.events.map((event) => `${event.stage} ${event.message}`)).toEqual([
      'stage started: Read the ticket',
      'stage finished: Read the ticket',
      'stage started: Validate (round 1)',
      'stage finished: Validate (round 1)',
    ])
    const timings = stageTimings(record.events)
    expect(timings.map(({ name, ok }) => ({ name, ok }))).toEqual([
      { name: 'Read the ticket', ok: true },
      { name: 'Validate (round 1)', ok: false },
    ])
    for (const timing of timings) {
      expect(timing.durationMs).toBeGreaterThanOrEqual(0)
      expect(Date.parse(timing.startedAt)).not.toBeNaN()
    }
  })

  it('reads no timing from other events', () => {
    const record = new RunRecord('run-2')
    record.event('stage', 'finished: x', { name: 'x' })
    record.event('agent', 'finished: y', { name: 'y', startedAt: 'now', durationMs: 1 })
    expect(stageTimings(record.events)).toEqual([])
  })
})
