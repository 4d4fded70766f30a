import { existsSync } from 'node:fs'
import type { Settings } from '../config/settings.js'
import { TicketError } from './ticket.js'

export type TicketKind = 'jira' | 'github' | 'gitlab' | 'file'

const GITHUB_ISSUE = /^#\d+$/
const GITLAB_ISSUE = /^(?:[\w.-]+(?:\/[\w.-]+)+)?#\d+$/
const JIRA_KEY = /^[A-Z][A-Z0-9_]+-\d+$/
const TICKET_FILE = /\.(md|json)$/i

function describe(key: string): string {
  return `Input \`ticket\` must be a Jira key like DATA-123, a GitHub issue like #42, or a path to a .md/.json ticket file; got '${key}'`
}

/**
 * Which tracker a ticket reference points at; `source` is the `ticket-source` input. With the merge request
 * on GitLab (`onGitLab`), `#12` and `group/project#12` are GitLab issues.
 */
export function resolveTicketKind(
  key: string,
  source: Settings['ticket']['source'],
  fileExists: (path: string) => boolean = existsSync,
  onGitLab = false,
): TicketKind {
  const ref = key.trim()
  if (source === 'gitlab' || (source === 'auto' && onGitLab && GITLAB_ISSUE.test(ref))) {
    if (!GITLAB_ISSUE.test(ref))
      throw new TicketError(
        'invalid',
        `Input \`ticket-source\` is gitlab, so \`ticket\` must be an issue like #12 or group/project#12; got '${ref}'`,
      )
    return 'gitlab'
  }
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
