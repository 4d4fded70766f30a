import type { ModelCallRecord, ModelStage } from '../run/run-record.js'
import { inputTokensOf } from './input-bound.js'

/** What one stage's model calls used: the summary's cost line and run.json's `modelUsage`. */
export interface StageUsage {
  /** `other`: calls recorded without a stage. */
  stage: ModelStage | 'other'
  models: string[]
  calls: number
  /** Every input token billed: fresh, written to the cache and read from it. */
  inputTokens: number
  cacheReadInputTokens: number
  cacheCreationInputTokens: number
  outputTokens: number
  /** Of `inputTokens`, the share read from the prompt cache, 0 to 1. */
  cacheReadShare: number
  costUsd: number
  /** Calls whose input was counted with `count_tokens` first (near a cap); the others used the bound. */
  countedCalls: number
}

const ORDER: readonly StageUsage['stage'][] = ['classifier', 'agent', 'review', 'other']

/** The run's model calls by stage, in the order the stages run; stages without calls are left out. */
export function usageByStage(calls: readonly ModelCallRecord[]): StageUsage[] {
  return ORDER.flatMap((stage) => {
    const own = calls.filter((call) => (call.stage ?? 'other') === stage)
    if (own.length === 0) return []
    const sum = (pick: (call: ModelCallRecord) => number) =>
      own.reduce((total, call) => total + pick(call), 0)
    const inputTokens = sum((call) => inputTokensOf(call.usage))
    const cacheReadInputTokens = sum((call) => call.usage.cacheReadInputTokens)
    return [
      {
        stage,
        models: [...new Set(own.map((call) => call.model))],
        calls: own.length,
        inputTokens,
        cacheReadInputTokens,
        cacheCreationInputTokens: sum((call) => call.usage.cacheCreationInputTokens),
        outputTokens: sum((call) => call.usage.outputTokens),
        cacheReadShare: inputTokens > 0 ? cacheReadInputTokens / inputTokens : 0,
        costUsd: sum((call) => call.costUsd),
        countedCalls: own.filter((call) => call.inputEstimate?.counted).length,
      },
    ]
  })
}
