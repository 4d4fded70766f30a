import type { Authorization } from './authorize.js'
import type { IssueComments } from './issue-comments.js'
import type { Request } from './request.js'
import { untrusted } from '../report/markdown.js'

/**
 * Tells the person who asked why nothing happens, in the issue or pull request they asked in. Never replies
 * to a bot (two bots answering each other is a loop) and never quotes the comment back. Returns the new
 * comment's id, or undefined when there was nowhere (or no one) to reply to.
 */
export async function postRefusalReply(
  comments: IssueComments,
  request: Request,
  refusal: Extract<Authorization, { allowed: false }>,
): Promise<number | undefined> {
  if (request.kind !== 'run' && request.kind !== 'revise') return undefined
  const issueNumber = request.kind === 'revise' ? request.prNumber : request.origin.issueNumber
  if (issueNumber === undefined || !request.actor || request.actor.bot) return undefined
  const body = `@${request.actor.login} Autopilot did not run: ${untrusted(refusal.message)}`
  const created = await comments.create(issueNumber, body)
  return created.id
}
