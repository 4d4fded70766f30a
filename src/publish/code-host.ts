import { ownedRegion, replaceOwnedRegion } from './owned-region.js'
import { PublishError } from './publish-error.js'

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
  /**
   * Posts one review that comments (never approves or requests changes: the PR is the bot's own) with a
   * comment on each line; every line must be in the PR's diff, or the host refuses the whole review.
   * Absent on a host that has no line comments: the findings then stay in the PR body.
   */
  postReview?(number: number, review: PullRequestReview): Promise<PostedReview>
}

/** A comment on a line of the file as the pull request leaves it (the diff's right side). */
export interface LineComment {
  /** Repository-relative. */
  path: string
  line: number
  body: string
}

export interface PullRequestReview {
  body: string
  comments: readonly LineComment[]
  /** The commit the lines are of: the pushed head, so a later push cannot shift them. */
  commitSha?: string
}

export interface PostedReview {
  id: number
  url: string
}

export interface ReviewRequest {
  reviewers: readonly string[]
  teamReviewers: readonly string[]
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
    const updated = await host.updatePullRequest(existing.number, {
      title: input.title,
      body: replaceOwnedRegion(existing.body, input.body),
    })
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
    const created = await host.createPullRequest({ ...input, body: ownedRegion(input.body) })
    return { operation: 'created', number: created.number, url: created.url, draft: created.draft }
  } catch (error) {
    // GitHub answers 422, GitLab 409 ("Another open merge request already exists").
    const exists = error instanceof PublishError && (error.status === 422 || error.status === 409)
    if (!exists || !/already exists/i.test(error.message)) throw error
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
