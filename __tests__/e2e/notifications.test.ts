import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { referenceJiraIssue, startJiraServer, type FakeJira } from '../fakes/jira-server.js'
import { startSlackServer, type FakeSlack } from '../fakes/slack-server.js'
import { startTeamsServer, type FakeTeams } from '../fakes/teams-server.js'
import { startScriptedMessagesServer } from '../../src/demo/scripted-messages-server.js'
import { oneRoundDemoTurns } from '../fakes/demo-script.js'
import { checkout, makeRepository, runAction, writeEventPayload } from './action-harness.js'

// The bundled dist/ posts a run's outcome to a loopback Slack incoming webhook and a loopback Teams workflow
// webhook, each answering as the real service does; the payloads are checked for shape and secrets.

const TOKEN = 'ghs_e2eNotifyToken00000000000000000000'
const ANTHROPIC_KEY = 'sk-ant-e2e-notify-key'
const JIRA_TOKEN = 'jira-e2e-notify-token'

describe('Slack and Teams notifications (dist/index.js)', () => {
  let repo: Awaited<ReturnType<typeof makeRepository>>
  let github: GitHubFake
  let jira: FakeJira
  let slack: FakeSlack
  let teams: FakeTeams
  let eventPath: string
  const servers: { close(): Promise<void> }[] = []

  beforeAll(async () => {
    repo = await makeRepository()
    const issue = referenceJiraIssue()
    issue.fields.summary = 'Add completed order count & rank to the customers mart'
    ;[github, jira, slack, teams] = await Promise.all([
      startGitHubServer({ owner: 'acme', repo: 'analytics', token: TOKEN }),
      startJiraServer({ issues: { 'DATA-123': issue }, auth: { email: 'bot@acme.test', token: JIRA_TOKEN } }),
      startSlackServer(),
      startTeamsServer(),
    ])
    servers.push(github, jira, slack, teams)
    eventPath = await writeEventPayload(repo.root, 'workflow_dispatch')
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
  })

  async function dispatch(ticket: string) {
    const anthropic = await startScriptedMessagesServer({
      script: await oneRoundDemoTurns(),
      apiKey: ANTHROPIC_KEY,
    })
    servers.push(anthropic)
    return runAction({
      dir: repo.root,
      workspace: await checkout(repo),
      inputs: {
        ticket,
        'jira-url': jira.url,
        'jira-email': 'bot@acme.test',
        'jira-api-token': JIRA_TOKEN,
        'anthropic-api-key': ANTHROPIC_KEY,
        'anthropic-base-url': anthropic.url,
        'github-token': TOKEN,
        'project-dir': 'analytics',
        'progress-comment': 'none',
        'slack-webhook-url': slack.webhookUrl,
        'teams-webhook-url': teams.webhookUrl,
      },
      env: {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/analytics',
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '5151',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'ana-data',
        GITHUB_ACTOR_ID: '1234',
      },
    })
  }

  const secrets = () => [TOKEN, ANTHROPIC_KEY, JIRA_TOKEN, slack.webhookUrl, teams.webhookUrl]

  it('posts the pull request awaiting review to both, with its link, state, validation and cost', async () => {
    const run = await dispatch('DATA-123')
    expect({ code: run.code, status: run.outputs.status, stderr: run.stderr }).toMatchObject({
      code: 0,
      status: 'pr-opened',
    })
    const pr = github.state.pulls[0]
    expect(pr?.html_url).toMatch(/^http/)

    expect(slack.posts).toHaveLength(1)
    const [header, text, fields, context, actions] = slack.posts[0]?.blocks ?? []
    expect(header).toMatchObject({
      type: 'header',
      text: { text: expect.stringContaining('DATA-123: pull request #1 opened, awaiting review') },
    })
    expect(text).toMatchObject({
      type: 'section',
      text: { text: 'Add completed order count &amp; rank to the customers mart' },
    })
    const fieldTexts = fields?.type === 'section' ? (fields.fields ?? []).map((field) => field.text) : []
    expect(fieldTexts).toEqual(
      expect.arrayContaining([
        `*Pull request*\n<${pr?.html_url}|#1>`,
        '*State*\nReady for review',
        '*Validation*\npassed (1 round)',
        '*Breaking changes*\nnone',
        expect.stringMatching(/^\*Model cost\*\n\$\d+\.\d{2}/),
      ]),
    )
    expect(context).toMatchObject({
      type: 'context',
      elements: [
        {
          text: expect.stringContaining('<https://github.com/acme/analytics/actions/runs/5151|workflow run>'),
        },
      ],
    })
    expect(actions).toMatchObject({ type: 'actions', elements: [{ type: 'button', url: pr?.html_url }] })

    expect(teams.cards).toHaveLength(1)
    const card = teams.cards[0]
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' })
    expect(card?.body[0]).toMatchObject({
      type: 'TextBlock',
      text: 'DATA-123: pull request #1 opened, awaiting review',
    })
    expect(card?.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Review the pull request', url: pr?.html_url },
    ])

    const payloads = JSON.stringify([...slack.requests, ...teams.requests].map((request) => request.body))
    for (const secret of secrets()) expect(payloads).not.toContain(secret)
    const events = await readFile(path.join(run.outputs['audit-dir'] as string, 'events.jsonl'), 'utf8')
    expect(events).toContain('Slack (webhook): posted the pr notification')
    expect(events).toContain('Microsoft Teams: posted the pr notification')
    for (const secret of secrets()) expect(events).not.toContain(secret)
  }, 300_000)

  it('posts a failed run with its status and message, and a Slack outage does not change the outcome', async () => {
    slack.failNext(3)
    const run = await dispatch('DATA-404')
    expect(run.outputs.status).toBe('failed:ticket')
    expect(slack.posts).toHaveLength(1)
    expect(run.stdout).toMatch(/::warning::Could not notify Slack \(webhook\): Slack answered 500/)
    expect(teams.cards).toHaveLength(2)
    const card = teams.cards[1]
    expect(card?.body[0]).toMatchObject({
      color: 'Attention',
      text: 'DATA-404: Autopilot run failed (failed:ticket)',
    })
    expect(card?.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Open the workflow run',
        url: 'https://github.com/acme/analytics/actions/runs/5151',
      },
    ])
    const payloads = JSON.stringify(teams.requests.map((request) => request.body))
    for (const secret of secrets()) expect(payloads).not.toContain(secret)
  }, 120_000)
})
