import { getOctokit } from '@actions/github'
import { z } from 'zod'
import { PublishError } from './publish-error.js'
import { toPublishError } from '../adapters/github/request-error.js'

export interface PullRequest {
  number: number
  /** GraphQL global id (REST `node_id`): draft state can only be changed through GraphQL. */
  nodeId: string
  url: string
  draft: boolean
  title: string
  body: string
  head: string
  base: string
}

export interface NewPullRequest {
  head: string
  base: string
  title: string
  body: string
  draft: boolean
}

/** Where pull requests live. Errors are `PublishError`s that say what to do. */
export interface CodeHost {
  findOpenPullRequest(head: string, base: string): Promise<PullRequest | undefined>
  createPullRequest(input: NewPullRequest): Promise<PullRequest>
  updatePullRequest(number: number, changes: { title: string; body: string }): Promise<PullRequest>
  /** Marks `pr` ready for review or converts it to a draft; returns it with the state GitHub reports. */
  setDraft(pr: PullRequest, draft: boolean): Promise<PullRequest>
  getDefaultBranch(): Promise<string>
  /** Asks users (logins) and teams (slugs) to review; GitHub answers 422 for anyone who is not a collaborator. */
  requestReviewers(number: number, request: ReviewRequest): Promise<void>
  /** Adds labels to the pull request (GitHub creates unknown labels); existing labels stay. */
  addLabels(number: number, labels: readonly string[]): Promise<void>
}

export interface ReviewRequest {
  reviewers: readonly string[]
  teamReviewers: readonly string[]
}

export interface OctokitCodeHostOptions {
  token: string
  owner: string
  repo: string
  /** REST root: `GITHUB_API_URL` (https://api.github.com, or `https://<host>/api/v3` on GHES). */
  apiUrl?: string
}

type Octokit = ReturnType<typeof getOctokit>

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

export class OctokitCodeHost implements CodeHost {
  private readonly octokit: Octokit
  private readonly repo: { owner: string; repo: string }

  constructor(options: OctokitCodeHostOptions) {
    // An explicit baseUrl: @actions/github resolves its default from the environment at import time.
    this.octokit = getOctokit(options.token, {
      baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, ''),
    })
    this.repo = { owner: options.owner, repo: options.repo }
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

  private async call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      throw toPublishError(error, action, `${this.repo.owner}/${this.repo.repo}`)
    }
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

export interface UpsertPullRequestResult {
  operation: 'created' | 'updated'
  number: number
  url: string
  /** The pull request's draft state after the upsert, as GitHub reports it. */
  draft: boolean
  /** Set when the draft state could not be brought in line with the run; the caller logs it. */
  warning?: string
}

/**
 * Updates the open pull request for `head` or creates one. When a concurrent run creates it between our
 * lookup and our create (GitHub answers 422 "A pull request already exists"), the existing one is updated.
 * An updated PR's draft state follows this run (users act on it); failing to change it only warns, because
 * the PR itself is up to date and a person can flip the flag.
 */
export async function upsertPullRequest(
  host: CodeHost,
  input: NewPullRequest,
): Promise<UpsertPullRequestResult> {
  const update = async (existing: PullRequest): Promise<UpsertPullRequestResult> => {
    const updated = await host.updatePullRequest(existing.number, { title: input.title, body: input.body })
    const { pr, warning } = await syncDraft(host, updated, input.draft)
    return {
      operation: 'updated',
      number: pr.number,
      url: pr.url,
      draft: pr.draft,
      ...(warning ? { warning } : {}),
    }
  }
  const existing = await host.findOpenPullRequest(input.head, input.base)
  if (existing) return update(existing)
  try {
    const created = await host.createPullRequest(input)
    return { operation: 'created', number: created.number, url: created.url, draft: created.draft }
  } catch (error) {
    if (!(error instanceof PublishError) || error.status !== 422 || !/already exists/i.test(error.message))
      throw error
    const raced = await host.findOpenPullRequest(input.head, input.base)
    if (!raced) throw error
    return update(raced)
  }
}

async function syncDraft(
  host: CodeHost,
  pr: PullRequest,
  draft: boolean,
): Promise<{ pr: PullRequest; warning?: string }> {
  if (pr.draft === draft) return { pr }
  const wanted = draft ? 'a draft' : 'ready for review'
  const kept = pr.draft ? 'a draft' : 'ready for review'
  const unchanged = `Pull request #${pr.number} stays ${kept} though this run wants it ${wanted}.`
  const byHand = `Or set it by hand on ${pr.url}.`
  try {
    const changed = await host.setDraft(pr, draft)
    if (changed.draft === draft) return { pr: changed }
    return {
      pr: changed,
      warning: `${unchanged} GitHub accepted the change but reports it unchanged. ${byHand}`,
    }
  } catch (error) {
    if (!(error instanceof PublishError)) throw error
    return { pr, warning: `${unchanged} ${error.message} ${byHand}` }
  }
}
