import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky'
import { z } from 'zod'
import type { JiraAuth } from './jira-client.js'

/** How a Jira request is retried: 429 (after its `Retry-After`) and, for reads and updates, 5xx. */
export interface JiraRetryPolicy {
  /** Retries after the first try. */
  limit: number
  /** Wait before retry n is `baseMs · 2^(n-1)`, unless the answer says `Retry-After`. */
  baseMs: number
  /** A longer `Retry-After` is not waited out: the request fails at once and says how long Jira asked. */
  maxWaitMs: number
}

export const DEFAULT_JIRA_RETRY: JiraRetryPolicy = { limit: 3, baseMs: 1000, maxWaitMs: 30_000 }

export interface JiraRestV2Options {
  /** Base URL of the Jira server, with its context path if it has one (`https://jira.acme.com/jira`). */
  host: string
  /** A personal access token (`Authorization: Bearer`), or a user name and password (basic). */
  auth: JiraAuth
  retry?: Partial<JiraRetryPolicy>
  /** Longest one try may take (default 60 s): a Jira that accepts the connection and never answers. */
  timeoutMs?: number
}

export type JiraFailureKind = 'http' | 'network' | 'timeout' | 'shape'

/** A Jira request that did not give what was asked; the adapter words it in its own stage's terms. */
export class JiraRequestFailure extends Error {
  constructor(
    readonly kind: JiraFailureKind,
    /** What Jira said (its `errorMessages` and field errors), or why no answer came. */
    readonly detail: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    /** Retries made before giving up. */
    readonly retries = 0,
  ) {
    super(status === undefined ? detail : `HTTP ${status}: ${detail}`)
  }
}

type Query = Record<string, string | number | readonly string[] | undefined>

/**
 * Jira Data Center / Server REST API v2 (`/rest/api/2/…`), on `fetch` through ky: zod checks every answer,
 * and failures come back as one `JiraRequestFailure`. A POST is retried only after a 429 (Jira did not act
 * on it); a 5xx on a POST may have created the comment already.
 */
export class JiraRestV2Client {
  readonly host: string
  private readonly http: KyInstance

  constructor(options: JiraRestV2Options) {
    this.host = options.host.replace(/\/+$/, '')
    const policy = { ...DEFAULT_JIRA_RETRY, ...options.retry }
    const auth =
      options.auth.type === 'bearer'
        ? `Bearer ${options.auth.token}`
        : `Basic ${Buffer.from(`${options.auth.email}:${options.auth.apiToken}`).toString('base64')}`
    this.http = ky.create({
      headers: { authorization: auth, accept: 'application/json' },
      timeout: options.timeoutMs ?? 60_000,
      retry: {
        limit: policy.limit,
        methods: ['get', 'put', 'delete', 'post'],
        statusCodes: [429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        delay: (attempt) => policy.baseMs * 2 ** (attempt - 1),
        shouldRetry: ({ error }) => {
          if (isHTTPError(error)) {
            const wait = retryAfterMs(error.response.headers.get('retry-after'))
            if (wait !== undefined && wait > policy.maxWaitMs) return false
            if (error.request.method === 'POST') return error.response.status === 429
            return undefined
          }
          return isNetworkError(error) && error.request.method === 'POST' ? false : undefined
        },
      },
    })
  }

  async get<S extends z.ZodType>(path: string, schema: S, query: Query = {}): Promise<z.output<S>> {
    return this.call('get', path, schema, { searchParams: searchParams(query) })
  }

  async post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>> {
    return this.call('post', path, schema, { json: body })
  }

  async put<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.output<S>> {
    return this.call('put', path, schema, { json: body })
  }

  private async call<S extends z.ZodType>(
    method: 'get' | 'post' | 'put',
    path: string,
    schema: S,
    options: { searchParams?: URLSearchParams; json?: unknown },
  ): Promise<z.output<S>> {
    const url = `${this.host}/rest/api/2/${path.replace(/^\/+/, '')}`
    let text: string
    let retries = 0
    try {
      text = await this.http(url, {
        method,
        ...options,
        hooks: { beforeRetry: [({ retryCount }) => void (retries = retryCount)] },
      }).text()
    } catch (error) {
      throw this.failure(error, retries)
    }
    let json: unknown
    try {
      json = text === '' ? undefined : JSON.parse(text)
    } catch {
      throw new JiraRequestFailure(
        'shape',
        `answered ${path} with something that is not JSON: ${text.slice(0, 120)}`,
      )
    }
    const parsed = schema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new JiraRequestFailure(
        'shape',
        `answered ${path} in an unexpected shape (${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid'})`,
      )
    }
    return parsed.data
  }

  private failure(error: unknown, retries: number): JiraRequestFailure {
    if (isHTTPError(error)) {
      return new JiraRequestFailure(
        'http',
        jiraMessages(error.data),
        error.response.status,
        retryAfterMs(error.response.headers.get('retry-after')),
        retries,
      )
    }
    if (isTimeoutError(error)) return new JiraRequestFailure('timeout', 'no answer in time')
    if (isNetworkError(error)) {
      const cause = error.cause
      const code =
        typeof cause === 'object' && cause !== null && 'cause' in cause
          ? z.object({ code: z.string() }).safeParse(cause.cause).data?.code
          : undefined
      return new JiraRequestFailure(
        'network',
        code ?? (cause instanceof Error ? cause.message : error.message),
      )
    }
    return new JiraRequestFailure('network', error instanceof Error ? error.message : String(error))
  }
}

function searchParams(query: Query): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue
    if (Array.isArray(value)) params.set(key, value.join(','))
    else params.set(key, String(value))
  }
  return params
}

/** `Retry-After` in seconds or as an HTTP date. */
function retryAfterMs(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

/** Jira's `{"errorMessages":[…],"errors":{field: message}}`, or the start of whatever else it sent. */
export function jiraMessages(body: unknown): string {
  const parsed = z
    .object({
      errorMessages: z.array(z.string()).optional(),
      errors: z.record(z.string(), z.string()).optional(),
    })
    .safeParse(body)
  if (!parsed.success) {
    return typeof body === 'string' && body.trim() !== ''
      ? body
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 300)
      : 'no details given'
  }
  const messages = [
    ...(parsed.data.errorMessages ?? []),
    ...Object.entries(parsed.data.errors ?? {}).map(([field, message]) => `${field}: ${message}`),
  ]
  return messages.length > 0 ? messages.join('; ') : 'no details given'
}
