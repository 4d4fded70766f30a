import { parseTicketMarker } from '../report/pr-body.js'
import type { PullRequestReader } from './pull-request-reader.js'
import { skip, type ReviseRequest, type SkipRequest } from './request.js'

/** A revise request with what the comment payload lacked: the branch to commit to and the ticket. */
export interface Revision extends ReviseRequest {
  branch: string
  baseBranch: string
  ticket: string
  prUrl: string
}

/**
 * Fetches the pull request a `/autopilot` comment was made on and accepts it only when Autopilot opened
 * it: open, its head a branch of this repository under `branchPrefix`, and its body carrying the
 * `<!-- autopilot:ticket=KEY -->` marker. Anything else is a skip, so no push can land on someone's branch.
 */
export async function resolveRevision(
  request: ReviseRequest,
  pulls: PullRequestReader,
  branchPrefix: string,
): Promise<Revision | SkipRequest> {
  const pr = await pulls.getPullRequest(request.prNumber)
  const notOurs = (why: string): SkipRequest =>
    skip(
      'not-autopilot-pr',
      `Pull request #${pr.number} ${why}; \`/autopilot\` comments only revise pull requests Autopilot opened.`,
    )
  if (pr.headRepository !== pr.baseRepository) return notOurs('comes from a fork')
  if (!branchPrefix || !pr.head.startsWith(branchPrefix))
    return notOurs(`is from branch \`${pr.head}\`, not one under \`${branchPrefix}\``)
  const ticket = parseTicketMarker(pr.body)
  if (!ticket) return notOurs('has no Autopilot ticket marker in its description')
  if (pr.state !== 'open') {
    return skip(
      'pull-request-closed',
      `Pull request #${pr.number} is closed; reopen it, or run Autopilot on ${ticket} for a new one.`,
    )
  }
  return { ...request, branch: pr.head, baseBranch: pr.base, ticket, prUrl: pr.url }
}
