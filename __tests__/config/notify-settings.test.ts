import { describe, expect, it } from '@jest/globals'
import { defaultInputs, parseSettings, redactSettings, secretsOf } from '../../src/config/settings.js'
import { openNotifiers } from '../../src/run/compose.js'
import { inputsFromEnvironment } from '../../src/config/input-wording.js'

const WEBHOOK = 'https://hooks.slack.com/services/T0/B0/secretpart'
const TEAMS = 'https://prod-1.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=s1g'

function settings(inputs: Record<string, string>) {
  return parseSettings({ ...defaultInputs(), ticket: 'DATA-1', ...inputs })
}

describe('notification inputs', () => {
  it('default to every event and no channel', () => {
    const parsed = settings({})
    expect(parsed.notify).toEqual({ on: ['pr', 'failure', 'backlog'] })
    expect(openNotifiers(parsed)).toEqual([])
  })

  it('open one notifier per channel set, and keep their URLs and token secret', () => {
    const parsed = settings({
      'slack-webhook-url': WEBHOOK,
      'teams-webhook-url': TEAMS,
      'notify-on': 'failure, pr',
    })
    expect(parsed.notify.on).toEqual(['pr', 'failure'])
    expect(openNotifiers(parsed).map((notifier) => notifier.name)).toEqual([
      'Slack (webhook)',
      'Microsoft Teams',
    ])
    expect(secretsOf(parsed)).toEqual(expect.arrayContaining([WEBHOOK, TEAMS]))
    const audit = JSON.stringify(redactSettings(parsed))
    expect(audit).not.toContain('secretpart')
    expect(audit).not.toContain('s1g')

    const bot = settings({ 'slack-bot-token': 'xoxb-1-2-abc', 'slack-channel': 'C0123456789' })
    expect(openNotifiers(bot).map((notifier) => notifier.name)).toEqual(['Slack (bot)'])
    expect(secretsOf(bot)).toContain('xoxb-1-2-abc')
    expect(JSON.stringify(redactSettings(bot))).not.toContain('xoxb-1-2-abc')
  })

  it('turn every event off with an empty notify-on', () => {
    expect(settings({ 'notify-on': '' }).notify.on).toEqual([])
  })

  it.each([
    [
      { 'notify-on': 'pr,merged' },
      /input `notify-on` names `merged`: use a comma list of pr, failure, backlog/,
    ],
    [
      { 'slack-webhook-url': 'hooks.slack.com/services/x' },
      /input `slack-webhook-url` must be the webhook URL/,
    ],
    [{ 'teams-webhook-url': 'ftp://example.com/x' }, /input `teams-webhook-url` must be the webhook URL/],
    [{ 'slack-bot-token': 'xoxb-1' }, /`slack-bot-token` and `slack-channel` go together/],
    [{ 'slack-channel': 'C0123456789' }, /`slack-bot-token` and `slack-channel` go together/],
    [
      { 'slack-webhook-url': WEBHOOK, 'slack-bot-token': 'xoxb-1', 'slack-channel': 'C1' },
      /two ways to post to Slack: set one of them/,
    ],
  ])('refuse %j', (inputs, message) => {
    expect(() => settings(inputs)).toThrow(message)
  })

  it('come from the environment for the CLI', () => {
    expect(
      inputsFromEnvironment({
        SLACK_WEBHOOK_URL: WEBHOOK,
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_CHANNEL: 'C1',
        TEAMS_WEBHOOK_URL: TEAMS,
        NOTIFY_ON: 'failure',
      }),
    ).toMatchObject({
      'slack-webhook-url': WEBHOOK,
      'slack-bot-token': 'xoxb-1',
      'slack-channel': 'C1',
      'teams-webhook-url': TEAMS,
      'notify-on': 'failure',
    })
  })
})
