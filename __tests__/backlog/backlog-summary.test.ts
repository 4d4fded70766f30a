import { describe, expect, it } from '@jest/globals'
import { renderBacklogPlan, renderBacklogSummary } from '../../src/backlog/backlog-summary.js'
import { planBacklog } from '../../src/backlog/plan-backlog.js'
import { runBacklog } from '../../src/backlog/run-backlog.js'
import { item } from './fixtures.js'

const plan = planBacklog(
  [
    item('DATA-1', { title: 'Add | lifetime <b>orders</b> @team', priority: 'High' }),
    item('DATA-2'),
    item('DATA-3', { priority: 'Low' }),
    item('DATA-4'),
  ],
  {
    openPullHeads: ['autopilot/DATA-4'],
    history: new Map(),
    branchPrefix: 'autopilot/',
    maxTickets: 10,
  },
)

describe('renderBacklogSummary', () => {
  it('lists each ticket with its status, PR, cost and duration, then the skipped ones and why', async () => {
    let now = 0
    const clock = { now: () => now }
    const result = await runBacklog(
      plan,
      async (ticket) => {
        now += 90_000
        if (ticket === 'DATA-1')
          return {
            status: 'pr-opened',
            costUsd: 1.25,
            durationMs: 90_000,
            prUrl: 'https://github.com/acme/analytics/pull/7',
          }
        return { status: 'failed:validation', costUsd: 2, durationMs: 90_000, message: 'dbt build failed' }
      },
      { maxTickets: 10, maxCostUsd: 8, maxMinutes: 60, perTicketMaxCostUsd: 5, perTicketMaxMinutes: 10 },
      clock,
    )
    const markdown = renderBacklogSummary(result, plan)

    expect(markdown).toContain(
      '2 tickets run, $3.25 spent in 3 min 0 s. Stopped before the nightly dollar budget',
    )
    const rows = markdown.split('\n').filter((line) => line.startsWith('| DATA-'))
    expect(rows).toEqual([
      '| DATA-1 | Add \\| lifetime &lt;b&gt;orders&lt;/b&gt; @\u200bteam | `pr-opened` | [PR](https://github.com/acme/analytics/pull/7) | $1.25 | 1 min 30 s |',
      '| DATA-2 | Ticket DATA-2 | `failed:validation` dbt build failed | — | $2.00 | 1 min 30 s |',
      expect.stringMatching(
        /^\| DATA-3 \| Ticket DATA-3 \| `skipped:budget` could cost up to \$5\.00 .* \| — \| — \| — \|$/,
      ),
      expect.stringMatching(/^\| DATA-4 \| an Autopilot pull request is open on `autopilot\/DATA-4`/),
    ])
    expect(markdown).toContain('### Skipped (1)')
  })

  it('says plainly when there was nothing to run', async () => {
    const empty = { selected: [], skipped: [] }
    const result = await runBacklog(
      empty,
      async () => {
        throw new Error('never called')
      },
      { maxTickets: 1, maxCostUsd: 1, maxMinutes: 1, perTicketMaxCostUsd: 1, perTicketMaxMinutes: 1 },
    )
    expect(renderBacklogSummary(result, empty)).toContain('No eligible ticket tonight.')
  })
})

describe('renderBacklogPlan', () => {
  it('shows the fan-out order and the skips', () => {
    const markdown = renderBacklogPlan(plan)
    expect(markdown).toMatch(/\| 1 \| DATA-1 \| .* \| High \|\n\| 2 \| DATA-2 \|/)
    expect(markdown).toContain('| DATA-4 | an Autopilot pull request is open')
    expect(renderBacklogPlan({ selected: [], skipped: [] })).toContain('the matrix job is skipped')
  })
})
