import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { referenceJiraIssue, startJiraServer, type FakeJira } from '../fakes/jira-server.js'
import { startScriptedMessagesServer, type ScriptTurn } from '../../src/demo/scripted-messages-server.js'
import { demoTurns, oneRoundDemoTurns } from '../fakes/demo-script.js'
import { readAuditBundle } from '../../src/audit/audit-bundle.js'
import { checkout, git, makeRepository, runAction, writeEventPayload } from './action-harness.js'

// One ticket, dispatched from the Actions tab, becomes one validated PR: the bundled dist/ runs as a child
// process against loopback Jira, Anthropic and GitHub servers, with real dbt, sqlfluff and git.

const TOKEN = 'ghs_e2eTestToken000000000000000000000'
const ANTHROPIC_KEY = 'sk-ant-e2e-test-key'
const JIRA_TOKEN = 'jira-e2e-api-token'

function jiraIssue() {
  const issue = referenceJiraIssue()
  issue.fields.summary = 'Add completed order count to the customers mart'
  return issue
}

describe('workflow_dispatch with a Jira ticket (dist/index.js)', () => {
  let repo: Awaited<ReturnType<typeof makeRepository>>
  let github: GitHubFake
  let jira: FakeJira
  let eventPath: string
  const servers: { close(): Promise<void> }[] = []

  beforeAll(async () => {
    repo = await makeRepository()
    github = await startGitHubServer({ owner: 'acme', repo: 'analytics', token: TOKEN })
    jira = await startJiraServer({
      issues: { 'DATA-123': jiraIssue() },
      auth: { email: 'bot@acme.test', token: JIRA_TOKEN },
    })
    servers.push(github, jira)
    eventPath = await writeEventPayload(repo.root, 'workflow_dispatch')
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
  })

  async function dispatch(turns: ScriptTurn[]) {
    const anthropic = await startScriptedMessagesServer({ script: turns, apiKey: ANTHROPIC_KEY })
    servers.push(anthropic)
    const workspace = await checkout(repo)
    const result = await runAction({
      dir: repo.root,
      workspace,
      inputs: {
        ticket: 'DATA-123',
        'jira-url': jira.url,
        'jira-email': 'bot@acme.test',
        'jira-api-token': JIRA_TOKEN,
        'jira-transition-on-pr': 'In Review',
        'anthropic-api-key': ANTHROPIC_KEY,
        'anthropic-base-url': anthropic.url,
        'github-token': TOKEN,
        'project-dir': 'analytics',
        'repair-rounds': '2',
        'commit-author': 'Data Bot <data-bot@acme.io>',
      },
      env: {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/analytics',
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'ana-data',
        GITHUB_ACTOR_ID: '1234',
      },
    })
    return { ...result, anthropic, workspace }
  }

  it('opens one PR whose branch holds the repaired change, with validation results and an audit bundle', async () => {
    const run = await dispatch(await demoTurns())
    expect({ code: run.code, status: run.outputs.status, stderr: run.stderr }).toMatchObject({
      code: 0,
      status: 'pr-opened',
    })

    expect(run.outputs).toMatchObject({
      branch: 'autopilot/DATA-123',
      'pr-number': '1',
      'changed-models': '["customers"]',
    })
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0)

    // The branch on the remote holds the repaired SQL and the YAML, and nothing from target/.
    const clone = await checkout(repo)
    const files = await git(clone, 'diff', '--name-only', 'origin/main', 'origin/autopilot/DATA-123')
    expect(files.split('\n').sort()).toEqual([
      'analytics/models/marts/_marts.yml',
      'analytics/models/marts/customers.sql',
    ])
    const sql = await git(clone, 'show', 'origin/autopilot/DATA-123:analytics/models/marts/customers.sql')
    expect(sql).toContain("count(*) filter (where status = 'completed') as completed_orders")
    expect(sql).not.toContain('order_status')
    const message = await git(clone, 'log', '-1', '--format=%B', 'origin/autopilot/DATA-123')
    // The subject is what was asked; the person who asked is credited; the commit is by `commit-author`.
    expect(message).toMatch(/^DATA-123: Add completed order count to the customers mart\n\n\S/)
    expect(message).toContain('Co-authored-by: ana-data <1234+ana-data@users.noreply.github.com>')
    expect(await git(clone, 'log', '-1', '--format=%an <%ae> / %cn', 'origin/autopilot/DATA-123')).toBe(
      'Data Bot <data-bot@acme.io> / Data Bot',
    )
    expect(message).toContain(`Ticket: ${jira.url}/browse/DATA-123`)
    expect(message).toContain('https://github.com/acme/analytics/actions/runs/4242')

    // Exactly one PR, ready for review, whose body carries the validation of both rounds.
    expect(github.state.pulls).toHaveLength(1)
    const pr = github.state.pulls[0]
    expect(pr).toMatchObject({ head: 'autopilot/DATA-123', base: 'main', draft: false, state: 'open' })
    expect(pr?.title).toBe('DATA-123: Add completed order count to the customers mart')
    expect(pr?.body).toContain('completed_orders')
    expect(pr?.body).toMatch(/repair/i)
    expect(pr?.body).toContain('dbt build')
    expect(pr?.body).toContain('git revert')

    // The model saw the ticket, then the dbt failure in the repair round.
    expect(run.anthropic.messageRequests).toHaveLength(7)
    const repairRequest = JSON.stringify(run.anthropic.messageRequests[5]?.body)
    expect(repairRequest).toContain('order_status')

    // The audit bundle is complete and holds no secret.
    const bundle = await readAuditBundle(run.outputs['audit-dir'] as string)
    expect(bundle.run.status).toBe('pr-opened')
    expect(bundle.run.modelCalls).toHaveLength(7)
    expect(bundle.run.prUrl).toBe(pr?.html_url)
    expect(bundle.run.commitSha).toMatch(/^[0-9a-f]{40}$/)
    expect(bundle.run.commands.some((c) => c.args.includes('build'))).toBe(true)
    const auditText = await readFile(path.join(run.outputs['audit-dir'] as string, 'run.json'), 'utf8')
    for (const secret of [TOKEN, ANTHROPIC_KEY, JIRA_TOKEN]) expect(auditText).not.toContain(secret)
    expect(run.summary).toContain('Pull request opened')

    // Progress was tracked in one comment on the Jira ticket, ending with the PR link.
    const comments = jira.comments['DATA-123'] ?? []
    expect(comments).toHaveLength(1)
    expect(JSON.stringify(comments[0]?.body)).toContain(pr?.html_url)
    expect(
      jira.requests.filter((r) => r.method === 'PUT' && r.path.includes('/comment/')).length,
    ).toBeGreaterThan(3)

    // The PR is on the Jira ticket as a remote link, and the ticket moved to In Review.
    expect(jira.remoteLinks['DATA-123']).toHaveLength(1)
    expect(jira.remoteLinks['DATA-123']?.[0]).toMatchObject({
      globalId: 'dbt-autopilot:https://github.com/acme/analytics:autopilot/DATA-123',
      object: { url: pr?.html_url },
    })
    expect((jira.issues['DATA-123']?.fields['status'] as { name?: string } | undefined)?.name).toBe(
      'In Review',
    )
  }, 300_000)

  it('updates the same PR on a second run for the same ticket, keeping what a reviewer wrote in it', async () => {
    const opened = github.state.pulls[0]!
    opened.body = `Reviewer: checked against the finance dashboard.\n\n${opened.body}\n\nQA: ok`
    // Repair was the first test's subject; this one validates in one round.
    const run = await dispatch(await oneRoundDemoTurns())
    expect({ code: run.code, status: run.outputs.status, stderr: run.stderr }).toMatchObject({
      code: 0,
      status: 'pr-updated',
    })
    expect(github.state.pulls).toHaveLength(1)
    expect(run.outputs['pr-number']).toBe('1')
    const patches = github.requests.filter(
      (request) => request.method === 'PATCH' && request.path.endsWith('/pulls/1'),
    )
    expect(patches).toHaveLength(1)
    const body = github.state.pulls[0]!.body
    expect(body).toMatch(/^Reviewer: checked against the finance dashboard\.\n\n<!-- autopilot:begin/)
    expect(body).toMatch(/<!-- autopilot:end -->\n\nQA: ok$/)
    expect(body).toContain('completed_orders')
    // The second run updated the ticket's remote link rather than adding one.
    expect(jira.remoteLinks['DATA-123']).toHaveLength(1)
  }, 300_000)

  it('exits non-zero naming the input when a required input is missing', async () => {
    const run = await runAction({
      dir: repo.root,
      workspace: await checkout(repo),
      inputs: { 'github-token': TOKEN },
      env: {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/analytics',
      },
    })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(/::error::.*input `ticket` is required/i)
  }, 60_000)
})
