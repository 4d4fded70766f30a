import { z } from 'zod'
import type { Log } from '../../shared/log.js'
import { BacklogError, type BacklogItem, type BacklogSource } from '../../backlog/backlog-item.js'
import { BACKLOG_FIELDS, readBacklog } from './jira-backlog-pages.js'
import { explainDcFailure } from './jira-dc-failure.js'
import { JiraRequestFailure, type JiraRestV2Client } from './jira-rest-v2-client.js'

export interface JiraDataCenterBacklogOptions {
  /** Issues asked per page; the server may return fewer (its own cap), and paging follows what it returned. */
  pageSize?: number
  /** Pages read at most (default 20); past it the rest of the backlog is left out with a warning. */
  maxPages?: number
  log?: Log
}

const PageSchema = z.object({
  startAt: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  issues: z.array(z.unknown()),
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

  list(jql: string): Promise<BacklogItem[]> {
    return readBacklog({
      search: async (startAt: number = 0) => {
        const result = await this.search(jql, startAt)
        const read = startAt + result.issues.length
        return { issues: result.issues, next: read < result.total ? read : undefined, total: result.total }
      },
      maxPages: this.maxPages,
      notAnIssue: `Jira Data Center at ${this.client.host} answered the backlog search with an issue lacking key, created or updated: is \`jira-url\` a Jira Data Center or Server?`,
      ...(this.options.log ? { log: this.options.log } : {}),
    })
  }

  private async search(jql: string, startAt: number): Promise<z.infer<typeof PageSchema>> {
    try {
      return await this.client.get('search', PageSchema, {
        jql,
        startAt,
        maxResults: this.pageSize,
        fields: BACKLOG_FIELDS,
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
}
