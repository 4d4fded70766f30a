import type { Settings } from './settings.js'

/**
 * The cloud credentials a runner's environment may hold for the model platforms (what
 * configure-aws-credentials, google-github-actions/auth and the OIDC token request leave): the redactor
 * looks for them, as the model's errors and the SDKs' messages can echo them. Read by the shells only.
 */
export const CLOUD_SECRET_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_BEARER_TOKEN_BEDROCK',
  'GOOGLE_OAUTH_ACCESS_TOKEN',
  'CLOUDSDK_AUTH_ACCESS_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
] as const

/** The values of those variables that are set. */
export function cloudSecretsFromEnvironment(env: NodeJS.ProcessEnv): string[] {
  return CLOUD_SECRET_VARIABLES.map((name) => env[name]).filter((value): value is string => Boolean(value))
}

/**
 * The settings an entry point parsed, with the cloud credentials of its environment: every shell (the
 * Action, `run`, `eval`, the MCP server, the demo) builds its settings through this, so the redactor and
 * the sandbox know them whichever way the run was started.
 */
export function withCloudSecrets(settings: Settings, env: NodeJS.ProcessEnv): Settings {
  return { ...settings, cloudSecrets: cloudSecretsFromEnvironment(env) }
}
