import {
  isApiError,
  isAuthError,
  isForbiddenError,
  isNetworkError,
  isRateLimitError,
  type CloudClient,
} from 'jira.js'
import { z } from 'zod'
import type { Log } from '../../shared/log.js'
import { createJiraClient, type JiraAuth } from './jira-client.js'
import { BacklogError, type BacklogItem, type BacklogSource } from '../../backlog/backlog-item.js'
import { BACKLOG_FIELDS, readBacklog } from './jira-backlog-pages.js'

export interface JiraBacklogSourceOptions {
  /** Site URL, e.g. `https://acme.atlassian.net`. */
  host: string
  auth: JiraAuth
  /** Issues per page (Jira caps it; default 100). */
  pageSize?: number
  /** Pages read at most (default 20); past it the rest of the backlog is left out with a warning. */
  maxPages?: number
  log?: Log
  onSchemaMismatch?: 'warn' | 'silent' | 'throw'
}

/** Lists a JQL backlog through jira.js (`GET /rest/api/3/search/jql`, paginated by `nextPageToken`). */
export class JiraBacklogSource implements BacklogSource {
  private readonly client: CloudClient
  private readonly host: string
  private readonly pageSize: number
  private readonly maxPages: number

  constructor(private readonly options: JiraBacklogSourceOptions) {
    this.host = options.host.replace(/\/+$/, '')
    this.pageSize = options.pageSize ?? 100
    this.maxPages = options.maxPages ?? 20
    try {
      this.client = createJiraClient(options)
    } catch (error) {
      throw new BacklogError(
        `The Jira client refused its settings: ${error instanceof Error ? error.message : String(error)}.`,
      )
    }
  }

  list(jql: string): Promise<BacklogItem[]> {
    return readBacklog({
      search: async (nextPageToken: string | undefined) => {
        const result = await this.search(jql, nextPageToken)
        const next = result.isLast !== false ? undefined : (result.nextPageToken ?? undefined)
        return { issues: result.issues ?? [], next }
      },
      maxPages: this.maxPages,
      notAnIssue: `Jira at ${this.host} answered the backlog search with an issue lacking key, created or updated: is \`jira-url\` a Jira Cloud site?`,
      ...(this.options.log ? { log: this.options.log } : {}),
    })
  }

  private async search(jql: string, nextPageToken: string | undefined) {
    try {
      return await this.client.issueSearch.searchAndReconsileIssuesUsingJql({
        jql,
        nextPageToken,
        maxResults: this.pageSize,
        fields: BACKLOG_FIELDS,
      })
    } catch (error) {
      throw this.toBacklogError(error, jql)
    }
  }

  private toBacklogError(error: unknown, jql: string): Error {
    const where = `Jira at ${this.host}`
    if (isAuthError(error))
      return new BacklogError(
        `${where} rejected the credentials (HTTP 401): check \`jira-email\` and \`jira-api-token\`, or \`jira-bearer-token\`.`,
      )
    if (isForbiddenError(error))
      return new BacklogError(
        `${where} refused the backlog search (HTTP 403): grant the account Browse projects on the queried projects.`,
      )
    if (isRateLimitError(error))
      return new BacklogError(
        `${where} rate-limited the backlog search: re-run later, or schedule the nightly at a quieter time.`,
      )
    if (isNetworkError(error))
      return new BacklogError(
        `Could not reach ${where} (${error.code ?? error.message}): check \`jira-url\` and that the runner can reach it.`,
      )
    if (isApiError(error)) {
      const body = z.object({ errorMessages: z.array(z.string()) }).safeParse(error.body)
      const detail = body.success ? body.data.errorMessages.join('; ') : `HTTP ${error.status}`
      return new BacklogError(
        `${where} refused the backlog JQL \`${jql}\`: ${detail}. Fix \`backlog-query\`.`,
      )
    }
    return error instanceof Error ? error : new Error(String(error))
  }
}
