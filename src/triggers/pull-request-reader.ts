/** A pull request as `resolveRevision` needs it. */
export interface PullRequestSnapshot {
  number: number
  state: 'open' | 'closed'
  url: string
  body: string
  head: string
  base: string
  /** `owner/repo` of the head branch; differs from `baseRepository` for a fork, null when the fork is gone. */
  headRepository: string | null
  baseRepository: string
}

export interface PullRequestReader {
  getPullRequest(number: number): Promise<PullRequestSnapshot>
}
