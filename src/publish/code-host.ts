import { getOctokit } from '@actions/github'
import { z } from 'zod'
import { PublishError } from './publish-error.js'

export interface PullRequest {
  number: number
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
  getDefaultBranch(): Promise<string>
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

  async getDefaultBranch(): Promise<string> {
    return this.call('reading the repository', async () => {
      const { data } = await this.octokit.rest.repos.get(this.repo)
      return data.default_branch
    })
  }

  private async call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      throw toPublishError(error, action, `${this.repo.owner}/${this.repo.repo}`)
    }
  }
}

function toPullRequest(data: PullData): PullRequest {
  return {
    number: data.number,
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
  draft: boolean
}

/**
 * Updates the open pull request for `head` or creates one. When a concurrent run creates it between our
 * lookup and our create (GitHub answers 422 "A pull request already exists"), the existing one is updated.
 * An existing PR keeps its draft state: the REST API cannot toggle it and a reviewer may have changed it.
 */
export async function upsertPullRequest(
  host: CodeHost,
  input: NewPullRequest,
): Promise<UpsertPullRequestResult> {
  const update = async (existing: PullRequest): Promise<UpsertPullRequestResult> => {
    const updated = await host.updatePullRequest(existing.number, { title: input.title, body: input.body })
    return { operation: 'updated', number: updated.number, url: updated.url, draft: updated.draft }
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

const octokitErrorSchema = z.object({
  status: z.number(),
  message: z.string().optional(),
  response: z
    .object({
      headers: z.record(z.string(), z.unknown()).optional(),
      data: z
        .object({
          message: z.string().optional(),
          errors: z
            .array(z.union([z.string(), z.object({ message: z.string().optional() }).loose()]))
            .optional(),
        })
        .loose()
        .optional()
        .catch(undefined),
    })
    .optional(),
})

/** Maps an Octokit request error to a `PublishError` whose message tells the user what to change. */
export function toPublishError(error: unknown, action: string, repository: string): PublishError {
  const parsed = octokitErrorSchema.safeParse(error)
  if (!parsed.success) {
    const reason = error instanceof Error ? error.message : String(error)
    return new PublishError(
      'unavailable',
      `GitHub could not be reached while ${action}: ${reason}. Retry the run.`,
    )
  }
  const { status } = parsed.data
  const data = parsed.data.response?.data
  const githubMessage = data?.message ?? parsed.data.message ?? ''
  const details = (data?.errors ?? [])
    .map((e) => (typeof e === 'string' ? e : (e.message ?? '')))
    .filter(Boolean)
  const said = [githubMessage, ...details].filter(Boolean).join(': ')
  const remaining = parsed.data.response?.headers?.['x-ratelimit-remaining']
  if (status === 401) {
    return new PublishError(
      'unauthorized',
      `GitHub rejected the token while ${action} (401 ${githubMessage || 'Bad credentials'}). ` +
        'Check the `github-token` input: the token may be expired, revoked or for another installation.',
      status,
    )
  }
  if (
    (status === 403 || status === 429) &&
    (String(remaining) === '0' || /rate limit/i.test(githubMessage))
  ) {
    return new PublishError(
      'unavailable',
      `GitHub rate limit hit while ${action}: ${said}. Retry the run later.`,
      status,
    )
  }
  if (status === 403) {
    return new PublishError(
      'forbidden',
      `GitHub refused ${action} in ${repository} (403 ${said}). The token needs \`contents: write\` and ` +
        '`pull-requests: write` (set `permissions:` in the workflow); with the default GITHUB_TOKEN also enable ' +
        'Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests".',
      status,
    )
  }
  if (status === 404) {
    return new PublishError(
      'not-found',
      `GitHub answered 404 while ${action} in ${repository}: the repository does not exist or the token cannot see it. ` +
        'Check the repository name and that the `github-token` has access to it.',
      status,
    )
  }
  if (status === 422) {
    return new PublishError('invalid-request', `GitHub rejected ${action} (422 ${said}).`, status)
  }
  return new PublishError(
    'unavailable',
    `GitHub failed while ${action} (${status} ${said}). Retry the run.`,
    status,
  )
}
