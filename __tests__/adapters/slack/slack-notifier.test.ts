import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { escapeMrkdwn, slackMessage } from '../../../src/adapters/slack/slack-blocks.js'
import { SlackBotNotifier, SlackWebhookNotifier } from '../../../src/adapters/slack/slack-notifier.js'
import { startSlackServer, type FakeSlack } from '../../fakes/slack-server.js'
import { hostileNotification } from '../../notify/notifications.js'

const BOT_TOKEN = 'xoxb-1111-2222-fakebottoken'

describe('Block Kit rendering', () => {
  const message = slackMessage(hostileNotification())

  it('is a header, the text, the fields, a context footer and a button to the pull request', () => {
    expect(message.blocks.map((block) => block.type)).toEqual([
      'header',
      'section',
      'section',
      'context',
      'actions',
    ])
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: {
        type: 'plain_text',
        text: ':large_green_circle: DATA-123: pull request #7 opened, awaiting review',
        emoji: true,
      },
    })
    const fields = message.blocks[2]
    expect(fields?.type === 'section' && fields.fields?.map((field) => field.text)).toEqual([
      '*Pull request*\n<https://github.com/acme/analytics/pull/7|#7>',
      '*State*\nReady for review',
      '*Ticket*\n<https://acme.atlassian.net/browse/DATA-123|DATA-123 &lt;@U123&gt;>',
    ])
    expect(message.blocks[4]).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Review the pull request' },
          url: 'https://github.com/acme/analytics/pull/7',
          action_id: 'autopilot-open',
          style: 'primary',
        },
      ],
    })
  })

  it('escapes the ticket text, so `<!channel>` mentions no one and `&` stays a character', () => {
    const section = message.blocks[1]
    expect(section?.type === 'section' && section.text?.text).toBe(
      'Fix &lt;!channel&gt; &amp; *bold* [x](https://evil.test) _it_',
    )
    expect(JSON.stringify(message)).not.toMatch(/<!channel>|<@U123>/)
    expect(message.text).not.toContain('<!channel>')
    expect(escapeMrkdwn('a<b>&c')).toBe('a&lt;b&gt;&amp;c')
  })

  it('keeps within the limits: a long title is cut whole-character, a non-web link is plain text', () => {
    const long = slackMessage({
      ...hostileNotification('&'.repeat(5000)),
      title: 'x'.repeat(400),
      action: { label: 'Open', url: 'javascript:alert(1)' },
    })
    const [header, section] = long.blocks
    expect(header?.type === 'header' && header.text.text.length).toBeLessThanOrEqual(150)
    const text = section?.type === 'section' ? (section.text?.text ?? '') : ''
    expect(text.length).toBeLessThanOrEqual(3000)
    expect(text).toMatch(/(&amp;)+…$/)
    expect(long.blocks.some((block) => block.type === 'actions')).toBe(false)
  })
})

describe('posting to Slack (loopback)', () => {
  let slack: FakeSlack
  const waits: number[] = []
  const sleep = (ms: number) => {
    waits.push(ms)
    return Promise.resolve()
  }
  beforeAll(async () => {
    slack = await startSlackServer({ botToken: BOT_TOKEN })
  })
  afterAll(() => slack.close())

  it('posts the blocks to an incoming webhook, which answers `ok`', async () => {
    await new SlackWebhookNotifier(slack.webhookUrl).send(hostileNotification())
    expect(slack.posts.at(-1)).toMatchObject({
      via: 'webhook',
      blocks: slackMessage(hostileNotification()).blocks,
    })
    expect(slack.requests.at(-1)?.headers['content-type']).toMatch(/^application\/json/)
  })

  it('names the error code of an unknown webhook, without the URL', async () => {
    const wrong = `${slack.url}/services/T00000000/B00000000/revoked`
    const error = await new SlackWebhookNotifier(wrong).send(hostileNotification()).catch((e: unknown) => e)
    expect(String(error)).toContain('Slack answered 404 no_service')
    expect(String(error)).not.toContain('revoked')
  })

  it('retries a 500 and a 429 honouring Retry-After, then succeeds', async () => {
    const before = slack.requests.length
    waits.length = 0
    slack.failNext(1)
    await new SlackWebhookNotifier(slack.webhookUrl, { sleep, retry: { baseMs: 10 } }).send(
      hostileNotification(),
    )
    slack.rateLimit(1, 2)
    await new SlackWebhookNotifier(slack.webhookUrl, { sleep }).send(hostileNotification())
    expect(slack.requests.length - before).toBe(4)
    expect(waits).toEqual([10, 2000])
  })

  it('posts as a bot with `chat.postMessage` and a Bearer token', async () => {
    await new SlackBotNotifier({ token: BOT_TOKEN, channel: 'C0123456789', apiUrl: slack.apiUrl }).send(
      hostileNotification(),
    )
    const request = slack.requests.at(-1)
    expect(request).toMatchObject({
      path: '/api/chat.postMessage',
      headers: { authorization: `Bearer ${BOT_TOKEN}` },
    })
    expect(request?.body).toMatchObject({ channel: 'C0123456789', unfurl_links: false })
    expect(slack.posts.at(-1)).toMatchObject({ via: 'bot', channel: 'C0123456789' })
  })

  it.each([
    ['', 'C0123456789', /answered 200 not_authed: set `slack-bot-token`/],
    ['xoxb-wrong', 'C0123456789', /invalid_auth/],
    [BOT_TOKEN, 'C9999999999', /channel_not_found: check `slack-channel`/],
  ])('reports Slack’s error for token %j and channel %s', async (token, channel, expected) => {
    const notifier = new SlackBotNotifier({ token, channel, apiUrl: slack.apiUrl })
    await expect(notifier.send(hostileNotification())).rejects.toThrow(expected)
  })

  it('gives up on a rate limit that lasts, and on a Retry-After longer than it waits', async () => {
    const bot = { token: BOT_TOKEN, channel: 'C0123456789', apiUrl: slack.apiUrl }
    waits.length = 0
    slack.rateLimit(5, 1)
    await expect(new SlackBotNotifier(bot, { sleep }).send(hostileNotification())).rejects.toThrow(
      'answered 429 ratelimited (after 3 tries)',
    )
    expect(waits).toEqual([1000, 1000])
    slack.rateLimit(1, 600)
    await expect(new SlackBotNotifier(bot, { sleep }).send(hostileNotification())).rejects.toThrow('429')
    expect(waits).toHaveLength(2)
    slack.rateLimit(0)
  })
})
