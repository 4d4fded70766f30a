import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { PRIORITIES } from '../../src/backlog/backlog-item.js'
import { planBacklog, type TicketHistoryEntry } from '../../src/backlog/plan-backlog.js'
import { item } from './fixtures.js'

const none = new Map<string, TicketHistoryEntry>()
const base = { openPullHeads: [], history: none, branchPrefix: 'autopilot/', maxTickets: 10 }

const reasons = (plan: ReturnType<typeof planBacklog>) =>
  Object.fromEntries(plan.skipped.map((skip) => [skip.item.key, skip.reason]))

describe('planBacklog eligibility', () => {
  it('skips a ticket whose Autopilot branch has an open pull request, GitHub issues included', () => {
    const plan = planBacklog([item('DATA-1'), item('DATA-2'), item('#42'), item('#43')], {
      ...base,
      openPullHeads: ['autopilot/DATA-2', 'autopilot/issue-42', 'someone/DATA-1'],
    })
    expect(plan.selected.map((i) => i.key).sort()).toEqual(['#43', 'DATA-1'])
    expect(reasons(plan)).toEqual({ 'DATA-2': 'open-pr', '#42': 'open-pr' })
    expect(plan.skipped[0]?.detail).toContain('`autopilot/DATA-2`')
  })

  it('skips a failed ticket until it changes after the failure', () => {
    const history = new Map([
      ['DATA-1', { status: 'failed:validation', at: '2026-11-10T00:00:00Z' }],
      ['DATA-2', { status: 'failed:validation', at: '2026-11-10T00:00:00Z' }],
      ['DATA-3', { status: 'failed:budget', at: '2026-11-10T00:00:00Z' }],
    ])
    const plan = planBacklog(
      [
        item('DATA-1', { updatedAt: '2026-11-09T23:00:00Z' }),
        item('DATA-2', { updatedAt: '2026-11-10T00:00:01Z' }),
        item('DATA-3', { updatedAt: '2026-11-10T00:00:00Z' }),
      ],
      { ...base, history },
    )
    expect(plan.selected.map((i) => i.key)).toEqual(['DATA-2'])
    expect(reasons(plan)).toEqual({ 'DATA-1': 'failed-unchanged', 'DATA-3': 'failed-unchanged' })
    expect(plan.skipped[0]?.detail).toMatch(/`failed:validation`.*edit or comment/)
  })

  it('waits for an answer to a clarifying question, and takes the ticket again once it is answered', () => {
    const history = new Map([
      ['DATA-1', { status: 'skipped:needs-clarification', at: '2026-11-10T00:00:00Z' }],
      ['DATA-2', { status: 'skipped:needs-clarification', at: '2026-11-10T00:00:00Z' }],
    ])
    const plan = planBacklog(
      [
        item('DATA-1', { updatedAt: '2026-11-09T12:00:00Z' }),
        item('DATA-2', { updatedAt: '2026-11-11T08:00:00Z' }),
      ],
      { ...base, history },
    )
    expect(plan.selected.map((i) => i.key)).toEqual(['DATA-2'])
    expect(reasons(plan)).toEqual({ 'DATA-1': 'awaiting-clarification' })
  })

  it('does not redo an unchanged ticket whose pull request was merged or closed', () => {
    const history = new Map([['DATA-1', { status: 'pr-opened', at: '2026-11-10T00:00:00Z' }]])
    const plan = planBacklog([item('DATA-1', { updatedAt: '2026-11-09T00:00:00Z' })], { ...base, history })
    expect(reasons(plan)).toEqual({ 'DATA-1': 'done-unchanged' })
  })

  it('lists a ticket the query returned twice once', () => {
    const plan = planBacklog([item('DATA-1'), item('DATA-1')], base)
    expect(plan.selected).toHaveLength(1)
    expect(plan.skipped).toHaveLength(0)
  })
})

describe('planBacklog ranking and cap', () => {
  it('ranks by priority, then oldest first, and caps at maxTickets with a reason for the rest', () => {
    const plan = planBacklog(
      [
        item('DATA-1', { priority: 'Low', createdAt: '2026-01-01T00:00:00Z' }),
        item('DATA-2', { priority: 'High', createdAt: '2026-06-01T00:00:00Z' }),
        item('DATA-3', { priority: 'High', createdAt: '2026-03-01T00:00:00Z' }),
        item('DATA-4', { priority: 'Highest', createdAt: '2026-09-01T00:00:00Z' }),
        item('DATA-5', { priority: 'Medium', createdAt: '2026-02-01T00:00:00Z' }),
      ],
      { ...base, maxTickets: 3 },
    )
    expect(plan.selected.map((i) => i.key)).toEqual(['DATA-4', 'DATA-3', 'DATA-2'])
    expect(plan.skipped.map((s) => [s.item.key, s.reason])).toEqual([
      ['DATA-5', 'over-max-tickets'],
      ['DATA-1', 'over-max-tickets'],
    ])
  })

  it('keeps every ticket accounted for, in order, never over the cap (property)', () => {
    const arbitraryItem = fc.record({
      n: fc.integer({ min: 1, max: 40 }),
      priority: fc.constantFrom(...PRIORITIES),
      created: fc.integer({ min: 0, max: 1e9 }),
    })
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 30 }), fc.integer({ min: 0, max: 10 }), (raw, max) => {
        const items = raw.map((r) =>
          item(`DATA-${r.n}`, {
            priority: r.priority,
            createdAt: new Date(1.7e12 + r.created * 1000).toISOString(),
          }),
        )
        const plan = planBacklog(items, { ...base, maxTickets: max })
        const keys = new Set(items.map((i) => i.key))
        expect(plan.selected.length).toBeLessThanOrEqual(max)
        expect(plan.selected.length + plan.skipped.length).toBe(keys.size)
        for (let i = 1; i < plan.selected.length; i += 1) {
          const [a, b] = [plan.selected[i - 1], plan.selected[i]]
          const rank = (p: string) => PRIORITIES.indexOf(p as (typeof PRIORITIES)[number])
          expect(rank(a?.priority ?? '')).toBeLessThanOrEqual(rank(b?.priority ?? ''))
        }
      }),
    )
  })
})
