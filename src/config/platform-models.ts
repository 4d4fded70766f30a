/**
 * Our model names (`model` input) as Amazon Bedrock and Google Vertex AI name them. The 5.5 models take
 * the plain names; the 4.5 models kept the dated, ARN-versioned ids of the platforms' older integration.
 * A name that is not in these tables is taken to be the platform's own id and sent as is.
 */
export const BEDROCK_MODEL_IDS: Readonly<Record<string, string>> = {
  'claude-opus-5-5': 'anthropic.claude-opus-5-5',
  'claude-sonnet-5-5': 'anthropic.claude-sonnet-5-5',
  'claude-haiku-5-5': 'anthropic.claude-haiku-5-5',
  'claude-opus-4-5': 'anthropic.claude-opus-4-5-20251101-v1:0',
  'claude-sonnet-4-5': 'anthropic.claude-sonnet-4-5-20250929-v1:0',
  'claude-haiku-4-5': 'anthropic.claude-haiku-4-5-20251001-v1:0',
}

export const VERTEX_MODEL_IDS: Readonly<Record<string, string>> = {
  'claude-opus-5-5': 'claude-opus-5-5',
  'claude-sonnet-5-5': 'claude-sonnet-5-5',
  'claude-haiku-5-5': 'claude-haiku-5-5',
  'claude-opus-4-5': 'claude-opus-4-5@20251101',
  'claude-sonnet-4-5': 'claude-sonnet-4-5@20250929',
  'claude-haiku-4-5': 'claude-haiku-4-5@20251001',
}

/** Bedrock's cross-region inference profiles: `global.` routes anywhere, the others stay in a geography. */
export const BEDROCK_GEOGRAPHIES = ['us', 'eu', 'jp', 'apac', 'au', 'ca', 'us-gov'] as const

/**
 * Bedrock's id for our model: the global inference profile (on-demand invocation of the bare model id is
 * refused for these models, and the global profile carries no regional premium). A Bedrock id or ARN
 * given in `model` is used as is.
 */
export function bedrockModelId(model: string): string {
  const base = BEDROCK_MODEL_IDS[model]
  return base ? `global.${base}` : model
}

export function vertexModelId(model: string): string {
  return VERTEX_MODEL_IDS[model] ?? model
}

/** The ARN-versioned ids (`…-v1:0`, `…@20250929`) are served only under the platforms' older API version. */
export function isLegacyPlatformId(id: string): boolean {
  return /-v\d+:\d+$/.test(id) || /@\d{8}$/.test(id)
}

/** Vertex bills its regional endpoints (any location but `global`) at a premium: a price entry of their own. */
export function vertexPriceKey(modelId: string, region: string): string {
  return `vertex/${region === 'global' ? 'global' : 'regional'}/${modelId}`
}
