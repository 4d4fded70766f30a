import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { planBacklog } from '../../src/backlog/plan-backlog.js'
import { runBacklog, type NightlyBudget, type TicketRunResult } from '../../src/backlog/run-backlog.js'
import { item } from './fixtures.js'

/** A clock that only moves when a ticket "runs". */
function fakeClock() {
  let now = 1_000_000
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

const plan = (n: number) =>
  planBacklog(
    Array.from({ length: n }, (_, i) =>
      item(`DATA-${i + 1}`, { createdAt: new Date(Date.UTC(2026, 0, i + 1)).toISOString() }),
    ),
    { openPullHeads: [], history: new Map(), branchPrefix: 'autopilot/', maxTickets: 50 },
  )

const budget: NightlyBudget = {
  maxTickets: 10,
  maxCostUsd: 20,
  maxMinutes: 120,
  perTicketMaxCostUsd: 5,
  perTicketMaxMinutes: 30,
}

function runner(clock: ReturnType<typeof fakeClock>, results: Record<string, Partial<TicketRunResult>>) {
  const started: string[] = []
  const runOne = async (ticket: string): Promise<TicketRunResult> => {
    started.push(ticket)
    const result = { status: 'pr-opened' as const, costUsd: 1, durationMs: 60_000, ...results[ticket] }
    clock.advance(result.durationMs)
    return result
  }
  return { started, runOne }
}

describe('runBacklog', () => {
  it('stops before the ticket that could take the dollars past the nightly budget', async () => {
    const clock = fakeClock()
    const { started, runOne } = runner(clock, {
      'DATA-1': { costUsd: 4.5 },
      'DATA-2': { costUsd: 4.9 },
      'DATA-3': { costUsd: 4 },
      'DATA-4': { costUsd: 2 },
    })
    const result = await runBacklog(plan(5), runOne, budget, clock)

    // $13.40 after three: a fourth could reach $18.40 (fits); after it $15.40 + $5 = $20.40 does not.
    expect(started).toEqual(['DATA-1', 'DATA-2', 'DATA-3', 'DATA-4'])
    expect(result.spentUsd).toBeCloseTo(15.4)
    expect(result.stoppedBy).toBe('cost')
    expect(result.outcomes.map((o) => [o.item.key, o.status])).toEqual([
      ['DATA-1', 'pr-opened'],
      ['DATA-2', 'pr-opened'],
      ['DATA-3', 'pr-opened'],
      ['DATA-4', 'pr-opened'],
      ['DATA-5', 'skipped:budget'],
    ])
    expect(result.outcomes[4]?.message).toMatch(/up to \$5\.00 with \$15\.40 of the nightly \$20\.00/)
  })

  it('stops before the ticket that could run past the nightly minutes, counting the slowest ticket so far', async () => {
    const clock = fakeClock()
    const { started, runOne } = runner(clock, {
      'DATA-1': { durationMs: 20 * 60_000 },
      // Slower than the declared per-ticket maximum: the next check assumes 45 minutes.
      'DATA-2': { durationMs: 45 * 60_000 },
    })
    const result = await runBacklog(plan(4), runOne, { ...budget, maxCostUsd: 1000 }, clock)

    // 65 minutes used; 65 + 45 = 110 ≤ 120 starts DATA-3 (1 min); 66 + 45 = 111 ≤ 120 starts DATA-4.
    expect(started).toEqual(['DATA-1', 'DATA-2', 'DATA-3', 'DATA-4'])
    const tight = fakeClock()
    const second = runner(tight, {
      'DATA-1': { durationMs: 20 * 60_000 },
      'DATA-2': { durationMs: 45 * 60_000 },
    })
    const limited = await runBacklog(
      plan(4),
      second.runOne,
      { ...budget, maxCostUsd: 1000, maxMinutes: 100 },
      tight,
    )
    // 65 used + 45 worst = 110 > 100: DATA-3 is never started.
    expect(second.started).toEqual(['DATA-1', 'DATA-2'])
    expect(limited.stoppedBy).toBe('minutes')
    expect(limited.elapsedMs).toBeLessThanOrEqual(100 * 60_000)
    expect(limited.outcomes.filter((o) => !o.started).map((o) => o.item.key)).toEqual(['DATA-3', 'DATA-4'])
    expect(result.stoppedBy).toBeUndefined()
  })

  it('starts nothing when even one ticket could exceed the budget', async () => {
    const clock = fakeClock()
    const { started, runOne } = runner(clock, {})
    const result = await runBacklog(plan(2), runOne, { ...budget, maxCostUsd: 4 }, clock)
    expect(started).toEqual([])
    expect(result.outcomes.every((o) => o.status === 'skipped:budget')).toBe(true)
  })

  it('stops at max-tickets', async () => {
    const clock = fakeClock()
    const { started, runOne } = runner(clock, {})
    const result = await runBacklog(plan(4), runOne, { ...budget, maxTickets: 2 }, clock)
    expect(started).toEqual(['DATA-1', 'DATA-2'])
    expect(result.stoppedBy).toBe('max-tickets')
  })

  it('records a ticket that throws, charges it the per-ticket maximum, and goes on', async () => {
    const clock = fakeClock()
    const started: string[] = []
    const result = await runBacklog(
      plan(3),
      async (ticket) => {
        started.push(ticket)
        if (ticket === 'DATA-1') throw new Error('runner lost')
        return { status: 'pr-opened', costUsd: 1, durationMs: 1000 }
      },
      { ...budget, maxCostUsd: 11 },
      clock,
    )
    // $5 charged for DATA-1, $1 for DATA-2; $6 + $5 ≤ $11 starts DATA-3.
    expect(started).toEqual(['DATA-1', 'DATA-2', 'DATA-3'])
    expect(result.outcomes[0]).toMatchObject({
      status: 'failed:internal',
      costUsd: 5,
      message: 'runner lost',
    })
  })

  it('never spends more dollars or minutes than the nightly budget when tickets stay within their own caps (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            cost: fc.double({ min: 0, max: 5, noNaN: true }),
            minutes: fc.integer({ min: 0, max: 30 }),
          }),
          {
            maxLength: 12,
          },
        ),
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        async (tickets, maxCostUsd, maxMinutes) => {
          const clock = fakeClock()
          const results = Object.fromEntries(
            tickets.map((t, i) => [`DATA-${i + 1}`, { costUsd: t.cost, durationMs: t.minutes * 60_000 }]),
          )
          const { runOne } = runner(clock, results)
          const result = await runBacklog(
            plan(tickets.length),
            runOne,
            { ...budget, maxCostUsd, maxMinutes },
            clock,
          )
          expect(result.spentUsd).toBeLessThanOrEqual(maxCostUsd + 1e-9)
          expect(result.elapsedMs).toBeLessThanOrEqual(maxMinutes * 60_000)
        },
      ),
    )
  })
})
