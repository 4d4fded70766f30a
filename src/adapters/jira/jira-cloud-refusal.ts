import { isApiError, isNetworkError } from 'jira.js'

/** What Autopilot tried on the issue, and the Jira permission it needs beside Browse projects. */
export interface IssueCall {
  host: string
  issueKey: string
  /** "comment on", "move": what the message says Autopilot tried to do to the issue. */
  action: string
  /** "Link issues", "Add comments (Edit own comments)". */
  permission: string
}

/** A jira.js failure writing to a Jira Cloud issue, worded with what to check. */
export function explainCloudRefusal(error: unknown, call: IssueCall): Error {
  const { action, issueKey: key } = call
  if (isApiError(error)) {
    const hint =
      error.status === 401
        ? 'check `jira-email`/`jira-api-token` or `jira-bearer-token`'
        : error.status === 403 || error.status === 404
          ? `give the Jira account the Browse projects and ${call.permission} permissions on the project`
          : 'check https://status.atlassian.com and re-run'
    return new Error(`Jira refused to let Autopilot ${action} ${key} (HTTP ${error.status}): ${hint}.`)
  }
  if (isNetworkError(error))
    return new Error(`Could not reach Jira at ${call.host} to ${action} ${key}: check \`jira-url\`.`)
  return error instanceof Error ? error : new Error(String(error))
}
