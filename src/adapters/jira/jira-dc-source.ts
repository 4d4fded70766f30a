import { z } from 'zod'
import { limitTicketBody } from '../../tickets/limit-body.js'
import { TicketError, type Ticket, type TicketSource } from '../../tickets/ticket.js'
import { explainDcFailure } from './jira-dc-failure.js'
import { JiraRequestFailure, type JiraRestV2Client } from './jira-rest-v2-client.js'
import { wikiToMarkdown } from './wiki-to-markdown.js'

const JIRA_KEY = /^[A-Za-z][A-Za-z0-9_]*-\d+$/

/** Fields the later stages use; `*navigable` brings custom fields (acceptance criteria and the like) too. */
const REQUESTED_FIELDS = [
  'summary',
  'description',
  'labels',
  'components',
  'priority',
  'issuetype',
  'status',
  'updated',
  '*navigable',
]

const named = z.object({ name: z.string() }).nullish().catch(undefined)

const IssueSchema = z.object({
  key: z.string(),
  fields: z.record(z.string(), z.unknown()).default({}),
  names: z.record(z.string(), z.unknown()).optional().catch(undefined),
})

const FieldsSchema = z.object({
  summary: z.string().nullish().catch(undefined),
  // Wiki markup on Data Center; anything else (a renderer plugin's object) is no description.
  description: z.string().nullish().catch(undefined),
  labels: z.array(z.string()).nullish().catch(undefined),
  components: z
    .array(z.object({ name: z.string() }))
    .nullish()
    .catch(undefined),
  priority: named,
  issuetype: named,
  status: named,
  updated: z.string().nullish().catch(undefined),
})

/** Reads one issue from Jira Data Center / Server (REST v2); descriptions are wiki markup, read as markdown. */
export class JiraDataCenterSource implements TicketSource {
  constructor(private readonly client: JiraRestV2Client) {}

  async fetch(key: string): Promise<Ticket> {
    if (!JIRA_KEY.test(key))
      throw new TicketError('invalid', `'${key}' is not a Jira issue key: pass a key like DATA-123`)
    try {
      const issue = await this.client.get(`issue/${encodeURIComponent(key)}`, IssueSchema, {
        fields: REQUESTED_FIELDS,
        expand: 'names',
      })
      return toTicket(issue, this.client.host)
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

function toTicket(issue: z.infer<typeof IssueSchema>, host: string): Ticket {
  const fields = FieldsSchema.parse(issue.fields)
  const shown: Record<string, string> = {}
  if (fields.priority) shown['Priority'] = fields.priority.name
  if (fields.issuetype) shown['Type'] = fields.issuetype.name
  if (fields.status) shown['Status'] = fields.status.name
  if (fields.components && fields.components.length > 0)
    shown['Components'] = fields.components.map((component) => component.name).join(', ')
  for (const [id, value] of Object.entries(issue.fields)) {
    if (!id.startsWith('customfield_') || typeof value !== 'string' || value.trim() === '') continue
    const name = issue.names?.[id]
    // Text custom fields are wiki markup too (acceptance criteria); pickers and numbers are not prose.
    if (typeof name === 'string' && name !== '' && !(name in shown)) shown[name] = wikiToMarkdown(value)
  }
  const updated = fields.updated ? Date.parse(fields.updated) : Number.NaN
  return {
    key: issue.key,
    source: 'jira',
    title: fields.summary?.trim() || issue.key,
    body: limitTicketBody(wikiToMarkdown(fields.description)),
    labels: fields.labels ?? [],
    url: `${host}/browse/${issue.key}`,
    fields: shown,
    ...(Number.isNaN(updated) ? {} : { updated: new Date(updated).toISOString() }),
  }
}
