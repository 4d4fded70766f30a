import { z } from 'zod'
import { limitTicketBody } from '../../tickets/limit-body.js'
import { TicketError, type Ticket } from '../../tickets/ticket.js'

/** Fields the later stages use; `*navigable` brings custom fields (acceptance criteria and the like) too. */
export const ISSUE_FIELDS = [
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

const JIRA_KEY = /^[A-Za-z][A-Za-z0-9_]*-\d+$/

/** Refuses what is not an issue key before any request is made. */
export function checkJiraKey(key: string): void {
  if (!JIRA_KEY.test(key))
    throw new TicketError('invalid', `'${key}' is not a Jira issue key: pass a key like DATA-123`)
}

/** One issue as both REST versions answer `GET issue/{key}?expand=names`. */
export const IssueSchema = z.object({
  key: z.string(),
  fields: z.record(z.string(), z.unknown()).default({}),
  names: z.record(z.string(), z.unknown()).optional().catch(undefined),
})
export type JiraIssue = z.infer<typeof IssueSchema>

const named = z.object({ name: z.string() }).nullish().catch(undefined)

const FieldsSchema = z.object({
  summary: z.string().nullish().catch(undefined),
  description: z.unknown(),
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

/** How one deployment writes rich text: ADF documents on Cloud (v3), wiki markup on Data Center (v2). */
export interface JiraRichText {
  /** The description as markdown ('' when there is none). */
  description(value: unknown): string
  /** A custom field's value as markdown, or undefined when it is not prose the model can use. */
  customField(value: unknown): string | undefined
}

/** The issue as a ticket: summary, description and text custom fields, labels and the fields a reader sees. */
export function issueToTicket(issue: JiraIssue, host: string, text: JiraRichText): Ticket {
  const fields = FieldsSchema.parse(issue.fields)
  const shown: Record<string, string> = {}
  if (fields.priority) shown['Priority'] = fields.priority.name
  if (fields.issuetype) shown['Type'] = fields.issuetype.name
  if (fields.status) shown['Status'] = fields.status.name
  if (fields.components && fields.components.length > 0)
    shown['Components'] = fields.components.map((component) => component.name).join(', ')
  for (const [id, value] of Object.entries(issue.fields)) {
    if (!id.startsWith('customfield_')) continue
    const name = issue.names?.[id]
    if (typeof name !== 'string' || name === '' || name in shown) continue
    const markdown = text.customField(value)
    if (markdown !== undefined) shown[name] = markdown
  }
  const updated = fields.updated ? Date.parse(fields.updated) : Number.NaN
  return {
    key: issue.key,
    source: 'jira',
    title: fields.summary?.trim() || issue.key,
    body: limitTicketBody(text.description(fields.description)),
    labels: fields.labels ?? [],
    url: `${host}/browse/${issue.key}`,
    fields: shown,
    ...(Number.isNaN(updated) ? {} : { updated: new Date(updated).toISOString() }),
  }
}
