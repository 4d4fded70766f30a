import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { startFakeBedrock, type FakeBedrock } from '../fakes/bedrock-server.js'
import { oneRoundDemoTurns } from '../fakes/demo-script.js'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import { checkout, git, makeRepository, runAction, ROOT, writeEventPayload } from './action-harness.js'

// The bundled dist/ as an enterprise runs it: GitHub Enterprise Server (the API at https://<host>/api/v3,
// links at https://<host>), a GitHub App installation token from actions/create-github-app-token as
// `github-token`, Claude on Amazon Bedrock with the credentials configure-aws-credentials exports, and no
// artifact service, so the audit bundle goes to the `autopilot-audit` branch.

const APP_TOKEN = 'ghs_AppInstallationToken000000000000000'
const SERVER = 'https://ghes.acme.internal'
const AWS = {
  AWS_ACCESS_KEY_ID: 'ASIAE2EOIDCSESSION01',
  AWS_SECRET_ACCESS_KEY: 'e2e/secret/access/key/for/loopback/bedrock',
  AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEE2E//session-token==',
}

describe('GitHub Enterprise Server with Claude on Bedrock (dist/index.js)', () => {
  let repo: Awaited<ReturnType<typeof makeRepository>>
  let github: GitHubFake
  let bedrock: FakeBedrock

  beforeAll(async () => {
    repo = await makeRepository()
    github = await startGitHubServer({
      owner: 'acme',
      repo: 'analytics',
      token: APP_TOKEN,
      gitDir: repo.remote,
      issues: [
        {
          number: 42,
          title: 'Add completed order count to the customers mart',
          body: (await readFile(path.join(ROOT, 'examples', 'demo', 'ticket.md'), 'utf8')).replace(
            /^---[\s\S]*?---\n/,
            '',
          ),
          labels: ['dbt'],
          html_url: `${SERVER}/acme/analytics/issues/42`,
        },
      ],
    })
    bedrock = await startFakeBedrock({
      script: await oneRoundDemoTurns(),
      region: 'us-west-2',
      credentials: {
        accessKeyId: AWS.AWS_ACCESS_KEY_ID,
        secretAccessKey: AWS.AWS_SECRET_ACCESS_KEY,
        sessionToken: AWS.AWS_SESSION_TOKEN,
      },
    })
  })
  afterAll(async () => {
    await Promise.all([github?.close(), bedrock?.close()])
  })

  it('opens the PR through the GHES API, calls Bedrock, and commits the audit bundle to autopilot-audit', async () => {
    const run = await runAction({
      dir: repo.root,
      workspace: await checkout(repo),
      inputs: {
        ticket: '#42',
        'model-provider': 'bedrock',
        'anthropic-base-url': bedrock.url,
        'github-token': APP_TOKEN,
        'project-dir': 'analytics',
        'progress-comment': 'none',
        'audit-fallback': 'branch',
      },
      env: {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: await writeEventPayload(repo.root, 'workflow_dispatch'),
        GITHUB_REPOSITORY: 'acme/analytics',
        GITHUB_API_URL: `${github.url}/api/v3`,
        GITHUB_GRAPHQL_URL: `${github.url}/api/graphql`,
        GITHUB_SERVER_URL: SERVER,
        GITHUB_RUN_ID: '777',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'ana-data',
        GITHUB_ACTOR_ID: '1234',
        // On GHES the runner hands out a runtime token but no artifacts v4 service.
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
        AWS_REGION: 'us-west-2',
        AWS_EC2_METADATA_DISABLED: 'true',
        ...AWS,
      },
    })
    expect({ code: run.code, status: run.outputs.status, stderr: run.stderr.slice(-2000) }).toMatchObject({
      code: 0,
      status: 'pr-opened',
    })

    // Bedrock: every model call went to the global inference profile, SigV4-signed with the session credentials.
    expect(bedrock.requests.length).toBeGreaterThan(0)
    expect(
      bedrock.requests.every(
        (r) =>
          r.modelId === 'global.anthropic.claude-sonnet-5-5' &&
          r.stream &&
          r.signatureValid &&
          r.sessionToken === AWS.AWS_SESSION_TOKEN,
      ),
    ).toBe(true)
    expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0)

    // GitHub: every call went to the GHES roots, with the App installation token.
    const roots = /^\/api\/(v3|graphql|uploads)(\/|$)/
    expect(github.requests.length).toBeGreaterThan(0)
    expect(github.requests.filter((r) => !roots.test(r.rawPath)).map((r) => r.rawPath)).toEqual([])
    expect(
      github.requests.every((r) =>
        /^(token|bearer) ghs_AppInstallationToken/i.test(String(r.headers.authorization)),
      ),
    ).toBe(true)
    const pr = github.state.pulls[0]
    expect(pr).toBeDefined()
    // Links in the PR point at the GHES server, never at github.com.
    expect(pr!.body).toContain(`${SERVER}/acme/analytics/actions/runs/777`)
    expect(pr!.body).not.toMatch(/https:\/\/github\.com\//)

    // The audit bundle: not an artifact (no service), but a folder on autopilot-audit, and the outputs say so.
    expect(run.outputs['audit-upload']).toBe('branch')
    expect(run.outputs['artifact-url']).toBe(
      `${SERVER}/acme/analytics/tree/autopilot-audit/autopilot-audit-issue-42-1`,
    )
    expect(run.summary).toContain('(committed to the `autopilot-audit` branch)')
    const stored = (
      await git(repo.root, '--git-dir', repo.remote, 'ls-tree', '-r', '--name-only', 'autopilot-audit')
    ).split('\n')
    expect(stored).toContain('autopilot-audit-issue-42-1/run.json')
    expect(stored).toContain('autopilot-audit-issue-42-1/events.jsonl')
    const events = await git(
      repo.root,
      '--git-dir',
      repo.remote,
      'show',
      'autopilot-audit:autopilot-audit-issue-42-1/events.jsonl',
    )
    expect(events).toBe((await readFile(path.join(run.outputs['audit-dir']!, 'events.jsonl'), 'utf8')).trim())
    for (const secret of [APP_TOKEN, AWS.AWS_SECRET_ACCESS_KEY]) expect(events).not.toContain(secret)
  }, 300_000)
})
