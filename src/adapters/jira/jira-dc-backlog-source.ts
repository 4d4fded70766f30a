import { z } from 'zod'
import type { Log } from '../../shared/log.js'
import {
  BacklogError,
  isoTime,
  normalizePriority,
  type BacklogItem,
  type BacklogSource,
} from '../../backlog/backlog-item.js'
import { explainDcFailure } from './jira-dc-failure.js'
import { JiraRequestFailure, type JiraRestV2Client } from './jira-rest-v2-client.js'

export interface JiraDataCenterBacklogOptions {
  /** Issues asked per page; the server may return fewer (its own cap), and paging follows what it returned. */
  pageSize?: number
  /** Pages read at most (default 20); past it the rest of the backlog is left out with a warning. */
  maxPages?: number
  log?: Log
}

const FIELDS = ['summary', 'priority', 'created', 'updated', 'labels']

const PageSchema = z.object({
  startAt: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  issues: z.array(z.unknown()),
})

const IssueSchema = z.object({
  key: z.string(),
  fields: z.object({
    summary: z.string().nullish(),
    priority: z.object({ name: z.string() }).nullish().catch(undefined),
    created: z.string(),
    updated: z.string(),
    labels: z.array(z.string()).nullish(),
  }),
})

/** Lists a JQL backlog on Jira Data Center / Server: `GET /rest/api/2/search`, paged by `startAt` and `total`. */
export class JiraDataCenterBacklogSource implements BacklogSource {
  private readonly pageSize: number
  private readonly maxPages: number

  constructor(
    private readonly client: JiraRestV2Client,
    private readonly options: JiraDataCenterBacklogOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 100
    this.maxPages = options.maxPages ?? 20
  }

  async list(jql: string): Promise<BacklogItem[]> {
    const items: BacklogItem[] = []
    for (let page = 1; ; page += 1) {
      const result = await this.search(jql, items.length)
      for (const raw of result.issues) items.push(this.toItem(raw))
      // An empty page ends it too: a `total` that overstates (issues deleted meanwhile) cannot loop forever.
      if (result.issues.length === 0 || items.length >= result.total) return items
      if (page >= this.maxPages) {
        this.options.log?.warn(
          `The backlog query matched ${result.total} issues; only the first ${items.length} (${this.maxPages} pages) are planned. Narrow the JQL, or order it (ORDER BY priority DESC, created ASC) so the first pages are the ones that matter.`,
        )
        return items
      }
    }
  }

  private async search(jql: string, startAt: number): Promise<z.infer<typeof PageSchema>> {
    try {
      return await this.client.get('search', PageSchema, {
        jql,
        startAt,
        maxResults: this.pageSize,
        fields: FIELDS,
      })
    } catch (error) {
      if (!(error instanceof JiraRequestFailure)) throw error
      if (error.kind === 'http' && error.status === 400)
        throw new BacklogError(
          `Jira Data Center at ${this.client.host} refused the backlog JQL \`${jql}\`: ${error.detail}. Fix \`backlog-query\`.`,
        )
      const words = explainDcFailure(error, {
        host: this.client.host,
        doing: 'searching the backlog',
        permission: 'Browse projects',
      })
      throw new BacklogError(`${words.message}.`)
    }
  }

  private toItem(raw: unknown): BacklogItem {
    const parsed = IssueSchema.safeParse(raw)
    if (!parsed.success) {
      throw new BacklogError(
        `Jira Data Center at ${this.client.host} answered the backlog search with an issue lacking key, created or updated: is \`jira-url\` a Jira Data Center or Server?`,
      )
    }
    const { key, fields } = parsed.data
    const createdAt = isoTime(fields.created) ?? fields.created
    return {
      key,
      title: fields.summary ?? key,
      priority: normalizePriority(fields.priority?.name),
      createdAt,
      updatedAt: isoTime(fields.updated) ?? createdAt,
      labels: fields.labels ?? [],
    }
  }
}
