import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { SlackBotNotifier, SlackWebhookNotifier } from '../../src/adapters/slack/slack-notifier.js'
import { TeamsWorkflowNotifier } from '../../src/adapters/teams/teams-notifier.js'
import { runNotification } from '../../src/notify/run-notification.js'
import { sendNotification } from '../../src/notify/send-notification.js'
import { RunRecord } from '../../src/run/run-record.js'
import { MemoryLog } from '../../src/shared/log.js'
import { createRedactor } from '../../src/shared/redact.js'
import { startSlackServer, type FakeSlack } from '../fakes/slack-server.js'
import { startTeamsServer, type FakeTeams } from '../fakes/teams-server.js'
import { finishedRun, TICKET } from './fixtures.js'

const GITHUB_TOKEN = 'ghs_notifyTestToken0000000000000000000'
const BOT_TOKEN = 'xoxb-3333-4444-notifytesttoken'
const PR = { url: 'https://github.com/acme/analytics/pull/7', number: 7 }

describe('sending a run’s notification', () => {
  let slack: FakeSlack
  let teams: FakeTeams
  beforeAll(async () => {
    ;[slack, teams] = await Promise.all([startSlackServer({ botToken: BOT_TOKEN }), startTeamsServer()])
  })
  afterAll(() => Promise.all([slack.close(), teams.close()]))

  it('never lets a secret in the ticket title reach Slack or Teams, in any encoding', async () => {
    const secrets = [GITHUB_TOKEN, slack.webhookUrl, teams.webhookUrl]
    const redact = createRedactor(secrets)
    const title = `Rotate ${GITHUB_TOKEN} (${encodeURIComponent(teams.webhookUrl)}) and ${Buffer.from(GITHUB_TOKEN).toString('base64')}`
    const run = finishedRun({ status: 'pr-opened', pr: PR, verdict: 'ready', ticket: { ...TICKET, title } })
    const [slackBefore, teamsBefore] = [slack.requests.length, teams.requests.length]
    await sendNotification(
      [new SlackWebhookNotifier(slack.webhookUrl), new TeamsWorkflowNotifier(teams.webhookUrl)],
      runNotification(run, { on: ['pr'], ticketKey: 'DATA-123' }),
      { redact, log: new MemoryLog(), record: run },
    )
    const sent = [...slack.requests.slice(slackBefore), ...teams.requests.slice(teamsBefore)]
    expect(sent).toHaveLength(2)
    const payloads = sent.map((request) => JSON.stringify(request.body))
    for (const payload of payloads) {
      expect(payload).toContain('Rotate ')
      for (const secret of secrets) {
        expect(payload).not.toContain(secret)
        expect(payload).not.toContain(encodeURIComponent(secret))
        expect(payload).not.toContain(Buffer.from(secret).toString('base64'))
      }
    }
    const section = slack.posts.at(-1)?.blocks[1]
    expect(section?.type === 'section' && section.text?.text).toMatch(/^Rotate \*\*\* \(\*\*\*\) and \*\*\*/)
  })

  it('turns a channel that fails into a warning and an audit event; the others still get the message', async () => {
    const record = finishedRun({
      status: 'failed:validation',
      message: 'dbt build failed',
      verdict: 'validation-failed',
    })
    const log = new MemoryLog()
    const closed = await startTeamsServer()
    await closed.close()
    const dead = `${closed.url}/workflows/x/triggers/manual/paths/invoke?sig=deadsig0`
    const redact = createRedactor([dead, BOT_TOKEN])
    const postsBefore = slack.posts.length
    await expect(
      sendNotification(
        [
          new SlackBotNotifier({ token: BOT_TOKEN, channel: 'C0123456789', apiUrl: slack.apiUrl }),
          new SlackBotNotifier({ token: BOT_TOKEN, channel: 'C-gone', apiUrl: slack.apiUrl }),
          new TeamsWorkflowNotifier(dead, { retry: { attempts: 1 } }),
        ],
        runNotification(record, { on: ['failure'], ticketKey: 'DATA-123' }),
        { redact, log, record },
      ),
    ).resolves.toBeUndefined()
    expect(slack.posts.length - postsBefore).toBe(1)
    const warnings = log.lines.filter((line) => line.startsWith('warning: Could not notify'))
    expect(warnings.sort()).toEqual([
      expect.stringContaining('Microsoft Teams: no answer after 1 tries (fetch failed: connect ECONNREFUSED'),
      expect.stringContaining('Slack (bot): Slack chat.postMessage answered 200 channel_not_found'),
    ])
    for (const line of log.lines) expect(line).not.toContain('deadsig0')
    const events = record.events.filter((event) => event.stage === 'notify')
    expect(events.map((event) => event.message).sort()).toEqual([
      'Microsoft Teams: could not post the failure notification',
      'Slack (bot): could not post the failure notification',
      'Slack (bot): posted the failure notification',
    ])
    expect(record.status).toBe('failed:validation')
  })

  it('posts nothing when the run is not news, or when no channel is set', async () => {
    const before = slack.requests.length + teams.requests.length
    const dryRun = finishedRun({ status: 'dry-run', verdict: 'ready' })
    const record = new RunRecord('r')
    await sendNotification(
      [new SlackWebhookNotifier(slack.webhookUrl), new TeamsWorkflowNotifier(teams.webhookUrl)],
      runNotification(dryRun, { on: ['pr', 'failure', 'backlog'], ticketKey: 'DATA-123' }),
      { redact: createRedactor([]), log: new MemoryLog(), record },
    )
    expect(slack.requests.length + teams.requests.length).toBe(before)
    expect(record.events).toEqual([])
  })
})
