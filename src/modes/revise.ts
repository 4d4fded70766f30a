import { SettingsError } from '../config/settings.js'
import { resolveRevision } from '../triggers/resolve-revision.js'
import { skipStatus, type ReviseRequest } from '../triggers/request.js'
import { reviewCommentsSinceLastAutopilotCommit, withReviewFeedback } from '../triggers/review-comments.js'
import type { Job, JobStatus } from './job.js'
import { skipJob } from './skip.js'
import { runTicketJob } from './ticket.js'

/** `/autopilot …` on Autopilot's own pull request: a new commit on its branch, with the review comments. */
export async function reviseJob(job: Job, request: ReviseRequest): Promise<JobStatus> {
  const { repository, settings, log } = job
  if (!repository) throw new SettingsError('Revising a pull request needs `github-token`.')
  const revision = await resolveRevision(request, repository, settings.branchPrefix)
  if (revision.kind === 'skip') return skipJob(job, skipStatus(revision), revision.message)
  const feedback =
    job.reviews &&
    (await reviewCommentsSinceLastAutopilotCommit(job.reviews, revision.prNumber, [], {
      access: repository,
      allowedUsers: settings.triggers.allowedUsers,
    }).catch((error: unknown) => {
      log.warn(`Could not read the review comments: ${String(error)}`)
      return undefined
    }))
  const instruction = feedback ? withReviewFeedback(revision.instruction, feedback) : revision.instruction
  const run = await runTicketJob(job, revision.ticket, {
    revision,
    instruction,
    issueNumber: revision.prNumber,
  })
  return run.outcome
}
