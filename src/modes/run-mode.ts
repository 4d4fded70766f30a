import { backlogJob } from './backlog.js'
import { readReporterAnswer } from './clarify.js'
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
    case 'ticket': {
      if (!mode.reply) return (await runTicketJob(job, mode.ticket, mode)).outcome
      const answer = await readReporterAnswer(job, mode.ticket)
      if (!answer) return skipJob(job, 'skipped:not-triggered', notAnAnswer(job, mode.ticket))
      return (await runTicketJob(job, mode.ticket, { ...mode, answer })).outcome
    }
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

function notAnAnswer(job: Job, ticket: string): string {
  const phrase = job.settings.triggers.phrase
  return `The comment on ${ticket} does not start with \`${phrase}\` and answers no open question of Autopilot's there; comment \`${phrase} <instruction>\` to start a run.`
}
