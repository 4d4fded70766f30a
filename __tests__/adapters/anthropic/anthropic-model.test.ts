import { describe, it, expect, afterEach } from '@jest/globals'
import { createServer } from 'node:http'
import { z } from 'zod'
import type { AddressInfo } from 'node:net'
import { AnthropicModel, keylessModel } from '../../../src/adapters/anthropic/anthropic-model.js'
import { ModelError, type ModelRequest } from '../../../src/agent/language-model.js'
import { TOOL_SPECS } from '../../../src/agent/tools.js'
import {
  startScriptedMessagesServer,
  type ScriptedMessagesServer,
  type ScriptedServerOptions,
} from '../../../src/demo/scripted-messages-server.js'

const KEY = 'sk-test-key'
let server: ScriptedMessagesServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(options: Partial<ScriptedServerOptions> = {}): Promise<AnthropicModel> {
  server = await startScriptedMessagesServer({ script: [], apiKey: KEY, ...options })
  return new AnthropicModel({ apiKey: KEY, model: 'claude-sonnet-5-5', baseURL: server.url, maxRetries: 2 })
}

const request: ModelRequest = {
  system: 'You are a careful analytics engineer.',
  cachedContext: '<project_overview>models/orders.sql</project_overview>',
  messages: [{ role: 'user', content: [{ type: 'text', text: 'Add amount to orders.' }] }],
  tools: TOOL_SPECS,
  maxTokens: 4096,
  timeoutMs: 20_000,
}

describe('without an API key', () => {
  it('refuses at construction, or at the first call for runs that may need no model', async () => {
    expect(() => new AnthropicModel({ apiKey: '', model: 'claude-sonnet-5-5' })).toThrow(ModelError)
    const model = keylessModel('claude-sonnet-5-5')
    await expect(model.countTokens(request)).rejects.toThrow(
      /No Anthropic API key: set input `anthropic-api-key`/,
    )
    await expect(model.complete(request)).rejects.toMatchObject({ kind: 'auth' })
  })
})

describe('AnthropicModel through the real SDK', () => {
  it('streams a tool call and maps content, stop reason and usage', async () => {
    const model = await start({
      script: [
        {
          content: [
            { type: 'text', text: "I'll add the column to the orders model now, then update its YAML." },
            {
              type: 'tool_use',
              id: 'toolu_01B',
              name: 'edit_file',
              input: {
                path: 'models/orders.sql',
                old: 'select id',
                new: 'select id, amount -- "quoted" \\ done',
              },
            },
          ],
          stop_reason: 'tool_use',
          usage: {
            input_tokens: 1200,
            output_tokens: 345,
            cache_creation_input_tokens: 2048,
            cache_read_input_tokens: 1024,
          },
        },
      ],
    })
    const response = await model.complete(request)
    expect(response).toEqual({
      content: [
        { type: 'text', text: "I'll add the column to the orders model now, then update its YAML." },
        {
          type: 'tool_use',
          id: 'toolu_01B',
          name: 'edit_file',
          input: {
            path: 'models/orders.sql',
            old: 'select id',
            new: 'select id, amount -- "quoted" \\ done',
          },
        },
      ],
      stopReason: 'tool_use',
      model: 'claude-sonnet-5-5',
      usage: {
        inputTokens: 1200,
        outputTokens: 345,
        cacheCreationInputTokens: 2048,
        cacheReadInputTokens: 1024,
      },
    })
  })

  it('sends a streaming request with the cache breakpoints, auto tool choice and no sampling parameters', async () => {
    const model = await start({
      script: [{ content: [{ type: 'text', text: 'Done.' }], stop_reason: 'end_turn' }],
    })
    await model.complete(request)
    const [sent] = server!.messageRequests
    expect(sent!.headers['authorization']).toBe(`Bearer ${KEY}`)
    const body = sent!.body
    expect(body).toMatchObject({
      model: 'claude-sonnet-5-5',
      max_tokens: 4096,
      stream: true,
      tool_choice: { type: 'auto' },
    })
    expect(body['system']).toEqual([
      { type: 'text', text: request.system },
      { type: 'text', text: request.cachedContext, cache_control: { type: 'ephemeral' } },
    ])
    const tools = body['tools'] as Array<Record<string, unknown>>
    expect(tools.map((tool) => tool['name'])).toEqual(TOOL_SPECS.map((tool) => tool.name))
    expect(tools.at(-1)!['cache_control']).toEqual({ type: 'ephemeral' })
    expect(tools.slice(0, -1).some((tool) => 'cache_control' in tool)).toBe(false)
    expect(body['messages']).toEqual([
      {
        role: 'user',
        content: [{ type: 'text', text: 'Add amount to orders.', cache_control: { type: 'ephemeral' } }],
      },
    ])
    for (const forbidden of ['temperature', 'top_p', 'top_k']) expect(body).not.toHaveProperty(forbidden)
  })

  it('marks the system prompt for caching when there is no overview', async () => {
    const model = await start({
      script: [{ content: [{ type: 'text', text: 'ok' }], stop_reason: 'end_turn' }],
    })
    await model.complete({ ...request, cachedContext: undefined })
    expect(server!.messageRequests[0]!.body['system']).toEqual([
      { type: 'text', text: request.system, cache_control: { type: 'ephemeral' } },
    ])
  })

  it('counts tokens with the same request', async () => {
    const model = await start()
    const count = await model.countTokens(request)
    const [sent] = server!.requests
    expect(sent!.path).toBe('/v1/messages/count_tokens')
    expect(count).toBe(Math.ceil(Buffer.byteLength(JSON.stringify(sent!.body)) / 4))
    expect(sent!.body).not.toHaveProperty('max_tokens')
    expect(sent!.body['tools']).toHaveLength(TOOL_SPECS.length)
  })

  it('maps a rejected key to an auth ModelError that names the input', async () => {
    server = await startScriptedMessagesServer({ script: [], apiKey: 'the-right-key' })
    const model = new AnthropicModel({ apiKey: 'wrong', model: 'claude-sonnet-5-5', baseURL: server.url })
    const error = await model.complete(request).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ModelError)
    expect(error).toMatchObject({
      kind: 'auth',
      status: 401,
      message: expect.stringMatching(/`anthropic-api-key`/),
    })
    expect(server.requests).toHaveLength(1)
  })

  it('refuses to start without a key', () => {
    expect(() => new AnthropicModel({ apiKey: '', model: 'claude-sonnet-5-5' })).toThrow(
      /`anthropic-api-key`/,
    )
  })

  it('lets the SDK retry an overloaded answer, then succeeds', async () => {
    const model = await start({
      script: [{ content: [{ type: 'text', text: 'Recovered.' }], stop_reason: 'end_turn' }],
      failures: [
        {
          status: 529,
          body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
          headers: { 'retry-after': '0' },
        },
      ],
    })
    const response = await model.complete(request)
    expect(response.content).toEqual([{ type: 'text', text: 'Recovered.' }])
    expect(server!.messageRequests).toHaveLength(2)
  })

  it('maps rate limiting that outlasts the retries', async () => {
    const limited = {
      status: 429,
      body: { type: 'error', error: { type: 'rate_limit_error', message: 'Slow down' } },
      headers: { 'retry-after': '0' },
    }
    const model = await start({ failures: [limited, limited, limited] })
    await expect(model.complete(request)).rejects.toMatchObject({ kind: 'rate-limited', status: 429 })
    expect(server!.requests).toHaveLength(3)
  })

  it('bounds the whole call, retries included, by the request timeout', async () => {
    const hanging = createServer(() => undefined)
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve))
    const { port } = hanging.address() as AddressInfo
    const model = new AnthropicModel({
      apiKey: KEY,
      model: 'claude-sonnet-5-5',
      baseURL: `http://127.0.0.1:${port}`,
    })
    try {
      // The 'timeout' kind is the proof the 400 ms timer fired (the server never answers).
      await expect(model.complete({ ...request, timeoutMs: 400 })).rejects.toMatchObject({
        kind: 'timeout',
        message: expect.stringMatching(/`max-minutes`/),
      })
    } finally {
      hanging.closeAllConnections()
      await new Promise((resolve) => hanging.close(resolve))
    }
  })

  it('maps a script that ran out to a server error', async () => {
    server = await startScriptedMessagesServer({ script: [] })
    const model = new AnthropicModel({
      apiKey: KEY,
      model: 'claude-sonnet-5-5',
      baseURL: server.url,
      maxRetries: 0,
    })
    await expect(model.complete(request)).rejects.toMatchObject({
      kind: 'server',
      status: 500,
      message: expect.stringMatching(/script exhausted/),
    })
  })

  it('maps an unreachable API to a connection error', async () => {
    const probe = await startScriptedMessagesServer({ script: [] })
    const url = probe.url
    await probe.close()
    const model = new AnthropicModel({ apiKey: KEY, model: 'claude-sonnet-5-5', baseURL: url, maxRetries: 0 })
    await expect(model.complete(request)).rejects.toMatchObject({
      kind: 'connection',
      message: expect.stringMatching(/`anthropic-base-url`/),
    })
  })

  it('answers non-streaming requests with JSON', async () => {
    server = await startScriptedMessagesServer({
      script: [{ content: [{ type: 'text', text: 'plain' }], stop_reason: 'end_turn' }],
    })
    const response = await fetch(`${server.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-haiku-5-5', max_tokens: 10, messages: [] }),
    })
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toMatchObject({
      type: 'message',
      model: 'claude-haiku-5-5',
      content: [{ type: 'text', text: 'plain' }],
      stop_reason: 'end_turn',
    })
  })
})

describe('structured outputs (completeStructured)', () => {
  const Answer = z.object({ kind: z.enum(['a', 'b']), items: z.array(z.string()).max(2) })
  const structured = {
    system: 'Answer with JSON.',
    messages: request.messages,
    schema: Answer,
    maxTokens: 512,
    timeoutMs: 20_000,
  }

  it('sends the schema as output_config.format with no tools, and parses the streamed answer', async () => {
    const model = await start({ script: [{ output: { kind: 'b', items: ['x'] } }] })
    const response = await model.completeStructured(structured)
    expect(response.output).toEqual({ ok: true, value: { kind: 'b', items: ['x'] } })
    expect(response.stopReason).toBe('end_turn')
    expect(response.usage.inputTokens).toBeGreaterThan(0)
    const body = server!.messageRequests[0]!.body
    expect(body['stream']).toBe(true)
    expect(body['tools']).toBeUndefined()
    const format = (body['output_config'] as { format: { type: string; schema: Record<string, unknown> } })
      .format
    expect(format.type).toBe('json_schema')
    // The SDK's helper moves constraints the API does not enforce into the description and closes objects.
    expect(format.schema).toMatchObject({ type: 'object', additionalProperties: false })
    expect(JSON.stringify(format.schema)).toContain('maxItems')
  })

  it('returns an answer that fails the schema as a problem, with the usage it cost', async () => {
    const model = await start({ script: [{ output: { kind: 'c', items: [] } }, { output: 'not json' }] })
    const first = await model.completeStructured(structured)
    expect(first.output).toMatchObject({ ok: false, problem: expect.stringMatching(/kind/) })
    expect(first.usage.outputTokens).toBeGreaterThan(0)
    const second = await model.completeStructured(structured)
    expect(second.output).toMatchObject({ ok: false, problem: expect.stringMatching(/JSON/) })
  })

  it('counts tokens with the format in the request', async () => {
    const model = await start()
    expect(await model.countTokens(structured)).toBeGreaterThan(0)
    expect(server!.requests[0]!.body['output_config']).toBeDefined()
  })
})

describe('the scripted server speaks as the API does', () => {
  it('refuses a forced tool choice, as the 5.5 models do, and a structured answer to a plain request', async () => {
    await start({ script: [{ output: { kind: 'a' } }] })
    const post = (body: Record<string, unknown>) =>
      fetch(`${server!.url}/v1/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [], ...body }),
      })
    const forced = await post({ tool_choice: { type: 'tool', name: 'classify_task' } })
    expect(forced.status).toBe(400)
    expect(await forced.text()).toMatch(/not supported by this model/)
    const badFormat = await post({
      output_config: { format: { type: 'json_schema', schema: { type: 'array' } } },
    })
    expect(badFormat.status).toBe(400)
    const plain = await post({})
    expect(plain.status).toBe(500)
    expect(await plain.text()).toMatch(/answers a structured request/)
  })
})
