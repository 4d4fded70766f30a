import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import type { Log } from '../../shared/log.js'

/** The one Octokit every GitHub adapter uses: REST, GraphQL and pagination, with bounded retries. */
export type GitHubClient = ReturnType<typeof getOctokit>

/** How hard a call tries before its error reaches the caller. */
export interface GitHubRetryPolicy {
  /** Retries of a 5xx answer or a dropped connection; retry n waits n² units. */
  retries: number
  /** One unit of wait in milliseconds; it also scales `Retry-After` seconds. Tests pass 1. */
  unitMs: number
  /** Retries after a rate limit (primary or secondary), each only when GitHub's wait is short enough. */
  rateLimitRetries: number
  /** The longest wait GitHub may ask for (`Retry-After`, or until `x-ratelimit-reset`) that is waited out. */
  maxRetryAfterSeconds: number
}

export const DEFAULT_RETRY_POLICY: GitHubRetryPolicy = {
  retries: 2,
  unitMs: 1000,
  rateLimitRetries: 1,
  maxRetryAfterSeconds: 60,
}

/** The repository an adapter works on and the client it calls GitHub with. */
export interface GitHubRepo {
  client: GitHubClient
  owner: string
  repo: string
}

export interface GitHubClientOptions {
  token: string
  /** REST root: `GITHUB_API_URL` (https://api.github.com, or `https://<host>/api/v3` on GHES). */
  apiUrl?: string
  retry?: Partial<GitHubRetryPolicy>
  /** Where a retry after a rate limit is announced. */
  log?: Log
}

// Answers a retry cannot change; 429 is left to the throttling plugin, which honours Retry-After.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

/**
 * Builds the GitHub client. 5xx answers and dropped connections are retried `retries` times with a
 * growing wait; a rate limit is retried `rateLimitRetries` times when GitHub asks for a wait of at most
 * `maxRetryAfterSeconds`, else the call fails at once with GitHub's answer, which the request-error
 * mapper turns into "retry later". Writes are serialized but not spaced: a run makes a handful of them,
 * and spacing each by seconds (the plugin's default) would only slow every run down.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry }
  const onLimit =
    (kind: string) => (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
      if (retryCount >= policy.rateLimitRetries || retryAfter > policy.maxRetryAfterSeconds) return false
      options.log?.warn(`GitHub ${kind} hit: retrying in ${retryAfter} s.`)
      return true
    }
  const serialized = () => new Bottleneck.Group({ maxConcurrent: 1 })
  // An explicit baseUrl: @actions/github resolves its default from the environment at import time.
  return getOctokit(
    options.token,
    {
      baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
      retry: { retries: policy.retries, retryAfterBaseValue: policy.unitMs, doNotRetry: DO_NOT_RETRY },
      throttle: {
        retryAfterBaseValue: policy.unitMs,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        write: serialized(),
        notifications: serialized(),
        search: serialized(),
      },
    },
    retry,
    throttling,
  )
}
