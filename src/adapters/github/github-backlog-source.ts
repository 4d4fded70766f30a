import { z } from 'zod'
import type { Log } from '../../shared/log.js'
import { BacklogError, type BacklogItem, type BacklogSource } from '../../backlog/backlog-item.js'
import { labelledIssueItem } from '../../backlog/labelled-issue.js'
import type { OpenPullRequests } from '../../backlog/open-pull-requests.js'
import type { GitHubClient, GitHubRepo } from './github-client.js'
import { readGitHubFailure } from './request-error.js'

export interface GitHubRepoOptions extends GitHubRepo {
  /** Pages of 100 read at most (default 20). */
  maxPages?: number
  log?: Log
}

const IssueSchema = z.object({
  number: z.number(),
  title: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  labels: z
    .array(z.union([z.string(), z.object({ name: z.string().nullish() })]))
    .default([])
    .transform((labels) =>
      labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean),
    ),
  pull_request: z.unknown().optional(),
})

const PullSchema = z.object({
  head: z.object({ ref: z.string(), repo: z.object({ full_name: z.string() }).nullish() }),
})

/**
 * Open issues carrying every label in `query` (comma-separated), pull requests left out. Priority comes
 * from a `priority:<level>` label (`priorityFromLabels`); none means Medium.
 */
export class GitHubBacklogSource implements BacklogSource {
  private readonly octokit: GitHubClient

  constructor(private readonly options: GitHubRepoOptions) {
    this.octokit = options.client
  }

  async list(labels: string): Promise<BacklogItem[]> {
    const { owner, repo } = this.options
    const maxPages = this.options.maxPages ?? 20
    const items: BacklogItem[] = []
    let pages = 0
    try {
      const iterator = this.octokit.paginate.iterator(this.octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels,
        per_page: 100,
      })
      for await (const response of iterator) {
        pages += 1
        for (const raw of response.data) {
          const issue = IssueSchema.parse(raw)
          if (issue.pull_request !== undefined && issue.pull_request !== null) continue
          items.push(toItem(issue))
        }
        if (pages >= maxPages) {
          this.options.log?.warn(
            `More than ${pages * 100} open issues carry ${labels}; only the first ${pages} pages are planned. Narrow the label.`,
          )
          break
        }
      }
    } catch (error) {
      throw toBacklogError(error, `issues labelled ${labels}`, `${owner}/${repo}`, 'issues: read')
    }
    return items
  }
}

export class GitHubOpenPullRequests implements OpenPullRequests {
  private readonly octokit: GitHubClient

  constructor(private readonly options: Omit<GitHubRepoOptions, 'log'>) {
    this.octokit = options.client
  }

  async listOpenHeads(): Promise<string[]> {
    const { owner, repo } = this.options
    const full = `${owner}/${repo}`.toLowerCase()
    const heads: string[] = []
    let pages = 0
    try {
      const iterator = this.octokit.paginate.iterator(this.octokit.rest.pulls.list, {
        owner,
        repo,
        state: 'open',
        per_page: 100,
      })
      for await (const response of iterator) {
        pages += 1
        for (const raw of response.data) {
          const pull = PullSchema.parse(raw)
          const from = pull.head.repo?.full_name.toLowerCase()
          if (from === undefined || from === full) heads.push(pull.head.ref)
        }
        if (pages >= (this.options.maxPages ?? 20)) break
      }
    } catch (error) {
      throw toBacklogError(error, 'open pull requests', `${owner}/${repo}`, 'pull-requests: read')
    }
    return heads
  }
}

function toItem(issue: z.infer<typeof IssueSchema>): BacklogItem {
  const { number, title, created_at: createdAt, updated_at: updatedAt, labels } = issue
  return labelledIssueItem({ number, title, createdAt, updatedAt, labels })
}

function toBacklogError(error: unknown, what: string, repository: string, permission: string): Error {
  if (error instanceof z.ZodError)
    return new BacklogError(`GitHub answered for ${what} with an unexpected shape: check \`GITHUB_API_URL\`.`)
  const failure = readGitHubFailure(error, {
    action: `listing ${what}`,
    repository,
    permissions: `\`${permission}\` (set \`permissions:\` in the job)`,
  })
  return new BacklogError(failure.message)
}
