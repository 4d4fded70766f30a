/** How a webhook post is retried: a 429 or 5xx answer, or no answer at all. */
export interface PostRetryPolicy {
  /** Tries in all, the first included. */
  attempts: number
  /** The wait before try n+1 is `baseMs · 2^(n-1)`, unless the answer says `Retry-After`. */
  baseMs: number
  /** A longer `Retry-After` is not waited out: the post fails at once (a notification never holds a run). */
  maxWaitMs: number
  /** Each try is abandoned after this long. */
  timeoutMs: number
}

export const DEFAULT_POST_RETRY: PostRetryPolicy = {
  attempts: 3,
  baseMs: 1000,
  maxWaitMs: 30_000,
  timeoutMs: 10_000,
}

export interface PostOptions {
  headers?: Record<string, string>
  retry?: Partial<PostRetryPolicy>
  /** Injected so tests do not wait out `Retry-After`. */
  sleep?: (ms: number) => Promise<void>
}

export interface PostAnswer {
  status: number
  body: string
  /** How many tries it took. */
  attempts: number
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * POSTs `body` as JSON and returns the last answer: a 2xx, a 4xx other than 429, or what was left after the
 * retries. Throws only when no answer came. The URL is never part of an error message (it may be the
 * credential).
 */
export async function postJson(url: string, body: unknown, options: PostOptions = {}): Promise<PostAnswer> {
  const policy = { ...DEFAULT_POST_RETRY, ...options.retry }
  const sleep = options.sleep ?? defaultSleep
  const payload = JSON.stringify(body)
  for (let attempt = 1; ; attempt += 1) {
    let answer: { status: number; body: string; retryAfter: string | null } | undefined
    let failure: unknown
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', ...options.headers },
        body: payload,
        signal: AbortSignal.timeout(policy.timeoutMs),
      })
      answer = {
        status: response.status,
        body: await response.text(),
        retryAfter: response.headers.get('retry-after'),
      }
    } catch (error) {
      failure = error
    }
    const retryable = !answer || answer.status === 429 || answer.status >= 500
    if (!retryable && answer) return { status: answer.status, body: answer.body, attempts: attempt }
    const waitMs = answer?.retryAfter ? retryAfterMs(answer.retryAfter) : policy.baseMs * 2 ** (attempt - 1)
    if (attempt >= policy.attempts || waitMs > policy.maxWaitMs) {
      if (answer) return { status: answer.status, body: answer.body, attempts: attempt }
      throw new Error(`no answer after ${attempt} tries (${describe(failure)})`)
    }
    await sleep(waitMs)
  }
}

/** `Retry-After` in seconds or as an HTTP date; unreadable counts as one second. */
function retryAfterMs(value: string): number {
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? 1000 : Math.max(0, date - Date.now())
}

function describe(error: unknown): string {
  // Not `instanceof Error`: fetch's errors may come from another realm (a test's VM context).
  const { name, message, cause } = fields(error)
  if (name === 'TimeoutError') return 'timed out'
  if (message === undefined) return String(error)
  // undici puts the socket error (ECONNREFUSED…) in `cause` and says only "fetch failed" itself.
  const reason = fields(cause).message
  return reason ? `${message}: ${reason}` : message
}

function fields(value: unknown): { name?: string; message?: string; cause?: unknown } {
  if (typeof value !== 'object' || value === null) return {}
  const record = value as { name?: unknown; message?: unknown; cause?: unknown }
  return {
    name: typeof record.name === 'string' ? record.name : undefined,
    message: typeof record.message === 'string' ? record.message : undefined,
    cause: record.cause,
  }
}
