import { describe, expect, it } from '@jest/globals'
import { SettingsError } from '../../src/config/settings.js'
import { routeEvent } from '../../src/triggers/route-event.js'
import { TriggerError } from '../../src/triggers/trigger-error.js'
import type { TriggerConfig } from '../../src/triggers/request.js'
import { at, example, pullRequestCommentPayload, schedulePayload, type Payload } from './webhook-examples.js'

const config: TriggerConfig = {
  triggerLabel: 'autopilot',
  triggerPhrase: '/autopilot',
  branchPrefix: 'autopilot/',
}

function labeled(name: string): Payload {
  const payload = example('issues', 'labeled')
  at(payload, 'label').name = name
  return payload
}

function issueComment(body: string): Payload {
  const payload = example('issue_comment', 'created')
  at(payload, 'comment').body = body
  return payload
}

describe('routeEvent with real webhook payloads', () => {
  it('runs the dispatched ticket from the `ticket` input, else from the payload inputs', () => {
    const payload = example('workflow_dispatch')
    expect(routeEvent('workflow_dispatch', payload, { ...config, ticketInput: ' DATA-123 ' })).toEqual({
      kind: 'run',
      event: 'workflow_dispatch',
      ticket: 'DATA-123',
      actor: { login: 'octocat', bot: false },
      origin: {},
    })
    payload.inputs = { ticket: '#42' }
    expect(routeEvent('workflow_dispatch', payload, config)).toMatchObject({ kind: 'run', ticket: '#42' })
  })

  it('fails a dispatch without a ticket with a message saying how to pass one', () => {
    const run = (): unknown => routeEvent('workflow_dispatch', example('workflow_dispatch'), config)
    expect(run).toThrow(SettingsError)
    expect(run).toThrow(/Input `ticket` is required for workflow_dispatch/)
  })

  it('runs a workflow_call, and any event a reusable workflow is called from, on the `ticket` input', () => {
    const called = routeEvent('workflow_call', example('workflow_dispatch'), {
      ...config,
      ticketInput: 'DATA-7',
    })
    expect(called).toMatchObject({ kind: 'run', event: 'workflow_call', ticket: 'DATA-7' })
    const fromPush = routeEvent('push', example('push'), { ...config, ticketInput: 'DATA-7' })
    expect(fromPush).toMatchObject({ kind: 'run', event: 'push', ticket: 'DATA-7' })
  })

  it('skips an unsupported event with a message naming the supported ones', () => {
    const request = routeEvent('push', example('push'), config)
    expect(request).toMatchObject({ kind: 'skip', reason: 'unsupported-event' })
    if (request.kind !== 'skip') throw new Error('expected a skip')
    for (const event of ['workflow_dispatch', 'workflow_call', 'issues', 'issue_comment', 'schedule'])
      expect(request.message).toContain(`\`${event}\``)
    expect(request.message).toContain('`push`')
  })

  it('runs the issue when it is labelled with the trigger label (any case)', () => {
    expect(routeEvent('issues', labeled('AutoPilot'), config)).toEqual({
      kind: 'run',
      event: 'issues',
      ticket: '#1',
      actor: { login: 'Codertocat', bot: false },
      origin: { issueNumber: 1 },
    })
  })

  it('skips an issue labelled with another label', () => {
    const request = routeEvent('issues', example('issues', 'labeled'), config)
    expect(request).toMatchObject({ kind: 'skip', reason: 'not-triggered' })
    expect(request).toHaveProperty('message', expect.stringContaining('`bug`'))
  })

  it('runs an issue opened with the label and skips one opened without it or edited', () => {
    const opened = example('issues', 'opened')
    expect(routeEvent('issues', opened, config)).toMatchObject({ kind: 'skip', reason: 'not-triggered' })
    at(opened, 'issue').labels = [{ name: 'autopilot' }, { name: 'bug' }]
    expect(routeEvent('issues', opened, config)).toMatchObject({ kind: 'run', ticket: '#1' })
    const edited = example('issues', 'edited')
    at(edited, 'issue').labels = [{ name: 'autopilot' }]
    expect(routeEvent('issues', edited, config)).toMatchObject({ kind: 'skip', reason: 'not-triggered' })
  })

  it('runs an issue comment that starts with the phrase, with the rest as the instruction', () => {
    expect(routeEvent('issue_comment', issueComment('  /autopilot add a test for\nnulls  '), config)).toEqual(
      {
        kind: 'run',
        event: 'issue_comment',
        ticket: '#1',
        instruction: 'add a test for\nnulls',
        actor: { login: 'Codertocat', bot: false },
        origin: { issueNumber: 1, commentId: 492700400 },
      },
    )
    expect(routeEvent('issue_comment', issueComment('/autopilot'), config)).not.toHaveProperty('instruction')
  })

  it('routes a plain comment on an issue as a reply, which runs only if it answers an open question', () => {
    expect(routeEvent('issue_comment', issueComment('Use the EUR column.'), config)).toEqual({
      kind: 'run',
      event: 'issue_comment',
      ticket: '#1',
      actor: { login: 'Codertocat', bot: false },
      origin: { issueNumber: 1, commentId: 492700400 },
      reply: true,
    })
  })

  it('skips a plain comment from a bot: Autopilot’s own comments answer nothing', () => {
    const comment = issueComment('Autopilot is working on #1')
    at(comment, 'sender').type = 'Bot'
    expect(routeEvent('issue_comment', comment, config)).toMatchObject({
      kind: 'skip',
      reason: 'not-triggered',
    })
  })

  it.each([
    ['the phrase later in the comment', 'please /autopilot do it'],
    ['a longer word', '/autopilotx do it'],
    ['another case', '/Autopilot do it'],
  ])('does not take %s for a command: at most a reply', (_case, body) => {
    expect(routeEvent('issue_comment', issueComment(body), config)).toMatchObject({
      kind: 'run',
      reply: true,
    })
    expect(routeEvent('issue_comment', issueComment(body), config)).not.toHaveProperty('instruction')
  })

  it('uses a configured phrase', () => {
    const request = routeEvent('issue_comment', issueComment('@dbt-bot fix it'), {
      ...config,
      triggerPhrase: '@dbt-bot',
    })
    expect(request).toMatchObject({ kind: 'run', instruction: 'fix it' })
  })

  it('skips an edited comment, whether the event says edited or the timestamps differ', () => {
    const edited = example('issue_comment', 'edited')
    at(edited, 'comment').body = '/autopilot drop the orders table'
    expect(routeEvent('issue_comment', edited, config)).toMatchObject({
      kind: 'skip',
      reason: 'edited-comment',
    })
    const late = issueComment('/autopilot drop the orders table')
    at(late, 'comment').updated_at = '2019-05-15T15:29:59Z'
    expect(routeEvent('issue_comment', late, config)).toMatchObject({
      kind: 'skip',
      reason: 'edited-comment',
    })
  })

  it('turns the phrase on a pull request into a revise request', () => {
    expect(
      routeEvent('issue_comment', pullRequestCommentPayload('/autopilot rename the column'), config),
    ).toEqual({
      kind: 'revise',
      event: 'issue_comment',
      prNumber: 1,
      instruction: 'rename the column',
      actor: { login: 'Codertocat', bot: false },
      commentId: 492700400,
    })
  })

  it('plans the backlog on a schedule, and runs the ticket a scheduled fan-out job is given', () => {
    expect(routeEvent('schedule', schedulePayload(), config)).toEqual({
      kind: 'plan-backlog',
      event: 'schedule',
      schedule: '0 3 * * *',
    })
    expect(routeEvent('schedule', schedulePayload(), { ...config, ticketInput: 'DATA-9' })).toMatchObject({
      kind: 'run',
      ticket: 'DATA-9',
    })
  })

  it('marks a bot sender', () => {
    const payload = labeled('autopilot')
    at(payload, 'sender').login = 'renovate[bot]'
    expect(routeEvent('issues', payload, config)).toMatchObject({
      actor: { login: 'renovate[bot]', bot: true },
    })
    at(payload, 'sender').login = 'helper'
    at(payload, 'sender').type = 'Bot'
    expect(routeEvent('issues', payload, config)).toMatchObject({ actor: { login: 'helper', bot: true } })
  })

  it('rejects a payload without the fields GitHub always sends, naming the field', () => {
    const payload = labeled('autopilot')
    delete payload.issue
    expect(() => routeEvent('issues', payload, config)).toThrow(TriggerError)
    expect(() => routeEvent('issues', payload, config)).toThrow(/`issues` event payload .*issue/)
  })
})
