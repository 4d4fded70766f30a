import { z } from 'zod'

/** US dollars per million tokens. */
export const ModelPriceSchema = z.strictObject({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  cacheWrite: z.number().nonnegative(),
  cacheRead: z.number().nonnegative(),
})
export type ModelPrice = z.infer<typeof ModelPriceSchema>

export const PriceTableSchema = z.record(z.string().min(1), ModelPriceSchema)
export type PriceTable = z.infer<typeof PriceTableSchema>

/**
 * List prices as published in November 2026. Prices change: override them with the `model-prices` input
 * rather than waiting for a release.
 */
export const DEFAULT_PRICES: PriceTable = {
  'claude-opus-5-5': { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 },
  'claude-sonnet-5-5': { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 },
  'claude-haiku-5-5': { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
  'claude-opus-4-5': { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 },
  'claude-sonnet-4-5': { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 },
  'claude-haiku-4-5': { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
}
