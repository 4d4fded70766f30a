import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { escapeCardText, teamsMessage } from '../../../src/adapters/teams/adaptive-card.js'
import { TeamsWorkflowNotifier } from '../../../src/adapters/teams/teams-notifier.js'
import { startTeamsServer, type FakeTeams } from '../../fakes/teams-server.js'
import { hostileNotification } from '../../notify/notifications.js'

describe('Adaptive Card rendering', () => {
  const message = teamsMessage(hostileNotification())
  const card = message.attachments[0]?.content

  it('is one Adaptive Card 1.4 in the workflow webhook’s message envelope', () => {
    expect(message).toMatchObject({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null }],
    })
    expect(message.attachments).toHaveLength(1)
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' })
    expect(card?.body.map((element) => element.type)).toEqual([
      'TextBlock',
      'TextBlock',
      'FactSet',
      'TextBlock',
    ])
    expect(card?.body[0]).toMatchObject({ weight: 'Bolder', color: 'Good' })
    expect(card?.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Review the pull request',
        url: 'https://github.com/acme/analytics/pull/7',
      },
    ])
  })

  it('escapes the ticket’s markdown, so the title cannot bold, link or list anything', () => {
    const text = card?.body[1]
    expect(text?.type === 'TextBlock' && text.text).toBe(
      'Fix \\<!channel\\> & \\*bold\\* \\[x\\](https://evil.test) \\_it\\_',
    )
    const facts = card?.body[2]
    expect(facts?.type === 'FactSet' && facts.facts).toEqual([
      { title: 'Pull request', value: '[#7](https://github.com/acme/analytics/pull/7)' },
      { title: 'State', value: 'Ready for review' },
      { title: 'Ticket', value: '[DATA-123 \\<@U123\\>](https://acme.atlassian.net/browse/DATA-123)' },
    ])
    expect(escapeCardText('- item\n1. first\n  + nested')).toBe('\\- item\n1\\. first\n  \\+ nested')
  })

  it('keeps the text’s lines apart (a TextBlock joins single newlines)', () => {
    const card = teamsMessage({ ...hostileNotification('Title\nDraft: the change breaks a contract') })
      .attachments[0]?.content
    expect(card?.body[1]).toMatchObject({ text: 'Title\n\nDraft: the change breaks a contract' })
  })

  it('leaves a link that is not a web URL as text, and drops the button', () => {
    const odd = teamsMessage({
      ...hostileNotification(),
      action: { label: 'Open', url: 'javascript:alert(1)' },
    })
    expect(odd.attachments[0]?.content.actions).toBeUndefined()
  })
})

describe('posting to a Teams workflow (loopback)', () => {
  let teams: FakeTeams
  const waits: number[] = []
  const sleep = (ms: number) => {
    waits.push(ms)
    return Promise.resolve()
  }
  beforeAll(async () => {
    teams = await startTeamsServer()
  })
  afterAll(() => teams.close())

  it('is accepted (202) and the card is what Teams posts', async () => {
    await new TeamsWorkflowNotifier(teams.webhookUrl).send(hostileNotification())
    expect(teams.cards.at(-1)).toEqual(teamsMessage(hostileNotification()).attachments[0]?.content)
  })

  it('names what the workflow refused, without the URL’s signature', async () => {
    const unsigned = teams.webhookUrl.replace(/sig=[^&]+/, 'sig=expired')
    const error = await new TeamsWorkflowNotifier(unsigned)
      .send(hostileNotification())
      .catch((e: unknown) => e)
    expect(String(error)).toContain(
      'answered 401 DirectApiInvalidAuthorizationSignature: check `teams-webhook-url`',
    )
    expect(String(error)).not.toContain('expired')
    const gone = `${teams.url}/workflows/deleted/triggers/manual/paths/invoke?sig=x`
    await expect(new TeamsWorkflowNotifier(gone).send(hostileNotification())).rejects.toThrow(
      '404 WorkflowNotFound',
    )
  })

  it('waits out a throttled workflow for as long as Retry-After says', async () => {
    const before = teams.cards.length
    waits.length = 0
    teams.rateLimit(2, 3)
    await new TeamsWorkflowNotifier(teams.webhookUrl, { sleep }).send(hostileNotification())
    expect(waits).toEqual([3000, 3000])
    expect(teams.cards.length - before).toBe(1)
  })

  it('refuses a message that is not an Adaptive Card envelope (the fake checks what Teams checks)', async () => {
    const response = await fetch(teams.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'a legacy connector message' }),
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: { code: 'TriggerInputSchemaMismatch', message: expect.any(String) },
    })
  })
})
