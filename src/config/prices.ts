import { z } from 'zod'
import {
  BEDROCK_GEOGRAPHIES,
  BEDROCK_MODEL_IDS,
  VERTEX_MODEL_IDS,
  vertexPriceKey,
} from './platform-models.js'

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

/** Anthropic's list prices as published in November 2026. */
const ANTHROPIC_PRICES: PriceTable = {
  'claude-opus-5-5': { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 },
  'claude-sonnet-5-5': { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 },
  'claude-haiku-5-5': { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
  'claude-opus-4-5': { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 },
  'claude-sonnet-4-5': { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 },
  'claude-haiku-4-5': { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
}

/**
 * Bedrock and Vertex AI charge Anthropic's list prices on their global endpoints and 10% more on regional
 * ones (Bedrock's geographic inference profiles and in-region ids, Vertex's locations), for every model
 * from the 4.5 generation on.
 */
const REGIONAL_PREMIUM = 1.1

function withPremium(price: ModelPrice, factor: number): ModelPrice {
  const scale = (usd: number) => Math.round(usd * factor * 10_000) / 10_000
  return {
    input: scale(price.input),
    output: scale(price.output),
    cacheWrite: scale(price.cacheWrite),
    cacheRead: scale(price.cacheRead),
  }
}

/** Keyed by the Bedrock model id the adapter sends, so a Bedrock id given in `model` is priced too. */
export const BEDROCK_PRICES: PriceTable = Object.fromEntries(
  Object.entries(BEDROCK_MODEL_IDS).flatMap(([ours, base]) => {
    const price = ANTHROPIC_PRICES[ours]!
    const regional = withPremium(price, REGIONAL_PREMIUM)
    return [
      [`global.${base}`, price],
      [base, regional],
      ...BEDROCK_GEOGRAPHIES.map((geo) => [`${geo}.${base}`, regional] as const),
    ]
  }),
)

/** Keyed by `vertexPriceKey`: the global endpoint at list price, every other location at the premium. */
export const VERTEX_PRICES: PriceTable = Object.fromEntries(
  Object.entries(VERTEX_MODEL_IDS).flatMap(([ours, id]) => {
    const price = ANTHROPIC_PRICES[ours]!
    return [
      [vertexPriceKey(id, 'global'), price],
      [vertexPriceKey(id, 'us-east5'), withPremium(price, REGIONAL_PREMIUM)],
    ]
  }),
)

/**
 * Every price the run knows, by the name the model is billed under. Prices change: override them with
 * the `model-prices` input rather than waiting for a release.
 */
export const DEFAULT_PRICES: PriceTable = { ...ANTHROPIC_PRICES, ...BEDROCK_PRICES, ...VERTEX_PRICES }
