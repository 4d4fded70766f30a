import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { vertexModel } from '../../../src/adapters/vertex/vertex-model.js'
import { AgentSession } from '../../../src/agent/agent-session.js'
import { BudgetTracker } from '../../../src/agent/budget.js'
import { ModelError, type ModelRequest } from '../../../src/agent/language-model.js'
import { Workspace } from '../../../src/agent/workspace.js'
import { DEFAULT_PRICES } from '../../../src/config/prices.js'
import { RunRecord } from '../../../src/run/run-record.js'
import { MemoryLog } from '../../../src/shared/log.js'
import {
  SERVICE_ACCOUNT_TOKEN,
  startFakeVertex,
  type FakeVertex,
  type VertexFailure,
} from '../../fakes/vertex-server.js'
import { toolTurn } from '../../fakes/script-turns.js'
import type { ScriptTurn } from '../../../src/demo/scripted-messages-server.js'

// The real @anthropic-ai/vertex-sdk (and google-auth-library under it) against a loopback Google Cloud:
// credentials from the external_account file google-github-actions/auth writes, named in
// GOOGLE_APPLICATION_CREDENTIALS, exchanged the way Workload Identity Federation does.

const SERVICE_ACCOUNT = 'autopilot@analytics-prod.iam.gserviceaccount.com'
const saved = {
  credentials: process.env['GOOGLE_APPLICATION_CREDENTIALS'],
  project: process.env['GOOGLE_CLOUD_PROJECT'],
}

let vertex: FakeVertex | undefined
let root: string

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'autopilot-vertex-'))
  await mkdir(path.join(root, 'models'), { recursive: true })
  await writeFile(path.join(root, 'models/orders.sql'), 'select id from raw.orders\n')
})

afterEach(async () => {
  await vertex?.close()
  vertex = undefined
  await rm(root, { recursive: true, force: true })
  for (const [name, value] of [
    ['GOOGLE_APPLICATION_CREDENTIALS', saved.credentials],
    ['GOOGLE_CLOUD_PROJECT', saved.project],
  ] as const) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

async function start(script: ScriptTurn[], failures: VertexFailure[] = [], region = 'global') {
  vertex = await startFakeVertex({ script, failures })
  process.env['GOOGLE_APPLICATION_CREDENTIALS'] = await vertex.writeCredentials(
    path.join(root, 'gcloud'),
    SERVICE_ACCOUNT,
  )
  process.env['GOOGLE_CLOUD_PROJECT'] = 'analytics-prod'
  return vertexModel({ model: 'claude-sonnet-5-5', region, baseURL: vertex.baseURL, maxRetries: 1 })
}

const request: ModelRequest = {
  system: 'You are a careful analytics engineer.',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Add amount to orders.' }] }],
  tools: [{ name: 'finish', description: 'Done.', inputSchema: { type: 'object', properties: {} } }],
  maxTokens: 1024,
  timeoutMs: 20_000,
}

describe('Claude on Vertex AI through the real SDK', () => {
  it('runs a session of turns over streamRawPredict with Workload Identity Federation credentials', async () => {
    const model = await start([
      toolTurn('read_file', { path: 'models/orders.sql' }, 't1'),
      toolTurn('edit_file', { path: 'models/orders.sql', old: 'select id', new: 'select id, amount' }, 't2'),
      toolTurn('finish', { summary: 'Added amount to orders.' }, 't3'),
    ])
    const record = new RunRecord('run-vertex')
    const budget = new BudgetTracker(
      {
        maxTurns: 10,
        maxInputTokens: 1_000_000,
        maxOutputTokens: 100_000,
        maxCostUsd: 5,
        maxWallMs: 600_000,
      },
      DEFAULT_PRICES,
      model.priceKey ?? model.model,
    )
    const agent = new AgentSession({
      model,
      workspace: new Workspace(root),
      budget,
      record,
      log: new MemoryLog(),
    })

    const result = await agent.run('Add amount to orders.')

    expect(result).toMatchObject({ outcome: 'finished', summary: 'Added amount to orders.' })
    expect(await readFile(path.join(root, 'models/orders.sql'), 'utf8')).toBe(
      'select id, amount from raw.orders\n',
    )
    // The credential flow ran once (the token is cached): OIDC token → STS → impersonation.
    expect(vertex!.auth).toEqual([
      { step: 'oidc', ok: true },
      { step: 'sts', ok: true },
      { step: 'impersonate', ok: true },
    ])
    // Far from the caps no turn is counted (a local bound reserves it); counting near a cap is the platform's
    // count-tokens endpoint. All with the impersonated token, in the project and location.
    expect(await model.countTokens(request)).toBeGreaterThan(0)
    expect(vertex!.requests.map((r) => r.method)).toEqual([
      'streamRawPredict',
      'streamRawPredict',
      'streamRawPredict',
      'count-tokens',
    ])
    expect(
      vertex!.requests.every(
        (r) =>
          r.authorization === `Bearer ${SERVICE_ACCOUNT_TOKEN}` &&
          r.project === 'analytics-prod' &&
          r.location === 'global' &&
          r.model === 'claude-sonnet-5-5',
      ),
    ).toBe(true)
    const last = vertex!.requests[2]!.body
    expect(last['anthropic_version']).toBe('2026-10-21')
    expect(last).not.toHaveProperty('model')
    const messages = last['messages'] as Array<{ content: Array<Record<string, unknown>> }>
    expect(
      messages.flatMap((m) =>
        m.content.filter((b) => b['type'] === 'tool_result').map((b) => b['tool_use_id']),
      ),
    ).toEqual(['t1', 't2'])
    expect(model.priceKey).toBe('vertex/global/claude-sonnet-5-5')
    expect(record.modelCalls[0]!.costUsd).toBeCloseTo((1000 * 3 + 50 * 15) / 1e6, 9)
  }, 30_000)

  it('bills a regional location at the premium and sends a dated 4.5 id under Vertex’s older version', async () => {
    vertex = await startFakeVertex({
      script: [{ content: [{ type: 'text', text: 'ok' }], stop_reason: 'end_turn' }],
    })
    process.env['GOOGLE_APPLICATION_CREDENTIALS'] = await vertex.writeCredentials(
      path.join(root, 'gcloud'),
      SERVICE_ACCOUNT,
    )
    const model = vertexModel({
      model: 'claude-sonnet-4-5',
      region: 'europe-west1',
      projectId: 'analytics-eu',
      baseURL: vertex.baseURL,
    })
    expect((await model.complete(request)).content).toEqual([{ type: 'text', text: 'ok' }])
    expect(vertex.requests[0]).toMatchObject({
      project: 'analytics-eu',
      location: 'europe-west1',
      model: 'claude-sonnet-4-5@20250929',
      method: 'streamRawPredict',
    })
    expect(vertex.requests[0]!.body['anthropic_version']).toBe('vertex-2023-10-16')
    expect(model.priceKey).toBe('vertex/regional/claude-sonnet-4-5@20250929')
    expect(DEFAULT_PRICES[model.priceKey!]).toEqual({
      input: 3.3,
      output: 16.5,
      cacheWrite: 4.125,
      cacheRead: 0.33,
    })
  })
})

describe('Vertex errors become ModelErrors that say what to do', () => {
  const cases: Array<[string, VertexFailure, string, RegExp]> = [
    [
      'a model not enabled for the project or location',
      {
        status: 404,
        googleStatus: 'NOT_FOUND',
        message:
          'Publisher Model `projects/analytics-prod/locations/global/publishers/anthropic/models/claude-sonnet-5-5` not found.',
      },
      'invalid-request',
      /does not serve `claude-sonnet-5-5` to project analytics-prod in global: enable the model in Model Garden/,
    ],
    [
      'the quota',
      {
        status: 429,
        googleStatus: 'RESOURCE_EXHAUSTED',
        message:
          'Quota exceeded for aiplatform.googleapis.com/online_prediction_input_tokens_per_minute_per_base_model with base model: anthropic-claude-sonnet-5-5.',
      },
      'rate-limited',
      /quota for `claude-sonnet-5-5` in global was hit even after retries/,
    ],
    [
      'a service account without the Vertex AI role',
      {
        status: 403,
        googleStatus: 'PERMISSION_DENIED',
        message:
          "Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/analytics-prod'.",
      },
      'auth',
      /grant it `roles\/aiplatform.user`/,
    ],
  ]
  it.each(cases)(
    '%s',
    async (_name, failure, kind, advice) => {
      // count_tokens comes first; the failure answers it (the quota twice: the SDK retries a 429 once here).
      const model = await start([], failure.status === 429 ? [failure, failure] : [failure])
      const error = await model.countTokens(request).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ModelError)
      expect(error).toMatchObject({ kind, status: failure.status })
      expect((error as ModelError).message).toMatch(advice)
      expect(vertex!.requests).toHaveLength(failure.status === 429 ? 2 : 1)
    },
    30_000,
  )

  it('says how to get credentials when the credentials file is missing', async () => {
    vertex = await startFakeVertex({ script: [] })
    process.env['GOOGLE_APPLICATION_CREDENTIALS'] = path.join(root, 'no-such-creds.json')
    const model = vertexModel({
      model: 'claude-sonnet-5-5',
      region: 'global',
      projectId: 'p',
      baseURL: vertex.baseURL,
      maxRetries: 0,
    })
    const error = await model.complete(request).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'auth' })
    expect((error as Error).message).toMatch(
      /No Google credentials for Vertex AI .*google-github-actions\/auth/,
    )
    expect(vertex.requests).toHaveLength(0)
  })
})
