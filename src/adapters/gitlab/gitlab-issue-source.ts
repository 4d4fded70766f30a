import { Gitlab } from '@gitbeaker/rest'
import { z } from 'zod'
import { TicketError, type Ticket, type TicketErrorKind, type TicketSource } from '../../tickets/ticket.js'
import type { GitLabProject } from './gitlab-code-host.js'
import { gitlabError } from './gitlab-request-error.js'

const IssueSchema = z.object({
  iid: z.number().int(),
  title: z.string(),
  description: z.string().nullish(),
  web_url: z.string().optional(),
  updated_at: z.string().nullish(),
  state: z.string().optional(),
  labels: z.array(z.string()).default([]),
  author: z.object({ username: z.string() }).nullish().catch(undefined),
  milestone: z.object({ title: z.string() }).nullish().catch(undefined),
  assignees: z
    .array(z.object({ username: z.string() }))
    .nullish()
    .catch(undefined),
})

/** `#12` or `group/project#12`: the project's issue, or another project's. */
export const GITLAB_ISSUE = /^(?:(?<project>[\w.-]+(?:\/[\w.-]+)+))?#(?<iid>\d{1,10})$/

const READ_NEEDS = 'a token with the `read_api` (or `api`) scope and at least the Reporter role'

/** Reads a GitLab issue (`#12`, `group/project#12`) through the REST API v4 (`@gitbeaker/rest`). */
export class GitLabIssueSource implements TicketSource {
  private readonly api: InstanceType<typeof Gitlab>

  constructor(private readonly target: GitLabProject) {
    this.api = new Gitlab({ host: target.url, token: target.token })
  }

  async fetch(key: string): Promise<Ticket> {
    const match = GITLAB_ISSUE.exec(key.trim())
    if (!match?.groups)
      throw new TicketError(
        'invalid',
        `'${key}' is not a GitLab issue reference: pass one like #12 or group/project#12`,
      )
    const project = match.groups['project'] ?? this.target.project
    const iid = Number(match.groups['iid'])
    const where = `issue #${iid} in ${project}`
    let data: unknown
    try {
      data = await this.api.Issues.show(iid, { projectId: /^\d+$/.test(project) ? Number(project) : project })
    } catch (error) {
      throw toTicketError(error, where, project)
    }
    const parsed = IssueSchema.safeParse(data)
    if (!parsed.success)
      throw new TicketError(
        'unavailable',
        `GitLab answered for ${where} with something that is not an issue: check \`gitlab-url\` (CI_SERVER_URL)`,
      )
    const issue = parsed.data
    const fields: Record<string, string> = {}
    if (issue.state) fields['State'] = issue.state
    if (issue.author) fields['Author'] = issue.author.username
    if (issue.milestone) fields['Milestone'] = issue.milestone.title
    if (issue.assignees && issue.assignees.length > 0)
      fields['Assignees'] = issue.assignees.map((assignee) => assignee.username).join(', ')
    return {
      key: match.groups['project'] ? `${project}#${issue.iid}` : `#${issue.iid}`,
      source: 'gitlab',
      title: issue.title,
      body: issue.description ?? '',
      labels: issue.labels,
      url: issue.web_url,
      fields,
      updated: issue.updated_at ?? undefined,
    }
  }
}

const KINDS: Record<string, TicketErrorKind> = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  'rate-limited': 'rate-limited',
  'invalid-request': 'invalid',
}

function toTicketError(error: unknown, where: string, project: string): TicketError {
  const failure = gitlabError(`reading ${where}`, project, error)
  const kind = KINDS[failure.kind] ?? 'unavailable'
  const message =
    kind === 'not-found'
      ? `GitLab has no ${where}, or the token cannot see it (404): check the issue number, \`gitlab-project\` (CI_PROJECT_PATH), and that \`GITLAB_TOKEN\` is ${READ_NEEDS}.`
      : kind === 'unauthorized' || kind === 'forbidden'
        ? `GitLab refused reading ${where} (${failure.status ?? kind}): set \`GITLAB_TOKEN\` (input \`gitlab-token\`) to ${READ_NEEDS} on ${project}; it may have expired.`
        : failure.message
  return new TicketError(kind, message)
}
