import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEFAULT_PRICES } from '../../src/config/prices.js'
import { oneRoundDemoTurns } from '../fakes/demo-script.js'
import { startGitHubServer, type GitHubFake } from '../fakes/github-server.js'
import {
  ACTIONS_REQUEST_TOKEN,
  SERVICE_ACCOUNT_TOKEN,
  startFakeVertex,
  type FakeVertex,
} from '../fakes/vertex-server.js'
import { checkout, makeRepository, runAction, ROOT, writeEventPayload } from './action-harness.js'

// The bundled dist/ with Claude on Vertex AI in a regional location, credentials by Workload Identity
// Federation as google-github-actions/auth leaves them (an external_account file that fetches the runner's
// OIDC token, trades it at STS and impersonates a service account), real dbt on the demo project.

const TOKEN = 'ghs_VertexRunToken0000000000000000000000'
const SERVICE_ACCOUNT = 'autopilot@analytics-prod.iam.gserviceaccount.com'

describe('Claude on Vertex AI through Workload Identity Federation (dist/index.js)', () => {
  let repo: Awaited<ReturnType<typeof makeRepository>>
  let github: GitHubFake
  let vertex: FakeVertex
  let gcloud: string

  beforeAll(async () => {
    repo = await makeRepository()
    github = await startGitHubServer({
      owner: 'acme',
      repo: 'analytics',
      token: TOKEN,
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
          html_url: 'https://github.com/acme/analytics/issues/42',
        },
      ],
    })
    vertex = await startFakeVertex({ script: await oneRoundDemoTurns() })
    gcloud = await mkdtemp(path.join(tmpdir(), 'autopilot-e2e-gcloud-'))
  })
  afterAll(async () => {
    await Promise.all([github?.close(), vertex?.close()])
    if (gcloud) await rm(gcloud, { recursive: true, force: true })
  })

  it('opens the PR with every call on :streamRawPredict of the Vertex model, priced at the regional rate', async () => {
    const run = await runAction({
      dir: repo.root,
      workspace: await checkout(repo),
      inputs: {
        ticket: '#42',
        'model-provider': 'vertex',
        'vertex-region': 'us-east5',
        'vertex-project-id': 'analytics-prod',
        'anthropic-base-url': vertex.baseURL,
        'github-token': TOKEN,
        'project-dir': 'analytics',
        'progress-comment': 'none',
        'upload-artifact': 'false',
      },
      env: {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: await writeEventPayload(repo.root, 'workflow_dispatch'),
        GITHUB_REPOSITORY: 'acme/analytics',
        GITHUB_API_URL: github.url,
        GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
        GITHUB_RUN_ID: '778',
        GITHUB_RUN_ATTEMPT: '1',
        GOOGLE_APPLICATION_CREDENTIALS: await vertex.writeCredentials(gcloud, SERVICE_ACCOUNT),
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: ACTIONS_REQUEST_TOKEN,
      },
    })
    expect({ code: run.code, status: run.outputs.status, stderr: run.stderr.slice(-2000) }).toMatchObject({
      code: 0,
      status: 'pr-opened',
    })
    expect(github.state.pulls).toHaveLength(1)

    // The credential flow ran (the token is cached for the run): OIDC token → STS → impersonation.
    expect(vertex.auth.slice(0, 3)).toEqual([
      { step: 'oidc', ok: true },
      { step: 'sts', ok: true },
      { step: 'impersonate', ok: true },
    ])
    expect(vertex.auth.every((step) => step.ok)).toBe(true)
    const predictions = vertex.requests.filter((r) => r.method !== 'count-tokens')
    expect(predictions.length).toBeGreaterThan(0)
    for (const r of predictions) {
      expect(r).toMatchObject({
        project: 'analytics-prod',
        location: 'us-east5',
        model: 'claude-sonnet-5-5',
        authorization: `Bearer ${SERVICE_ACCOUNT_TOKEN}`,
      })
      expect(r.path).toMatch(
        /\/projects\/analytics-prod\/locations\/us-east5\/publishers\/anthropic\/models\/claude-sonnet-5-5:(stream)?rawPredict$/i,
      )
    }

    // The cost: the calls' tokens at Vertex's regional price (10% over the list price), not the Claude API's.
    const record = JSON.parse(await readFile(path.join(run.outputs['audit-dir']!, 'run.json'), 'utf8')) as {
      modelCalls: Array<{ usage: Record<string, number>; costUsd: number }>
    }
    const regional = DEFAULT_PRICES['vertex/regional/claude-sonnet-5-5']!
    const list = DEFAULT_PRICES['claude-sonnet-5-5']!
    expect(regional.input).toBeCloseTo(list.input * 1.1, 9)
    const priced = record.modelCalls.reduce(
      (sum, { usage }) =>
        sum +
        ((usage['inputTokens'] ?? 0) * regional.input +
          (usage['outputTokens'] ?? 0) * regional.output +
          (usage['cacheCreationInputTokens'] ?? 0) * regional.cacheWrite +
          (usage['cacheReadInputTokens'] ?? 0) * regional.cacheRead) /
          1e6,
      0,
    )
    expect(priced).toBeGreaterThan(0)
    expect(Number(run.outputs['cost-usd'])).toBeCloseTo(priced, 4)
    const events = await readFile(path.join(run.outputs['audit-dir']!, 'events.jsonl'), 'utf8')
    for (const secret of [TOKEN, ACTIONS_REQUEST_TOKEN, SERVICE_ACCOUNT_TOKEN])
      expect(events).not.toContain(secret)
  }, 300_000)
})
