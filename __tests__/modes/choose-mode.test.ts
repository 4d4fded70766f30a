import { describe, expect, it } from '@jest/globals'
import type { Mode } from '../../src/config/settings.js'
import { chooseMode } from '../../src/modes/choose-mode.js'
import type { Request } from '../../src/triggers/request.js'

const actor = { login: 'ana', bot: false }
const dispatch: Request = { kind: 'run', event: 'workflow_dispatch', ticket: 'DATA-1', origin: {} }
const issue: Request = { kind: 'run', event: 'issues', ticket: '#42', actor, origin: { issueNumber: 42 } }
const comment: Request = {
  kind: 'run',
  event: 'issue_comment',
  ticket: '#7',
  instruction: 'use the v2 table',
  actor,
  origin: { issueNumber: 7, commentId: 99 },
}
const revise: Request = {
  kind: 'revise',
  event: 'issue_comment',
  prNumber: 12,
  instruction: 'rename it',
  actor,
  commentId: 5,
}
const schedule: Request = { kind: 'plan-backlog', event: 'schedule' }
const skipped: Request = { kind: 'skip', reason: 'not-triggered', message: 'No trigger label.' }

describe('chooseMode', () => {
  const table: [string, Request, Mode, string][] = [
    ['a dispatched ticket', dispatch, 'run', 'ticket'],
    ['an issue', issue, 'run', 'ticket'],
    ['a comment on an issue', comment, 'run', 'ticket'],
    ['a comment on a pull request', revise, 'run', 'revise'],
    ['a schedule', schedule, 'plan-backlog', 'plan-backlog'],
    ['a schedule with mode backlog', schedule, 'backlog', 'backlog'],
    ['a dispatch with mode plan-backlog', dispatch, 'plan-backlog', 'plan-backlog'],
    ['a schedule with schema drift', schedule, 'detect-schema-drift', 'schema-drift'],
    ['a dispatch with schema drift', dispatch, 'detect-schema-drift', 'schema-drift'],
    ['a skipped event, whatever the mode', skipped, 'backlog', 'skip'],
  ]
  it.each(table)('%s (mode %s) → %s', (_name, request, mode, kind) => {
    expect(chooseMode(request, { mode }).kind).toBe(kind)
  })

  it('carries the instruction and the issue to report progress on', () => {
    expect(chooseMode(comment, { mode: 'run' })).toEqual({
      kind: 'ticket',
      ticket: '#7',
      instruction: 'use the v2 table',
      issueNumber: 7,
    })
    expect(chooseMode({ ...dispatch, ticket: ' #42 ' }, { mode: 'run' })).toMatchObject({ issueNumber: 42 })
    expect(chooseMode(dispatch, { mode: 'run' })).toEqual({ kind: 'ticket', ticket: 'DATA-1' })
  })

  it('names the skip reason as the status', () => {
    expect(chooseMode(skipped, { mode: 'run' })).toEqual({
      kind: 'skip',
      status: 'skipped:not-triggered',
      message: 'No trigger label.',
    })
  })
})
