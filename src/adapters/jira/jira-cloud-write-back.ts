import type { CloudClient } from 'jira.js'
import {
  remoteLinkBody,
  type PullRequestLink,
  type TicketWriteBack,
  type TransitionOutcome,
} from '../../publish/ticket-write-back.js'
import { createJiraClient, type JiraAuth } from './jira-client.js'
import { explainCloudRefusal } from './jira-cloud-refusal.js'
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
    return explainCloudRefusal(error, {
      host: this.host,
      issueKey: this.options.issueKey,
      action,
      permission,
    })
  }
}
