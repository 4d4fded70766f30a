import path from 'node:path'
import { BudgetTracker } from '../agent/budget.js'
import { priceKeyOf, type LanguageModel } from '../agent/language-model.js'
import type { ConventionsReader } from '../conventions/conventions.js'
import type { Git, GitIdentity } from '../adapters/git/git.js'
import { secretsOf, type Settings } from '../config/settings.js'
import { guardConfigForProject, guardConfigWithSecrets } from '../guard/config.js'
import { governChange, type Governance } from '../policy/govern-change.js'
import type { ResolvedPolicy } from '../policy/merge-policy.js'
import { policyGuardConfig } from '../policy/policy-guard.js'
import type { PolicySource } from '../policy/policy-source.js'
import { projectLayers } from '../project/layers.js'
import { defaultLayout, projectFolders } from '../project/project-layout.js'
import type { ProductionState } from '../project/production-state.js'
import { readProjectVars } from '../project/project-vars.js'
import type { CodeHost, UpsertPullRequestResult } from '../publish/code-host.js'
import type { CommitApi } from '../publish/commit-api.js'
import type { TicketWriteBack } from '../publish/ticket-write-back.js'
import type { Log } from '../shared/log.js'
import { createRedactor } from '../shared/redact.js'
import { redactingLog } from '../shared/redacting-log.js'
import type { RunStatus } from '../shared/run-status.js'
import { sanitizeUntrustedText } from '../tickets/sanitize.js'
import type { Ticket, TicketSource } from '../tickets/ticket.js'
import type { BaseState, ChangeValidator } from '../validate/validation.js'
import type { DbtWorkbench } from '../agent/dbt-workbench.js'
import type { EvidenceGatherer } from '../evidence/gather-evidence.js'
import type { SqlShapeReader } from '../optimize/sql-shape.js'
import type { DataProbe } from '../test-strategy/data-probe.js'
import { summarizeChange } from './change-summary.js'
import {
  gatherEvidence,
  makeChange,
  repositoryPaths,
  repositoryPrefixes,
  type GuardedChange,
  type ProjectState,
} from './make-change.js'
import { decidePublication, decisionRecord } from './publication-decision.js'
import { failedPhaseFiles, phaseDraftReason, publishablePhases } from './phase-publication.js'
import { NeedsClarification } from './needs-clarification.js'
import { RunStop } from './run-stop.js'
import {
  commitChange,
  labelPullRequest,
  openPullRequest,
  writeBackToTicket,
  writePullRequestBody,
} from './publish-change.js'
import type { ChangeRecord, RunRecord } from './run-record.js'
import { timedStages } from './stage-timing.js'
import {
  chooseContext,
  classify,
  findProductionState,
  loadRunPolicy,
  prepareBase,
  readTicket,
} from './understand-task.js'

/** The adapters one ticket's run needs; built by the composition root (compose.ts). */
export interface PipelineAdapters {
  tickets: TicketSource
  model: LanguageModel
  /** The model that classifies the ticket (`classifier-model`); absent: `model`. */
  classifierModel?: LanguageModel
  /** The review pass's model (`review-model`); absent: `model`, or no review. */
  reviewModel?: LanguageModel
  /** The repository's guidance files, `custom-instructions` and lint rules, for the cached prompt. */
  conventions?: ConventionsReader
  validator: ChangeValidator
  /** Compares the changed models' data with the base after a passing validation; absent when off. */
  evidence?: EvidenceGatherer
  /** Reads the changed models' data for the tests to propose; absent unless `propose-tests`. */
  testProbe?: DataProbe
  /** dbt for the agent's compile, preview and build_selected, on the base as parsed; absent when off. */
  workbench?: (base: BaseState) => DbtWorkbench
  git: Git
  /** Where `extends:` in the policy fetches other repositories' files from. */
  policySource: PolicySource
  /** Absent in a dry run without a token. */
  codeHost?: CodeHost
  /** The parser of the static SQL checks (`sql-checks`); absent when they are off. */
  sqlShapes?: SqlShapeReader
  /** Set with `commit-signing`: the commit is created through GitHub's API, which signs it. */
  commitApi?: CommitApi
  /** Set when the production manifest is downloaded (`state-artifact`) rather than given as a path. */
  productionState?: ProductionState
  /** Set for a Jira ticket: the pull request goes back to it as a remote link (and a transition). */
  ticketWriteBack?: TicketWriteBack
  log: Log
}

export interface PipelineContext {
  /** Root of the git checkout. */
  repoDir: string
  runUrl?: string
  /** File links at the head commit: `${blobUrl}${sha}/${path}` (`RunEnvironment.blobUrl`). */
  blobUrl?: string
  /** The person who asked for the run, when a person did: the commit credits them. */
  requester?: GitIdentity
  /** The push token: a secret the redactor and the guard must know. */
  pushToken?: string
  /** Extra instruction from a trigger comment; untrusted. */
  instruction?: string
  /** The reporter's answer to Autopilot's question, from the ticket's comments; untrusted. */
  answer?: string
}

export interface RunOutcome {
  status: RunStatus
  message: string
}

/**
 * One ticket → one validated change → one branch and pull request. Each stage records its result in
 * `record`, which every report is a view of; errors end the run through their own status.
 */
export async function runPipeline(
  settings: Settings,
  adapters: PipelineAdapters,
  context: PipelineContext,
  record: RunRecord,
): Promise<RunOutcome> {
  const { repoDir } = context
  const { model, validator, git, codeHost } = adapters
  // Before any model-written code runs: the commit below refuses a `.git` that changed since.
  const gitState = await git.stateDigest()
  // Every stage's start, end and duration go into the record's events.
  const timed = timedStages(adapters.log, record)
  const policy = await loadRunPolicy(settings, repoDir, adapters.policySource, timed, record)
  const secrets = [...secretsOf(settings), context.pushToken]
  const redact = createRedactor(guardConfigWithSecrets(secrets).secretValues)
  const log = redactingLog(timed, redact)

  const read = await readTicket(adapters.tickets, settings.ticket.key, log, record)
  if ('noWork' in read) return { status: read.noWork, message: read.message }
  // A secret pasted into the ticket goes no further: not to the model, not into the PR's title or body.
  const redacted = { ...read, title: redact(read.title), body: redact(read.body) }
  const ticket = withAnswer(redacted, context.answer, redact, record)
  const production = await findProductionState(adapters.productionState, log, record)
  const base = await prepareBase(validator, production, log, record)
  const baseGraph = base.graph
  const layers = projectLayers(policy.policy.layers, settings.layers)
  const projectDir = path.resolve(repoDir, settings.dbt.projectDir)
  const layout = base.layout ?? defaultLayout(projectDir)
  // The project's own folders (dbt_project.yml) are the allow-list unless the policy names its own.
  const guard = guardConfigWithSecrets(
    secrets,
    policyGuardConfig(policy.policy, guardConfigForProject(projectFolders(layout))),
  )
  // Read before any edit: a changed var marks the nodes that read it (dbt's state:modified does not).
  const baseVars = await readProjectVars(projectDir).catch(() => undefined)
  const project = {
    dir: projectDir,
    layout,
    baseGraph,
    layers,
    ...(base.brokenBase ? { brokenBase: base.brokenBase } : {}),
    ...(baseVars ? { baseVars } : {}),
    ...(adapters.conventions ? { conventions: await adapters.conventions.read() } : {}),
  }
  const { budget, classifier, reviewer } = runBudget(model, adapters, settings)
  const spec = await classify(ticket, { repoDir, baseGraph, policy, model: classifier, budget, log, record })
  if (spec.blockingQuestions.length > 0) throw new NeedsClarification(spec.blockingQuestions, 'classifier')
  const selected = await chooseContext(ticket, baseGraph, project.dir, layers, record)
  const task = { ticket, spec, context: selected, instruction: context.instruction }

  const agentInput = { settings, task, project, guard, budget, model, validator, log, record, repoDir }
  const guarded = await makeChange({ ...agentInput, ...changeStageAdapters(adapters, base, reviewer) })
  await gatherEvidence(adapters.evidence, { change: guarded, base, log, record, redact })
  const governance = await govern(guarded, policy, spec.kind, project, repoDir)
  if (governance) record.stages.governance = governance.evaluation
  const publication = decidePublication(settings, guarded, draftReasonsOf(record, governance))
  record.stages.decision = decisionRecord(publication)
  if (publication.kind === 'block') return outcome(publication)
  const change = changeRecord(repoDir, layout.root, guarded, {
    summary: redact(summarizeChange(guarded.rounds, record.toolCalls, guarded.changedFiles) || ticket.title),
    draftReason: publication.draftReason,
  })
  record.stages.change = change

  const { runUrl, requester } = context
  const push = publication.kind === 'pull-request'
  await checkGitUnchanged(git, gitState, record)
  const published = await commitChange({
    settings,
    git,
    codeHost,
    commitApi: adapters.commitApi,
    repoDir,
    ticket,
    change,
    push,
    runUrl,
    requester,
    phases: publishablePhases(record.stages.phases, guarded, { repoDir, root: layout.root }),
    failedPhase: failedPhaseFiles(guarded, { repoDir, root: layout.root }),
    log,
    record,
  })
  if (publication.kind === 'keep-local' && publication.status === 'failed:validation' && !settings.dryRun)
    return outcome(publication)
  const body = writePullRequestBody({
    settings,
    ticket,
    change,
    guarded,
    governance,
    production,
    published,
    runUrl,
    blobUrl: context.blobUrl,
    paths: repositoryPrefixes(repoDir, project),
    record,
  })
  if (publication.kind === 'keep-local') return outcome(publication)
  const draft = publication.draftReason !== undefined
  const pr = await openPullRequest({ codeHost, ticket, published, body, draft, governance, log, record })
  await labelPullRequest(codeHost, pr.number, settings.prLabels, log)
  await writeBackToTicket(adapters.ticketWriteBack, pr, { settings, ticket, draft, log, record })
  return pullRequestOutcome(pr, publication.failValidation, draft)
}

/** The adapters of the change's own stages: the agent's dbt tools, the SQL checks and review model, the test strategy. */
function changeStageAdapters(adapters: PipelineAdapters, base: BaseState, reviewModel: LanguageModel) {
  return {
    reviewModel,
    sqlShapes: adapters.sqlShapes,
    testProbe: adapters.testProbe,
    workbench: adapters.workbench?.(base),
  }
}

/** One budget for every model call of the run, each priced at its own model's rates (every stage's checked up front). */
function runBudget(
  main: LanguageModel,
  adapters: Pick<PipelineAdapters, 'classifierModel' | 'reviewModel'>,
  settings: Settings,
): { budget: BudgetTracker; classifier: LanguageModel; reviewer: LanguageModel } {
  const classifier = adapters.classifierModel ?? main
  const reviewer = adapters.reviewModel ?? main
  const models = [
    priceKeyOf(main),
    priceKeyOf(classifier),
    ...(settings.review.model ? [priceKeyOf(reviewer)] : []),
  ] as const
  return {
    budget: new BudgetTracker(settings.budget, settings.anthropic.prices, models),
    classifier,
    reviewer,
  }
}

/** What the change is, in the repository's paths: what publishing and every report show. */
function changeRecord(
  repoDir: string,
  root: string,
  guarded: GuardedChange,
  words: { summary: string; draftReason: string | undefined },
): ChangeRecord {
  return {
    files: repositoryPaths(repoDir, root, guarded.changedFiles),
    ...(guarded.deletedFiles.length > 0
      ? { deleted: repositoryPaths(repoDir, root, guarded.deletedFiles) }
      : {}),
    models: guarded.validations.at(-1)?.changedModels ?? [],
    summary: words.summary,
    ...(words.draftReason ? { draftReason: words.draftReason } : {}),
  }
}

function pullRequestOutcome(
  pr: UpsertPullRequestResult,
  failValidation: boolean,
  draft: boolean,
): RunOutcome {
  if (failValidation) {
    return {
      status: 'failed:validation',
      message: `Validation failed after repair; draft PR ${pr.url} holds the work.`,
    }
  }
  const verb = pr.operation === 'created' ? 'Opened' : 'Updated'
  return {
    status: pr.operation === 'created' ? 'pr-opened' : 'pr-updated',
    message: `${verb} ${draft ? 'draft ' : ''}PR ${pr.url}`,
  }
}

/** Git's configuration as at the start (see `gitStateDigest`), or the run ends before git touches the change. */
async function checkGitUnchanged(git: Git, before: string, record: RunRecord): Promise<void> {
  if ((await git.stateDigest()) === before) return
  const message =
    "Nothing was pushed: git's configuration (`.git/config`, `.git/hooks`, `.git/info/attributes`, or the user's or system git config) changed during the run, so code the change made git run (or tried to) may be waiting there. Inspect the checkout; do not reuse it."
  record.event('guard', message)
  throw new RunStop('failed:guard', message)
}

/** The reporter's answer rides with the ticket: sanitized and redacted like its body, quoted as data. */
function withAnswer(
  ticket: Ticket,
  answer: string | undefined,
  redact: (text: string) => string,
  record: RunRecord,
): Ticket {
  const text = answer === undefined ? '' : redact(sanitizeUntrustedText(answer).text).trim()
  if (!text) return ticket
  record.stages.clarification = { answer: text }
  return { ...ticket, answer: text }
}

function outcome({ status, message }: RunOutcome): RunOutcome {
  return { status, message }
}

/** Why the PR must be a draft besides the change's own verdicts: a phased change that stopped, the policy. */
function draftReasonsOf(record: RunRecord, governance: Governance | undefined): string[] {
  const stopped = phaseDraftReason(record.stages.phases)
  return [...(stopped ? [stopped] : []), ...(governance?.evaluation.draftReasons ?? [])]
}

/** The repository's policy applied to the change, when there is a manifest of it to judge. */
async function govern(
  guarded: GuardedChange,
  resolved: ResolvedPolicy,
  taskKind: string,
  project: ProjectState,
  repoDir: string,
): Promise<Governance | undefined> {
  const { assessment } = guarded
  if (!assessment || !project.baseGraph) return undefined
  return governChange({
    resolved,
    taskKind,
    impact: assessment.impact,
    graph: assessment.graph,
    baseGraph: project.baseGraph,
    repoDir,
    projectPath: path.relative(repoDir, project.dir),
    layers: project.layers,
  })
}
