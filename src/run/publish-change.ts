import type { Git, GitIdentity } from '../adapters/git/git.js'
import type { Settings } from '../config/settings.js'
import type { Governance } from '../policy/govern-change.js'
import { requestApprovals } from '../policy/request-approvals.js'
import { describeProductionState } from '../project/production-state.js'
import type { ProductionManifest } from '../adapters/github/production-manifest-artifact.js'
import { branchName } from '../publish/branch-name.js'
import { upsertPullRequest, type CodeHost, type UpsertPullRequestResult } from '../publish/code-host.js'
import type { CommitApi } from '../publish/commit-api.js'
import { commitMessage, publishBranch, type PublishBranchResult } from '../publish/publish-branch.js'
import { renderPullRequestBody, renderPullRequestTitle } from '../report/pr-body.js'
import { rollbackPlan } from '../report/rollback.js'
import { sandboxMarkdown } from '../report/sandbox-markdown.js'
import { evidenceMarkdown } from '../report/evidence-markdown.js'
import { testStrategyMarkdown } from '../report/test-strategy-markdown.js'
import type { PathPrefixes } from '../report/validation-markdown.js'
import type { Log } from '../shared/log.js'
import type { Ticket } from '../tickets/ticket.js'
import type { GuardedChange } from './make-change.js'
import type { ChangeRecord, RunRecord } from './run-record.js'
import { RunStop } from './run-stop.js'
import { reviewMarkdown } from '../report/review-markdown.js'
import { placeOnPatch, postReviewComments } from './post-review.js'

// The stages after the change is decided: the commit, the PR body, the pull request.

/** One commit with exactly the change on the ticket's branch; pushed unless `push` is false. */
export function commitChange(options: {
  settings: Settings
  git: Git
  codeHost: CodeHost | undefined
  /** Creates the commit through the code host's API (`commit-signing`) instead of pushing it. */
  commitApi?: CommitApi | undefined
  repoDir: string
  ticket: Ticket
  change: ChangeRecord
  push: boolean
  runUrl?: string
  /** The person who asked, credited in the commit. */
  requester?: GitIdentity
  log: Log
  record: RunRecord
}): Promise<PublishBranchResult> {
  const { settings, git, ticket, change, record } = options
  const branch = branchName(settings.branchPrefix, ticket.key)
  record.branch = branch
  return options.log.group(options.push ? 'Commit and push' : 'Commit (nothing pushed)', async () => {
    const published = await publishBranch({
      git,
      repoDir: options.repoDir,
      branch,
      baseBranch: settings.baseBranch ?? (await currentBranch(git, options.codeHost)),
      message: commitMessage({
        key: ticket.key,
        title: ticket.title,
        summary: change.summary,
        ticketUrl: ticket.url,
        runUrl: options.runUrl,
        coAuthor: options.requester,
      }),
      paths: change.files,
      dryRun: !options.push,
      ...(options.commitApi ? { commitApi: options.commitApi } : {}),
    })
    if (published.localBranchKept) options.log.warn(published.localBranchKept)
    if (published.signature) noteSignature(published, options.log, record)
    record.diff = published.diff
    record.commitSha = published.commitSha
    // Before the PR body is written: a finding whose line is not in this patch goes in the body.
    placeOnPatch(record, published.diff, options.codeHost)
    record.stages.publish = {
      operation: published.operation,
      baseSha: published.baseSha,
      pushed: published.pushed,
      ...(published.signature ? { signature: published.signature } : {}),
    }
    return published
  })
}

/** An API-created commit: whether GitHub reported its signature verified, in the log and the record. */
function noteSignature(published: PublishBranchResult, log: Log, record: RunRecord): void {
  const { signature, commitSha = '' } = published
  if (!signature) return
  const message = signature.verified
    ? `commit ${commitSha.slice(0, 12)} created through the GitHub API and signed by GitHub (verified)`
    : `commit ${commitSha.slice(0, 12)} created through the GitHub API, but GitHub reports its signature unverified (${signature.reason}): a branch protection that requires signed commits may refuse to merge it`
  if (signature.verified) log.info(message)
  else log.warn(message)
  record.event('publish', message, { commitSha, ...signature })
}

/** The PR body: a view of the run record and the guarded change. */
export function writePullRequestBody(options: {
  settings: Settings
  ticket: Ticket
  change: ChangeRecord
  guarded: GuardedChange
  governance: Governance | undefined
  production: ProductionManifest | undefined
  published: PublishBranchResult
  runUrl?: string
  blobUrl?: string
  paths?: PathPrefixes
  record: RunRecord
}): string {
  const { change, record } = options
  const calls = record.modelCalls
  const body = renderPullRequestBody({
    ticket: options.ticket,
    summary: change.summary,
    changedFiles: change.files,
    ...(change.deleted ? { deletedFiles: change.deleted } : {}),
    changedModels: change.models,
    validations: options.guarded.validations,
    ...(record.stages.acceptance ? { acceptance: record.stages.acceptance } : {}),
    repairs: (record.stages.agent ?? []).slice(1).map((round) => round.summary),
    rollback: rollbackPlan({
      commitSha: options.published.commitSha,
      branch: record.branch ?? '',
      changedModels: change.models,
    }),
    usage: {
      modelCalls: calls.length,
      inputTokens: sumOf(
        calls,
        (c) => c.usage.inputTokens + c.usage.cacheCreationInputTokens + c.usage.cacheReadInputTokens,
      ),
      outputTokens: sumOf(calls, (c) => c.usage.outputTokens),
      costUsd: record.costUsd,
    },
    runUrl: options.runUrl,
    // Links only to what was pushed: a dry run's commit exists nowhere else.
    ...(options.blobUrl && options.published.pushed
      ? { fileLinkBase: `${options.blobUrl}${options.published.commitSha}/` }
      : {}),
    auditUploaded: options.settings.artifact.upload,
    ...(options.paths ? { paths: options.paths } : {}),
    draftReason: change.draftReason,
    dryRun: options.settings.dryRun,
    ...(options.guarded.assessment
      ? { impact: { ...options.guarded.assessment, task: record.stages.task } }
      : {}),
    governance: options.governance?.markdown,
    productionState: options.production && describeProductionState(options.production),
    sandbox: sandboxMarkdown(record.stages.sandbox),
    evidence: evidenceMarkdown(record.stages.evidence),
    review: reviewMarkdown(record.stages.review),
    testStrategy: testStrategyMarkdown(record.stages.testStrategy),
    ...(record.stages.base?.brokenBase ? { brokenBase: record.stages.base.brokenBase } : {}),
  })
  record.stages.pullRequest = { body }
  return body
}

/** Opens or updates the ticket's pull request, then asks for the reviewers and labels the policy wants. */
export async function openPullRequest(options: {
  codeHost: CodeHost | undefined
  ticket: Ticket
  published: PublishBranchResult
  body: string
  draft: boolean
  governance: Governance | undefined
  log: Log
  record: RunRecord
}): Promise<UpsertPullRequestResult> {
  const { codeHost, log, record } = options
  if (!codeHost) throw new RunStop('failed:config', 'No GitHub access: set input `github-token`.')
  const pr = await log.group('Open or update the pull request', () =>
    upsertPullRequest(codeHost, {
      head: record.branch ?? '',
      base: options.published.baseBranch,
      title: renderPullRequestTitle(options.ticket),
      body: options.body,
      draft: options.draft,
    }),
  )
  if (pr.warning) log.warn(pr.warning)
  if (options.governance) await requestApprovals(codeHost, pr.number, options.governance.evaluation, log)
  record.stages.pullRequest = { body: options.body, url: pr.url, number: pr.number, operation: pr.operation }
  log.info(`${pr.operation === 'created' ? 'opened' : 'updated'} ${pr.url}`)
  const { commitSha } = options.published
  await postReviewComments({ codeHost, number: pr.number, ...(commitSha ? { commitSha } : {}), record, log })
  return pr
}

/** The `pr-labels` on the pull request; the PR is up already, so a refusal only warns. */
export async function labelPullRequest(
  codeHost: CodeHost | undefined,
  number: number,
  labels: readonly string[],
  log: Log,
): Promise<void> {
  if (!codeHost || labels.length === 0) return
  await codeHost.addLabels(number, labels).catch((error: unknown) => {
    log.warn(
      `Could not add the labels ${labels.map((label) => `\`${label}\``).join(', ')} (input \`pr-labels\`) to #${number}: ${error instanceof Error ? error.message : String(error)}`,
    )
  })
}

/** The branch the checkout is on, or the repository's default branch for a detached checkout. */
async function currentBranch(git: Git, codeHost: CodeHost | undefined): Promise<string> {
  const head = await git.output(['rev-parse', '--abbrev-ref', 'HEAD'])
  if (head !== 'HEAD') return head
  if (codeHost) return codeHost.getDefaultBranch()
  throw new RunStop(
    'failed:config',
    'The checkout is on a detached HEAD: set input `base-branch` to the branch the PR should target.',
  )
}

function sumOf<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0)
}
