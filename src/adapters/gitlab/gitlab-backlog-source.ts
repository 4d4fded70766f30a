import { Gitlab } from '@gitbeaker/rest'
import { z } from 'zod'
import { BacklogError, type BacklogItem, type BacklogSource } from '../../backlog/backlog-item.js'
import { labelledIssueItem } from '../../backlog/labelled-issue.js'
import type { GitLabProject } from './gitlab-code-host.js'
import { gitlabError } from './gitlab-request-error.js'

const IssueSchema = z.object({
  iid: z.number().int(),
  title: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  labels: z.array(z.string()).default([]),
})

/**
 * The project's open issues carrying every label in `labels` (comma-separated). Priority from a
 * `priority::high` scoped label (or `priority:high`); none means Medium.
 */
export class GitLabBacklogSource implements BacklogSource {
  private readonly api: InstanceType<typeof Gitlab>
  private readonly project: string | number

  constructor(
    private readonly target: GitLabProject,
    private readonly maxPages = 20,
  ) {
    this.api = new Gitlab({ host: target.url, token: target.token })
    this.project = /^\d+$/.test(target.project) ? Number(target.project) : target.project
  }

  async list(labels: string): Promise<BacklogItem[]> {
    let found: unknown
    try {
      found = await this.api.Issues.all({
        projectId: this.project,
        state: 'opened',
        labels,
        perPage: 100,
        maxPages: this.maxPages,
      })
    } catch (error) {
      const failure = gitlabError(`listing the issues labelled ${labels}`, this.target.project, error)
      throw new BacklogError(failure.message.replace('`write_repository` scopes', '`read_api` scopes'))
    }
    const parsed = z.array(IssueSchema).safeParse(found)
    if (!parsed.success)
      throw new BacklogError(
        `GitLab answered for the issues labelled ${labels} with an unexpected shape: check \`gitlab-url\` (CI_SERVER_URL).`,
      )
    return parsed.data.map(toItem)
  }
}

function toItem(issue: z.infer<typeof IssueSchema>): BacklogItem {
  const { iid: number, title, created_at: createdAt, updated_at: updatedAt, labels } = issue
  return labelledIssueItem({ number, title, createdAt, updatedAt, labels })
}
