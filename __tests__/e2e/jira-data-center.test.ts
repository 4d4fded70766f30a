import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { dcIssue, startJiraDcServer, type FakeJiraDc } from '../fakes/jira-dc-server.js'
import { startScriptedMessagesServer, type ScriptTurn } from '../../src/demo/scripted-messages-server.js'
import { oneRoundDemoTurns } from '../fakes/demo-script.js'
import { readAuditBundle } from '../../src/audit/audit-bundle.js'
import { checkout, makeRepository, runAction, writeEventPayload } from './action-harness.js'

// A ticket on Jira Data Center (REST v2, a personal access token, wiki markup, a context path) becomes a
// PR through the bundled dist/, and the PR goes back to the ticket: a remote link, a transition, the final
// comment in wiki markup.

const TOKEN = 'ghs_e2eTestToken000000000000000000000'
const ANTHROPIC_KEY = 'sk-ant-e2e-test-key'
const PAT = 'NjQ1OTk2MzQ0NzM2OkDataCenterPat'

const DESCRIPTION = [
  'h3. Context',
  'Finance wants the number of *completed* orders per customer on {{customers}}.',
  '',
  '* count only orders whose status is {{completed}}',
  '* keep the existing columns',
  '',
  '{panel:title=Acceptance}',
  '||column||rule||',
  '|completed_orders|not null, >= 0|',
  '{panel}',
  '',
  '[~ana.data] will review.',
].join('\n')

describe('workflow_dispatch with a Jira Data Center ticket (dist/index.js)', () => {
  let repo: Awaited<ReturnType<typeof makeRepository>>
  let github: GitHubFake
  let jira: FakeJiraDc
  let eventPath: string
  const servers: { close(): Promise<void> }[] = []

  beforeAll(async () => {
    repo = await makeRepository()
    github = await startGitHubServer({ owner: 'acme', repo: 'analytics', token: TOKEN })
    jira = await startJiraDcServer({
      token: PAT,
      contextPath: '/jira',
      issues: {
        'DATA-123': dcIssue('DATA-123', {
          summary: 'Add completed order count to the customers mart',
          description: DESCRIPTION,
          labels: ['dbt'],
        }),
      },
    })
    servers.push(github, jira)
    eventPath = await writeEventPayload(repo.root, 'workflow_dispatch')
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
  })

  async function dispatch(turns: ScriptTurn[]) {
    // No task rule decides this ticket's kind, so the classifier is asked first (a structured answer).
    const classified: ScriptTurn = { output: { kind: 'other', risk: 'medium' } }
    const anthropic = await startScriptedMessagesServer({
      script: [classified, ...turns],
      apiKey: ANTHROPIC_KEY,
    })
    servers.push(anthropic)
    const result = await runAction({
      dir: repo.root,
      workspace: await checkout(repo),
      inputs: {
        ticket: 'DATA-123',
        'jira-url': jira.url,
        'jira-bearer-token': PAT,
        'jira-transition-on-pr': 'In Review',
        'anthropic-api-key': ANTHROPIC_KEY,
        'anthropic-base-url': anthropic.url,
        'github-token': TOKEN,
        'project-dir': 'analytics',
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
      },
    })
    return { ...result, anthropic }
  }

  it('reads the wiki-markup ticket, opens the PR, links it, moves the ticket and comments in wiki markup', async () => {
    const run = await dispatch(await oneRoundDemoTurns())
    expect({ code: run.code, status: run.outputs.status, stderr: run.stderr }).toMatchObject({
      code: 0,
      status: 'pr-opened',
    })

    // Only REST v2, always with the PAT, under the context path.
    expect(jira.requests.length).toBeGreaterThan(3)
    expect(jira.requests.every((request) => request.path.startsWith('/jira/rest/api/2/'))).toBe(true)
    expect(jira.requests.every((request) => request.headers['authorization'] === `Bearer ${PAT}`)).toBe(true)

    // The model was shown the description as markdown (sanitized), the mention neutralized.
    const firstPrompt = JSON.stringify(run.anthropic.messageRequests[0]?.body)
    expect(firstPrompt).toContain('### Context')
    expect(firstPrompt).toContain('- count only orders whose status is `completed`')
    expect(firstPrompt).toContain('| completed_orders | not null, >= 0 |')
    expect(firstPrompt).not.toContain('[~ana.data]')

    const pr = github.state.pulls[0]
    expect(github.state.pulls).toHaveLength(1)

    // The PR is on the ticket as a remote link, and the ticket moved to In Review ("Send to review").
    const links = jira.remoteLinks['DATA-123'] ?? []
    expect(links).toHaveLength(1)
    expect(links[0]).toMatchObject({
      globalId: 'dbt-autopilot:https://github.com/acme/analytics:autopilot/DATA-123',
      object: { url: pr?.html_url, title: 'PR #1: Add completed order count to the customers mart' },
    })
    expect((jira.issues['DATA-123']?.fields['status'] as { name: string }).name).toBe('In Review')

    // One progress comment, edited in place, ending in wiki markup with the PR link.
    const comments = jira.comments['DATA-123'] ?? []
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain(`Pull request: ${pr?.html_url}`)
    expect(comments[0]?.body).toContain('DATA\\-123')
    expect(comments[0]?.body).not.toContain('**')
    expect(comments[0]?.body).toMatch(
      /\[Workflow run\|https:\/\/github\.com\/acme\/analytics\/actions\/runs\/5151\]/,
    )

    const bundle = await readAuditBundle(run.outputs['audit-dir'] as string)
    expect(bundle.run.stages['ticketWriteBack']).toMatchObject({
      link: { linked: true },
      transition: { wanted: 'In Review', outcome: 'moved' },
    })
  }, 300_000)

  it('updates the link on a second run instead of adding one, and does not move the ticket again', async () => {
    const transitionsBefore = jira.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/transitions'),
    ).length
    const run = await dispatch(await oneRoundDemoTurns())
    expect({ code: run.code, status: run.outputs.status, stderr: run.stderr }).toMatchObject({
      code: 0,
      status: 'pr-updated',
    })
    expect(jira.remoteLinks['DATA-123']).toHaveLength(1)
    expect(jira.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/remotelink')).length).toBe(2)
    expect(jira.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/transitions')).length).toBe(
      transitionsBefore,
    )
    const bundle = await readAuditBundle(run.outputs['audit-dir'] as string)
    expect(bundle.run.stages['ticketWriteBack']).toMatchObject({ transition: { outcome: 'already' } })
  }, 300_000)
})
