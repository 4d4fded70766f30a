import {
  isApiError,
  isAuthError,
  isForbiddenError,
  isNetworkError,
  isNotFoundError,
  isRateLimitError,
  isServerError,
  type CloudClient,
} from 'jira.js'
import { z } from 'zod'
import { adfToMarkdown } from './adf-to-markdown.js'
import { createJiraClient, JiraSettingsProblem, type JiraAuth } from './jira-client.js'
import {
  checkJiraKey,
  ISSUE_FIELDS,
  IssueSchema,
  issueToTicket,
  type JiraIssue,
  type JiraRichText,
} from './jira-issue-ticket.js'
import { TicketError, type Ticket, type TicketSource } from '../../tickets/ticket.js'

export interface JiraCloudSourceOptions {
  /** Site URL, e.g. `https://acme.atlassian.net`. */
  host: string
  auth: JiraAuth
  /** How many times a 429 is retried before giving up (default 3). */
  maxRateLimitRetries?: number
  /** Longest Retry-After we are willing to sleep (default 30 s); a longer one ends the retries at once. */
  maxRetryWaitMs?: number
  sleep?: (ms: number) => Promise<void>
  /**
   * Longest one request may take (default 60 s). jira.js sets no timeout of its own, so a Jira that accepts
   * the connection and never answers would otherwise hold the run until the job's own timeout.
   */
  requestTimeoutMs?: number
  /** jira.js response validation; tests use `throw` so a fake that drifts from Jira's shape fails loudly. */
  onSchemaMismatch?: 'warn' | 'silent' | 'throw'
}

const AdfDocSchema = z.object({ type: z.literal('doc') })

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Reads one issue from Jira Cloud through jira.js, retrying rate limits within a bounded wait. */
export class JiraCloudSource implements TicketSource {
  private readonly client: CloudClient
  private readonly host: string
  private readonly auth: JiraAuth
  private readonly maxRetries: number
  private readonly maxWaitMs: number
  private readonly sleep: (ms: number) => Promise<void>
  private readonly requestTimeoutMs: number

  constructor(options: JiraCloudSourceOptions) {
    this.host = options.host.replace(/\/+$/, '')
    this.auth = options.auth
    this.maxRetries = options.maxRateLimitRetries ?? 3
    this.maxWaitMs = options.maxRetryWaitMs ?? 30_000
    this.sleep = options.sleep ?? defaultSleep
    this.requestTimeoutMs = options.requestTimeoutMs ?? 60_000
    try {
      this.client = createJiraClient(options)
    } catch (error) {
      if (!(error instanceof JiraSettingsProblem)) throw error
      throw new TicketError('invalid', `The Jira client refused its settings: ${error.message}`)
    }
  }

  async fetch(key: string): Promise<Ticket> {
    checkJiraKey(key)
    return issueToTicket(await this.getIssue(key), this.host, ADF)
  }

  private async getIssue(key: string): Promise<JiraIssue> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const raw = await this.withinTimeout(
          this.client.issues.getIssue({ issueIdOrKey: key, fields: ISSUE_FIELDS, expand: 'names' }),
          key,
        )
        const parsed = IssueSchema.safeParse(raw)
        if (!parsed.success) {
          throw new TicketError(
            'unavailable',
            `Jira answered for ${key} without an issue key: is \`jira-url\` (${this.host}) a Jira Cloud site?`,
          )
        }
        return parsed.data
      } catch (error) {
        if (isRateLimitError(error) && attempt < this.maxRetries) {
          const waitMs = error.retryAfterMs ?? 1000 * 2 ** attempt
          if (waitMs <= this.maxWaitMs) {
            await this.sleep(waitMs)
            continue
          }
        }
        throw this.toTicketError(error, key, attempt)
      }
    }
  }

  private async withinTimeout<T>(request: Promise<T>, key: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const seconds = Math.round(this.requestTimeoutMs / 1000)
        reject(
          new TicketError(
            'unavailable',
            `Jira at ${this.host} did not answer within ${seconds} s reading ${key}: check https://status.atlassian.com and that the runner can reach \`jira-url\`, then re-run`,
          ),
        )
      }, this.requestTimeoutMs)
    })
    try {
      return await Promise.race([request, timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  private toTicketError(error: unknown, key: string, retries: number): unknown {
    if (error instanceof TicketError) return error
    const account =
      this.auth.type === 'basic' ? 'the account in `jira-email`' : 'the token in `jira-bearer-token`'
    if (isNotFoundError(error)) {
      return new TicketError(
        'not-found',
        `Jira has no issue ${key}, or ${account} cannot see it: check the key and the account's Browse permission`,
      )
    }
    if (isAuthError(error)) {
      const inputs =
        this.auth.type === 'basic'
          ? '`jira-email` and `jira-api-token` (an API token from id.atlassian.com for that account), or use `jira-bearer-token`'
          : '`jira-bearer-token`, or use `jira-email` with `jira-api-token`'
      return new TicketError(
        'unauthorized',
        `Jira at ${this.host} rejected the credentials (HTTP 401): check ${inputs}`,
      )
    }
    if (isForbiddenError(error)) {
      return new TicketError(
        'forbidden',
        `Jira refused ${account} access to ${key} (HTTP 403): grant it Browse projects on the project, or check that the site allows API tokens`,
      )
    }
    if (isRateLimitError(error)) {
      const wait =
        error.retryAfterMs === undefined ? '' : ` and asks to wait ${Math.ceil(error.retryAfterMs / 1000)} s`
      const tried = retries === 0 ? '' : ` after ${retries} retries`
      return new TicketError(
        'rate-limited',
        `Jira rate-limited the request for ${key}${tried}${wait}: re-run later, or fan out fewer tickets at once (lower the matrix \`max-parallel\`)`,
        error.retryAfterMs,
      )
    }
    if (isServerError(error)) {
      return new TicketError(
        'unavailable',
        `Jira at ${this.host} failed with HTTP ${error.status} reading ${key}: check https://status.atlassian.com and re-run`,
      )
    }
    if (isNetworkError(error)) {
      return new TicketError(
        'unavailable',
        `Could not reach Jira at ${this.host} (${error.code ?? error.message}): check \`jira-url\` and that the runner can reach it`,
      )
    }
    if (isApiError(error)) {
      return new TicketError(
        'invalid',
        `Jira refused the request for ${key} (HTTP ${error.status}): ${jiraMessages(error.body)}`,
      )
    }
    return error
  }
}

function jiraMessages(body: unknown): string {
  const parsed = z
    .object({
      errorMessages: z.array(z.string()).optional(),
      errors: z.record(z.string(), z.string()).optional(),
    })
    .safeParse(body)
  if (!parsed.success)
    return typeof body === 'string' && body !== '' ? body.slice(0, 300) : 'no details given'
  const messages = [...(parsed.data.errorMessages ?? []), ...Object.values(parsed.data.errors ?? {})]
  return messages.length > 0 ? messages.join('; ') : 'no details given'
}

/** Cloud's rich text: ADF documents; a plain text custom field is taken as it is. */
const ADF: JiraRichText = { description: adfToMarkdown, customField: customFieldText }

/** Text and rich-text custom fields only: pickers, numbers and sprints are not prose the model can use. */
function customFieldText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (AdfDocSchema.safeParse(value).success) {
    const markdown = adfToMarkdown(value)
    return markdown === '' ? undefined : markdown
  }
  return undefined
}
