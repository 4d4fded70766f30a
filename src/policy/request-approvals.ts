import type { Log } from '../shared/log.js'
import type { CodeHost } from '../publish/code-host.js'
import type { PolicyEvaluation } from './evaluate-policy.js'

/** Reviewers and labels the policy asks for; the PR is already up to date, so a refusal only warns. */
export async function requestApprovals(
  codeHost: CodeHost,
  prNumber: number,
  evaluation: PolicyEvaluation,
  log: Log,
): Promise<void> {
  try {
    await codeHost.requestReviewers(prNumber, {
      reviewers: evaluation.reviewers,
      teamReviewers: evaluation.teamReviewers,
    })
    await codeHost.addLabels(prNumber, evaluation.labels)
  } catch (error) {
    log.warn(
      `Could not request the reviewers or labels the policy asks for: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
