import path from 'node:path'
import { BIN_DIR, ROOT, runProcess } from './action-harness.js'

export interface GitLabCiJob {
  /** The loopback GitLab's URL, the project path and the masked token the component asks for. */
  gitlabUrl: string
  project: string
  token: string
  anthropicUrl: string
  anthropicKey: string
  jobId: number
  /** The checkout the job runs in. */
  cwd: string
  extraEnv?: NodeJS.ProcessEnv
}

/** The bundled CLI (`dist/index.js <args>`) in a GitLab CI job's environment, as the CI/CD component runs it. */
export async function runCliInGitLabCi(job: GitLabCiJob, args: string[]) {
  const projectUrl = `${job.gitlabUrl}/${job.project}`
  const result = await runProcess(process.execPath, [path.join(ROOT, 'dist', 'index.js'), ...args], {
    cwd: job.cwd,
    env: {
      PATH: `${BIN_DIR}:${process.env.PATH ?? ''}`,
      HOME: process.env.HOME,
      ANTHROPIC_API_KEY: job.anthropicKey,
      ANTHROPIC_BASE_URL: job.anthropicUrl,
      // What GitLab CI predefines, plus the masked variable the component asks for.
      GITLAB_CI: 'true',
      CI_SERVER_URL: job.gitlabUrl,
      CI_PROJECT_PATH: job.project,
      CI_PROJECT_URL: projectUrl,
      CI_JOB_URL: `${projectUrl}/-/jobs/${job.jobId}`,
      GITLAB_TOKEN: job.token,
      ...job.extraEnv,
    },
  })
  return { ...result, projectUrl }
}
