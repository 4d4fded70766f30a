import { SettingsError } from '../config/settings.js'
import type { Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import { chooseMode } from '../modes/choose-mode.js'
import type { Job, JobStatus } from '../modes/job.js'
import { runMode } from '../modes/run-mode.js'
import { skipJob } from '../modes/skip.js'
import {
  openBacklog,
  openHistory,
  openNotifiers,
  openPullRequestReviews,
  openRepository,
  progressThread,
  ticketThread,
} from '../run/compose.js'
import { runTicket } from '../run/run-ticket.js'
import type { Log } from '../shared/log.js'
import { authorizeRequest } from '../triggers/authorize.js'
import { postRefusalReply } from '../triggers/refusal-reply.js'
import type { Request } from '../triggers/request.js'
import { UNTRUSTED_EVENTS } from '../triggers/untrusted-events.js'
import { ActionsShell } from './actions-shell.js'

/** The Action's job once the inputs and the event are known to be usable: who asked, then the mode. */
export async function runActionJob(
  request: Request,
  settings: Settings,
  environment: RunEnvironment,
  log: Log,
): Promise<JobStatus> {
  const repoDir = environment.workspace ?? process.cwd()
  const repository = openRepository(settings, environment, log)
  const job: Job = {
    settings,
    environment,
    repoDir,
    log,
    shell: new ActionsShell(environment, repoDir, log),
    repository,
    reviews: openPullRequestReviews(settings, environment, log),
    history: openHistory(settings, environment, log),
    notifiers: openNotifiers(settings),
    progressThread: (ticketSettings, issueNumber) => progressThread(ticketSettings, repository, issueNumber),
    ticketThread: (ticketSettings) => ticketThread(ticketSettings, repository),
    openBacklog: (query) => openBacklog(query, settings, environment, log),
    runTicket,
  }
  const mode = chooseMode(request, settings)
  if (mode.kind !== 'skip' && (request.kind === 'run' || request.kind === 'revise')) {
    if (!repository && UNTRUSTED_EVENTS.has(request.event)) {
      throw new SettingsError(
        'Issue and comment events need `github-token` and GITHUB_REPOSITORY to check who asked.',
      )
    }
    if (repository) {
      const access = await authorizeRequest(request, repository, settings.triggers)
      if (!access.allowed) {
        // A plain comment is no request: whoever wrote it, it gets no refusal reply.
        if (request.kind === 'run' && request.reply) {
          return skipJob(
            job,
            'skipped:not-triggered',
            `${access.message} (a comment without the trigger phrase)`,
          )
        }
        if (settings.triggers.replyToUnauthorized) {
          await postRefusalReply(repository, request, access).catch((error: unknown) =>
            log.warn(`Could not reply to the refused request: ${String(error)}`),
          )
        }
        return skipJob(job, 'skipped:unauthorized', access.message)
      }
    }
  }
  return runMode(mode, job)
}
