import { describe, expect, it } from '@jest/globals'
import { runNotification } from '../../src/notify/run-notification.js'
import { backlogNotification } from '../../src/notify/backlog-notification.js'
import { item } from '../backlog/fixtures.js'
import { finishedRun } from './fixtures.js'

const ALL = ['pr', 'failure', 'backlog'] as const
const RUN_URL = 'https://github.com/acme/analytics/actions/runs/4242'
const PR = { url: 'https://github.com/acme/analytics/pull/7', number: 7 }

function fieldsOf(notification: ReturnType<typeof runNotification>): Record<string, string> {
  return Object.fromEntries((notification?.fields ?? []).map((field) => [field.label, field.value]))
}

describe('which runs notify', () => {
  it.each([
    ['pr-opened', ALL, 'pr'],
    ['pr-updated', ALL, 'pr'],
    ['failed:validation', ALL, 'failure'],
    ['failed:ticket', ALL, 'failure'],
    ['dry-run', ALL, undefined],
    ['skipped:unauthorized', ALL, undefined],
    ['no-drift', ALL, undefined],
    ['pr-opened', ['failure', 'backlog'], undefined],
    ['failed:budget', ['pr'], undefined],
  ] as const)('%s with notify-on %j: %s', (status, on, event) => {
    const run = finishedRun({ status, pr: status.startsWith('pr-') ? PR : undefined, verdict: 'ready' })
    expect(runNotification(run, { on, ticketKey: 'DATA-123', runUrl: RUN_URL })?.event).toBe(event)
  })
})

describe('a pull request awaiting review', () => {
  it('names the ticket, links the PR, and says ready, validated, no breaking change and the cost', () => {
    const run = finishedRun({
      status: 'pr-opened',
      pr: PR,
      verdict: 'ready',
      validationsOk: [false, true],
      costUsd: 0.4321,
    })
    const notification = runNotification(run, { on: ALL, ticketKey: 'DATA-123', runUrl: RUN_URL })
    expect(notification).toMatchObject({
      event: 'pr',
      tone: 'good',
      title: 'DATA-123: pull request #7 opened, awaiting review',
      text: 'Add completed order count to the customers mart',
      action: { url: PR.url },
      footer: { link: { url: RUN_URL } },
    })
    expect(fieldsOf(notification)).toEqual({
      'Pull request': '#7',
      State: 'Ready for review',
      Validation: 'passed (2 rounds)',
      'Breaking changes': 'none',
      'Model cost': '$0.43',
      Ticket: 'DATA-123',
    })
    expect(notification?.fields.find((field) => field.label === 'Ticket')?.link).toBe(
      'https://acme.atlassian.net/browse/DATA-123',
    )
  })

  it('is a warning for a draft with breaking changes, and says why it is a draft', () => {
    const run = finishedRun({
      status: 'pr-updated',
      pr: PR,
      verdict: 'draft',
      draftReason: 'the change breaks a contract',
      validationsOk: [true],
      breaking: 2,
    })
    const notification = runNotification(run, { on: ALL, ticketKey: 'DATA-123' })
    expect(notification?.tone).toBe('warning')
    expect(notification?.title).toContain('updated')
    expect(notification?.text).toContain('Draft: the change breaks a contract')
    expect(fieldsOf(notification)).toMatchObject({ State: 'Draft', 'Breaking changes': '2' })
    expect(notification?.footer.link).toBeUndefined()
  })
})

describe('a failed run', () => {
  it('gives the status, the message and the run link, also before the ticket was read', () => {
    const run = finishedRun({
      status: 'failed:ticket',
      message: 'Jira answered 404 for DATA-9',
      ticket: null,
    })
    const notification = runNotification(run, { on: ALL, ticketKey: 'DATA-9', runUrl: RUN_URL })
    expect(notification).toMatchObject({
      event: 'failure',
      tone: 'attention',
      title: 'DATA-9: Autopilot run failed (failed:ticket)',
      text: 'Jira answered 404 for DATA-9',
      action: { label: 'Open the workflow run', url: RUN_URL },
    })
    expect(fieldsOf(notification)).toEqual({ Status: 'failed:ticket', Ticket: 'DATA-9' })
  })

  it('links the draft PR that a failing validation still opened', () => {
    const run = finishedRun({ status: 'failed:validation', pr: PR, verdict: 'validation-failed', costUsd: 1 })
    expect(fieldsOf(runNotification(run, { on: ALL, ticketKey: 'DATA-123' }))).toMatchObject({
      'Pull request': '#7',
      'Model cost': '$1.00',
    })
  })
})

describe('the backlog digest', () => {
  const plan = { selected: [item('DATA-1'), item('DATA-2'), item('DATA-3')], skipped: [] }

  it('counts PRs, failures and tickets left, and lists each with its PR', () => {
    const notification = backlogNotification(
      {
        outcomes: [
          {
            item: item('DATA-1'),
            status: 'pr-opened',
            costUsd: 1,
            durationMs: 1,
            prUrl: PR.url,
            started: true,
          },
          { item: item('DATA-2'), status: 'failed:validation', costUsd: 2, durationMs: 1, started: true },
          { item: item('DATA-3'), status: 'skipped:budget', costUsd: 0, durationMs: 0, started: false },
        ],
        spentUsd: 3,
        elapsedMs: 125_000,
        stoppedBy: 'cost',
      },
      plan,
      { on: ALL, runUrl: RUN_URL },
    )
    expect(notification).toMatchObject({
      event: 'backlog',
      tone: 'attention',
      title: 'Nightly backlog: 2 tickets run',
    })
    expect(notification?.text).toMatch(/^2 tickets run, \$3\.00 spent in 2 min 5 s\. Stopped before/)
    expect(fieldsOf(notification)).toEqual({
      'Pull requests': '1',
      Failed: '1',
      'Left for the next run': '1',
      'Skipped by the plan': '0',
    })
    expect(notification?.rows).toEqual([
      { key: 'DATA-1', text: 'Ticket DATA-1 (pr-opened)', url: PR.url },
      { key: 'DATA-2', text: 'Ticket DATA-2 (failed:validation)' },
      { key: 'DATA-3', text: 'Ticket DATA-3 (skipped:budget)' },
    ])
  })

  it('lists at most 20 tickets and says how many more; nothing without `backlog` in notify-on', () => {
    const outcomes = Array.from({ length: 23 }, (_, index) => ({
      item: item(`DATA-${index}`),
      status: 'pr-opened' as const,
      costUsd: 0,
      durationMs: 0,
      started: true,
    }))
    const result = { outcomes, spentUsd: 0, elapsedMs: 0 }
    const notification = backlogNotification(result, plan, { on: ALL })
    expect([notification?.rows?.length, notification?.omittedRows, notification?.tone]).toEqual([
      20,
      3,
      'good',
    ])
    expect(backlogNotification(result, plan, { on: ['pr', 'failure'] })).toBeUndefined()
  })
})
