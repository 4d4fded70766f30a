import path from 'node:path'
import type { Settings } from '../config/settings.js'
import { trackProgress } from '../report/track-progress.js'
import type { TicketRun } from '../run/run-ticket.js'
import type { Job } from './job.js'

export interface TicketJobOptions {
  /** Extra instruction from a trigger comment; untrusted. */
  instruction?: string
  /** The issue or pull request the request came from: where the progress comment goes. */
  issueNumber?: number
  /** A revision commits on top of this branch and targets this base. */
  revision?: { branch: string; baseBranch: string }
}

/** One ticket: the pipeline with its progress comment, the history entry and the shell's report. */
export async function runTicketJob(
  job: Job,
  ticketKey: string,
  options: TicketJobOptions = {},
): Promise<TicketRun> {
  const { environment, log } = job
  const settings: Settings = {
    ...job.settings,
    ticket: { ...job.settings.ticket, key: ticketKey },
    baseBranch: options.revision?.baseBranch ?? job.settings.baseBranch,
  }
  const outDir = path.resolve(
    settings.outputDir ?? path.join(environment.runnerTemp ?? path.join(job.repoDir, '..'), 'autopilot'),
    settings.mode === 'backlog' ? ticketKey.replace(/[^A-Za-z0-9._-]/g, '_') : '.',
  )
  const progress = trackProgress(
    settings,
    environment,
    log,
    job.progressThread(settings, options.issueNumber),
  )
  const run = await job.runTicket({
    settings,
    environment,
    log: progress.log,
    repoDir: job.repoDir,
    outDir,
    instruction: options.instruction,
    revisionBranch: options.revision?.branch,
  })
  const { status, message } = run.outcome
  await progress.finish({ status, message, prUrl: run.record.prUrl })
  // After the progress comment, so the planner does not take Autopilot's own comment for an answer.
  await job.history
    ?.record(ticketKey, {
      status,
      at: new Date().toISOString(),
      prUrl: run.record.prUrl,
      runUrl: environment.runUrl,
    })
    .catch((error: unknown) =>
      log.warn(`Could not record the outcome on the autopilot-history branch: ${String(error)}`),
    )
  await job.shell.reportTicketRun(run, settings)
  return run
}
