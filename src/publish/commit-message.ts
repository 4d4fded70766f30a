import type { GitIdentity } from '../adapters/git/git.js'

export interface CommitMessageInput {
  key: string
  /** The ticket's title: the subject says what was asked. */
  title: string
  /** The model's summary of what it changed: the body, in full. */
  summary: string
  ticketUrl?: string
  runUrl?: string
  /** The person who asked for the change, credited with a `Co-authored-by` trailer. */
  coAuthor?: GitIdentity
}

/** Git's own advice: a subject a log line can show whole. */
const SUBJECT_LIMIT = 72

/**
 * `<KEY>: <ticket title>` (a GitHub issue's `#42` becomes `Issue #42`, since a line starting with `#` is a
 * comment to git), cut at a word; the model's full summary as the body; then the `Ticket:`, `Autopilot-Run:`
 * and `Co-authored-by:` trailers that are known.
 */
export function commitMessage(input: CommitMessageInput): string {
  const key = input.key.trim()
  const label = /^#\d+$/.test(key) ? `Issue ${key}` : key
  const title = oneLine(input.title) || oneLine(input.summary.split('\n')[0] ?? '') || 'Autopilot change'
  const subject = cutAtWord(`${label}: ${title}`, SUBJECT_LIMIT)
  const body = input.summary
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  const trailers = [
    input.ticketUrl ? `Ticket: ${oneLine(input.ticketUrl)}` : undefined,
    input.runUrl ? `Autopilot-Run: ${oneLine(input.runUrl)}` : undefined,
    input.coAuthor ? `Co-authored-by: ${identityLine(input.coAuthor)}` : undefined,
  ].filter((line): line is string => line !== undefined)
  return `${[subject, body, trailers.join('\n')].filter((part) => part !== '').join('\n\n')}\n`
}

/**
 * A GitHub user as git credits them: GitHub links the no-reply address to the account. On GitHub
 * Enterprise Server the address is at the server's own host (`users.noreply.<host>`).
 */
export function githubUserIdentity(
  login: string,
  id?: string,
  serverUrl = 'https://github.com',
): GitIdentity {
  const host = new URL(serverUrl).hostname
  return { name: login, email: `${id ? `${id}+` : ''}${login}@users.noreply.${host}` }
}

function identityLine(identity: GitIdentity): string {
  return `${oneLine(identity.name)} <${oneLine(identity.email)}>`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function cutAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text
  const head = text.slice(0, limit - 1)
  const space = head.lastIndexOf(' ')
  return `${(space > limit / 2 ? head.slice(0, space) : head).trimEnd()}…`
}
