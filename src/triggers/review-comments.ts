import { BOT_IDENTITY } from '../adapters/git/git.js'
import { sanitizeUntrustedText } from '../tickets/sanitize.js'
import type { RepositoryAccess } from './authorize.js'

/** A comment on a line of a pull request's diff. */
export interface ReviewComment {
  path: string
  /** The line in the current diff; undefined when the comment is outdated. */
  line?: number
  /** The line the comment was made on, for an outdated comment. */
  originalLine?: number
  body: string
  user: string
  createdAt: string
  /** GitHub's `author_association`: OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE… */
  association: string
}

export interface PullCommit {
  sha: string
  message: string
  authorLogin?: string
  committerLogin?: string
  /** When the commit was made (committer date). */
  date: string
}

/** A pull request's review comments and commits, oldest first. */
export interface PullRequestReviews {
  listReviewComments(prNumber: number): Promise<ReviewComment[]>
  listCommits(prNumber: number): Promise<PullCommit[]>
}

export interface ReviewFeedback {
  /** Compact list for the model (`path:line — body (@user)`), sanitized and capped; empty when none. */
  text: string
  /** Comments shown in `text`. */
  included: number
  /** Comments left out by the size caps. */
  truncated: number
  /** Comments left out because their author may not change the repository. */
  untrusted: number
}

export interface ReviewFeedbackOptions {
  /**
   * Checks each reviewer's repository permission (write, maintain or admin); without it the comment's
   * `author_association` must be OWNER, MEMBER or COLLABORATOR. Text from anyone else never reaches the model.
   */
  access?: RepositoryAccess
  /** Logins listed in `allowed-users`: trusted whatever their permission. */
  allowedUsers?: readonly string[]
  maxComments?: number
  maxCommentChars?: number
  maxTotalChars?: number
}

const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write'])
const TRAILER = /^Autopilot-Run:[ \t]*\S/m

/**
 * The review comments made since Autopilot's newest commit on the pull request (all of them when it has
 * none), by people who may change the repository and not by Autopilot itself, ready to append to a
 * revise instruction. A commit is Autopilot's when its author or committer is `github-actions[bot]` or
 * one of `botLogins` (a GitHub App's bot), or its message carries an `Autopilot-Run:` trailer.
 */
export async function reviewCommentsSinceLastAutopilotCommit(
  pulls: PullRequestReviews,
  prNumber: number,
  botLogins: readonly string[],
  options: ReviewFeedbackOptions = {},
): Promise<ReviewFeedback> {
  const bots = new Set([BOT_IDENTITY.name, ...botLogins].map((login) => login.trim().toLowerCase()))
  const isBot = (login: string | undefined) => login !== undefined && bots.has(login.toLowerCase())
  const [commits, comments] = await Promise.all([
    pulls.listCommits(prNumber),
    pulls.listReviewComments(prNumber),
  ])
  const ours = commits.filter(
    (commit) => isBot(commit.authorLogin) || isBot(commit.committerLogin) || TRAILER.test(commit.message),
  )
  const since = Math.max(...ours.map((commit) => Date.parse(commit.date)).filter(Number.isFinite), -Infinity)
  const recent = comments
    .filter((comment) => !isBot(comment.user) && Date.parse(comment.createdAt) > since)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))

  const trusted = trustCheck(options)
  const kept: ReviewComment[] = []
  for (const comment of recent) if (await trusted(comment)) kept.push(comment)
  return {
    ...formatReviewComments(kept, options),
    untrusted: recent.length - kept.length,
  }
}

/** `path:line — body (@user)` per comment, one line each, sanitized, within the caps. */
export function formatReviewComments(
  comments: readonly ReviewComment[],
  options: Pick<ReviewFeedbackOptions, 'maxComments' | 'maxCommentChars' | 'maxTotalChars'> = {},
): Omit<ReviewFeedback, 'untrusted'> {
  const maxComments = options.maxComments ?? 50
  const maxCommentChars = options.maxCommentChars ?? 1000
  const maxTotalChars = options.maxTotalChars ?? 8000
  const lines: string[] = []
  let total = 0
  for (const comment of comments.slice(0, maxComments)) {
    const body = clip(oneLine(comment.body), maxCommentChars)
    if (body === '') continue
    const where =
      comment.line !== undefined
        ? `${oneLine(comment.path)}:${comment.line}`
        : `${oneLine(comment.path)}${comment.originalLine === undefined ? '' : `:${comment.originalLine}`} (outdated)`
    const line = `- ${where} — ${body} (@${oneLine(comment.user)})`
    if (total + line.length + 1 > maxTotalChars) break
    lines.push(line)
    total += line.length + 1
  }
  const truncated = comments.filter((c) => oneLine(c.body) !== '').length - lines.length
  if (truncated > 0) lines.push(`- … ${truncated} more review comment(s) not shown`)
  return { text: lines.join('\n'), included: lines.length - (truncated > 0 ? 1 : 0), truncated }
}

/** The revise instruction with the review feedback appended as a list the model can work through. */
export function withReviewFeedback(instruction: string, feedback: ReviewFeedback): string {
  if (feedback.text === '') return instruction
  const header = 'Review comments on the pull request since Autopilot’s last commit (address each):'
  return [instruction.trim(), `${header}\n${feedback.text}`].filter(Boolean).join('\n\n')
}

function oneLine(text: string): string {
  return sanitizeUntrustedText(text).text.replace(/\s+/g, ' ').trim()
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`
}

function trustCheck(options: ReviewFeedbackOptions): (comment: ReviewComment) => Promise<boolean> {
  const allowed = new Set((options.allowedUsers ?? []).map((login) => login.trim().toLowerCase()))
  const access = options.access
  const permissions = new Map<string, Promise<boolean>>()
  return async (comment) => {
    if (allowed.has(comment.user.toLowerCase())) return true
    if (!access) return TRUSTED_ASSOCIATIONS.has(comment.association)
    let check = permissions.get(comment.user)
    if (!check) {
      check = access.permission(comment.user).then((permission) => WRITE_PERMISSIONS.has(permission))
      permissions.set(comment.user, check)
    }
    return check
  }
}
