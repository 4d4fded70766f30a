import type { ModelStage, RunRecord } from '../run/run-record.js'
import { BudgetExhausted, type BudgetTracker } from './budget.js'
import type { BoundedRequest, InputBound } from './input-bound.js'
import { priceKeyOf, type ModelResponse } from './language-model.js'
import { reserveCall, type CallReservation, type ReserveCallInput } from './reserve-call.js'

/** How long a token count near a cap may take; the call's own time comes from the reservation. */
const COUNT_TOKENS_TIMEOUT_MS = 60_000

interface SizedRequest extends BoundedRequest {
  maxTokens: number
  timeoutMs: number
}

export interface BudgetedCallInput<R extends SizedRequest, T extends ModelResponse> {
  /** The stage's model: its price, and its exact count near a cap. */
  model: ReserveCallInput<R>['model']
  budget: BudgetTracker
  bound: InputBound
  /** The request without its size: `maxTokens` and `timeoutMs` come from the reservation. */
  request: Omit<R, 'maxTokens' | 'timeoutMs'>
  perCallCap: number
  /** Which stage the call serves, in the record's `modelCalls`. */
  stage: ModelStage
  record?: RunRecord | undefined
  /** Sends the sized request (`LanguageModel.complete` or `completeStructured`). */
  send: (request: R) => Promise<T>
}

export interface BudgetedCall<T> {
  response: T
  reservation: CallReservation
}

/**
 * One model call held to the run's budget: reserved first (`reserveCall`), sent with the reservation's
 * `max_tokens` and time, then its usage taught to the conversation's bound, charged at the stage model's
 * price and recorded. A refused reservation is the answer (`BudgetExhausted`) and nothing is sent; a failed
 * call throws the model's error, for each stage to word.
 */
export async function budgetedCall<R extends SizedRequest, T extends ModelResponse>(
  input: BudgetedCallInput<R, T>,
): Promise<BudgetedCall<T> | BudgetExhausted> {
  const { model, budget, bound, record } = input
  // Placeholders for a token count near a cap; the reservation sets the real values.
  const draft = {
    ...input.request,
    maxTokens: 1,
    timeoutMs: Math.min(COUNT_TOKENS_TIMEOUT_MS, Math.max(1_000, budget.remainingMs)),
  } as R
  const reservation = await reserveCall({ model, budget, bound, draft, perCallCap: input.perCallCap })
  if (reservation instanceof BudgetExhausted) return reservation
  const started = Date.now()
  const response = await input.send({
    ...draft,
    maxTokens: reservation.maxTokens,
    timeoutMs: reservation.timeoutMs,
  })
  const durationMs = Date.now() - started
  bound.observe(draft, response.usage, reservation.estimate.tokens)
  const costUsd = budget.record(response.usage, priceKeyOf(model))
  record?.modelCalls.push({
    turn: reservation.turn,
    model: response.model,
    usage: response.usage,
    costUsd,
    stopReason: response.stopReason,
    durationMs,
    stage: input.stage,
    inputEstimate: reservation.estimate,
  })
  return { response, reservation }
}
