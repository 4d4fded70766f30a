import { z } from 'zod'

const EnvSchema = z.object({
  GITHUB_REPOSITORY: z
    .string()
    .regex(/^[^/]+\/[^/]+$/)
    .optional(),
  GITHUB_SERVER_URL: z.url().default('https://github.com'),
  GITHUB_API_URL: z.url().default('https://api.github.com'),
  GITHUB_RUN_ID: z.string().optional(),
  GITHUB_RUN_ATTEMPT: z.string().optional(),
  GITHUB_ACTOR: z.string().optional(),
  GITHUB_ACTOR_ID: z.string().regex(/^\d+$/).optional(),
  GITHUB_EVENT_NAME: z.string().optional(),
  GITHUB_WORKSPACE: z.string().optional(),
  GITHUB_STEP_SUMMARY: z.string().optional(),
  RUNNER_TEMP: z.string().optional(),
  // GitLab CI's predefined variables, for the CLI running there.
  GITLAB_CI: z.string().optional(),
  CI_PROJECT_URL: z.url().optional(),
  CI_JOB_URL: z.url().optional(),
})

/** What the run knows about where it runs; read once from the environment. */
export interface RunEnvironment {
  repository?: { owner: string; repo: string }
  serverUrl: string
  /** `https://github.com/acme/analytics`, when the repository is known. */
  repoUrl?: string
  /** Where a file at a commit is shown: `${blobUrl}${sha}/${path}` (GitHub `…/blob/`, GitLab `…/-/blob/`). */
  blobUrl?: string
  apiUrl: string
  runId?: string
  runAttempt?: string
  runUrl?: string
  actor?: string
  /** `GITHUB_ACTOR_ID`, for the no-reply address GitHub links to the account. */
  actorId?: string
  eventName?: string
  workspace?: string
  runnerTemp?: string
}

export function readRunEnvironment(env: NodeJS.ProcessEnv = process.env): RunEnvironment {
  const e = EnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')))
  const [owner, repo] = e.GITHUB_REPOSITORY?.split('/') ?? []
  const repository = owner && repo ? { owner, repo } : undefined
  const gitlab = e.GITLAB_CI === 'true' && !repository
  const runUrl =
    repository && e.GITHUB_RUN_ID
      ? `${e.GITHUB_SERVER_URL}/${owner}/${repo}/actions/runs/${e.GITHUB_RUN_ID}`
      : gitlab
        ? e.CI_JOB_URL
        : undefined
  const repoUrl = repository ? `${e.GITHUB_SERVER_URL}/${owner}/${repo}` : undefined
  return {
    repository,
    serverUrl: e.GITHUB_SERVER_URL,
    apiUrl: e.GITHUB_API_URL,
    runId: e.GITHUB_RUN_ID,
    runAttempt: e.GITHUB_RUN_ATTEMPT,
    runUrl,
    repoUrl,
    blobUrl: repoUrl
      ? `${repoUrl}/blob/`
      : gitlab && e.CI_PROJECT_URL
        ? `${e.CI_PROJECT_URL}/-/blob/`
        : undefined,
    actor: e.GITHUB_ACTOR,
    actorId: e.GITHUB_ACTOR_ID,
    eventName: e.GITHUB_EVENT_NAME,
    workspace: e.GITHUB_WORKSPACE,
    runnerTemp: e.RUNNER_TEMP,
  }
}
