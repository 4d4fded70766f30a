import type { GitHubClient, GitHubRepo } from './github-client.js'
import { publishing } from './request-error.js'

/**
 * What every adapter on one repository shares: the client, the `{ owner, repo }` every call takes, and one
 * way to fail (the action, the repository and the permissions the token needs, through `publishing`).
 */
export abstract class RepoAdapter {
  protected readonly octokit: GitHubClient
  protected readonly repo: { owner: string; repo: string }

  protected constructor(
    github: GitHubRepo,
    private readonly permissions: string,
  ) {
    this.octokit = github.client
    this.repo = { owner: github.owner, repo: github.repo }
  }

  protected call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    return publishing(action, `${this.repo.owner}/${this.repo.repo}`, this.permissions, fn)
  }
}
