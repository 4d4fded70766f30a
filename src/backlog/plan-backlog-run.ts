import type { Log } from '../shared/log.js'
import type { JiraAuth } from '../adapters/jira/jira-cloud-source.js'
import { BacklogError, type BacklogSource } from './backlog-item.js'
import { parseBacklogQuery, queryText, type BacklogQuery } from './backlog-query.js'
import {
  GitHubBacklogSource,
  GitHubOpenPullRequests,
  type OpenPullRequests,
} from '../adapters/github/github-backlog-source.js'
import { JiraBacklogSource } from '../adapters/jira/jira-backlog-source.js'
import { planBacklog, type BacklogPlan, type TicketHistory } from './plan-backlog.js'

export interface BacklogConnections {
  jira?: { host: string; auth: JiraAuth }
  github?: { owner: string; repo: string; token: string; apiUrl?: string }
  log?: Log
}

export function createBacklogSource(query: BacklogQuery, connections: BacklogConnections): BacklogSource {
  if (query.tracker === 'jira') {
    if (!connections.jira) {
      throw new BacklogError(
        'A JQL `backlog-query` needs Jira: set `jira-url` and `jira-email` + `jira-api-token` (or `jira-bearer-token`).',
      )
    }
    return new JiraBacklogSource({ ...connections.jira, log: connections.log })
  }
  return new GitHubBacklogSource({
    ...requireGitHub(connections, 'A `label:` backlog-query'),
    log: connections.log,
  })
}

export interface PlanBacklogRunOptions {
  /** The `backlog-query` input. */
  query: string
  connections: BacklogConnections
  history: TicketHistory
  branchPrefix: string
  maxTickets: number
  /** Defaults to the repository's pull requests through `connections.github`. */
  openPullRequests?: OpenPullRequests
  /** Defaults to the adapter for the query's tracker. */
  source?: BacklogSource
}

/** Reads the backlog and the open pull requests, then plans: the whole of `mode: plan-backlog` but the outputs. */
export async function planBacklogRun(options: PlanBacklogRunOptions): Promise<BacklogPlan> {
  const query = parseBacklogQuery(options.query)
  const source = options.source ?? createBacklogSource(query, options.connections)
  const pulls =
    options.openPullRequests ??
    new GitHubOpenPullRequests(requireGitHub(options.connections, 'Finding open Autopilot pull requests'))
  const [items, openPullHeads] = await Promise.all([source.list(queryText(query)), pulls.listOpenHeads()])
  options.connections.log?.info(
    `Backlog query matched ${items.length} ticket(s); ${openPullHeads.length} open pull request(s) checked.`,
  )
  return planBacklog(items, {
    openPullHeads,
    history: options.history,
    branchPrefix: options.branchPrefix,
    maxTickets: options.maxTickets,
  })
}

function requireGitHub(connections: BacklogConnections, what: string) {
  if (!connections.github) {
    throw new BacklogError(
      `${what} needs the repository and a token: run inside GitHub Actions with \`github-token\` set (the default \`\${{ github.token }}\` works with \`issues: read\` and \`pull-requests: read\`).`,
    )
  }
  return connections.github
}
