import path from 'node:path'
import type { Settings } from '../config/settings.js'
import { trackProgress } from '../report/track-progress.js'
import type { TicketRun } from '../run/run-ticket.js'
import { askReporter, readReporterAnswer } from './clarify.js'
import type { Job } from './job.js'

export interface TicketJobOptions {
  /** Extra instruction from a trigger comment; untrusted. */
  instruction?: string
  /** The issue or pull request the request came from: where the progress comment goes. */
  issueNumber?: number
  /** A revision commits on top of this branch and targets this base. */
  revision?: { branch: string; baseBranch: string }
  /** The reporter's answer, when the caller already read it from the ticket. */
  answer?: string
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
  // A revision works from review comments on the PR; the ticket's question thread is for first runs.
  const answer = options.revision ? undefined : (options.answer ?? (await readReporterAnswer(job, ticketKey)))
  const run = await job.runTicket({
    settings,
    environment,
    log: progress.log,
    repoDir: job.repoDir,
    outDir,
    instruction: options.instruction,
    revisionBranch: options.revision?.branch,
    ...(answer ? { answer } : {}),
  })
  const { status, message } = run.outcome
  await progress.finish({ status, message, prUrl: run.record.prUrl })
  await askReporter(job, settings, run)
  // After the progress and question comments, so the planner does not take Autopilot's own comment for an answer.
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
