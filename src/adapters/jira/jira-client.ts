import { createCloudClient, type CloudClient } from 'jira.js'
import { z } from 'zod'

export type JiraAuth = { type: 'basic'; email: string; apiToken: string } | { type: 'bearer'; token: string }

export interface JiraClientOptions {
  /** Site URL, e.g. `https://acme.atlassian.net`. */
  host: string
  auth: JiraAuth
  /** jira.js response validation; tests use `throw` so a fake that drifts from Jira's shape fails loudly. */
  onSchemaMismatch?: 'warn' | 'silent' | 'throw'
}

/** jira.js refused its settings; `message` names the input to fix. The caller wraps it in its stage's error. */
export class JiraSettingsProblem extends Error {}

/** The one place a jira.js client is built: every Jira Cloud adapter calls through one of these. */
export function createJiraClient(options: JiraClientOptions): CloudClient {
  try {
    return createCloudClient({
      host: options.host.replace(/\/+$/, ''),
      auth: options.auth,
      onSchemaMismatch: options.onSchemaMismatch ?? 'warn',
    })
  } catch (error) {
    // jira.js validates its configuration with zod: an email that is not one, or a host that is not a URL.
    const fields = z.object({ issues: z.array(z.object({ path: z.array(z.unknown()) })) }).safeParse(error)
    const paths = fields.success ? fields.data.issues.map((issue) => issue.path.join('.')) : []
    throw new JiraSettingsProblem(
      paths.some((path) => path.includes('email'))
        ? '`jira-email` must be an email address'
        : '`jira-url` must be the site URL, e.g. https://acme.atlassian.net',
    )
  }
}

/** The credentials the settings hold: an API token with its email, or a bearer token; none without them. */
export function jiraAuth(jira: {
  email?: string
  apiToken?: string
  bearerToken?: string
}): JiraAuth | undefined {
  if (jira.email && jira.apiToken) return { type: 'basic', email: jira.email, apiToken: jira.apiToken }
  if (jira.bearerToken) return { type: 'bearer', token: jira.bearerToken }
  return undefined
}
