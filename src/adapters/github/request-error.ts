import { z } from 'zod'
import { PublishError } from '../../publish/publish-error.js'

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

/** Maps an Octokit request error to a `PublishError` whose message tells the user what to change. */
export function toPublishError(error: unknown, action: string, repository: string): PublishError {
  const graphql = graphqlErrorSchema.safeParse(error)
  if (graphql.success) return graphqlPublishError(graphql.data.errors, action, repository)
  const parsed = octokitErrorSchema.safeParse(error)
  if (!parsed.success) {
    const reason = error instanceof Error ? error.message : String(error)
    return new PublishError(
      'unavailable',
      `GitHub could not be reached while ${action}: ${reason}. Retry the run.`,
    )
  }
  const { status } = parsed.data
  const data = parsed.data.response?.data
  const githubMessage = data?.message ?? parsed.data.message ?? ''
  const details = (data?.errors ?? [])
    .map((e) => (typeof e === 'string' ? e : (e.message ?? '')))
    .filter(Boolean)
  const said = [githubMessage, ...details].filter(Boolean).join(': ')
  const remaining = parsed.data.response?.headers?.['x-ratelimit-remaining']
  if (status === 401) {
    return new PublishError(
      'unauthorized',
      `GitHub rejected the token while ${action} (401 ${githubMessage || 'Bad credentials'}). ` +
        'Check the `github-token` input: the token may be expired, revoked or for another installation.',
      status,
    )
  }
  if (
    (status === 403 || status === 429) &&
    (String(remaining) === '0' || /rate limit/i.test(githubMessage))
  ) {
    return new PublishError(
      'unavailable',
      `GitHub rate limit hit while ${action}: ${said}. Retry the run later.`,
      status,
    )
  }
  if (status === 403) {
    return new PublishError(
      'forbidden',
      `GitHub refused ${action} in ${repository} (403 ${said}). The token needs \`contents: write\` and ` +
        '`pull-requests: write` (set `permissions:` in the workflow); with the default GITHUB_TOKEN also enable ' +
        'Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests".',
      status,
    )
  }
  if (status === 404) {
    return new PublishError(
      'not-found',
      `GitHub answered 404 while ${action} in ${repository}: the repository does not exist or the token cannot see it. ` +
        'Check the repository name and that the `github-token` has access to it.',
      status,
    )
  }
  if (status === 422) {
    return new PublishError('invalid-request', `GitHub rejected ${action} (422 ${said}).`, status)
  }
  return new PublishError(
    'unavailable',
    `GitHub failed while ${action} (${status} ${said}). Retry the run.`,
    status,
  )
}

function graphqlPublishError(
  errors: { type?: string; message: string }[],
  action: string,
  repository: string,
): PublishError {
  const said = errors.map((e) => (e.type ? `${e.type}: ${e.message}` : e.message)).join('; ')
  const types = new Set(errors.map((e) => e.type))
  if (types.has('FORBIDDEN')) {
    return new PublishError(
      'forbidden',
      `GitHub refused ${action} in ${repository} (${said}). The token needs \`pull-requests: write\`.`,
    )
  }
  if (types.has('NOT_FOUND')) {
    return new PublishError(
      'not-found',
      `GitHub could not find the pull request while ${action} in ${repository} (${said}); it may have been deleted.`,
    )
  }
  if (types.has('RATE_LIMITED')) {
    return new PublishError(
      'unavailable',
      `GitHub rate limit hit while ${action}: ${said}. Retry the run later.`,
    )
  }
  return new PublishError('invalid-request', `GitHub rejected ${action} in ${repository} (${said}).`)
}
