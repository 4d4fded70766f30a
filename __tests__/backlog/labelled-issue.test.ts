import { describe, expect, it } from '@jest/globals'
import { labelledIssueItem, priorityFromLabels } from '../../src/backlog/labelled-issue.js'

describe('priorityFromLabels', () => {
  it.each([
    [['priority:high'], 'High'],
    [['Priority: Low'], 'Low'],
    [['priority/blocker', 'bug'], 'Highest'],
    [['priority::high'], 'High'],
    [['priority:low', 'priority::highest'], 'Highest'],
    [['prioritized', 'high'], 'Medium'],
    [[], 'Medium'],
  ])('%j is %s', (labels, priority) => {
    expect(priorityFromLabels(labels)).toBe(priority)
  })
})

describe('labelledIssueItem', () => {
  it('keys the issue by number, with its timestamps in UTC and an unreadable update as the creation', () => {
    expect(
      labelledIssueItem({
        number: 7,
        title: 'Add refunds',
        createdAt: '2026-11-22T16:03:10+01:00',
        updatedAt: 'not a date',
        labels: ['autopilot', 'priority::low'],
      }),
    ).toEqual({
      key: '#7',
      title: 'Add refunds',
      priority: 'Low',
      createdAt: '2026-11-22T15:03:10.000Z',
      updatedAt: '2026-11-22T15:03:10.000Z',
      labels: ['autopilot', 'priority::low'],
    })
  })
})
