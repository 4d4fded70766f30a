import { BudgetExhausted, type BudgetTracker, type Reservation } from './budget.js'
import type { BoundedRequest, InputBound } from './input-bound.js'
import { priceKeyOf } from './language-model.js'

/** The reservation of one call and the input estimate it rests on. */
export interface CallReservation extends Reservation {
  /** Input tokens the call was reserved for; `counted`: from `count_tokens`, else the upper bound. */
  estimate: { tokens: number; counted: boolean }
}

export interface ReserveCallInput<R extends BoundedRequest> {
  /** The stage's model: its price, and its exact count near a cap. */
  model: { readonly model: string; readonly priceKey?: string; countTokens(request: R): Promise<number> }
  budget: BudgetTracker
  /** The conversation's bound, which learns from each call's usage (`InputBound.observe`). */
  bound: InputBound
  /** The request as it will be sent; its `maxTokens` and `timeoutMs` are set from the reservation. */
  draft: R
  perCallCap: number
}

/**
 * Reserves the next call against the budget. Far from every cap the upper bound of its input is enough,
 * and no tokens are counted; only when that bound itself is what a cap refuses or shrinks (the input-token
 * or dollar cap) is the exact count asked for, which may still let the call through at full size.
 */
export async function reserveCall<R extends BoundedRequest>(
  input: ReserveCallInput<R>,
): Promise<CallReservation | BudgetExhausted> {
  const { model, budget, bound, draft, perCallCap } = input
  const unbound = budget.preview(0, perCallCap, priceKeyOf(model))
  // Turns, output tokens or time: no input estimate changes that answer, so nothing is counted.
  if (unbound instanceof BudgetExhausted) return unbound
  const upper = bound.bound(draft)
  const byBound = budget.preview(upper, perCallCap, priceKeyOf(model))
  const boundBinds = byBound instanceof BudgetExhausted || byBound.maxTokens < unbound.maxTokens
  if (bound.reliable && !boundBinds)
    return withEstimate(budget.reserve(upper, perCallCap, priceKeyOf(model)), upper, false)
  const exact = await model.countTokens(draft)
  return withEstimate(budget.reserve(exact, perCallCap, priceKeyOf(model)), exact, true)
}

function withEstimate(
  result: Reservation | BudgetExhausted,
  tokens: number,
  counted: boolean,
): CallReservation | BudgetExhausted {
  return result instanceof BudgetExhausted ? result : { ...result, estimate: { tokens, counted } }
}
