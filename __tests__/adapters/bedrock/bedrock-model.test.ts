import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bedrockModel } from '../../../src/adapters/bedrock/bedrock-model.js'
import { AgentSession } from '../../../src/agent/agent-session.js'
import { BudgetTracker } from '../../../src/agent/budget.js'
import { ModelError, type ModelRequest } from '../../../src/agent/language-model.js'
import { Workspace } from '../../../src/agent/workspace.js'
import { DEFAULT_PRICES } from '../../../src/config/prices.js'
import { RunRecord } from '../../../src/run/run-record.js'
import { MemoryLog } from '../../../src/shared/log.js'
import {
  startFakeBedrock,
  type AwsCredentials,
  type BedrockFailure,
  type FakeBedrock,
} from '../../fakes/bedrock-server.js'
import { toolTurn } from '../../fakes/script-turns.js'
import type { ScriptTurn } from '../../../src/demo/scripted-messages-server.js'

// The real @anthropic-ai/bedrock-sdk against a loopback Bedrock runtime that checks SigV4 and answers in
// AWS event-stream framing. Credentials come from the environment, as configure-aws-credentials leaves them.

const REGION = 'eu-central-1'
const CREDENTIALS: AwsCredentials = {
  accessKeyId: 'ASIAFAKEOIDCSESSION1',
  secretAccessKey: 'fake/secret+key/for/the/loopback/bedrock',
  sessionToken: 'FwoGZXIvYXdzEFAKE//session-token-from-assume-role-with-web-identity==',
}
const AWS_ENV = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_REGION',
  'AWS_PROFILE',
]
const saved = new Map(AWS_ENV.map((name) => [name, process.env[name]]))

let bedrock: FakeBedrock | undefined
let root: string

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'autopilot-bedrock-'))
  await mkdir(path.join(root, 'models'), { recursive: true })
  await writeFile(path.join(root, 'models/orders.sql'), 'select id from raw.orders\n')
  process.env['AWS_ACCESS_KEY_ID'] = CREDENTIALS.accessKeyId
  process.env['AWS_SECRET_ACCESS_KEY'] = CREDENTIALS.secretAccessKey
  process.env['AWS_SESSION_TOKEN'] = CREDENTIALS.sessionToken
  process.env['AWS_EC2_METADATA_DISABLED'] = 'true'
  delete process.env['AWS_PROFILE']
  delete process.env['AWS_BEARER_TOKEN_BEDROCK']
})

afterEach(async () => {
  await bedrock?.close()
  bedrock = undefined
  await rm(root, { recursive: true, force: true })
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

async function start(script: ScriptTurn[], failures: BedrockFailure[] = [], credentials = CREDENTIALS) {
  bedrock = await startFakeBedrock({ script, region: REGION, credentials, failures })
  return bedrockModel({ model: 'claude-sonnet-5-5', region: REGION, baseURL: bedrock.url, maxRetries: 1 })
}

const request: ModelRequest = {
  system: 'You are a careful analytics engineer.',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Add amount to orders.' }] }],
  tools: [{ name: 'finish', description: 'Done.', inputSchema: { type: 'object', properties: {} } }],
  maxTokens: 1024,
  timeoutMs: 20_000,
}

describe('Claude on Amazon Bedrock through the real SDK', () => {
  it('runs a session of turns over invoke-with-response-stream, signed with the runner’s AWS credentials', async () => {
    const model = await start([
      toolTurn('read_file', { path: 'models/orders.sql' }, 't1'),
      toolTurn('edit_file', { path: 'models/orders.sql', old: 'select id', new: 'select id, amount' }, 't2'),
      toolTurn('finish', { summary: 'Added amount to orders.' }, 't3'),
    ])
    expect(model.model).toBe('global.anthropic.claude-sonnet-5-5')
    const record = new RunRecord('run-bedrock')
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
    const requests = bedrock!.requests
    expect(requests.map((r) => [r.modelId, r.stream])).toEqual([
      ['global.anthropic.claude-sonnet-5-5', true],
      ['global.anthropic.claude-sonnet-5-5', true],
      ['global.anthropic.claude-sonnet-5-5', true],
    ])
    // Every call carried a valid SigV4 signature made with the session credentials from the environment.
    expect(requests.every((r) => r.signatureValid && r.signedBy === CREDENTIALS.accessKeyId)).toBe(true)
    expect(requests.every((r) => r.sessionToken === CREDENTIALS.sessionToken)).toBe(true)
    // Bedrock's body: the version inside, no model and no stream flag; prompt caching marks kept.
    const body = requests[2]!.body
    expect(body['anthropic_version']).toBe('2026-10-21')
    expect(body).not.toHaveProperty('model')
    expect(body).not.toHaveProperty('stream')
    expect(JSON.stringify(body['system'])).toContain('"cache_control":{"type":"ephemeral"}')
    // The third request carries both earlier tool results: the conversation went through intact.
    const messages = body['messages'] as Array<{ role: string; content: Array<Record<string, unknown>> }>
    expect(
      messages.flatMap((m) =>
        m.content.filter((b) => b['type'] === 'tool_result').map((b) => b['tool_use_id']),
      ),
    ).toEqual(['t1', 't2'])
    // Usage came back through the event stream and was priced at the global profile's (list) price.
    expect(record.modelCalls).toHaveLength(3)
    expect(
      record.modelCalls.every((call) => call.usage.inputTokens === 1000 && call.usage.outputTokens === 50),
    ).toBe(true)
    expect(record.modelCalls[0]!.costUsd).toBeCloseTo((1000 * 3 + 50 * 15) / 1e6, 9)
  }, 30_000)

  it('estimates input tokens (the SDK has no counting on Bedrock) high enough, and never below what was billed', async () => {
    const model = await start([
      {
        content: [{ type: 'text', text: 'Done.' }],
        stop_reason: 'end_turn',
        usage: { input_tokens: 5000, output_tokens: 5 },
      },
    ])
    const before = await model.countTokens(request)
    await model.complete(request)
    const after = await model.countTokens(request)
    expect(bedrock!.requests).toHaveLength(1)
    expect(before).toBeGreaterThan(0)
    // The response billed 5000 tokens for this request: the estimate learns the denser ratio.
    expect(after).toBeGreaterThanOrEqual(5000)
  }, 30_000)

  it('sends the ARN-versioned 4.5 ids under Bedrock’s older Messages version', async () => {
    bedrock = await startFakeBedrock({
      script: [{ content: [{ type: 'text', text: 'ok' }], stop_reason: 'end_turn' }],
      region: REGION,
      credentials: CREDENTIALS,
    })
    const model = bedrockModel({ model: 'claude-haiku-4-5', region: REGION, baseURL: bedrock.url })
    const response = await model.complete(request)
    expect(response.content).toEqual([{ type: 'text', text: 'ok' }])
    expect(bedrock.requests[0]!.modelId).toBe('global.anthropic.claude-haiku-4-5-20251001-v1:0')
    expect(bedrock.requests[0]!.body['anthropic_version']).toBe('bedrock-2023-05-31')
    expect(bedrock.requests[0]!.signatureValid).toBe(true)
  })
})

describe('Bedrock errors become ModelErrors that say what to do', () => {
  const cases: Array<[string, BedrockFailure, string, RegExp]> = [
    [
      'a model not enabled in the region',
      {
        status: 403,
        type: 'AccessDeniedException',
        message: "You don't have access to the model with the specified model ID.",
      },
      'auth',
      /not enabled for this AWS account in eu-central-1: enable it under Amazon Bedrock → Model access/,
    ],
    [
      'the quota',
      {
        status: 429,
        type: 'ThrottlingException',
        message: 'Too many tokens, please wait before trying again.',
      },
      'rate-limited',
      /quota .* was hit even after retries: .*Service Quotas/,
    ],
    [
      'a bare model id without an inference profile',
      {
        status: 400,
        type: 'ValidationException',
        message:
          "Invocation of model ID anthropic.claude-sonnet-5-5 with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.",
      },
      'invalid-request',
      /only through an inference profile: set input `model`/,
    ],
    [
      'throttling that arrives mid-stream as an exception frame',
      { status: 200, type: 'ThrottlingException', message: 'Too many requests', midStream: true },
      'rate-limited',
      /quota/,
    ],
  ]
  it.each(cases)(
    '%s',
    async (_name, failure, kind, advice) => {
      const retries = failure.status === 429 ? [failure] : []
      const model = await start(
        [{ content: [{ type: 'text', text: 'never' }], stop_reason: 'end_turn' }],
        [failure, ...retries],
      )
      const error = await model.complete(request).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ModelError)
      expect(error).toMatchObject({ kind })
      expect((error as ModelError).message).toMatch(advice)
      // A 429 is retried by the SDK (once here), the others are not.
      expect(bedrock!.requests).toHaveLength(failure.status === 429 ? 2 : 1)
    },
    30_000,
  )

  it('says how to get credentials when the runner has none', async () => {
    delete process.env['AWS_ACCESS_KEY_ID']
    delete process.env['AWS_SECRET_ACCESS_KEY']
    delete process.env['AWS_SESSION_TOKEN']
    const empty = await mkdtemp(path.join(tmpdir(), 'autopilot-aws-home-'))
    process.env['AWS_CONFIG_FILE'] = path.join(empty, 'config')
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = path.join(empty, 'credentials')
    try {
      bedrock = await startFakeBedrock({ script: [], region: REGION, credentials: CREDENTIALS })
      const model = bedrockModel({
        model: 'claude-sonnet-5-5',
        region: REGION,
        baseURL: bedrock.url,
        maxRetries: 0,
      })
      const error = await model.complete(request).catch((e: unknown) => e)
      expect(error).toMatchObject({ kind: 'auth' })
      expect((error as Error).message).toMatch(
        /No AWS credentials for Amazon Bedrock .*aws-actions\/configure-aws-credentials/,
      )
      expect(bedrock.requests).toHaveLength(0)
    } finally {
      delete process.env['AWS_CONFIG_FILE']
      delete process.env['AWS_SHARED_CREDENTIALS_FILE']
      await rm(empty, { recursive: true, force: true })
    }
  }, 30_000)

  it('rejects credentials Bedrock does not know', async () => {
    const model = await start([], [], { ...CREDENTIALS, accessKeyId: 'AKIAOTHERACCOUNT0001' })
    const error = await model.complete(request).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'auth', status: 403 })
    expect((error as Error).message).toMatch(/rejected the AWS credentials/)
  }, 30_000)

  it('refuses a request signed with another secret for the same key (the fake recomputes SigV4)', async () => {
    const model = await start([], [], { ...CREDENTIALS, secretAccessKey: 'a-different-secret' })
    const error = await model.complete(request).catch((e: unknown) => e)
    expect(bedrock!.requests[0]).toMatchObject({ signedBy: CREDENTIALS.accessKeyId, signatureValid: false })
    expect(error).toMatchObject({ kind: 'auth', status: 403 })
    expect((error as Error).message).toMatch(/rejected the AWS credentials.*signature we calculated/)
  }, 30_000)

  it('asks for a region at the first call when none is set', async () => {
    delete process.env['AWS_REGION']
    const model = bedrockModel({ model: 'claude-sonnet-5-5', env: {} })
    await expect(model.complete(request)).rejects.toThrow(/needs a region: set `with: aws-region: us-east-1`/)
  })
})
