import { TicketError, type Ticket, type TicketSource } from '../../tickets/ticket.js'
import { explainDcFailure } from './jira-dc-failure.js'
import {
  checkJiraKey,
  ISSUE_FIELDS,
  IssueSchema,
  issueToTicket,
  type JiraRichText,
} from './jira-issue-ticket.js'
import { JiraRequestFailure, type JiraRestV2Client } from './jira-rest-v2-client.js'
import { wikiToMarkdown } from './wiki-to-markdown.js'

/** Data Center's rich text: wiki markup, in the description and in text custom fields (acceptance criteria). */
const WIKI: JiraRichText = {
  description: (value) => wikiToMarkdown(typeof value === 'string' ? value : undefined),
  // Pickers, numbers and a renderer plugin's objects are not prose.
  customField: (value) =>
    typeof value === 'string' && value.trim() !== '' ? wikiToMarkdown(value) : undefined,
}

/** Reads one issue from Jira Data Center / Server (REST v2); descriptions are wiki markup, read as markdown. */
export class JiraDataCenterSource implements TicketSource {
  constructor(private readonly client: JiraRestV2Client) {}

  async fetch(key: string): Promise<Ticket> {
    checkJiraKey(key)
    try {
      const issue = await this.client.get(`issue/${encodeURIComponent(key)}`, IssueSchema, {
        fields: ISSUE_FIELDS,
        expand: 'names',
      })
      return issueToTicket(issue, this.client.host, WIKI)
    } catch (error) {
      if (!(error instanceof JiraRequestFailure)) throw error
      const words = explainDcFailure(error, {
        host: this.client.host,
        doing: `reading ${key}`,
        permission: 'Browse projects',
      })
      throw new TicketError(words.kind, words.message, error.status === 429 ? error.retryAfterMs : undefined)
    }
  }
}
