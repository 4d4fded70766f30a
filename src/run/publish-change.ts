import { createHash } from 'node:crypto'
import type { Git, GitIdentity } from '../adapters/git/git.js'
import type { Settings } from '../config/settings.js'
import type { Governance } from '../policy/govern-change.js'
import { requestApprovals } from '../policy/request-approvals.js'
import { describeProductionState } from '../project/production-state.js'
import type { ProductionManifest } from '../adapters/github/production-manifest-artifact.js'
import { branchName } from '../publish/branch-name.js'
import { upsertPullRequest, type CodeHost, type UpsertPullRequestResult } from '../publish/code-host.js'
import type { CommitApi } from '../publish/commit-api.js'
import type { TicketWriteBack, TransitionOutcome } from '../publish/ticket-write-back.js'
import { failedPhasePatch, type PhaseCommit } from '../publish/phase-commits.js'
import { commitMessage, publishBranch, type PublishBranchResult } from '../publish/publish-branch.js'
import { renderPullRequestBody, renderPullRequestTitle } from '../report/pr-body.js'
import { rollbackPlan } from '../report/rollback.js'
import { sandboxMarkdown } from '../report/sandbox-markdown.js'
import { evidenceMarkdown } from '../report/evidence-markdown.js'
import { testStrategyMarkdown } from '../report/test-strategy-markdown.js'
import { phasesMarkdown } from '../report/phases-markdown.js'
import type { PathPrefixes } from '../report/validation-markdown.js'
import type { Log } from '../shared/log.js'
import type { Ticket } from '../tickets/ticket.js'
import type { GuardedChange } from './make-change.js'
import { notePhaseCommits } from './phase-publication.js'
import type { ChangeRecord, RunRecord, TicketWriteBackRecord } from './run-record.js'
import { RunStop } from './run-stop.js'
import { reviewMarkdown } from '../report/review-markdown.js'
import { placeOnPatch, postReviewComments } from './post-review.js'

// The stages after the change is decided: the commit, the PR body, the pull request.

/** One committed phase of a phased change, as its commit is made: the files are repository-relative. */
export interface PhaseToCommit {
  number: number
  total: number
  layer: string
  summary: string
  files: PhaseCommit['files']
}

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
  /** A phased change: one commit per committed phase, the last holding `change.files` as they are now. */
  phases?: readonly PhaseToCommit[]
  /** The files of the phase that stopped a phased change (repository-relative): their patch is kept. */
  failedPhase?: PhaseCommit['files']
  log: Log
  record: RunRecord
}): Promise<PublishBranchResult> {
  const { settings, git, ticket, change, record } = options
  const branch = branchName(settings.branchPrefix, ticket.key)
  record.branch = branch
  const messageOf = (title: string, summary: string) =>
    commitMessage({
      key: ticket.key,
      title,
      summary,
      ticketUrl: ticket.url,
      runUrl: options.runUrl,
      coAuthor: options.requester,
    })
  const phases = (options.phases ?? []).map((phase) => ({
    message: messageOf(
      `phase ${phase.number}/${phase.total} (${phase.layer}): ${ticket.title}`,
      phase.summary,
    ),
    files: phase.files,
  }))
  const last = phases.pop()
  return options.log.group(options.push ? 'Commit and push' : 'Commit (nothing pushed)', async () => {
    const published = await publishBranch({
      git,
      repoDir: options.repoDir,
      branch,
      baseBranch: settings.baseBranch ?? (await currentBranch(git, options.codeHost)),
      message: last?.message ?? messageOf(ticket.title, change.summary),
      paths: change.files,
      dryRun: !options.push,
      ...(options.commitApi ? { commitApi: options.commitApi } : {}),
      ...(phases.length > 0 ? { phaseCommits: phases } : {}),
    })
    if (published.localBranchKept) options.log.warn(published.localBranchKept)
    notePhaseCommits(record.stages.phases, options.phases ?? [], published)
    if (options.failedPhase && record.stages.phases) {
      const stage = record.stages.phases
      await failedPhasePatch(git, options.repoDir, published, options.failedPhase).then(
        (patch) => (stage.failedPatch = patch),
        (error: unknown) => options.log.warn(`The failed phase's patch was not kept: ${String(error)}`),
      )
    }
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

/** What the rollback plan reads off the change's manifest: each model's materialization, and which are new. */
function rollbackFacts(
  guarded: GuardedChange,
  models: readonly string[],
): { materializations?: Record<string, string>; addedModels: string[] } {
  const addedModels = (guarded.assessment?.impact.changed ?? [])
    .filter((node) => node.kind === 'model' && node.change === 'added')
    .map((node) => node.name)
  const graph = guarded.graph
  if (!graph) return { addedModels }
  const materializations: Record<string, string> = {}
  for (const model of models) {
    const materialized = graph.byName(model, 'model')[0]?.materialized
    if (materialized) materializations[model] = materialized
  }
  return { materializations, addedModels }
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
      ...rollbackFacts(options.guarded, change.models),
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
    phases: phasesMarkdown(record.stages.phases, options.guarded.validations),
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

/**
 * The pull request written back to the Jira ticket: a remote link with a global id stable for the ticket's
 * branch (a second run updates it), then the `jira-transition-on-pr` move. The PR is up already, so a
 * refusal only warns, and says what to fix.
 */
export async function writeBackToTicket(
  writeBack: TicketWriteBack | undefined,
  pr: UpsertPullRequestResult,
  options: {
    settings: Settings
    ticket: Ticket
    draft: boolean
    log: Log
    record: RunRecord
  },
): Promise<void> {
  const { settings, ticket, log, record } = options
  if (!writeBack) return
  const globalId = pullRequestGlobalId(pr.url, record.branch ?? ticket.key)
  const link = await writeBack
    .linkPullRequest({ url: pr.url, number: pr.number, title: ticket.title, globalId, draft: options.draft })
    .then(
      (): TicketWriteBackRecord['link'] => ({ globalId, linked: true }),
      (error: unknown) => ({ globalId, linked: false, error: messageOf(error) }),
    )
  if (link.linked) log.info(`linked ${pr.url} on ${ticket.key}`)
  else log.warn(`Could not link the pull request on ${ticket.key}: ${link.error}`)
  record.stages.ticketWriteBack = { link }
  const wanted = settings.jira.transitionOnPr
  if (!wanted) return
  const transition = await writeBack.transition(wanted).then(
    (outcome) => describeTransition(ticket.key, wanted, outcome),
    (error: unknown) => ({ wanted, outcome: 'failed' as const, detail: messageOf(error) }),
  )
  if (transition.outcome === 'moved' || transition.outcome === 'already') log.info(transition.detail)
  else
    log.warn(
      transition.outcome === 'failed'
        ? `Could not move ${ticket.key}: ${transition.detail}`
        : transition.detail,
    )
  record.stages.ticketWriteBack = { link, transition }
}

function describeTransition(key: string, wanted: string, outcome: TransitionOutcome) {
  switch (outcome.kind) {
    case 'moved':
      return {
        wanted,
        outcome: 'moved' as const,
        detail: `moved ${key} to ${outcome.to} (${outcome.transition})`,
      }
    case 'already':
      return { wanted, outcome: 'already' as const, detail: `${key} is already ${outcome.status}` }
    case 'missing':
      return {
        wanted,
        outcome: 'missing' as const,
        detail: `${key} offers no transition named \`${wanted}\` (input \`jira-transition-on-pr\`) from its current status; it offers ${outcome.available.length > 0 ? outcome.available.map((name) => `\`${name}\``).join(', ') : 'none'}. Set the input to one of them, or leave it empty.`,
      }
  }
}

/**
 * One link per ticket branch and repository (the PR's URL without its number: a GitHub or GitLab
 * repository), within Jira's 255 characters for a global id.
 */
function pullRequestGlobalId(prUrl: string, branch: string): string {
  const repository = prUrl.replace(/\/(?:pull|-\/merge_requests)\/\d+\/?$/, '')
  const id = `dbt-autopilot:${repository}:${branch}`
  return id.length <= 255 ? id : `dbt-autopilot:${createHash('sha256').update(id).digest('hex')}`
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
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
