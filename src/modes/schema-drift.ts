import { SCHEMA_DRIFT_KEY } from '../drift/schema-drift-source.js'
import type { Job, JobStatus } from './job.js'
import { runTicketJob } from './ticket.js'

/** `mode: detect-schema-drift`: the warehouse's source columns against the YAML; drift becomes the ticket. */
export async function schemaDriftJob(job: Job): Promise<JobStatus> {
  return (await runTicketJob(job, SCHEMA_DRIFT_KEY)).outcome
}
