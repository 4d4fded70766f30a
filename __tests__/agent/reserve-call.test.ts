import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { z } from 'zod'
import { BudgetExhausted, BudgetTracker } from '../../src/agent/budget.js'
import { InputBound, inputTokensOf } from '../../src/agent/input-bound.js'
import type { ModelMessage, ModelRequest, ModelResponse, ToolSpec } from '../../src/agent/language-model.js'
import { reserveCall } from '../../src/agent/reserve-call.js'
import type { Budget } from '../../src/config/settings.js'
import { DEFAULT_PRICES } from '../../src/config/prices.js'
import type { Usage } from '../../src/run/run-record.js'

const TOOLS: ToolSpec[] = [
  { name: 'read_file', description: 'Read a file.', inputSchema: { type: 'object', properties: {} } },
  { name: 'finish', description: 'Finish.', inputSchema: { type: 'object', properties: {} } },
]
const MODELS = Object.keys(DEFAULT_PRICES)

/** What the API would bill: a stand-in tokenizer (a token per 3 bytes) that the byte bound must stay above. */
function trueTokens(request: ModelRequest): number {
  const sent = { ...request, maxTokens: undefined, timeoutMs: undefined }
  return Math.ceil(Buffer.byteLength(JSON.stringify(sent)) / 3)
}

/** A model that counts and bills with `trueTokens`, splitting the input between fresh and cache as told. */
class BillingModel {
  counts = 0
  constructor(
    readonly model: string,
    private readonly bill: (request: ModelRequest) => { usage: Usage; text: string },
  ) {}
  countTokens(request: ModelRequest): Promise<number> {
    this.counts += 1
    return Promise.resolve(trueTokens(request))
  }
  complete(request: ModelRequest): Promise<ModelResponse> {
    const { usage, text } = this.bill(request)
    return Promise.resolve({
      content: [{ type: 'text', text }],
      stopReason: 'end_turn',
      usage,
      model: this.model,
    })
  }
}

const callArb = fc.record({
  /** 0: the classifier's conversation, 1: the agent's. */
  conversation: fc.integer({ min: 0, max: 1 }),
  newText: fc.string({ unit: 'grapheme', maxLength: 3000 }),
  cacheWriteShare: fc.double({ min: 0, max: 1, noNaN: true }),
  cacheReadShare: fc.double({ min: 0, max: 1, noNaN: true }),
  outputShare: fc.double({ min: 0, max: 1, noNaN: true }),
  perCallCap: fc.integer({ min: 1, max: 16_000 }),
})

type Call = typeof callArb extends fc.Arbitrary<infer C> ? C : never

const budgetArb = fc.record({
  maxTurns: fc.integer({ min: 1, max: 40 }),
  maxInputTokens: fc.integer({ min: 500, max: 200_000 }),
  maxOutputTokens: fc.integer({ min: 300, max: 60_000 }),
  maxCostUsd: fc.double({ min: 0.005, max: 3, noNaN: true }),
  maxWallMs: fc.constant(3_600_000),
})

interface Played {
  tracker: BudgetTracker
  counts: number
  calls: number
}

/** Plays scripted calls through `reserveCall` until the budget refuses one, checking the caps after each. */
async function play(budget: Budget, models: [string, string], calls: readonly Call[]): Promise<Played> {
  const tracker = new BudgetTracker(budget, DEFAULT_PRICES, models, { now: () => 0 })
  let call: Call | undefined
  const bill = (request: ModelRequest) => {
    if (!call) throw new Error('no call under way')
    const input = trueTokens(request)
    const cacheWrite = Math.floor(input * call.cacheWriteShare)
    const cacheRead = Math.floor((input - cacheWrite) * call.cacheReadShare)
    const usage = {
      inputTokens: input - cacheWrite - cacheRead,
      cacheCreationInputTokens: cacheWrite,
      cacheReadInputTokens: cacheRead,
      outputTokens: Math.floor(request.maxTokens * call.outputShare),
    }
    return { usage, text: 'ok '.repeat(Math.min(200, usage.outputTokens)) }
  }
  const conversations = models.map((name) => ({
    model: new BillingModel(name, bill),
    bound: new InputBound(),
    messages: [] as ModelMessage[],
  }))
  let made = 0
  for (call of calls) {
    const conversation = conversations[call.conversation]!
    const draft: ModelRequest = {
      system: 'You are careful.',
      cachedContext: '<project_overview>models/orders.sql</project_overview>',
      messages: [
        ...conversation.messages,
        { role: 'user', content: [{ type: 'text', text: call.newText || '.' }] },
      ],
      tools: TOOLS,
      maxTokens: 1,
      timeoutMs: 60_000,
    }
    const { model, bound } = conversation
    const reservation = await reserveCall({
      model,
      budget: tracker,
      bound,
      draft,
      perCallCap: call.perCallCap,
    })
    if (reservation instanceof BudgetExhausted) break
    const response = await model.complete({ ...draft, maxTokens: reservation.maxTokens })
    expect(inputTokensOf(response.usage)).toBeLessThanOrEqual(reservation.estimate.tokens)
    bound.observe(draft, response.usage, reservation.estimate.tokens)
    tracker.record(response.usage, model.model)
    conversation.messages = [...draft.messages, { role: 'assistant', content: response.content }]
    made += 1
    const totals = tracker.totals
    expect(totals.turns).toBeLessThanOrEqual(budget.maxTurns)
    expect(totals.inputTokens).toBeLessThanOrEqual(budget.maxInputTokens)
    expect(totals.outputTokens).toBeLessThanOrEqual(budget.maxOutputTokens)
    expect(totals.costUsd).toBeLessThanOrEqual(budget.maxCostUsd)
  }
  return { tracker, counts: conversations.reduce((sum, c) => sum + c.model.counts, 0), calls: made }
}

const modelPair = fc.tuple(fc.constantFrom(...MODELS), fc.constantFrom(...MODELS))

describe('reserveCall', () => {
  it('never lets the totals pass a cap, over scripted usage of two models on one budget', async () => {
    let counted = 0
    let made = 0
    await fc.assert(
      fc.asyncProperty(
        budgetArb,
        modelPair,
        fc.array(callArb, { maxLength: 40 }),
        async (budget, models, calls) => {
          const played = await play(budget, models, calls)
          counted += played.counts
          made += played.calls
        },
      ),
      { numRuns: 300, seed: 1313 },
    )
    // Not vacuous: calls were made, and the runs came near enough to their caps to count.
    expect(made).toBeGreaterThan(500)
    expect(counted).toBeGreaterThan(50)
  })

  it('counts no tokens far from the caps', async () => {
    const generous: Budget = {
      maxTurns: 100,
      maxInputTokens: 10_000_000,
      maxOutputTokens: 1_000_000,
      maxCostUsd: 1000,
      maxWallMs: 3_600_000,
    }
    await fc.assert(
      fc.asyncProperty(
        modelPair,
        fc.array(callArb, { minLength: 1, maxLength: 30 }),
        async (models, calls) => {
          const played = await play(generous, models, calls)
          expect(played.calls).toBe(calls.length)
          expect(played.counts).toBe(0)
        },
      ),
      { numRuns: 100, seed: 1414 },
    )
  })

  it('counts near a cap, where the exact count lets a call through that the bound would not', async () => {
    const model = new BillingModel('claude-sonnet-5-5', () => ({
      usage: { inputTokens: 10, outputTokens: 10, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 },
      text: 'ok',
    }))
    const draft: ModelRequest = {
      system: 's'.repeat(3000),
      messages: [{ role: 'user', content: [{ type: 'text', text: 'go' }] }],
      tools: TOOLS,
      maxTokens: 1,
      timeoutMs: 1000,
    }
    const bound = new InputBound()
    const upper = bound.bound(draft)
    expect(upper).toBeGreaterThan(trueTokens(draft))
    // The input cap sits between the exact count and the bound.
    const budget: Budget = {
      maxTurns: 5,
      maxInputTokens: Math.floor((upper + trueTokens(draft)) / 2),
      maxOutputTokens: 10_000,
      maxCostUsd: 10,
      maxWallMs: 600_000,
    }
    const tracker = new BudgetTracker(budget, DEFAULT_PRICES, model.model)
    const reservation = await reserveCall({ model, budget: tracker, bound, draft, perCallCap: 1000 })
    expect(reservation).toMatchObject({ estimate: { tokens: trueTokens(draft), counted: true }, turn: 1 })
    expect(model.counts).toBe(1)
  })

  it('counts nothing when a cap no estimate changes (turns) refuses the call', async () => {
    const model = new BillingModel('claude-haiku-5-5', () => {
      throw new Error('not called')
    })
    const tracker = new BudgetTracker(
      { maxTurns: 1, maxInputTokens: 100, maxOutputTokens: 10_000, maxCostUsd: 10, maxWallMs: 600_000 },
      DEFAULT_PRICES,
      model.model,
    )
    tracker.reserve(1)
    const draft: ModelRequest = { system: 's', messages: [], tools: [], maxTokens: 1, timeoutMs: 1000 }
    const refused = await reserveCall({
      model,
      budget: tracker,
      bound: new InputBound(),
      draft,
      perCallCap: 1000,
    })
    expect(refused).toMatchObject({ which: 'turns' })
    expect(model.counts).toBe(0)
  })

  it('after a bill above its bound, stops trusting the bound and counts every later call', async () => {
    const bound = new InputBound()
    const draft: ModelRequest = {
      system: 's',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'hello' }] }],
      tools: [],
      maxTokens: 1,
      timeoutMs: 1000,
    }
    const upper = bound.bound(draft)
    const over = {
      inputTokens: upper + 1,
      outputTokens: 1,
      cacheCreationInputTokens: 0,
      cacheReadInputTokens: 0,
    }
    bound.observe(draft, over, upper)
    expect(bound.reliable).toBe(false)
    const model = new BillingModel('claude-sonnet-5-5', () => ({ usage: over, text: 'ok' }))
    const tracker = new BudgetTracker(
      {
        maxTurns: 5,
        maxInputTokens: 1_000_000,
        maxOutputTokens: 10_000,
        maxCostUsd: 100,
        maxWallMs: 600_000,
      },
      DEFAULT_PRICES,
      model.model,
    )
    const next = { ...draft, messages: [...draft.messages, { role: 'assistant' as const, content: [] }] }
    expect(await reserveCall({ model, budget: tracker, bound, draft: next, perCallCap: 100 })).toMatchObject({
      estimate: { counted: true },
    })
  })

  it('anchors the bound on the billed input of the previous call of the same conversation', () => {
    const bound = new InputBound()
    const first: ModelRequest = {
      system: 'x'.repeat(10_000),
      messages: [{ role: 'user', content: [{ type: 'text', text: 'hello' }] }],
      tools: TOOLS,
      maxTokens: 1,
      timeoutMs: 1000,
    }
    const billed = {
      inputTokens: 2600,
      outputTokens: 5,
      cacheCreationInputTokens: 0,
      cacheReadInputTokens: 0,
    }
    bound.observe(first, billed, bound.bound(first))
    const next: ModelRequest = {
      ...first,
      messages: [
        ...first.messages,
        { role: 'assistant', content: [{ type: 'text', text: 'hi' }] },
        { role: 'user', content: [{ type: 'text', text: 'more' }] },
      ],
    }
    const anchored = bound.bound(next)
    expect(anchored).toBeGreaterThan(2600)
    expect(anchored).toBeLessThan(2600 + 200)
    // Another prompt (the system changed) is not anchored on it.
    expect(bound.bound({ ...next, system: 'y'.repeat(10_000) })).toBeGreaterThan(10_000)
  })

  it('bounds a structured answer by the bytes of its JSON schema as sent', () => {
    const schema = z.object({ kind: z.enum(['add-column', 'new-model']), targets: z.array(z.string()) })
    const base = {
      system: 's',
      messages: [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'go' }] }],
    }
    const without = new InputBound().bound(base)
    const withSchema = new InputBound().bound({ ...base, schema })
    expect(withSchema - without).toBe(Buffer.byteLength(JSON.stringify(z.toJSONSchema(schema))))
  })
})
