import { z } from 'zod'
import type { PullCommit, PullRequestReviews, ReviewComment } from '../../triggers/review-comments.js'
import type { GitHubRepo } from './github-client.js'
import { RepoAdapter } from './repo-adapter.js'

const ReviewCommentSchema = z.object({
  path: z.string(),
  line: z.number().nullish(),
  original_line: z.number().nullish(),
  body: z.string(),
  user: z.object({ login: z.string() }).nullable(),
  created_at: z.string(),
  author_association: z.string(),
})
const CommitSchema = z.object({
  sha: z.string(),
  commit: z.object({
    message: z.string(),
    committer: z.object({ date: z.string() }).nullable(),
    author: z.object({ date: z.string() }).nullable(),
  }),
  author: z.object({ login: z.string() }).nullable(),
  committer: z.object({ login: z.string() }).nullable(),
})

/** `PullRequestReviews` through Octokit, following pagination. */
export class OctokitPullRequestReviews extends RepoAdapter implements PullRequestReviews {
  constructor(github: GitHubRepo) {
    super(github, '`pull-requests: read`')
  }

  async listReviewComments(prNumber: number): Promise<ReviewComment[]> {
    const raw = await this.call(`reading the review comments of #${prNumber}`, () =>
      this.octokit.paginate(this.octokit.rest.pulls.listReviewComments, {
        ...this.repo,
        pull_number: prNumber,
        per_page: 100,
      }),
    )
    return z
      .array(ReviewCommentSchema)
      .parse(raw)
      .map((c) => ({
        path: c.path,
        line: c.line ?? undefined,
        originalLine: c.original_line ?? undefined,
        body: c.body,
        user: c.user?.login ?? 'ghost',
        createdAt: c.created_at,
        association: c.author_association,
      }))
  }

  async listCommits(prNumber: number): Promise<PullCommit[]> {
    const raw = await this.call(`reading the commits of #${prNumber}`, () =>
      this.octokit.paginate(this.octokit.rest.pulls.listCommits, {
        ...this.repo,
        pull_number: prNumber,
        per_page: 100,
      }),
    )
    return z
      .array(CommitSchema)
      .parse(raw)
      .map((c) => ({
        sha: c.sha,
        message: c.commit.message,
        authorLogin: c.author?.login,
        committerLogin: c.committer?.login,
        date: c.commit.committer?.date ?? c.commit.author?.date ?? '',
      }))
  }
}
