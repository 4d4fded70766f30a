import { describe, expect, it } from '@jest/globals'
import { backlogMatrix } from '../../src/backlog/backlog-matrix.js'
import { planBacklog } from '../../src/backlog/plan-backlog.js'
import { resolveTicketKind } from '../../src/tickets/ticket-ref.js'
import { item } from './fixtures.js'

describe('backlogMatrix', () => {
  it('is an include list of tickets in ranked order that fromJSON turns into one job per ticket', () => {
    const plan = planBacklog(
      [item('DATA-1', { priority: 'Low' }), item('#42', { priority: 'High' }), item('DATA-7')],
      { openPullHeads: [], history: new Map(), branchPrefix: 'autopilot/', maxTickets: 5 },
    )
    const outputs = backlogMatrix(plan)
    expect(JSON.parse(outputs.matrix)).toEqual({
      include: [{ ticket: '#42' }, { ticket: 'DATA-7' }, { ticket: 'DATA-1' }],
    })
    expect(outputs.count).toBe('3')
    // Each entry is what the fan-out job passes as `ticket:`, so it must be a ticket the action accepts.
    const kinds = (JSON.parse(outputs.matrix) as { include: { ticket: string }[] }).include.map((entry) =>
      resolveTicketKind(entry.ticket, 'auto', () => false),
    )
    expect(kinds).toEqual(['github', 'jira', 'jira'])
  })

  it('says count 0 for an empty plan, the value the fan-out job is guarded on', () => {
    expect(backlogMatrix({ selected: [], skipped: [] })).toEqual({ matrix: '{"include":[]}', count: '0' })
  })
})
