import { backlogJob } from './backlog.js'
import type { RunMode } from './choose-mode.js'
import type { Job, JobStatus } from './job.js'
import { planBacklogJob } from './plan-backlog.js'
import { reviseJob } from './revise.js'
import { schemaDriftJob } from './schema-drift.js'
import { skipJob } from './skip.js'
import { runTicketJob } from './ticket.js'

/** Runs the chosen mode; adding a mode means a file here, a case in `RunMode` and one line below. */
export async function runMode(mode: RunMode, job: Job): Promise<JobStatus> {
  switch (mode.kind) {
    case 'skip':
      return skipJob(job, mode.status, mode.message)
    case 'ticket':
      return (await runTicketJob(job, mode.ticket, mode)).outcome
    case 'revise':
      return reviseJob(job, mode.request)
    case 'schema-drift':
      return schemaDriftJob(job)
    case 'plan-backlog':
      return planBacklogJob(job)
    case 'backlog':
      return backlogJob(job)
  }
}
