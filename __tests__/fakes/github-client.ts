import {
  createGitHubClient,
  type GitHubRepo,
  type GitHubRetryPolicy,
} from '../../src/adapters/github/github-client.js'

/** The production retry counts with waits of a millisecond a unit, so fault tests count requests, not seconds. */
export const FAST_RETRY: Partial<GitHubRetryPolicy> = { unitMs: 1 }

/** The real client against a loopback GitHub, as the composition root builds it. */
export function githubRepo(
  apiUrl: string,
  token: string,
  repository: { owner: string; repo: string } = { owner: 'acme', repo: 'analytics' },
): GitHubRepo {
  return { client: createGitHubClient({ token, apiUrl, retry: FAST_RETRY }), ...repository }
}
