import { GitbeakerRequestError, GitbeakerRetryError, GitbeakerTimeoutError } from '@gitbeaker/rest'
import { PublishError } from '../../publish/publish-error.js'

/** What the token needs, said in every refusal. */
const TOKEN_NEEDS =
  'a project access token (or personal token) with the `api` and `write_repository` scopes and at least the Developer role'

/** A failed GitLab call as a `PublishError` that says what to do; `action` is what we were doing. */
export function gitlabError(action: string, project: string, error: unknown): PublishError {
  if (error instanceof PublishError) return error
  if (error instanceof GitbeakerRetryError)
    return new PublishError(
      'unavailable',
      `GitLab kept refusing ${action} (rate limited or unavailable): ${error.message} Retry the run later.`,
    )
  if (error instanceof GitbeakerTimeoutError)
    return new PublishError('unavailable', `GitLab did not answer ${action} in time. Retry the run.`)
  if (!(error instanceof GitbeakerRequestError)) {
    const reason = error instanceof Error ? error.message : String(error)
    return new PublishError(
      'unavailable',
      `Could not reach GitLab while ${action}: ${reason}. Check \`gitlab-url\` (CI_SERVER_URL) and the network.`,
    )
  }
  const status = error.cause?.response.status
  const said = error.cause?.description || error.message
  switch (status) {
    case 401:
      return new PublishError(
        'unauthorized',
        `GitLab rejected the token while ${action} (401: ${said}). Set \`GITLAB_TOKEN\` (input \`gitlab-token\`) to ${TOKEN_NEEDS}; it may have expired.`,
        status,
      )
    case 403:
      return new PublishError(
        'forbidden',
        `GitLab refused ${action} in ${project} (403: ${said}). The token needs ${TOKEN_NEEDS}.`,
        status,
      )
    case 404:
      return new PublishError(
        'not-found',
        `GitLab found no project \`${project}\` while ${action} (404), or the token cannot see it. Check \`gitlab-project\` (CI_PROJECT_PATH) and that the token has ${TOKEN_NEEDS}.`,
        status,
      )
    default:
      return new PublishError(
        status !== undefined && status >= 500 ? 'unavailable' : 'invalid-request',
        `GitLab refused ${action} (${status ?? 'no status'}: ${said}).`,
        status,
      )
  }
}
