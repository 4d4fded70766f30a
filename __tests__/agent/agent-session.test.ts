import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { AgentSession } from '../../src/agent/agent-session.js'
import { AnthropicModel } from '../../src/adapters/anthropic/anthropic-model.js'
import { BudgetTracker } from '../../src/agent/budget.js'
import { ForbiddenSqlRan, RunTools } from '../../src/agent/dbt-run-tools.js'
import type { DbtWorkbench } from '../../src/agent/dbt-workbench.js'
import { inputTokensOf } from '../../src/agent/input-bound.js'
import { renderRepair, RUN_TOOLS_GUIDANCE } from '../../src/agent/prompt.js'
import { DEFAULT_GUARD_CONFIG } from '../../src/guard/guard.js'
import { Workspace } from '../../src/agent/workspace.js'
import type { Budget } from '../../src/config/settings.js'
import { DEFAULT_PRICES } from '../../src/config/prices.js'
import { MemoryLog } from '../../src/shared/log.js'
import { RunRecord } from '../../src/run/run-record.js'
import {
  startScriptedMessagesServer,
  type ScriptTurn,
  type ScriptedMessagesServer,
} from '../../src/demo/scripted-messages-server.js'

const MODEL = 'claude-sonnet-5-5'
const budget: Budget = {
  maxTurns: 20,
  maxInputTokens: 1_000_000,
  maxOutputTokens: 100_000,
  maxCostUsd: 10,
  maxWallMs: 600_000,
}

let root: string
let server: ScriptedMessagesServer | undefined

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'autopilot-agent-'))
  await mkdir(path.join(root, 'models'), { recursive: true })
  await writeFile(path.join(root, 'dbt_project.yml'), 'name: shop\n')
  await writeFile(path.join(root, 'models/orders.sql'), 'select id from raw.orders\n')
})

afterEach(async () => {
  await server?.close()
  server = undefined
  await rm(root, { recursive: true, force: true })
})

async function session(script: ScriptTurn[], overrides: Partial<Budget> = {}, runTools?: RunTools) {
  server = await startScriptedMessagesServer({ script, apiKey: 'k' })
  const record = new RunRecord('run-1')
  const log = new MemoryLog()
  const workspace = new Workspace(root)
  const agent = new AgentSession({
    model: new AnthropicModel({ apiKey: 'k', model: MODEL, baseURL: server.url, maxRetries: 0 }),
    workspace,
    budget: new BudgetTracker({ ...budget, ...overrides }, DEFAULT_PRICES, MODEL),
    record,
    log,
    cachedContext: '<project_overview>models/orders.sql</project_overview>',
    ...(runTools ? { runTools } : {}),
  })
  return { agent, record, log, workspace }
}

const countTokensRequests = () =>
  server!.requests.filter((request) => request.path === '/v1/messages/count_tokens')

const tool = (id: string, name: string, input: Record<string, unknown>): ScriptTurn => ({
  content: [{ type: 'tool_use', id, name, input }],
  stop_reason: 'tool_use',
})

type Block = Record<string, unknown>
type Message = { role: string; content: Block[] }
/** The messages of the n-th model request, without the cache breakpoint (it moves to the newest block each turn). */
const messagesOf = (index: number): Message[] =>
  (server!.messageRequests[index]!.body['messages'] as Message[]).map((message) => ({
    ...message,
    content: message.content.map(({ cache_control: _breakpoint, ...block }) => block),
  }))

describe('AgentSession', () => {
  it('lists, reads, edits and finishes, recording every call; a repair round continues the conversation', async () => {
    const longSql = `select id, amount from raw.orders -- ${'x'.repeat(300)}\n`
    const { agent, record, workspace, log } = await session([
      tool('t1', 'list_files', { directory: 'models' }),
      tool('t2', 'read_file', { path: 'models/orders.sql' }),
      {
        content: [
          { type: 'text', text: `Adding the amount column.\n\nIt comes from raw.orders. ${'y'.repeat(400)}` },
          {
            type: 'tool_use',
            id: 't3',
            name: 'write_file',
            input: { path: 'models/orders.sql', content: longSql },
          },
        ],
        stop_reason: 'tool_use',
      },
      tool('t4', 'finish', { summary: 'Added amount to orders.' }),
      // repair round
      tool('t5', 'edit_file', { path: 'models/orders.sql', old: 'amount', new: 'amount_usd' }),
      tool('t6', 'finish', { summary: 'Renamed to amount_usd to fix the failing test.' }),
    ])

    const first = await agent.run('Add amount to orders.')
    expect(first).toEqual({ outcome: 'finished', summary: 'Added amount to orders.', stopReason: 'tool_use' })
    // The log follows the model: what it said on a turn (one line, shortened), then the tools it called.
    const turn3 = log.lines.filter((line) => line.startsWith('turn 3:'))
    expect(turn3).toEqual([
      `turn 3: Adding the amount column. It comes from raw.orders. ${'y'.repeat(300 - 52)}…`,
      'turn 3: write_file models/orders.sql',
    ])
    expect(log.lines.filter((line) => line.startsWith('turn 1:'))).toEqual(['turn 1: list_files models'])
    expect(await readFile(path.join(root, 'models/orders.sql'), 'utf8')).toBe(longSql)
    expect(await workspace.changedFiles()).toEqual(['models/orders.sql'])

    // The model saw the tool results of each call.
    const afterList = messagesOf(1)
    expect(afterList.at(-1)!.content).toEqual([
      { type: 'tool_result', tool_use_id: 't1', content: 'models/orders.sql', is_error: false },
    ])
    expect(messagesOf(2).at(-1)!.content[0]).toMatchObject({
      tool_use_id: 't2',
      content: '1| select id from raw.orders',
    })

    expect(record.modelCalls.map((call) => [call.turn, call.stopReason, call.model])).toEqual([
      [1, 'tool_use', MODEL],
      [2, 'tool_use', MODEL],
      [3, 'tool_use', MODEL],
      [4, 'tool_use', MODEL],
    ])
    expect(record.modelCalls.every((call) => call.costUsd > 0 && call.usage.inputTokens > 0)).toBe(true)
    // Far from every cap no tokens are counted: each call is reserved on an upper bound of its input,
    // never below what the API billed (the fake bills about a token per 4 bytes of the request).
    expect(countTokensRequests()).toHaveLength(0)
    for (const call of record.modelCalls) {
      expect(call).toMatchObject({ stage: 'agent', inputEstimate: { counted: false } })
      expect(inputTokensOf(call.usage)).toBeLessThanOrEqual(call.inputEstimate!.tokens)
    }
    expect(record.toolCalls.map((call) => [call.turn, call.name, call.ok])).toEqual([
      [1, 'list_files', true],
      [2, 'read_file', true],
      [3, 'write_file', true],
      [4, 'finish', true],
    ])
    const recordedContent = record.toolCalls[2]!.input['content'] as string
    expect(recordedContent.length).toBeLessThan(260)
    expect(recordedContent).toMatch(/… \(\d+ chars\)$/)

    const second = await agent.run(renderRepair('Failure in test not_null_orders_amount'))
    expect(second.outcome).toBe('finished')
    expect(second.summary).toBe('Renamed to amount_usd to fix the failing test.')
    expect(await readFile(path.join(root, 'models/orders.sql'), 'utf8')).toContain('amount_usd')

    // The repair request carries the whole first round, answers the finish call, then the failures.
    const repair = messagesOf(4)
    expect(repair).toHaveLength(9)
    expect(repair.slice(0, 7)).toEqual(messagesOf(3))
    expect(repair[0]!.content[0]).toEqual({ type: 'text', text: 'Add amount to orders.' })
    expect(repair[7]).toEqual({
      role: 'assistant',
      content: [
        { type: 'tool_use', id: 't4', name: 'finish', input: { summary: 'Added amount to orders.' } },
      ],
    })
    expect(repair[8]!.content[0]).toMatchObject({ type: 'tool_result', tool_use_id: 't4', is_error: false })
    expect(repair[8]!.content[1]).toMatchObject({
      type: 'text',
      text: expect.stringContaining('not_null_orders_amount'),
    })
    expect(record.modelCalls.map((call) => call.turn)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('sends a tool refusal back as an error result and keeps going', async () => {
    const { agent, record } = await session([
      tool('t1', 'read_file', { path: '../secrets.txt' }),
      tool('t2', 'write_file', { path: 'profiles.yml', content: 'x' }),
      tool('t3', 'finish', { summary: 'Could not.' }),
    ])
    expect((await agent.run('Do it.')).outcome).toBe('finished')
    expect(messagesOf(1).at(-1)!.content[0]).toMatchObject({
      type: 'tool_result',
      tool_use_id: 't1',
      is_error: true,
      content: expect.stringMatching(/`\.\.` is not allowed/),
    })
    expect(messagesOf(2).at(-1)!.content[0]).toMatchObject({
      is_error: true,
      content: expect.stringMatching(/credentials/),
    })
    expect(record.toolCalls.map((call) => call.ok)).toEqual([false, false, true])
    expect(record.toolCalls[0]!.error).toMatch(/`\.\.`/)
  })

  it('stops before the second call when the budget allows one turn', async () => {
    const { agent, record } = await session(
      [tool('t1', 'list_files', {}), tool('t2', 'finish', { summary: 'never reached' })],
      { maxTurns: 1 },
    )
    const result = await agent.run('Do it.')
    expect(result.outcome).toBe('budget')
    expect(result.budget?.which).toBe('turns')
    expect(result.summary).toMatch(/`max-turns`/)
    expect(server!.messageRequests).toHaveLength(1)
    expect(record.modelCalls).toHaveLength(1)
  })

  it('counts tokens only once the bound of the next input is what the input cap would refuse', async () => {
    const turns = Array.from({ length: 12 }, (_, i) =>
      tool(`t${i}`, 'read_file', { path: 'models/orders.sql' }),
    )
    // The first request is about 2,000 tokens as the fake bills it; its bound (bytes plus overhead) over 8,000.
    const { agent, record } = await session(turns, { maxInputTokens: 8_000 })
    const result = await agent.run('Read the model again and again.')
    expect(result).toMatchObject({ outcome: 'budget', budget: { which: 'input-tokens' } })
    const estimates = record.modelCalls.map((call) => call.inputEstimate!)
    // The bound of the first call passes the cap, the exact count does not: the call is made.
    expect(estimates[0]!.counted).toBe(true)
    expect(countTokensRequests().length).toBe(estimates.filter((estimate) => estimate.counted).length + 1)
    const billed = record.modelCalls.reduce((sum, call) => sum + inputTokensOf(call.usage), 0)
    expect(billed).toBeLessThanOrEqual(8_000)
    expect(record.modelCalls.length).toBeGreaterThanOrEqual(2)
  })

  it('stops with the text when the model ends its turn without a tool', async () => {
    const { agent } = await session([
      { content: [{ type: 'text', text: 'Which currency should amount be in?' }], stop_reason: 'end_turn' },
    ])
    expect(await agent.run('Add amount.')).toEqual({
      outcome: 'stopped',
      summary: 'Which currency should amount be in?',
      stopReason: 'end_turn',
    })
  })

  it('stops on max_tokens without running a cut-off tool call, and answers it next round', async () => {
    const { agent, workspace } = await session([
      {
        content: [
          { type: 'tool_use', id: 't1', name: 'write_file', input: { path: 'models/x.sql', content: 'sel' } },
        ],
        stop_reason: 'max_tokens',
      },
      tool('t2', 'finish', { summary: 'ok' }),
    ])
    expect(await agent.run('Add x.')).toMatchObject({ outcome: 'stopped', stopReason: 'max_tokens' })
    expect(await workspace.changedFiles()).toEqual([])
    await agent.run('Continue, in smaller steps.')
    expect(messagesOf(1).at(-1)!.content).toEqual([
      { type: 'tool_result', tool_use_id: 't1', content: expect.stringMatching(/Not run/), is_error: true },
      { type: 'text', text: 'Continue, in smaller steps.' },
    ])
  })

  it('offers compile, preview and build_selected with their guidance, and times and records each call', async () => {
    const workbench: DbtWorkbench = {
      compile: () =>
        Promise.resolve({
          kind: 'compiled',
          nodes: [{ uniqueId: 'model.shop.orders', status: 'success', sql: 'select id from raw.orders' }],
        }),
      preview: () =>
        Promise.resolve({
          kind: 'forbidden-sql',
          findings: [{ rule: 'forbidden-sql', path: 'x', message: 'ran read_text' }],
        }),
      build: () => Promise.reject(new Error('not called')),
    }
    const runTools = new RunTools({
      workbench,
      maxCalls: 5,
      time: { remainingMs: () => 60_000 },
      guard: DEFAULT_GUARD_CONFIG,
      redact: (text) => text,
    })
    const { agent, record } = await session(
      [
        tool('t1', 'compile', { nodes: ['orders'] }),
        tool('t2', 'preview', { model: 'orders' }),
        tool('t3', 'finish', { summary: 'never reached' }),
      ],
      {},
      runTools,
    )
    await expect(agent.run('Look at orders.')).rejects.toBeInstanceOf(ForbiddenSqlRan)
    const first = server!.messageRequests[0]!.body
    expect((first['tools'] as { name: string }[]).map((spec) => spec.name)).toEqual(
      expect.arrayContaining(['compile', 'preview', 'build_selected']),
    )
    expect(JSON.stringify(first['system'])).toContain(JSON.stringify(RUN_TOOLS_GUIDANCE).slice(1, 60))
    expect(messagesOf(1).at(-1)!.content).toEqual([
      {
        type: 'tool_result',
        tool_use_id: 't1',
        content: expect.stringContaining('select id from raw.orders'),
        is_error: false,
      },
    ])
    expect(record.toolCalls).toEqual([
      expect.objectContaining({
        name: 'compile',
        ok: true,
        outcome: 'ok',
        summary: '1 compiled',
        durationMs: expect.any(Number),
      }),
      expect.objectContaining({
        name: 'preview',
        ok: false,
        outcome: 'forbidden-sql',
        durationMs: expect.any(Number),
      }),
    ])
    // The run stopped at the forbidden call: no third model turn.
    expect(server!.messageRequests).toHaveLength(2)
  })
})
