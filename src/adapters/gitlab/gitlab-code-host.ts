import { Gitlab } from '@gitbeaker/rest'
import { z } from 'zod'
import type { OpenPullRequests } from '../../backlog/open-pull-requests.js'
import type { CodeHost, NewPullRequest, PullRequest, ReviewRequest } from '../../publish/code-host.js'
import { PublishError } from '../../publish/publish-error.js'
import { gitlabError } from './gitlab-request-error.js'

export interface GitLabProject {
  /** The instance, e.g. https://gitlab.com. */
  url: string
  /** `group/project` or the numeric id. */
  project: string
  token: string
}

const MergeRequestSchema = z.object({
  iid: z.number().int(),
  web_url: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  draft: z.boolean().optional(),
  work_in_progress: z.boolean().optional(),
  source_branch: z.string(),
  target_branch: z.string(),
})
type MergeRequestData = z.infer<typeof MergeRequestSchema>

/** GitLab marks a draft by the title's prefix; the API has no draft flag to set. */
const DRAFT_PREFIX = /^\s*(?:\[draft\]|\(draft\)|draft:|draft\s-\s)\s*/i

/**
 * `CodeHost` as GitLab merge requests, through the REST API v4 (`@gitbeaker/rest`); for the backlog, the
 * source branches of the project's open merge requests (`OpenPullRequests`).
 */
export class GitLabCodeHost implements CodeHost, OpenPullRequests {
  private readonly api: InstanceType<typeof Gitlab>
  private readonly project: string | number

  constructor(private readonly target: GitLabProject) {
    this.api = new Gitlab({ host: target.url, token: target.token })
    this.project = /^\d+$/.test(target.project) ? Number(target.project) : target.project
  }

  async findOpenPullRequest(head: string, base: string): Promise<PullRequest | undefined> {
    const found = await this.call('finding the open merge request', () =>
      this.api.MergeRequests.all({
        projectId: this.project,
        state: 'opened',
        sourceBranch: head,
        targetBranch: base,
        perPage: 10,
        maxPages: 1,
      }),
    )
    const match = z
      .array(MergeRequestSchema)
      .parse(found)
      .find((mr) => mr.source_branch === head && mr.target_branch === base)
    return match && toPullRequest(match)
  }

  async listOpenHeads(): Promise<string[]> {
    const open = await this.call('listing the open merge requests', () =>
      this.api.MergeRequests.all({ projectId: this.project, state: 'opened', perPage: 100 }),
    )
    return z
      .array(MergeRequestSchema)
      .parse(open)
      .map((mr) => mr.source_branch)
  }

  async createPullRequest(input: NewPullRequest): Promise<PullRequest> {
    const created = await this.call('creating the merge request', () =>
      this.api.MergeRequests.create(this.project, input.head, input.base, titled(input.title, input.draft), {
        description: input.body,
        removeSourceBranch: true,
      }),
    )
    return toPullRequest(MergeRequestSchema.parse(created))
  }

  async updatePullRequest(number: number, changes: { title: string; body: string }): Promise<PullRequest> {
    const current = await this.show(number)
    // The title keeps the draft state the merge request has; `setDraft` changes it.
    const updated = await this.call(`updating merge request !${number}`, () =>
      this.api.MergeRequests.edit(this.project, number, {
        title: titled(changes.title, current.draft),
        description: changes.body,
      }),
    )
    return toPullRequest(MergeRequestSchema.parse(updated))
  }

  async setDraft(pr: PullRequest, draft: boolean): Promise<PullRequest> {
    const updated = await this.call(
      draft ? `marking merge request !${pr.number} as a draft` : `marking merge request !${pr.number} ready`,
      () => this.api.MergeRequests.edit(this.project, pr.number, { title: titled(pr.title, draft) }),
    )
    return toPullRequest(MergeRequestSchema.parse(updated))
  }

  async getDefaultBranch(): Promise<string> {
    const project = await this.call('reading the project', () => this.api.Projects.show(this.project))
    return z.object({ default_branch: z.string() }).parse(project).default_branch
  }

  async requestReviewers(number: number, request: ReviewRequest): Promise<void> {
    if (request.reviewers.length > 0) {
      const ids = await Promise.all(request.reviewers.map((username) => this.userId(username)))
      const current = await this.show(number)
      await this.call(`asking for reviewers on merge request !${number}`, () =>
        this.api.MergeRequests.edit(this.project, number, {
          reviewerIds: [...new Set([...current.reviewerIds, ...ids])],
        }),
      )
    }
    if (request.teamReviewers.length > 0) {
      throw new PublishError(
        'invalid-request',
        `GitLab has no team reviewers (${request.teamReviewers.join(', ')}): name users in the policy's reviewers, or use approval rules or CODEOWNERS for groups.`,
      )
    }
  }

  async addLabels(number: number, labels: readonly string[]): Promise<void> {
    if (labels.length === 0) return
    await this.call(`labelling merge request !${number}`, () =>
      this.api.MergeRequests.edit(this.project, number, { addLabels: labels.join(',') }),
    )
  }

  private async show(number: number): Promise<PullRequest & { reviewerIds: number[] }> {
    const data = await this.call(`reading merge request !${number}`, () =>
      this.api.MergeRequests.show(this.project, number),
    )
    const mr = MergeRequestSchema.extend({
      reviewers: z.array(z.object({ id: z.number() })).nullish(),
    }).parse(data)
    return { ...toPullRequest(mr), reviewerIds: (mr.reviewers ?? []).map((user) => user.id) }
  }

  private async userId(username: string): Promise<number> {
    const users = z
      .array(z.object({ id: z.number(), username: z.string() }))
      .parse(await this.call(`looking up user ${username}`, () => this.api.Users.all({ username })))
    const user = users.find((candidate) => candidate.username.toLowerCase() === username.toLowerCase())
    if (!user)
      throw new PublishError('not-found', `GitLab has no user \`${username}\` to ask for a review.`, 404)
    return user.id
  }

  private async call<T>(action: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request()
    } catch (error) {
      throw gitlabError(action, this.target.project, error)
    }
  }
}

function titled(title: string, draft: boolean): string {
  const plain = title.replace(DRAFT_PREFIX, '')
  return draft ? `Draft: ${plain}` : plain
}

function toPullRequest(mr: MergeRequestData): PullRequest {
  return {
    number: mr.iid,
    nodeId: String(mr.iid),
    url: mr.web_url,
    draft: mr.draft ?? mr.work_in_progress ?? DRAFT_PREFIX.test(mr.title),
    title: mr.title.replace(DRAFT_PREFIX, ''),
    body: mr.description ?? '',
    head: mr.source_branch,
    base: mr.target_branch,
  }
}
