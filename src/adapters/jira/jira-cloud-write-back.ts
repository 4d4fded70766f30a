import { isApiError, isNetworkError, type CloudClient } from 'jira.js'
import {
  remoteLinkBody,
  type PullRequestLink,
  type TicketWriteBack,
  type TransitionOutcome,
} from '../../publish/ticket-write-back.js'
import { createJiraClient, type JiraAuth } from './jira-client.js'
import { moveIssue } from './jira-transition-choice.js'

/** The pull request written back to a Jira Cloud ticket through jira.js: a remote link and a transition. */
export class JiraCloudWriteBack implements TicketWriteBack {
  private readonly client: CloudClient
  private readonly host: string

  constructor(
    private readonly options: {
      host: string
      auth: JiraAuth
      issueKey: string
      onSchemaMismatch?: 'warn' | 'silent' | 'throw'
    },
  ) {
    this.host = options.host.replace(/\/+$/, '')
    this.client = createJiraClient(options)
  }

  async linkPullRequest(link: PullRequestLink): Promise<void> {
    try {
      await this.client.issueRemoteLinks.createOrUpdateRemoteIssueLink({
        issueIdOrKey: this.options.issueKey,
        ...remoteLinkBody(link),
      })
    } catch (error) {
      throw this.explain(error, 'link the pull request to', 'Link issues')
    }
  }

  async transition(wanted: string): Promise<TransitionOutcome> {
    const issueIdOrKey = this.options.issueKey
    try {
      return await moveIssue(
        {
          readIssueStatus: () => this.client.issues.getIssue({ issueIdOrKey, fields: ['status'] }),
          readTransitions: () => this.client.issues.getTransitions({ issueIdOrKey }),
          doTransition: (id) => this.client.issues.doTransition({ issueIdOrKey, transition: { id } }),
        },
        wanted,
      )
    } catch (error) {
      throw this.explain(error, 'move', 'Transition issues')
    }
  }

  private explain(error: unknown, action: string, permission: string): Error {
    const key = this.options.issueKey
    if (isApiError(error)) {
      const hint =
        error.status === 401
          ? 'check `jira-email`/`jira-api-token` or `jira-bearer-token`'
          : error.status === 403 || error.status === 404
            ? `give the Jira account the Browse projects and ${permission} permissions on the project`
            : 'check https://status.atlassian.com and re-run'
      return new Error(`Jira refused to let Autopilot ${action} ${key} (HTTP ${error.status}): ${hint}.`)
    }
    if (isNetworkError(error))
      return new Error(`Could not reach Jira at ${this.host} to ${action} ${key}: check \`jira-url\`.`)
    return error instanceof Error ? error : new Error(String(error))
  }
}
