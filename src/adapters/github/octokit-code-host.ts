import { z } from 'zod'
import type {
  CodeHost,
  NewPullRequest,
  PostedReview,
  PullRequest,
  PullRequestReview,
  ReviewRequest,
} from '../../publish/code-host.js'
import { PublishError } from '../../publish/publish-error.js'
import type { GitHubRepo } from './github-client.js'
import { RepoAdapter } from './repo-adapter.js'
import { PULL_REQUEST_PERMISSIONS } from './request-error.js'

interface PullData {
  number: number
  node_id: string
  html_url: string
  draft?: boolean
  title: string
  body: string | null
  head: { ref: string }
  base: { ref: string }
}

/** `CodeHost` through the GitHub REST and GraphQL APIs. */
export class OctokitCodeHost extends RepoAdapter implements CodeHost {
  constructor(github: GitHubRepo) {
    super(github, PULL_REQUEST_PERMISSIONS)
  }

  async findOpenPullRequest(head: string, base: string): Promise<PullRequest | undefined> {
    return this.call('finding the open pull request', async () => {
      const { data } = await this.octokit.rest.pulls.list({
        ...this.repo,
        state: 'open',
        head: `${this.repo.owner}:${head}`,
        base,
        per_page: 10,
      })
      const found = data.find((pull) => pull.head.ref === head && pull.base.ref === base)
      return found ? toPullRequest(found) : undefined
    })
  }

  async createPullRequest(input: NewPullRequest): Promise<PullRequest> {
    return this.call('creating the pull request', async () => {
      const { data } = await this.octokit.rest.pulls.create({ ...this.repo, ...input })
      return toPullRequest(data)
    })
  }

  async updatePullRequest(number: number, changes: { title: string; body: string }): Promise<PullRequest> {
    return this.call(`updating pull request #${number}`, async () => {
      const { data } = await this.octokit.rest.pulls.update({ ...this.repo, pull_number: number, ...changes })
      return toPullRequest(data)
    })
  }

  async setDraft(pr: PullRequest, draft: boolean): Promise<PullRequest> {
    const mutation = draft ? 'convertPullRequestToDraft' : 'markPullRequestReadyForReview'
    const action = draft
      ? `converting pull request #${pr.number} to a draft`
      : `marking pull request #${pr.number} ready for review`
    const data = await this.call(action, () =>
      // Octokit derives the endpoint from baseUrl: <root>/graphql, and on GHES …/api/v3 → …/api/graphql.
      this.octokit.graphql<unknown>(
        `mutation($id: ID!) { ${mutation}(input: { pullRequestId: $id }) { pullRequest { id isDraft } } }`,
        { id: pr.nodeId },
      ),
    )
    const answer = draftMutationSchema.safeParse(data)
    const changed = answer.data?.[mutation]
    if (!changed) {
      throw new PublishError(
        'unavailable',
        `GitHub answered ${action} without the pull request's draft state: ${JSON.stringify(data)}. Retry the run.`,
      )
    }
    return { ...pr, draft: changed.pullRequest.isDraft }
  }

  async getDefaultBranch(): Promise<string> {
    return this.call('reading the repository', async () => {
      const { data } = await this.octokit.rest.repos.get(this.repo)
      return data.default_branch
    })
  }

  async requestReviewers(number: number, request: ReviewRequest): Promise<void> {
    if (request.reviewers.length === 0 && request.teamReviewers.length === 0) return
    await this.call(`requesting reviewers on pull request #${number}`, () =>
      this.octokit.rest.pulls.requestReviewers({
        ...this.repo,
        pull_number: number,
        reviewers: [...request.reviewers],
        team_reviewers: [...request.teamReviewers],
      }),
    )
  }

  async addLabels(number: number, labels: readonly string[]): Promise<void> {
    if (labels.length === 0) return
    await this.call(`labelling pull request #${number}`, () =>
      this.octokit.rest.issues.addLabels({ ...this.repo, issue_number: number, labels: [...labels] }),
    )
  }

  async postReview(number: number, review: PullRequestReview): Promise<PostedReview> {
    return this.call(`posting the review on pull request #${number}`, async () => {
      const { data } = await this.octokit.rest.pulls.createReview({
        ...this.repo,
        pull_number: number,
        event: 'COMMENT',
        body: review.body,
        ...(review.commitSha ? { commit_id: review.commitSha } : {}),
        comments: review.comments.map((comment) => ({
          path: comment.path,
          line: comment.line,
          side: 'RIGHT' as const,
          body: comment.body,
        })),
      })
      return { id: data.id, url: data.html_url }
    })
  }
}

const draftPayloadSchema = z.object({ pullRequest: z.object({ isDraft: z.boolean() }) })
const draftMutationSchema = z.object({
  markPullRequestReadyForReview: draftPayloadSchema.optional(),
  convertPullRequestToDraft: draftPayloadSchema.optional(),
})

function toPullRequest(data: PullData): PullRequest {
  return {
    number: data.number,
    nodeId: data.node_id,
    url: data.html_url,
    draft: data.draft ?? false,
    title: data.title,
    body: data.body ?? '',
    head: data.head.ref,
    base: data.base.ref,
  }
}
