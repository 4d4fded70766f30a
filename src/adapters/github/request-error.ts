import { z } from 'zod'
import { PublishError, type PublishErrorKind } from '../../publish/publish-error.js'

const octokitErrorSchema = z.object({
  status: z.number(),
  message: z.string().optional(),
  response: z
    .object({
      headers: z.record(z.string(), z.unknown()).optional(),
      data: z
        .object({
          message: z.string().optional(),
          errors: z
            .array(z.union([z.string(), z.object({ message: z.string().optional() }).loose()]))
            .optional(),
        })
        .loose()
        .optional()
        .catch(undefined),
    })
    .optional(),
})

// GitHub answers GraphQL failures with HTTP 200 and an `errors` array; @octokit/graphql throws this.
const graphqlErrorSchema = z.object({
  name: z.literal('GraphqlResponseError'),
  errors: z.array(z.object({ type: z.string().optional(), message: z.string() }).loose()).min(1),
})

export type GitHubFailureKind =
  'unauthorized' | 'forbidden' | 'not-found' | 'rate-limited' | 'invalid-request' | 'unavailable'

/** A failed GitHub call, read once: what kind of failure, and a sentence that says what to do. */
export interface GitHubFailure {
  kind: GitHubFailureKind
  /** The HTTP status; undefined when GitHub was not reached or answered a GraphQL error. */
  status?: number
  message: string
  /** How long GitHub asked to wait (`Retry-After`, or until `x-ratelimit-reset`) after a rate limit. */
  retryAfterMs?: number
}

/** The call that failed, in the words its messages use. */
export interface GitHubCall {
  /** `creating the pull request`, `reading #42`… */
  action: string
  /** `owner/repo`. */
  repository: string
  /** What the token needs, named when GitHub answers 403: "`issues: read` (set `permissions:` in the workflow)". */
  permissions: string
  /** The whole message for a 404 or 410, when the caller knows better what is missing than "the repository". */
  notFound?: string
  /** What else the user can do after a transient failure besides re-running (`set \`state-manifest\``). */
  instead?: string
}

/** Maps whatever an Octokit call threw (a RequestError, a GraphQL error, a dropped connection) to one failure. */
export function readGitHubFailure(error: unknown, call: GitHubCall): GitHubFailure {
  const { action, repository } = call
  const retry = (later: string) => `Retry the run${later}${call.instead ? `, or ${call.instead}` : ''}.`
  const graphql = graphqlErrorSchema.safeParse(error)
  if (graphql.success) return graphqlFailure(graphql.data.errors, call, retry(' later'))
  const parsed = octokitErrorSchema.safeParse(error)
  if (!parsed.success) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      kind: 'unavailable',
      message: `GitHub could not be reached while ${action}: ${reason}. ${retry('')}`,
    }
  }
  const { status } = parsed.data
  const data = parsed.data.response?.data
  const headers = parsed.data.response?.headers ?? {}
  const githubMessage = data?.message ?? parsed.data.message ?? ''
  const details = (data?.errors ?? [])
    .map((e) => (typeof e === 'string' ? e : (e.message ?? '')))
    .filter(Boolean)
  const said = [githubMessage, ...details].filter(Boolean).join(': ')
  const answered = `${status}${said ? ` ${said}` : ''}`
  if (status === 401) {
    return {
      kind: 'unauthorized',
      status,
      message:
        `GitHub rejected the token while ${action} (401 ${githubMessage || 'Bad credentials'}). ` +
        'Check the `github-token` input: the token may be expired, revoked or for another installation.',
    }
  }
  if (
    status === 429 ||
    (status === 403 &&
      (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(githubMessage)))
  ) {
    return {
      kind: 'rate-limited',
      status,
      message: `GitHub rate limit hit while ${action} (${answered}). ${retry(' later')}`,
      retryAfterMs: retryAfterMs(headers),
    }
  }
  if (status === 403) {
    return {
      kind: 'forbidden',
      status,
      message: `GitHub refused ${action} in ${repository} (${answered}). The token needs ${call.permissions}.`,
    }
  }
  if (status === 404 || status === 410) {
    return {
      kind: 'not-found',
      status,
      message:
        call.notFound ??
        `GitHub answered ${status} while ${action} in ${repository}: the repository does not exist or the token cannot see it. ` +
          'Check the repository name and that the `github-token` has access to it.',
    }
  }
  if (status < 500) {
    return { kind: 'invalid-request', status, message: `GitHub rejected ${action} (${answered}).` }
  }
  return {
    kind: 'unavailable',
    status,
    message: `GitHub failed while ${action} (${answered}), also when asked again. ${retry('')}`,
  }
}

const PUBLISH_KINDS: Record<GitHubFailureKind, PublishErrorKind> = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  'rate-limited': 'unavailable',
  'invalid-request': 'invalid-request',
  unavailable: 'unavailable',
}

/** The permissions a pull request needs, and the repository setting the default GITHUB_TOKEN also needs. */
export const PULL_REQUEST_PERMISSIONS =
  '`contents: write` and `pull-requests: write` (set `permissions:` in the workflow); with the default GITHUB_TOKEN also enable ' +
  'Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests"'

/** A failed call as the `PublishError` the code host and the trigger stage's GitHub adapters throw. */
function toPublishError(
  error: unknown,
  action: string,
  repository: string,
  permissions = PULL_REQUEST_PERMISSIONS,
): PublishError {
  const failure = readGitHubFailure(error, { action, repository, permissions })
  return new PublishError(PUBLISH_KINDS[failure.kind], failure.message, failure.status)
}

/** Runs one GitHub call of `repository`; its failure becomes the `PublishError` that says what to do. */
export async function publishing<T>(
  action: string,
  repository: string,
  permissions: string,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    throw toPublishError(error, action, repository, permissions)
  }
}

function graphqlFailure(
  errors: { type?: string; message: string }[],
  call: GitHubCall,
  retryLater: string,
): GitHubFailure {
  const { action, repository } = call
  const said = errors.map((e) => (e.type ? `${e.type}: ${e.message}` : e.message)).join('; ')
  const types = new Set(errors.map((e) => e.type))
  if (types.has('FORBIDDEN')) {
    return {
      kind: 'forbidden',
      message: `GitHub refused ${action} in ${repository} (${said}). The token needs ${call.permissions}.`,
    }
  }
  if (types.has('NOT_FOUND')) {
    return {
      kind: 'not-found',
      message: `GitHub could not find the pull request while ${action} in ${repository} (${said}); it may have been deleted.`,
    }
  }
  if (types.has('RATE_LIMITED')) {
    return { kind: 'rate-limited', message: `GitHub rate limit hit while ${action}: ${said}. ${retryLater}` }
  }
  return { kind: 'invalid-request', message: `GitHub rejected ${action} in ${repository} (${said}).` }
}

function retryAfterMs(headers: Record<string, unknown>): number | undefined {
  const seconds = Number(headers['retry-after'])
  if (headers['retry-after'] !== undefined && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const reset = Number(headers['x-ratelimit-reset'])
  if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - Date.now())
  return undefined
}
