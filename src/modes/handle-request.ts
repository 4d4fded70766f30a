import path from 'node:path'
import { reportTicketRun, setRunOutputs, writeSummary } from '../action/report-run.js'
import { runBacklogJob, planBacklogJob } from './backlog.js'
import type { Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { Log } from '../shared/log.js'
import type { RunStatus } from '../run/run-record.js'
import { runTicket, type RunTicketOptions } from '../run/run-ticket.js'
import { trackProgress } from '../report/track-progress.js'
import { authorizeRequest } from '../triggers/authorize.js'
import { GitHubRepository } from '../adapters/github/github-repository.js'
import { postRefusalReply } from '../triggers/refusal-reply.js'
import { skipStatus, type Request, type RunRequest } from '../triggers/request.js'
import { resolveRevision, type Revision } from '../triggers/resolve-revision.js'
import { UNTRUSTED_EVENTS } from '../triggers/untrusted-events.js'
import { openHistory } from '../history/open-history.js'
import { SCHEMA_DRIFT_KEY } from '../drift/schema-drift-source.js'
import {
  OctokitPullRequestReviews,
  reviewCommentsSinceLastAutopilotCommit,
  withReviewFeedback,
} from '../triggers/review-comments.js'

export interface JobStatus {
  status: RunStatus
  message: string
}

/** What the request asks for, once the inputs and the event are known to be usable. */
export async function handle(
  request: Request,
  settings: Settings,
  environment: RunEnvironment,
  log: Log,
): Promise<JobStatus> {
  if (request.kind === 'skip') return skipped(skipStatus(request), request.message, log)

  const repository = githubRepository(settings, environment)
  const history = openHistory(settings, environment, log)
  if (request.kind === 'run' || request.kind === 'revise') {
    if (!repository && UNTRUSTED_EVENTS.has(request.event)) {
      throw new Error(
        'Issue and comment events need `github-token` and GITHUB_REPOSITORY to check who asked.',
      )
    }
    if (repository) {
      const access = await authorizeRequest(request, repository, settings.triggers)
      if (!access.allowed) {
        if (settings.triggers.replyToUnauthorized) {
          await postRefusalReply(repository, request, access).catch((error: unknown) =>
            log.warn(`Could not reply to the refused request: ${String(error)}`),
          )
        }
        return skipped('skipped:unauthorized', access.message, log)
      }
    }
  }

  if (settings.mode === 'detect-schema-drift') return runOne(SCHEMA_DRIFT_KEY, {})
  if (request.kind === 'plan-backlog' || settings.mode !== 'run') {
    if (settings.mode === 'backlog')
      return runBacklogJob(settings, environment, log, (key) => runOne(key, {}))
    return planBacklogJob(settings, environment, log)
  }

  if (request.kind === 'revise') {
    if (!repository) throw new Error('Revising a pull request needs `github-token`.')
    const revision = await resolveRevision(request, repository, settings.branchPrefix)
    if (revision.kind === 'skip') return skipped(skipStatus(revision), revision.message, log)
    const feedback = await reviewCommentsSinceLastAutopilotCommit(
      new OctokitPullRequestReviews({
        token: settings.githubToken ?? '',
        ...environment.repository!,
        apiUrl: environment.apiUrl,
      }),
      revision.prNumber,
      [],
      { access: repository, allowedUsers: settings.triggers.allowedUsers },
    ).catch((error: unknown) => {
      log.warn(`Could not read the review comments: ${String(error)}`)
      return undefined
    })
    const instruction = feedback ? withReviewFeedback(revision.instruction, feedback) : revision.instruction
    return runOne(revision.ticket, { revision, instruction, issueNumber: revision.prNumber })
  }
  return runOne(request.ticket, { instruction: request.instruction, issueNumber: origin(request) })

  async function runOne(
    ticketKey: string,
    options: { revision?: Revision; instruction?: string; issueNumber?: number },
  ): Promise<JobStatus & { costUsd: number; prUrl?: string }> {
    const ticketSettings: Settings = {
      ...settings,
      ticket: { ...settings.ticket, key: ticketKey },
      baseBranch: options.revision?.baseBranch ?? settings.baseBranch,
    }
    const repoDir = environment.workspace ?? process.cwd()
    const outDir = path.resolve(
      settings.outputDir ?? path.join(environment.runnerTemp ?? path.join(repoDir, '..'), 'autopilot'),
      settings.mode === 'backlog' ? ticketKey.replace(/[^A-Za-z0-9._-]/g, '_') : '.',
    )
    const progress = trackProgress(ticketSettings, environment, log, repository, options.issueNumber)
    const runOptions: RunTicketOptions = {
      settings: ticketSettings,
      environment,
      log: progress.log,
      repoDir,
      outDir,
      instruction: options.instruction,
      revisionBranch: options.revision?.branch,
    }
    const result = await runTicket(runOptions)
    await progress.finish({ status: result.status, message: result.message, prUrl: result.prUrl })
    // After the progress comment, so the planner does not take Autopilot's own comment for an answer.
    await history
      ?.record(ticketKey, {
        status: result.status,
        at: new Date().toISOString(),
        prUrl: result.prUrl,
        runUrl: environment.runUrl,
      })
      .catch((error: unknown) =>
        log.warn(`Could not record the outcome on the autopilot-history branch: ${String(error)}`),
      )
    setRunOutputs(result)
    await reportTicketRun(result, ticketSettings, environment, repoDir, log)
    return {
      status: result.status,
      message: result.message,
      costUsd: result.record.costUsd,
      prUrl: result.prUrl,
    }
  }
}

function origin(request: RunRequest): number | undefined {
  if (request.origin.issueNumber !== undefined) return request.origin.issueNumber
  const issue = /^#(\d+)$/.exec(request.ticket.trim())
  return issue ? Number(issue[1]) : undefined
}

function githubRepository(settings: Settings, environment: RunEnvironment): GitHubRepository | undefined {
  if (!environment.repository || !settings.githubToken) return undefined
  return new GitHubRepository({
    token: settings.githubToken,
    ...environment.repository,
    apiUrl: environment.apiUrl,
  })
}

async function skipped(status: RunStatus, message: string, log: Log): Promise<JobStatus> {
  setRunOutputs({ status })
  await writeSummary(`## Autopilot: skipped\n\n\`${status}\`: ${message}\n`, log)
  return { status, message }
}
