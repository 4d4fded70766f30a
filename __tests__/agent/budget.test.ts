import { describe, it, expect } from '@jest/globals'
import type { Budget } from '../../src/config/settings.js'
import { DEFAULT_PRICES } from '../../src/config/prices.js'
import {
  BudgetExhausted,
  BudgetTracker,
  MIN_USEFUL_OUTPUT_TOKENS,
  UnknownModelPriceError,
  type Reservation,
} from '../../src/agent/budget.js'
import type { Usage } from '../../src/run/run-record.js'

const MODEL = 'claude-sonnet-5-5'
const generous: Budget = {
  maxTurns: 100,
  maxInputTokens: 10_000_000,
  maxOutputTokens: 1_000_000,
  maxCostUsd: 1000,
  maxWallMs: 3_600_000,
}

function usage(input: number, output: number, cacheWrite = 0, cacheRead = 0): Usage {
  return {
    inputTokens: input,
    outputTokens: output,
    cacheCreationInputTokens: cacheWrite,
    cacheReadInputTokens: cacheRead,
  }
}

function reserved(result: Reservation | BudgetExhausted): Reservation {
  if (result instanceof BudgetExhausted) throw new Error(`unexpected exhaustion: ${result.message}`)
  return result
}

/** A small seeded generator so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

describe('BudgetTracker', () => {
  it('refuses a model without a price, naming the input to set', () => {
    expect(() => new BudgetTracker(generous, DEFAULT_PRICES, 'claude-mystery-9')).toThrow(
      UnknownModelPriceError,
    )
    expect(() => new BudgetTracker(generous, DEFAULT_PRICES, 'claude-mystery-9')).toThrow(
      /No price for model claude-mystery-9: add it with input `model-prices`/,
    )
  })

  it('prices each kind of token at its rate', () => {
    const tracker = new BudgetTracker(generous, DEFAULT_PRICES, MODEL)
    reserved(tracker.reserve(10))
    // sonnet: input 3, output 15, cache write 3.75, cache read 0.3 USD per million
    expect(tracker.record(usage(1_000_000, 100_000, 1_000_000, 1_000_000))).toBeCloseTo(
      3 + 1.5 + 3.75 + 0.3,
      10,
    )
    expect(tracker.totals).toMatchObject({ turns: 1, inputTokens: 3_000_000, outputTokens: 100_000 })
  })

  it('caps max_tokens by the per-call cap, the output left and the dollars left', () => {
    const tracker = new BudgetTracker({ ...generous, maxOutputTokens: 5000 }, DEFAULT_PRICES, MODEL)
    expect(reserved(tracker.reserve(1000)).maxTokens).toBe(5000)
    tracker.record(usage(1000, 4000))
    expect(reserved(tracker.reserve(1000)).maxTokens).toBe(1000)

    // $0.10 left; 10,000 input tokens at the cache-write rate cost $0.0375, leaving ~$0.0625 = 4166 output tokens
    const poor = new BudgetTracker({ ...generous, maxCostUsd: 0.1 }, DEFAULT_PRICES, MODEL)
    expect(reserved(poor.reserve(10_000)).maxTokens).toBe(4166)
    expect(reserved(poor.reserve(10_000, 2000)).maxTokens).toBe(2000)
  })

  it('stops at the turn cap', () => {
    const tracker = new BudgetTracker({ ...generous, maxTurns: 2 }, DEFAULT_PRICES, MODEL)
    expect(reserved(tracker.reserve(10)).turn).toBe(1)
    expect(reserved(tracker.reserve(10)).turn).toBe(2)
    const exhausted = tracker.reserve(10)
    expect(exhausted).toBeInstanceOf(BudgetExhausted)
    expect(exhausted).toMatchObject({ which: 'turns', message: expect.stringMatching(/`max-turns`/) })
  })

  it('stops when the input would pass the input-token cap', () => {
    const tracker = new BudgetTracker({ ...generous, maxInputTokens: 1000 }, DEFAULT_PRICES, MODEL)
    reserved(tracker.reserve(600))
    tracker.record(usage(200, 10, 300, 100))
    expect(tracker.reserve(401)).toMatchObject({
      which: 'input-tokens',
      message: expect.stringMatching(/`max-input-tokens`/),
    })
    expect(reserved(tracker.reserve(400)).turn).toBe(2)
  })

  it('stops when fewer than the useful minimum of output tokens are left', () => {
    const tracker = new BudgetTracker({ ...generous, maxOutputTokens: 1000 }, DEFAULT_PRICES, MODEL)
    reserved(tracker.reserve(10))
    tracker.record(usage(10, 1000 - MIN_USEFUL_OUTPUT_TOKENS + 1))
    expect(tracker.reserve(10)).toMatchObject({
      which: 'output-tokens',
      message: expect.stringMatching(/`max-output-tokens`/),
    })
  })

  it('stops when the dollars left cannot pay for the input plus a useful answer', () => {
    const tracker = new BudgetTracker({ ...generous, maxCostUsd: 0.01 }, DEFAULT_PRICES, MODEL)
    // 2000 tokens at $3.75/M = $0.0075; the $0.0025 left buys 166 output tokens, under the minimum
    expect(tracker.reserve(2000)).toMatchObject({
      which: 'cost',
      message: expect.stringMatching(/`max-cost-usd`/),
    })
    expect(reserved(tracker.reserve(100)).maxTokens).toBeGreaterThanOrEqual(MIN_USEFUL_OUTPUT_TOKENS)
  })

  it('stops when the wall time is used up and hands the rest to the call as its timeout', () => {
    let now = 1_000_000
    const tracker = new BudgetTracker({ ...generous, maxWallMs: 60_000 }, DEFAULT_PRICES, MODEL, {
      now: () => now,
    })
    now += 20_000
    expect(reserved(tracker.reserve(10)).timeoutMs).toBe(40_000)
    now += 39_000
    expect(tracker.reserve(10)).toMatchObject({
      which: 'time',
      message: expect.stringMatching(/`max-minutes`/),
    })
  })

  it('never lets the totals pass any cap, whatever the calls use within their reservation', () => {
    const next = random(42)
    for (let trial = 0; trial < 300; trial++) {
      const budget: Budget = {
        maxTurns: 1 + Math.floor(next() * 30),
        maxInputTokens: 1000 + Math.floor(next() * 400_000),
        maxOutputTokens: 300 + Math.floor(next() * 60_000),
        maxCostUsd: 0.01 + next() * 2,
        maxWallMs: 10_000 + Math.floor(next() * 600_000),
      }
      const model = Object.keys(DEFAULT_PRICES)[Math.floor(next() * 6)]!
      let now = 0
      const tracker = new BudgetTracker(budget, DEFAULT_PRICES, model, { now: () => now })
      let calls = 0
      for (;;) {
        const estimate = Math.floor(next() * 40_000)
        const result = tracker.reserve(estimate, 1 + Math.floor(next() * 16_000))
        if (result instanceof BudgetExhausted) break
        calls += 1
        expect(result.timeoutMs).toBeLessThanOrEqual(budget.maxWallMs - now)
        // The API bills at most the counted input (split any way between fresh, cache write and cache
        // read) and at most max_tokens of output; the call takes at most its timeout.
        const input = Math.floor(next() * (estimate + 1))
        const cacheWrite = Math.floor(next() * (input + 1))
        const cacheRead = Math.floor(next() * (input - cacheWrite + 1))
        const output = next() < 0.3 ? result.maxTokens : Math.floor(next() * (result.maxTokens + 1))
        tracker.record(usage(input - cacheWrite - cacheRead, output, cacheWrite, cacheRead))
        now += Math.floor(next() * result.timeoutMs)
        const totals = tracker.totals
        expect(totals.turns).toBeLessThanOrEqual(budget.maxTurns)
        expect(totals.inputTokens).toBeLessThanOrEqual(budget.maxInputTokens)
        expect(totals.outputTokens).toBeLessThanOrEqual(budget.maxOutputTokens)
        expect(totals.costUsd).toBeLessThanOrEqual(budget.maxCostUsd)
        expect(totals.elapsedMs).toBeLessThanOrEqual(budget.maxWallMs)
      }
      expect(calls).toBeLessThanOrEqual(budget.maxTurns)
    }
  })
})
