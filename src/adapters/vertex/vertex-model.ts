import { AnthropicVertex } from '@anthropic-ai/vertex-sdk'
import { GoogleAuth } from 'google-auth-library'
import {
  AnthropicError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/vertex-sdk/core/error'
import { isLegacyPlatformId, vertexModelId, vertexPriceKey } from '../../config/platform-models.js'
import {
  kindOfStatus,
  missingCredentials,
  PlatformModel,
  type Platform,
  type PlatformClient,
  type PlatformModelInputs,
  type PlatformVerdict,
} from '../anthropic/platform-model.js'
import { inputLabel, settingHint, type Surface } from '../../config/input-wording.js'

export interface VertexModelOptions extends PlatformModelInputs {
  /** Our model name or a Vertex model id (`claude-sonnet-5-5`, `claude-sonnet-4-5@20250929`). */
  model: string
  /** The `vertex-region` input: `global` or a location such as `us-east5`. */
  region: string
  /** The `vertex-project-id` input; empty: the project google-github-actions/auth exports, else the credentials'. */
  projectId?: string
  /** The loopback fake or a private endpoint, ending in `/v1`; undefined: Google's endpoint for the region. */
  baseURL?: string
}

const CREDENTIALS_HELP =
  'add `google-github-actions/auth` (`workload_identity_provider` and `service_account`; the job needs `permissions: id-token: write`) before this step, or point GOOGLE_APPLICATION_CREDENTIALS at a credentials file'

/**
 * `LanguageModel` on Google Vertex AI through `@anthropic-ai/vertex-sdk`: Application Default Credentials
 * (the file google-github-actions/auth writes and names in GOOGLE_APPLICATION_CREDENTIALS), `:rawPredict`
 * and `:streamRawPredict` on the publisher model, `count-tokens:rawPredict` for the budget.
 */
export function vertexModel(options: VertexModelOptions): PlatformModel {
  const env = options.env ?? process.env
  const projectId =
    options.projectId ||
    env['GOOGLE_CLOUD_PROJECT'] ||
    env['GCLOUD_PROJECT'] ||
    env['CLOUDSDK_CORE_PROJECT'] ||
    env['ANTHROPIC_VERTEX_PROJECT_ID']
  const model = vertexModelId(options.model)
  // The client is made at the first call, not here: the SDK starts resolving Google credentials in its
  // constructor, and a run that needs no model needs none (nor an unhandled rejection when there are none).
  let opened: AnthropicVertex | undefined
  const open = () =>
    (opened ??= new AnthropicVertex({
      region: options.region,
      // With the project known, the auth library does not go looking for one (gcloud, the metadata
      // server, Resource Manager), which on a runner without them only waits.
      googleAuth: new GoogleAuth({
        scopes: 'https://www.googleapis.com/auth/cloud-platform',
        ...(projectId ? { projectId } : {}),
      }),
      ...(projectId ? { projectId } : {}),
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      maxRetries: options.maxRetries ?? 2,
    }))
  const client: PlatformClient = {
    messages: { stream: (params, callOptions) => open().messages.stream(params, callOptions) },
  }
  const where = {
    model,
    region: options.region,
    project: projectId ?? '(from the credentials)',
    surface: options.surface ?? 'action',
  }
  const platform: Platform = {
    name: 'Google Vertex AI',
    client,
    countTokens: async (params, callOptions) =>
      (await open().messages.countTokens(params, callOptions)).input_tokens,
    errors: { AnthropicError, APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError },
    explain: (status, message, type) => explainVertexError(status, message, type, where),
    explainConnection: missingCredentials(
      /Google OAuth credentials/i,
      'Google credentials for Vertex AI',
      CREDENTIALS_HELP,
    ),
    ...(isLegacyPlatformId(model) ? { headers: { 'anthropic-version': 'vertex-2023-10-16' } } : {}),
  }
  return new PlatformModel(platform, { model, priceKey: vertexPriceKey(model, options.region) })
}

/** What Vertex AI's errors mean, from Google's status (PERMISSION_DENIED, RESOURCE_EXHAUSTED…) and message. */
export function explainVertexError(
  status: number,
  message: string,
  type: string | undefined,
  where: { model: string; region: string; project: string; surface?: Surface },
): PlatformVerdict {
  const code = (type ?? '').toUpperCase()
  const input = (input: string) => inputLabel(input, where.surface)
  const model = `\`${where.model}\``
  if (/SERVICE_DISABLED|has not been used in project|is disabled/i.test(message)) {
    return {
      kind: 'auth',
      advice: `The Vertex AI API is not enabled in project ${where.project}: enable aiplatform.googleapis.com (\`gcloud services enable aiplatform.googleapis.com\`)`,
    }
  }
  if (status === 404 || code === 'NOT_FOUND') {
    return {
      kind: 'invalid-request',
      advice: `Vertex AI does not serve ${model} to project ${where.project} in ${where.region}: enable the model in Model Garden, pick a location that offers it with ${input('vertex-region')} (\`global\` offers the most), and check ${input('model')}`,
    }
  }
  if (status === 401 || code === 'UNAUTHENTICATED') {
    return { kind: 'auth', advice: `Vertex AI rejected the Google credentials: ${CREDENTIALS_HELP}` }
  }
  if (status === 403 || code === 'PERMISSION_DENIED') {
    return {
      kind: 'auth',
      advice: `The service account may not call ${model} in project ${where.project}: grant it \`roles/aiplatform.user\` (permission aiplatform.endpoints.predict), and enable the model in Model Garden`,
    }
  }
  if (status === 429 || code === 'RESOURCE_EXHAUSTED') {
    return {
      kind: 'rate-limited',
      advice: `The Vertex AI quota for ${model} in ${where.region} was hit even after retries: run again later, use ${settingHint('vertex-region', 'global', where.surface)}, or request a higher quota (IAM & Admin → Quotas, aiplatform.googleapis.com)`,
    }
  }
  const kind = kindOfStatus(status)
  const advice: Record<typeof kind, string> = {
    auth: `Vertex AI rejected the request: ${CREDENTIALS_HELP}`,
    'rate-limited': 'Vertex AI throttled the run even after retries: run again later',
    overloaded:
      'Claude on Vertex AI is overloaded even after retries: run the workflow again in a few minutes',
    'invalid-request': `Vertex AI refused the request: check ${input('model')}, ${input('vertex-region')} and ${input('vertex-project-id')}, and report this if it persists`,
    timeout: `The model call timed out: raise ${input('max-minutes')} or try again later`,
    connection: `Could not reach Vertex AI: check the runner's network and ${input('anthropic-base-url')}`,
    server: 'Vertex AI failed even after retries: run the workflow again later',
  }
  return { kind, advice: advice[kind] }
}
