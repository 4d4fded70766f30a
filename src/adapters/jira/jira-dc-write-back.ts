import { z } from 'zod'
import {
  remoteLinkBody,
  type PullRequestLink,
  type TicketWriteBack,
  type TransitionOutcome,
} from '../../publish/ticket-write-back.js'
import { callOnIssue } from './jira-dc-failure.js'
import type { JiraRestV2Client } from './jira-rest-v2-client.js'
import { moveIssue, StatusSchema, TransitionsSchema } from './jira-transition-choice.js'

const LinkSchema = z.object({ id: z.union([z.number(), z.string()]) })
/** The pull request written back to a Jira Data Center ticket (REST v2): a remote link and a transition. */
export class JiraDataCenterWriteBack implements TicketWriteBack {
  constructor(
    private readonly client: JiraRestV2Client,
    private readonly issueKey: string,
  ) {}

  async linkPullRequest(link: PullRequestLink): Promise<void> {
    await this.guard('link the pull request to', 'Link issues', () =>
      this.client.post(`${this.issuePath()}/remotelink`, remoteLinkBody(link), LinkSchema),
    )
  }

  async transition(wanted: string): Promise<TransitionOutcome> {
    return this.guard('move', 'Transition issues', () =>
      moveIssue(
        {
          readIssueStatus: () => this.client.get(this.issuePath(), StatusSchema, { fields: 'status' }),
          readTransitions: () => this.client.get(`${this.issuePath()}/transitions`, TransitionsSchema),
          doTransition: async (id) => {
            await this.client.post(`${this.issuePath()}/transitions`, { transition: { id } }, z.unknown())
          },
        },
        wanted,
      ),
    )
  }

  private issuePath(): string {
    return `issue/${encodeURIComponent(this.issueKey)}`
  }

  private guard<T>(action: string, permission: string, call: () => Promise<T>): Promise<T> {
    return callOnIssue({ host: this.client.host, issueKey: this.issueKey, action, permission }, call)
  }
}
