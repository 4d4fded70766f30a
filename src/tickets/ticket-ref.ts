import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Settings } from '../config/settings.js'
import { FileTicketSource } from './file-source.js'
import { GitHubIssueSource, type GitHubClient } from '../adapters/github/github-issue-source.js'
import { jiraAuth, JiraCloudSource } from '../adapters/jira/jira-cloud-source.js'
import { TicketError, type TicketSource } from './ticket.js'

export type TicketKind = 'jira' | 'github' | 'file'

const GITHUB_ISSUE = /^#\d+$/
const JIRA_KEY = /^[A-Z][A-Z0-9_]+-\d+$/
const TICKET_FILE = /\.(md|json)$/i

export interface TicketSourceDeps {
  /** Repository checkout; ticket file paths are relative to it (default: the current directory). */
  workspace?: string
  /** `owner/repo` whose issues `#42` refers to (GITHUB_REPOSITORY on a runner). */
  repository?: string
  /** GitHub API URL (GITHUB_API_URL; differs on GHES). */
  githubApiUrl?: string
  /** Use this Octokit instead of building one from `githubToken`. */
  octokit?: GitHubClient
  /** Injected so tests do not wait out Jira's Retry-After. */
  sleep?: (ms: number) => Promise<void>
  fileExists?: (path: string) => boolean
}

function describe(key: string): string {
  return `Input \`ticket\` must be a Jira key like DATA-123, a GitHub issue like #42, or a path to a .md/.json ticket file; got '${key}'`
}

/** Which tracker a ticket reference points at; `source` is the `ticket-source` input. */
export function resolveTicketKind(
  key: string,
  source: Settings['ticket']['source'],
  fileExists: (path: string) => boolean = existsSync,
): TicketKind {
  const ref = key.trim()
  if (source === 'jira') {
    if (!JIRA_KEY.test(ref))
      throw new TicketError(
        'invalid',
        `Input \`ticket-source\` is jira, so \`ticket\` must be a Jira key like DATA-123; got '${ref}'`,
      )
    return 'jira'
  }
  if (source === 'github') {
    if (!/^#?\d+$/.test(ref))
      throw new TicketError(
        'invalid',
        `Input \`ticket-source\` is github, so \`ticket\` must be an issue like #42; got '${ref}'`,
      )
    return 'github'
  }
  if (source === 'file') return 'file'
  if (GITHUB_ISSUE.test(ref)) return 'github'
  if (TICKET_FILE.test(ref)) {
    if (fileExists(ref)) return 'file'
    throw new TicketError(
      'not-found',
      `Ticket file ${ref} does not exist: check the path in input \`ticket\` (relative to the repository root)`,
    )
  }
  if (JIRA_KEY.test(ref)) return 'jira'
  throw new TicketError('invalid', describe(ref))
}

/** The source that can read `settings.ticket.key`, with the credentials it needs checked up front. */
export function createTicketSource(
  settings: Pick<Settings, 'ticket' | 'jira' | 'githubToken'>,
  deps: TicketSourceDeps = {},
): TicketSource {
  const workspace = deps.workspace ?? process.cwd()
  const fileExists = deps.fileExists ?? ((path: string) => existsSync(resolve(workspace, path)))
  const kind = resolveTicketKind(settings.ticket.key, settings.ticket.source, fileExists)
  const key = settings.ticket.key.trim()
  switch (kind) {
    case 'file':
      return new FileTicketSource(workspace)
    case 'github': {
      const [owner, repo, ...extra] = (deps.repository ?? '').split('/')
      if (!owner || !repo || extra.length > 0) {
        throw new TicketError(
          'invalid',
          `Ticket ${key} is a GitHub issue, but the repository is unknown: run inside GitHub Actions or set GITHUB_REPOSITORY=owner/name`,
        )
      }
      if (!deps.octokit && !settings.githubToken) {
        throw new TicketError(
          'unauthorized',
          `Ticket ${key} is a GitHub issue, but input \`github-token\` is empty: pass \`with: github-token: \${{ github.token }}\``,
        )
      }
      return new GitHubIssueSource({
        owner,
        repo,
        octokit: deps.octokit,
        token: settings.githubToken,
        baseUrl: deps.githubApiUrl,
      })
    }
    case 'jira': {
      const { url } = settings.jira
      if (!url) {
        throw new TicketError(
          'invalid',
          `Ticket ${key} is a Jira key, but input \`jira-url\` is not set: pass \`with: jira-url: https://your-site.atlassian.net\``,
        )
      }
      const auth = jiraAuth(settings.jira)
      if (!auth) {
        throw new TicketError(
          'unauthorized',
          `Ticket ${key} is a Jira key, but no Jira credentials are set: pass \`jira-email\` with \`jira-api-token\` (an Atlassian API token), or \`jira-bearer-token\`, from repository secrets`,
        )
      }
      return new JiraCloudSource({ host: url, auth, sleep: deps.sleep })
    }
  }
}
