import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk'
import {
  AnthropicError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/bedrock-sdk/core/error'
import { ModelError, type LanguageModel } from '../../agent/language-model.js'
import { bedrockModelId, isLegacyPlatformId } from '../../config/platform-models.js'
import {
  kindOfStatus,
  missingCredentials,
  PlatformModel,
  type Platform,
  type PlatformModelInputs,
  type PlatformVerdict,
} from '../anthropic/platform-model.js'
import { inputLabel, settingHint, type Surface } from '../../config/input-wording.js'

export interface BedrockModelOptions extends PlatformModelInputs {
  /** Our model name or a Bedrock model id, inference profile id or ARN. */
  model: string
  /** The `aws-region` input; empty: AWS_REGION or AWS_DEFAULT_REGION, as configure-aws-credentials sets them. */
  region?: string
  /** A VPC endpoint, a gateway or the loopback fake; undefined: `https://bedrock-runtime.<region>.amazonaws.com`. */
  baseURL?: string
}

const CREDENTIALS_HELP =
  'add `aws-actions/configure-aws-credentials` with `role-to-assume` (OIDC; the job needs `permissions: id-token: write`) before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_BEARER_TOKEN_BEDROCK, a Bedrock API key)'

/**
 * `LanguageModel` on Amazon Bedrock through `@anthropic-ai/bedrock-sdk`: SigV4 with the AWS credential
 * chain (the environment configure-aws-credentials leaves, a web identity token file, an instance role),
 * `invoke-with-response-stream` in AWS event-stream framing, which the SDK turns back into Messages events.
 */
export function bedrockModel(options: BedrockModelOptions): LanguageModel {
  const env = options.env ?? process.env
  const region = options.region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION']
  const model = bedrockModelId(options.model)
  const surface = options.surface ?? 'action'
  if (!region) {
    // Refused at the first call: a run that needs no model (a schema drift check that finds none) needs no region.
    const refuse = () =>
      Promise.reject(
        new ModelError(
          'invalid-request',
          `Amazon Bedrock needs a region: set ${settingHint('aws-region', 'us-east-1', surface)}, or AWS_REGION (which \`aws-region\` of \`aws-actions/configure-aws-credentials\` exports).`,
        ),
      )
    return { model, complete: refuse, completeStructured: refuse, countTokens: refuse }
  }
  const client = new AnthropicBedrock({
    awsRegion: region,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: options.maxRetries ?? 2,
  })
  const platform: Platform = {
    name: 'Amazon Bedrock',
    client,
    errors: { AnthropicError, APIError, APIConnectionError, APIConnectionTimeoutError, APIUserAbortError },
    explain: (status, message, type) =>
      explainBedrockError(status, message, type, { model, region, surface }),
    explainConnection: missingCredentials(
      /AWS credentials/i,
      'AWS credentials for Amazon Bedrock',
      CREDENTIALS_HELP,
    ),
    // Bedrock serves the ARN-versioned models only under its own older Messages version.
    ...(isLegacyPlatformId(model) ? { headers: { 'anthropic-version': 'bedrock-2023-05-31' } } : {}),
  }
  return new PlatformModel(platform, { model })
}

/** What Bedrock's errors mean, from its error type (AccessDeniedException, ThrottlingException…) and message. */
export function explainBedrockError(
  status: number,
  message: string,
  type: string | undefined,
  where: { model: string; region: string; surface?: Surface },
): PlatformVerdict {
  const name = (type ?? '').toLowerCase()
  const input = (input: string) => inputLabel(input, where.surface)
  const model = `\`${where.model}\``
  if (/on-demand throughput isn.t supported|inference profile/i.test(message)) {
    return {
      kind: 'invalid-request',
      advice: `Amazon Bedrock serves ${model} only through an inference profile: set ${input('model')} to our name (e.g. claude-sonnet-5-5, sent as its global profile) or to a profile id such as \`us.${where.model.replace(/^[a-z-]+\.(?=anthropic\.)/, '')}\``,
    }
  }
  if (
    /use case details|model access|don.t have access to the model|not authorized to invoke|isn.t enabled/i.test(
      message,
    )
  ) {
    return {
      kind: 'auth',
      advice: `Model ${model} is not enabled for this AWS account in ${where.region}: enable it under Amazon Bedrock → Model access (Anthropic models need the one-time use case form), and allow \`bedrock:InvokeModelWithResponseStream\` on it and its inference profile in the role's policy`,
    }
  }
  if (
    name.startsWith('unrecognizedclient') ||
    /security token|signature we calculated|expired/i.test(message)
  ) {
    return {
      kind: 'auth',
      advice: `Amazon Bedrock rejected the AWS credentials: ${CREDENTIALS_HELP}`,
    }
  }
  if (name.startsWith('accessdenied') || status === 403) {
    return {
      kind: 'auth',
      advice: `The AWS role may not invoke ${model} in ${where.region}: allow \`bedrock:InvokeModel\` and \`bedrock:InvokeModelWithResponseStream\` on the model and its inference profile, and enable the model under Amazon Bedrock → Model access`,
    }
  }
  if (name.startsWith('servicequotaexceeded') || name.startsWith('throttling') || status === 429) {
    return {
      kind: 'rate-limited',
      advice: `Amazon Bedrock's quota for ${model} in ${where.region} was hit even after retries: run again later, lower the tickets run in parallel, or request more tokens per minute in Service Quotas (Amazon Bedrock)`,
    }
  }
  if (
    name.startsWith('resourcenotfound') ||
    (name.startsWith('validation') && /model identifier/i.test(message))
  ) {
    return {
      kind: 'invalid-request',
      advice: `Amazon Bedrock does not know model ${model} in ${where.region}: check ${input('model')} and ${input('aws-region')} (the model's regions are listed under Amazon Bedrock → Model catalog)`,
    }
  }
  if (name.startsWith('serviceunavailable') || name.startsWith('modelnotready')) {
    return {
      kind: 'overloaded',
      advice: 'Amazon Bedrock is unavailable even after retries: run the workflow again in a few minutes',
    }
  }
  if (name.startsWith('modeltimeout')) {
    return {
      kind: 'timeout',
      advice: `Amazon Bedrock timed out: raise ${input('max-minutes')} or try again later`,
    }
  }
  const kind = status === 0 && name.startsWith('internalserver') ? 'server' : kindOfStatus(status)
  const advice: Record<typeof kind, string> = {
    auth: `Amazon Bedrock rejected the request: ${CREDENTIALS_HELP}`,
    'rate-limited': 'Amazon Bedrock throttled the run even after retries: run again later',
    overloaded: 'Amazon Bedrock is overloaded even after retries: run the workflow again in a few minutes',
    'invalid-request': `Amazon Bedrock refused the request: check ${input('model')} and ${input('aws-region')}, and report this if it persists`,
    timeout: `The model call timed out: raise ${input('max-minutes')} or try again later`,
    connection: `Could not reach Amazon Bedrock: check the runner's network and ${input('anthropic-base-url')}`,
    server: 'Amazon Bedrock failed even after retries: run the workflow again later',
  }
  return { kind, advice: advice[kind] }
}
