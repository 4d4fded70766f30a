import { renderBacklogSummary } from '../backlog/backlog-summary.js'
import { runBacklog, type TicketRunResult } from '../backlog/run-backlog.js'
import type { Job, JobStatus } from './job.js'
import { planBacklog } from './plan-backlog.js'
import { runWallMs, secretsOf } from '../config/settings.js'
import { backlogNotification } from '../notify/backlog-notification.js'
import { sendNotification } from '../notify/send-notification.js'
import { createRedactor } from '../shared/redact.js'
import { runTicketJob } from './ticket.js'

/** `mode: backlog`: the planned tickets one after another under the backlog budget. */
export async function backlogJob(job: Job): Promise<JobStatus> {
  const { settings } = job
  const planned = await planBacklog(job)
  const result = await runBacklog(
    planned,
    async (ticket): Promise<TicketRunResult> => {
      const started = Date.now()
      const run = await runTicketJob(job, ticket)
      return {
        ...run.outcome,
        costUsd: run.record.costUsd,
        prUrl: run.record.prUrl,
        durationMs: Date.now() - started,
      }
    },
    {
      maxTickets: settings.backlog.maxTickets,
      maxCostUsd: settings.backlog.maxCostUsd,
      maxMinutes: settings.backlog.maxWallMs / 60_000,
      perTicketMaxCostUsd: settings.budget.maxCostUsd,
      // The budget bounds the model loop; parsing, validation and publishing come on top.
      perTicketMaxMinutes: runWallMs(settings) / 60_000,
    },
  )
  await job.shell.writeSummary(renderBacklogSummary(result, planned))
  await sendNotification(
    job.notifiers ?? [],
    backlogNotification(result, planned, { on: settings.notify.on, runUrl: job.environment.runUrl }),
    { redact: createRedactor(secretsOf(settings)), log: job.log },
  )
  const failed = result.outcomes.filter((outcome) => outcome.status.startsWith('failed:'))
  const ran = result.outcomes.filter((outcome) => outcome.started).length
  const status = failed.length > 0 ? 'failed:backlog' : 'backlog-done'
  job.shell.setOutputs({ status, 'cost-usd': result.spentUsd.toFixed(4) })
  if (failed.length > 0) {
    return {
      status,
      message: `${failed.length} of ${ran} ticket(s) failed: ${failed.map((o) => `${o.item.key} (${o.status})`).join(', ')}`,
    }
  }
  return { status, message: `Ran ${ran} of ${planned.selected.length} planned ticket(s).` }
}
