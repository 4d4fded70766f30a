import { z } from 'zod'
import {
  chooseTransition,
  remoteLinkBody,
  type PullRequestLink,
  type TicketWriteBack,
  type TransitionOutcome,
} from '../../publish/ticket-write-back.js'
import { explainDcFailure } from './jira-dc-failure.js'
import { JiraRequestFailure, type JiraRestV2Client } from './jira-rest-v2-client.js'

const LinkSchema = z.object({ id: z.union([z.number(), z.string()]) })
const TransitionsSchema = z.object({
  transitions: z
    .array(z.object({ id: z.string(), name: z.string(), to: z.object({ name: z.string() }).optional() }))
    .default([]),
})
const StatusSchema = z.object({ fields: z.object({ status: z.object({ name: z.string() }).nullish() }) })

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
    return this.guard('move', 'Transition issues', async () => {
      const [issue, offered] = await Promise.all([
        this.client.get(this.issuePath(), StatusSchema, { fields: 'status' }),
        this.client.get(`${this.issuePath()}/transitions`, TransitionsSchema),
      ])
      const transitions = offered.transitions.map((t) => ({
        id: t.id,
        name: t.name,
        to: t.to?.name ?? t.name,
      }))
      const chosen = chooseTransition(transitions, wanted, issue.fields.status?.name)
      if ('kind' in chosen) return chosen
      await this.client.post(
        `${this.issuePath()}/transitions`,
        { transition: { id: chosen.id } },
        z.unknown(),
      )
      return { kind: 'moved', transition: chosen.name, to: chosen.to }
    })
  }

  private issuePath(): string {
    return `issue/${encodeURIComponent(this.issueKey)}`
  }

  private async guard<T>(action: string, permission: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call()
    } catch (error) {
      if (!(error instanceof JiraRequestFailure)) throw error
      const words = explainDcFailure(error, {
        host: this.client.host,
        doing: `when Autopilot tried to ${action} ${this.issueKey}`,
        permission: `Browse projects and ${permission}`,
      })
      throw new Error(words.message, { cause: error })
    }
  }
}
