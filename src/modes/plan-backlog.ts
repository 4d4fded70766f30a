import { backlogMatrix } from '../backlog/backlog-matrix.js'
import { parseBacklogQuery } from '../backlog/backlog-query.js'
import { renderBacklogPlan } from '../backlog/backlog-summary.js'
import { planBacklogRun } from '../backlog/plan-backlog-run.js'
import type { BacklogPlan, TicketHistory } from '../backlog/plan-backlog.js'
import { SettingsError } from '../config/settings.js'
import type { Job, JobStatus } from './job.js'

/** The backlog's tickets to work on now: open, not in flight, not failed recently, most urgent first. */
export async function planBacklog(job: Job): Promise<BacklogPlan> {
  const { settings, log } = job
  if (!settings.backlog.query) {
    throw new SettingsError(
      'Input `backlog-query` is required to plan the backlog: pass `jql:project = DATA AND labels = autopilot` or `label:autopilot`.',
    )
  }
  const query = parseBacklogQuery(settings.backlog.query)
  const { source, openPullRequests } = job.openBacklog(query)
  const history: TicketHistory = job.history
    ? await job.history.read().catch((error: unknown) => {
        log.warn(`Could not read the Autopilot history; planning without it: ${String(error)}`)
        return new Map()
      })
    : new Map()
  return log.group('Plan the backlog', () =>
    planBacklogRun({
      query,
      source,
      openPullRequests,
      history,
      branchPrefix: settings.branchPrefix,
      maxTickets: settings.backlog.maxTickets,
      log,
    }),
  )
}

/** `mode: plan-backlog`: the tickets to work on, as a matrix for a fan-out job. */
export async function planBacklogJob(job: Job): Promise<JobStatus> {
  const planned = await planBacklog(job)
  const { matrix, count } = backlogMatrix(planned)
  job.shell.setOutputs({ status: 'backlog-planned', matrix, count })
  await job.shell.writeSummary(renderBacklogPlan(planned))
  return { status: 'backlog-planned', message: `Planned ${count} ticket(s).` }
}
