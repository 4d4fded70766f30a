import { AutopilotError } from '../shared/autopilot-error.js'
import type { Budget } from '../config/settings.js'
import type { ModelPrice, PriceTable } from '../config/prices.js'
import type { Usage } from '../run/run-record.js'

export type BudgetLimit = 'turns' | 'input-tokens' | 'output-tokens' | 'cost' | 'time'

/** A limit that stops the run before the next model call; `message` names the input to raise. */
export class BudgetExhausted extends Error {
  constructor(
    readonly which: BudgetLimit,
    message: string,
  ) {
    super(message)
    this.name = 'BudgetExhausted'
  }
}

/** A price is missing for the configured model; raised at start, before any call. */
export class UnknownModelPriceError extends AutopilotError {
  constructor(model: string) {
    super(
      'failed:config',
      `No price for model ${model}: add it with input \`model-prices\`, e.g. {"${model}": {"input": 3, "output": 15, "cacheWrite": 3.75, "cacheRead": 0.3}} (USD per million tokens).`,
    )
  }
}

export interface Reservation {
  turn: number
  maxTokens: number
  timeoutMs: number
}

export interface BudgetTotals {
  turns: number
  inputTokens: number
  outputTokens: number
  costUsd: number
  elapsedMs: number
}

export const DEFAULT_MAX_TOKENS_PER_CALL = 8192
/** Below this many output tokens a call cannot do useful work (one edit), so it is not made. */
export const MIN_USEFUL_OUTPUT_TOKENS = 256
/** Below this much wall time a call would most likely be cut off, so it is not made. */
export const MIN_CALL_MS = 5_000

export interface BudgetTrackerOptions {
  now?: () => number
}

/**
 * Holds the run to its caps. Each call is first reserved against its worst case (an input estimate that is
 * never below what the API bills, all of it priced at the dearest input rate of the call's model, plus every
 * output token it may produce), so the recorded totals cannot pass a cap as long as the API bills within the
 * reservation — which `max_tokens` and the estimate (`reserveCall`: an upper bound, or `count_tokens` near a
 * cap) guarantee. Each stage's model is priced at its own rates.
 */
export class BudgetTracker {
  /** The model a call is priced at when it names none: the first one the tracker was built with. */
  readonly model: string
  private readonly prices: ReadonlyMap<string, ModelPrice>
  private readonly now: () => number
  private readonly startedAt: number
  private turns = 0
  private inputTokens = 0
  private outputTokens = 0
  private costUsd = 0

  /** `models`: every model the run may call (one per stage), each checked for a price before any call. */
  constructor(
    readonly budget: Budget,
    prices: PriceTable,
    models: string | readonly [string, ...string[]],
    options: BudgetTrackerOptions = {},
  ) {
    const names = typeof models === 'string' ? [models] : models
    this.model = names[0]
    this.prices = new Map(
      names.map((model) => {
        const price = prices[model]
        if (!price) throw new UnknownModelPriceError(model)
        return [model, price] as const
      }),
    )
    this.now = options.now ?? Date.now
    this.startedAt = this.now()
  }

  /** Reserves the next call, or says which cap it would break. Consumes a turn when it succeeds. */
  reserve(
    estimatedInputTokens: number,
    perCallCap = DEFAULT_MAX_TOKENS_PER_CALL,
    model = this.model,
  ): Reservation | BudgetExhausted {
    const result = this.preview(estimatedInputTokens, perCallCap, model)
    if (result instanceof BudgetExhausted) return result
    this.turns += 1
    return result
  }

  /** What `reserve` would answer, without consuming the turn. */
  preview(
    estimatedInputTokens: number,
    perCallCap = DEFAULT_MAX_TOKENS_PER_CALL,
    model = this.model,
  ): Reservation | BudgetExhausted {
    const price = this.priceOf(model)
    const b = this.budget
    if (this.turns >= b.maxTurns) {
      return new BudgetExhausted('turns', `Used all ${b.maxTurns} model turns: raise input \`max-turns\`.`)
    }
    const inputLeft = b.maxInputTokens - this.inputTokens
    if (estimatedInputTokens > inputLeft) {
      return new BudgetExhausted(
        'input-tokens',
        `The next call needs ${estimatedInputTokens} input tokens but only ${Math.max(0, inputLeft)} of ${b.maxInputTokens} are left: raise input \`max-input-tokens\`.`,
      )
    }
    const outputLeft = b.maxOutputTokens - this.outputTokens
    if (outputLeft < MIN_USEFUL_OUTPUT_TOKENS) {
      return new BudgetExhausted(
        'output-tokens',
        `Only ${Math.max(0, outputLeft)} of ${b.maxOutputTokens} output tokens are left: raise input \`max-output-tokens\`.`,
      )
    }
    const dollarsLeft = b.maxCostUsd - this.costUsd
    // The margin absorbs floating-point rounding in the running sum, so the cap holds exactly.
    const spendable = dollarsLeft - (estimatedInputTokens * dearestInputPrice(price)) / 1e6 - 1e-9
    const affordable =
      spendable < 0
        ? 0
        : price.output === 0
          ? Number.POSITIVE_INFINITY
          : Math.floor((spendable * 1e6) / price.output)
    if (affordable < MIN_USEFUL_OUTPUT_TOKENS) {
      return new BudgetExhausted(
        'cost',
        `Spent $${this.costUsd.toFixed(4)} of $${b.maxCostUsd}; the next call could cost more than is left: raise input \`max-cost-usd\`.`,
      )
    }
    const timeLeft = this.remainingMs
    if (timeLeft < MIN_CALL_MS) {
      return new BudgetExhausted(
        'time',
        `Used the ${Math.round(b.maxWallMs / 60_000)} minute(s) allowed for the agent: raise input \`max-minutes\`.`,
      )
    }
    return {
      turn: this.turns + 1,
      maxTokens: Math.min(perCallCap, outputLeft, affordable),
      timeoutMs: timeLeft,
    }
  }

  /** Records what a call used; returns its cost in USD. Wall time is read from the clock, not summed. */
  record(usage: Usage, model = this.model): number {
    const cost = this.costOf(usage, model)
    this.inputTokens += usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens
    this.outputTokens += usage.outputTokens
    this.costUsd += cost
    return cost
  }

  costOf(usage: Usage, model = this.model): number {
    const p = this.priceOf(model)
    return (
      (usage.inputTokens * p.input +
        usage.cacheCreationInputTokens * p.cacheWrite +
        usage.cacheReadInputTokens * p.cacheRead +
        usage.outputTokens * p.output) /
      1e6
    )
  }

  get totals(): BudgetTotals {
    return {
      turns: this.turns,
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      costUsd: this.costUsd,
      elapsedMs: this.now() - this.startedAt,
    }
  }

  /** Wall time left for the agent, in ms (negative once over). */
  get remainingMs(): number {
    return this.budget.maxWallMs - (this.now() - this.startedAt)
  }

  private priceOf(model: string): ModelPrice {
    const price = this.prices.get(model)
    if (!price) throw new UnknownModelPriceError(model)
    return price
  }
}

function dearestInputPrice(price: ModelPrice): number {
  return Math.max(price.input, price.cacheWrite, price.cacheRead)
}
