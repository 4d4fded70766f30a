import { JiraRequestFailure } from './jira-rest-v2-client.js'

/** What a Data Center failure means and what to do, in one sentence the caller's stage error carries. */
export interface DcFailureWords {
  kind: 'not-found' | 'unauthorized' | 'forbidden' | 'rate-limited' | 'unavailable' | 'invalid'
  message: string
}

/**
 * Words a Jira Data Center failure for the user: `doing` says what Autopilot tried ("reading DATA-1"),
 * `permission` the Jira permission that call needs ("Browse projects").
 */
export function explainDcFailure(
  failure: JiraRequestFailure,
  context: { host: string; doing: string; permission: string },
): DcFailureWords {
  const { host, doing, permission } = context
  const where = `Jira Data Center at ${host}`
  if (failure.kind === 'timeout')
    return {
      kind: 'unavailable',
      message: `${where} did not answer in time ${doing}: check that the runner can reach \`jira-url\` and that Jira is up, then re-run`,
    }
  if (failure.kind === 'network')
    return {
      kind: 'unavailable',
      message: `Could not reach ${where} ${doing} (${failure.detail}): check \`jira-url\` and that the runner can reach it (a self-hosted runner inside the network, or an allow-listed address)`,
    }
  if (failure.kind === 'shape')
    return {
      kind: 'unavailable',
      message: `${where} ${failure.detail} ${doing}: is \`jira-url\` the Jira base URL (with its context path, e.g. https://jira.acme.com/jira) of a Jira Data Center or Server?`,
    }
  const status = failure.status ?? 0
  const said = failure.detail === 'no details given' ? '' : ` Jira said: ${failure.detail}.`
  if (status === 401)
    return {
      kind: 'unauthorized',
      message: `${where} rejected the credentials (HTTP 401) ${doing}: set \`jira-bearer-token\` to a personal access token (Profile → Personal Access Tokens) of a user who can see the project, and check it has not expired.${said}`,
    }
  if (status === 403)
    return {
      kind: 'forbidden',
      message: `${where} refused the token's user (HTTP 403) ${doing}: grant that user the ${permission} permission in the project's permission scheme.${said}`,
    }
  if (status === 404)
    return {
      kind: 'not-found',
      message: `${where} found nothing (HTTP 404) ${doing}: check the issue key and that the token's user has Browse projects on it; if every request fails so, \`jira-url\` may lack Jira's context path (e.g. https://jira.acme.com/jira).${said}`,
    }
  if (status === 429) {
    const wait =
      failure.retryAfterMs === undefined
        ? ''
        : ` and asks to wait ${Math.ceil(failure.retryAfterMs / 1000)} s`
    const tried = failure.retries === 0 ? '' : ` after ${failure.retries} retries`
    return {
      kind: 'rate-limited',
      message: `${where} rate-limited Autopilot ${doing}${tried}${wait}: re-run later, or fan out fewer tickets at once (lower the matrix \`max-parallel\`)`,
    }
  }
  if (status >= 500)
    return {
      kind: 'unavailable',
      message: `${where} failed with HTTP ${status} ${doing}${failure.retries > 0 ? ` (after ${failure.retries} retries)` : ''}: ask the Jira administrators whether it is up, then re-run.${said}`,
    }
  return { kind: 'invalid', message: `${where} refused the request (HTTP ${status}) ${doing}.${said}` }
}

/** Runs a REST v2 call on an issue; its failure becomes an error worded by `explainDcFailure`. */
export async function callOnIssue<T>(
  context: { host: string; issueKey: string; action: string; permission: string },
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (!(error instanceof JiraRequestFailure)) throw error
    const words = explainDcFailure(error, {
      host: context.host,
      doing: `when Autopilot tried to ${context.action} ${context.issueKey}`,
      permission: `Browse projects and ${context.permission}`,
    })
    throw new Error(words.message, { cause: error })
  }
}
