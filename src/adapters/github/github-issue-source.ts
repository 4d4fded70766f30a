import { z } from 'zod'
import { TicketError, type TicketErrorKind, type Ticket, type TicketSource } from '../../tickets/ticket.js'
import type { GitHubClient, GitHubRepo } from './github-client.js'
import { readGitHubFailure, type GitHubFailureKind } from './request-error.js'

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

/** Reads `#42` from the repository's GitHub issues through Octokit. */
export class GitHubIssueSource implements TicketSource {
  private readonly octokit: GitHubClient
  private readonly owner: string
  private readonly repo: string

  constructor(github: GitHubRepo) {
    this.octokit = github.client
    this.owner = github.owner
    this.repo = github.repo
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
      throw toTicketError(error, where, `${this.owner}/${this.repo}`)
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

const TICKET_KINDS: Record<GitHubFailureKind, TicketErrorKind> = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  'rate-limited': 'rate-limited',
  'invalid-request': 'invalid',
  unavailable: 'unavailable',
}

function toTicketError(error: unknown, where: string, repository: string): TicketError {
  const failure = readGitHubFailure(error, {
    action: `reading ${where}`,
    repository,
    permissions: '`issues: read` (set `permissions:` in the workflow)',
    notFound: `GitHub has no issue ${where}, or \`github-token\` cannot read it: check the number, that issues are enabled, and the token's \`issues: read\` permission.`,
  })
  return new TicketError(TICKET_KINDS[failure.kind], failure.message, failure.retryAfterMs)
}
