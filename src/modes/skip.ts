import type { RunStatus } from '../shared/run-status.js'
import type { Job, JobStatus } from './job.js'

/** Nothing to do: the status says why, in the outputs and the summary. */
export async function skipJob(job: Job, status: RunStatus, message: string): Promise<JobStatus> {
  await job.shell.reportSkip(status, message)
  return { status, message }
}
