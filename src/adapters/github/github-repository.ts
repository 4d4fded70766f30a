import { z } from 'zod'
import type { GitHubRepo } from './github-client.js'
import { RepoAdapter } from './repo-adapter.js'
import type { RepositoryAccess } from '../../triggers/authorize.js'
import type { IssueComment, IssueComments } from '../../triggers/issue-comments.js'
import type { PullRequestReader, PullRequestSnapshot } from '../../triggers/pull-request-reader.js'

const permissionSchema = z.object({ permission: z.string() })
const commentSchema = z.object({ id: z.number(), html_url: z.string() })
const pullSchema = z.object({
  number: z.number(),
  state: z.enum(['open', 'closed']),
  html_url: z.string(),
  body: z.string().nullable(),
  head: z.object({ ref: z.string(), repo: z.object({ full_name: z.string() }).nullable() }),
  base: z.object({ ref: z.string(), repo: z.object({ full_name: z.string() }) }),
})
const listedCommentSchema = z.object({
  id: z.number(),
  body: z.string().nullish(),
  created_at: z.string(),
  user: z.object({ login: z.string(), type: z.string().optional() }).nullable(),
})
const statusSchema = z.object({ status: z.number() })

/** The trigger stage's view of the repository through Octokit: permissions, comments, pull requests. */
export class GitHubRepository
  extends RepoAdapter
  implements RepositoryAccess, IssueComments, PullRequestReader
{
  constructor(github: GitHubRepo) {
    super(github, '`issues: write` and `pull-requests: read` (set `permissions:` in the workflow)')
  }

  async permission(user: string): Promise<string> {
    return this.call(`checking ${user}'s permission`, async () => {
      try {
        const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
          ...this.repo,
          username: user,
        })
        return permissionSchema.parse(data).permission
      } catch (error) {
        // GitHub answers 404 for a login that is not a user at all: no permission.
        if (statusSchema.safeParse(error).data?.status === 404) return 'none'
        throw error
      }
    })
  }

  async create(issueNumber: number, body: string): Promise<{ id: number; url: string }> {
    return this.call(`commenting on #${issueNumber}`, async () => {
      const { data } = await this.octokit.rest.issues.createComment({
        ...this.repo,
        issue_number: issueNumber,
        body,
      })
      const comment = commentSchema.parse(data)
      return { id: comment.id, url: comment.html_url }
    })
  }

  async update(commentId: number, body: string): Promise<void> {
    await this.call(`updating comment ${commentId}`, () =>
      this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body }),
    )
  }

  async list(issueNumber: number): Promise<IssueComment[]> {
    return this.call(`reading the comments on #${issueNumber}`, async () => {
      const data = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
        ...this.repo,
        issue_number: issueNumber,
        per_page: 100,
      })
      return z
        .array(listedCommentSchema)
        .parse(data)
        .map((comment) => ({
          id: comment.id,
          login: comment.user?.login ?? '',
          bot: comment.user?.type === 'Bot' || (comment.user?.login ?? '').endsWith('[bot]'),
          body: comment.body ?? '',
          createdAt: comment.created_at,
        }))
    })
  }

  async getPullRequest(number: number): Promise<PullRequestSnapshot> {
    return this.call(`reading pull request #${number}`, async () => {
      const { data } = await this.octokit.rest.pulls.get({ ...this.repo, pull_number: number })
      const pull = pullSchema.parse(data)
      return {
        number: pull.number,
        state: pull.state,
        url: pull.html_url,
        body: pull.body ?? '',
        head: pull.head.ref,
        base: pull.base.ref,
        headRepository: pull.head.repo?.full_name ?? null,
        baseRepository: pull.base.repo.full_name,
      }
    })
  }
}
