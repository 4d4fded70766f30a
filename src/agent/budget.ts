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
 * Holds the run to its caps. Each call is first reserved against its worst case (exact input estimate, all
 * of it priced at the dearest input rate, plus every output token it may produce), so the recorded totals
 * cannot pass a cap as long as the API bills within the reservation — which `max_tokens` and the exact
 * `count_tokens` estimate guarantee.
 */
export class BudgetTracker {
  private readonly price: ModelPrice
  private readonly now: () => number
  private readonly startedAt: number
  private turns = 0
  private inputTokens = 0
  private outputTokens = 0
  private costUsd = 0

  constructor(
    readonly budget: Budget,
    prices: PriceTable,
    readonly model: string,
    options: BudgetTrackerOptions = {},
  ) {
    const price = prices[model]
    if (!price) throw new UnknownModelPriceError(model)
    this.price = price
    this.now = options.now ?? Date.now
    this.startedAt = this.now()
  }

  /** Reserves the next call, or says which cap it would break. Consumes a turn when it succeeds. */
  reserve(
    estimatedInputTokens: number,
    perCallCap = DEFAULT_MAX_TOKENS_PER_CALL,
  ): Reservation | BudgetExhausted {
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
    const spendable = dollarsLeft - (estimatedInputTokens * this.dearestInputPrice()) / 1e6 - 1e-9
    const affordable =
      spendable < 0
        ? 0
        : this.price.output === 0
          ? Number.POSITIVE_INFINITY
          : Math.floor((spendable * 1e6) / this.price.output)
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
    this.turns += 1
    return { turn: this.turns, maxTokens: Math.min(perCallCap, outputLeft, affordable), timeoutMs: timeLeft }
  }

  /** Records what a call used; returns its cost in USD. Wall time is read from the clock, not summed. */
  record(usage: Usage): number {
    const cost = this.costOf(usage)
    this.inputTokens += usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens
    this.outputTokens += usage.outputTokens
    this.costUsd += cost
    return cost
  }

  costOf(usage: Usage): number {
    const p = this.price
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

  private dearestInputPrice(): number {
    return Math.max(this.price.input, this.price.cacheWrite, this.price.cacheRead)
  }
}
