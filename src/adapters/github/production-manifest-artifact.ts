import { z } from 'zod'
import { ArtifactProblem, writeManifest } from './artifact-manifest.js'
import type { GitHubClient, GitHubRepo } from './github-client.js'
import { readGitHubFailure } from './request-error.js'

/** The repository whose workflow runs hold the artifact, and the client that reads them. */
export type ArtifactLocation = GitHubRepo

export interface ProductionManifestRequest {
  /** Workflow file name (`deploy.yml`, a `.github/workflows/` prefix is dropped) or numeric id. */
  workflow: string
  artifactName: string
  /** The default branch: production state is what was last deployed from it. */
  branch: string
  /** `manifest.json` is written here. */
  destDir: string
}

export type ProductionManifest =
  | {
      found: true
      manifestPath: string
      runId: number
      runUrl: string
      artifactName: string
      createdAt?: string
    }
  /** `reason` is a sentence for the log and the PR body that says what to fix. */
  | { found: false; reason: string }

/** How many successful runs, newest first, may be searched for the artifact before giving up. */
export const RUNS_SEARCHED = 5

const runsSchema = z.object({
  workflow_runs: z.array(
    z.object({ id: z.number(), html_url: z.string(), created_at: z.string().optional() }).loose(),
  ),
})
const artifactsSchema = z.object({
  artifacts: z.array(
    z
      .object({
        id: z.number(),
        name: z.string(),
        expired: z.boolean(),
        created_at: z.string().nullish(),
      })
      .loose(),
  ),
})
type Run = z.infer<typeof runsSchema>['workflow_runs'][number]
type Artifact = z.infer<typeof artifactsSchema>['artifacts'][number]
type Octokit = GitHubClient

/** GitHub answered 410 Gone: the artifact expired after it was listed. */
class GoneError extends Error {}

/**
 * Downloads `manifest.json` from the named artifact of the newest successful run of `workflow` on
 * `branch` (looking back up to RUNS_SEARCHED runs when newer ones lack the artifact or it expired).
 * Never throws: every failure is `found: false` with what to fix, and the run parses the base instead.
 */
export async function downloadProductionManifest(
  github: ArtifactLocation,
  request: ProductionManifestRequest,
): Promise<ProductionManifest> {
  const names = describe(github, request)
  try {
    const octokit = github.client
    const runs = await successfulRuns(octokit, github, request, names)
    const missing: Run[] = []
    const expired: Run[] = []
    for (const run of runs) {
      const artifact = await artifactOf(octokit, github, run, request.artifactName, names)
      if (artifact === 'missing' || artifact === 'expired') {
        ;(artifact === 'missing' ? missing : expired).push(run)
        continue
      }
      const zip = await downloadZip(octokit, github, artifact, names)
      if (zip === undefined) {
        expired.push(run)
        continue
      }
      const manifestPath = await writeManifest(
        zip,
        request.destDir,
        `${names.artifact} of run ${run.html_url}`,
      )
      return {
        found: true,
        manifestPath,
        runId: run.id,
        runUrl: run.html_url,
        artifactName: artifact.name,
        ...(artifact.created_at ? { createdAt: artifact.created_at } : {}),
      }
    }
    return { found: false, reason: noUsableArtifact(runs, missing, expired, request, names) }
  } catch (error) {
    if (error instanceof ArtifactProblem) return { found: false, reason: error.message }
    const message = error instanceof Error ? error.message : String(error)
    return {
      found: false,
      reason: `Could not fetch the production manifest from ${names.artifact} (${message}). Retry the run, or set \`state-manifest\`.`,
    }
  }
}

interface Names {
  repository: string
  workflow: string
  artifact: string
  branch: string
}

function describe(github: ArtifactLocation, request: ProductionManifestRequest): Names {
  return {
    repository: `${github.owner}/${github.repo}`,
    workflow: `\`${workflowId(request.workflow)}\``,
    artifact: `artifact \`${request.artifactName}\``,
    branch: `\`${request.branch}\``,
  }
}

function workflowId(workflow: string): string | number {
  const file = workflow.trim().replace(/^\.?\/?\.github\/workflows\//, '')
  return /^\d+$/.test(file) ? Number(file) : file
}

async function successfulRuns(
  octokit: Octokit,
  github: ArtifactLocation,
  request: ProductionManifestRequest,
  names: Names,
): Promise<Run[]> {
  const action = `listing the runs of workflow ${names.workflow}`
  const noWorkflow = () =>
    new ArtifactProblem(
      `No workflow ${names.workflow} in ${names.repository} (GitHub answered 404): set \`state-workflow\` ` +
        'to the file name under .github/workflows (e.g. deploy.yml) or the workflow id, and check that the token can read the repository.',
    )
  const response = await call(
    action,
    names,
    () =>
      octokit.rest.actions.listWorkflowRuns({
        owner: github.owner,
        repo: github.repo,
        workflow_id: workflowId(request.workflow),
        branch: request.branch,
        status: 'success',
        per_page: RUNS_SEARCHED,
      }),
    { 404: noWorkflow },
  )
  const runs = parse(runsSchema, response.data, action, names).workflow_runs
  if (runs.length === 0) {
    throw new ArtifactProblem(
      `No successful run of workflow ${names.workflow} on branch ${names.branch} in ${names.repository}: ` +
        `run it on ${names.branch} (it must upload the ${names.artifact} with dbt's manifest.json), or set \`state-manifest\`.`,
    )
  }
  return runs
}

async function artifactOf(
  octokit: Octokit,
  github: ArtifactLocation,
  run: Run,
  name: string,
  names: Names,
): Promise<Artifact | 'missing' | 'expired'> {
  const action = `listing the artifacts of run ${run.html_url}`
  const response = await call(action, names, () =>
    octokit.rest.actions.listWorkflowRunArtifacts({
      owner: github.owner,
      repo: github.repo,
      run_id: run.id,
      name,
      per_page: 100,
    }),
  )
  const named = parse(artifactsSchema, response.data, action, names).artifacts.filter((a) => a.name === name)
  if (named.length === 0) return 'missing'
  return named.find((a) => !a.expired) ?? 'expired'
}

/** The zip bytes; undefined when GitHub answers 410 because the artifact expired since it was listed. */
async function downloadZip(
  octokit: Octokit,
  github: ArtifactLocation,
  artifact: Artifact,
  names: Names,
): Promise<Buffer | undefined> {
  const action = `downloading ${names.artifact}`
  try {
    // GitHub answers 302 to a short-lived storage URL; fetch follows it (and drops the token cross-origin).
    const response = await call(
      action,
      names,
      () =>
        octokit.rest.actions.downloadArtifact({
          owner: github.owner,
          repo: github.repo,
          artifact_id: artifact.id,
          archive_format: 'zip',
        }),
      { 410: () => new GoneError() },
    )
    if (!(response.data instanceof ArrayBuffer)) {
      throw new ArtifactProblem(
        `GitHub answered ${action} with something other than a zip file. Retry the run, or set \`state-manifest\`.`,
      )
    }
    return Buffer.from(response.data)
  } catch (error) {
    if (error instanceof GoneError) return undefined
    throw error
  }
}

/**
 * Runs one GitHub call; maps its failure to an `ArtifactProblem` that says what to change, or to what `byStatus`
 * makes of that status.
 */
async function call<T>(
  action: string,
  names: Names,
  fn: () => Promise<T>,
  byStatus: Partial<Record<number, () => Error>> = {},
): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    const failure = readGitHubFailure(error, {
      action,
      repository: names.repository,
      permissions: '`actions: read` (set `permissions:` in the job)',
      instead: 'set `state-manifest`',
    })
    const special = failure.status === undefined ? undefined : byStatus[failure.status]
    throw special ? special() : new ArtifactProblem(failure.message)
  }
}

function parse<T>(schema: z.ZodType<T>, data: unknown, action: string, names: Names): T {
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  throw new ArtifactProblem(
    `GitHub answered ${action} in ${names.repository} with an unexpected shape (${z.prettifyError(parsed.error)}): ` +
      'set `state-manifest` instead.',
  )
}

function noUsableArtifact(
  runs: Run[],
  missing: Run[],
  expired: Run[],
  request: ProductionManifestRequest,
  names: Names,
): string {
  const searched = `the last ${runs.length} successful run(s) of ${names.workflow} on ${names.branch} (newest: ${runs[0]?.html_url ?? 'none'})`
  if (expired.length > 0) {
    return (
      `The ${names.artifact} has expired in ${searched}${missing.length > 0 ? `, and ${missing.length} of them lack it` : ''}: ` +
      `run the workflow again on ${request.branch}, or raise \`retention-days\` of its upload-artifact step.`
    )
  }
  return (
    `No ${names.artifact} in ${searched}: set \`state-artifact\` to the \`name:\` that workflow's ` +
    'actions/upload-artifact step uses, or upload target/manifest.json there.'
  )
}
