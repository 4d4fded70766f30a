import { getOctokit } from '@actions/github'
import { z } from 'zod'
import { TicketError, type Ticket, type TicketSource } from '../../tickets/ticket.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubIssueSourceOptions {
  owner: string
  repo: string
  /** An Octokit from `getOctokit`; or pass `token` (and `baseUrl` for GHES or a fake) to build one. */
  octokit?: GitHubClient
  token?: string
  baseUrl?: string
}

const IssueSchema = z.object({
  number: z.number(),
  title: z.string(),
  body: z.string().nullish(),
  html_url: z.string().optional(),
  updated_at: z.string().nullish(),
  state: z.string().optional(),
  labels: z
    .array(z.union([z.string(), z.object({ name: z.string().nullish() })]))
    .default([])
    .transform((labels) =>
      labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean),
    ),
  milestone: z.object({ title: z.string() }).nullish().catch(undefined),
  assignees: z
    .array(z.object({ login: z.string() }))
    .nullish()
    .catch(undefined),
  pull_request: z.unknown().optional(),
})

const RequestErrorSchema = z.object({
  status: z.number(),
  message: z.string().optional(),
  response: z.object({ headers: z.record(z.string(), z.unknown()).optional() }).optional(),
})

/** Reads `#42` from the repository's GitHub issues through Octokit. */
export class GitHubIssueSource implements TicketSource {
  private readonly octokit: GitHubClient
  private readonly owner: string
  private readonly repo: string

  constructor(options: GitHubIssueSourceOptions) {
    this.owner = options.owner
    this.repo = options.repo
    if (options.octokit) {
      this.octokit = options.octokit
    } else if (options.token) {
      this.octokit = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl } : {})
    } else {
      throw new TicketError(
        'unauthorized',
        'Reading a GitHub issue needs a token: pass input `github-token` (the default `${{ github.token }}` works)',
      )
    }
  }

  async fetch(key: string): Promise<Ticket> {
    const number = /^#?(\d{1,10})$/.exec(key.trim())?.[1]
    if (!number)
      throw new TicketError('invalid', `'${key}' is not a GitHub issue reference: pass one like #42`)
    const ref = `#${Number(number)}`
    const where = `${ref} in ${this.owner}/${this.repo}`
    let data: unknown
    try {
      const response = await this.octokit.rest.issues.get({
        owner: this.owner,
        repo: this.repo,
        issue_number: Number(number),
      })
      data = response.data
    } catch (error) {
      throw toTicketError(error, where)
    }
    const parsed = IssueSchema.safeParse(data)
    if (!parsed.success) {
      throw new TicketError(
        'unavailable',
        `GitHub answered for ${where} with something that is not an issue: check the API URL`,
      )
    }
    const issue = parsed.data
    if (issue.pull_request !== undefined && issue.pull_request !== null) {
      throw new TicketError(
        'invalid',
        `${where} is a pull request, not an issue: pass the issue it implements (or comment \`/autopilot <instruction>\` on the PR to revise it)`,
      )
    }
    const fields: Record<string, string> = {}
    if (issue.state) fields['State'] = issue.state
    if (issue.milestone) fields['Milestone'] = issue.milestone.title
    if (issue.assignees && issue.assignees.length > 0) {
      fields['Assignees'] = issue.assignees.map((assignee) => assignee.login).join(', ')
    }
    return {
      key: `#${issue.number}`,
      source: 'github',
      title: issue.title,
      body: issue.body ?? '',
      labels: issue.labels,
      url: issue.html_url,
      fields,
      updated: issue.updated_at ?? undefined,
    }
  }
}

function toTicketError(error: unknown, where: string): unknown {
  const parsed = RequestErrorSchema.safeParse(error)
  if (!parsed.success) return error
  const { status } = parsed.data
  const headers = parsed.data.response?.headers ?? {}
  if (status === 404 || status === 410) {
    return new TicketError(
      'not-found',
      `GitHub has no issue ${where}, or \`github-token\` cannot read it: check the number, that issues are enabled, and the token's \`issues: read\` permission`,
    )
  }
  if (status === 401) {
    return new TicketError(
      'unauthorized',
      `GitHub rejected \`github-token\` (HTTP 401) reading ${where}: pass a valid token`,
    )
  }
  if (status === 429 || (status === 403 && String(headers['x-ratelimit-remaining']) === '0')) {
    return new TicketError(
      'rate-limited',
      `GitHub rate-limited the request for ${where}: re-run later`,
      retryAfterMs(headers),
    )
  }
  if (status === 403) {
    return new TicketError(
      'forbidden',
      `GitHub refused \`github-token\` access to ${where} (HTTP 403): give the workflow \`permissions: issues: read\``,
    )
  }
  if (status >= 500) {
    return new TicketError(
      'unavailable',
      `GitHub failed with HTTP ${status} reading ${where}: re-run later (${parsed.data.message ?? 'no details'})`,
    )
  }
  return new TicketError(
    'invalid',
    `GitHub refused the request for ${where} (HTTP ${status}): ${parsed.data.message ?? 'no details'}`,
  )
}

function retryAfterMs(headers: Record<string, unknown>): number | undefined {
  const seconds = Number(headers['retry-after'])
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const reset = Number(headers['x-ratelimit-reset'])
  if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - Date.now())
  return undefined
}
