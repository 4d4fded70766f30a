import path from 'node:path'
import { secretsOf, type Settings } from '../config/settings.js'
import type { Log } from '../shared/log.js'
import type { CommandRunner } from '../adapters/process/command-runner.js'
import type { RunRecord, RunStatus } from './run-record.js'
import type { TicketSource, Ticket } from '../tickets/ticket.js'
import type { LanguageModel } from '../agent/language-model.js'
import type { CodeHost } from '../publish/code-host.js'
import type { ChangeValidator, Validation } from '../validate/validation.js'
import { AgentSession } from '../agent/agent-session.js'
import { RunStop } from './run-stop.js'
import { draftReason, noChange } from './publication-decision.js'
import { loadRunPolicy } from '../policy/load-run-policy.js'
import { requestApprovals } from '../policy/request-approvals.js'
import { loadBaseGraph, modelNames } from '../project/base-graph.js'
import { projectLayers } from '../project/layers.js'
import { describeProductionState, type ProductionState } from '../project/production-state.js'
import type { ProductionManifest } from '../adapters/github/production-manifest-artifact.js'

export { RunStop } from './run-stop.js'
import { makeValidatedChange } from './change-loop.js'
import { governChange } from '../policy/govern-change.js'
import { checkTaskKind } from '../policy/evaluate-policy.js'
import { policyGuardConfig } from '../policy/policy-guard.js'
import { classifyTask } from '../task/classify-task.js'
import { selectContext } from '../context/select-context.js'
import { loadTaskRules } from '../task/load-task-rules.js'
import { renderTaskSpec } from '../task/render-task-spec.js'
import { describeDecision } from '../task/task-spec.js'
import { assessChange, breakingFindings, keepContractWithNewVersion } from './keep-contract.js'
import { sanitizeTicket, sanitizeUntrustedText } from '../tickets/sanitize.js'
import { BudgetTracker } from '../agent/budget.js'
import { Workspace } from '../agent/workspace.js'
import { projectOverview, renderTask } from '../agent/prompt.js'
import { branchName } from '../publish/branch-name.js'
import { Git } from '../adapters/git/git.js'
import { commitMessage, publishBranch } from '../publish/publish-branch.js'
import { upsertPullRequest } from '../publish/code-host.js'
import { renderPullRequestBody, renderPullRequestTitle } from '../report/pr-body.js'
import { rollbackPlan } from '../report/rollback.js'
import { formatViolations, guardConfigWithSecrets, guardDiff } from '../guard/guard.js'
import { redactingLog } from '../shared/redacting-log.js'
import { createRedactor } from '../shared/redact.js'

export interface PipelinePorts {
  tickets: TicketSource
  model: LanguageModel
  commands: CommandRunner
  validator: ChangeValidator
  /** Absent in a dry run. */
  codeHost?: CodeHost
  /** Set when the production manifest is downloaded (`state-artifact`) rather than given as a path. */
  productionState?: ProductionState
  log: Log
}

export interface PipelineContext {
  /** Root of the git checkout. */
  repoDir: string
  /** Where the audit bundle, base state, patch and PR body go; outside the checkout. */
  outDir: string
  runUrl?: string
  /** Secrets and tokens for git push; never logged. */
  pushToken?: string
  /** `GITHUB_SERVER_URL`: where `extends` in the policy fetches other repositories from. */
  serverUrl?: string
  /** Extra instruction from a trigger comment; untrusted. */
  instruction?: string
}

export interface PipelineResult {
  status: RunStatus
  message: string
  ticket?: Ticket
  branch?: string
  prUrl?: string
  prNumber?: number
  draftReason?: string
  changedModels: string[]
  changedFiles: string[]
  validations: Validation[]
  prBody?: string
}

/**
 * One ticket → one validated change → one branch and pull request. Each stage appends to `record`; the
 * caller turns the result into outputs, a summary and the audit bundle whatever happens here.
 */
export async function runPipeline(
  settings: Settings,
  ports: PipelinePorts,
  context: PipelineContext,
  record: RunRecord,
): Promise<PipelineResult> {
  const policy = await ports.log.group('Load the policy', () =>
    loadRunPolicy(settings, context, ports.commands),
  )
  record.stages.policy = { sources: policy.sources }
  const guard = guardConfigWithSecrets(
    [...secretsOf(settings), context.pushToken],
    policyGuardConfig(policy.policy),
  )
  const redact = createRedactor(guard.secretValues)
  const log = redactingLog(ports.log, redact)
  const projectDir = path.resolve(context.repoDir, settings.dbt.projectDir)
  const result: PipelineResult = {
    status: 'failed:internal',
    message: '',
    changedModels: [],
    changedFiles: [],
    validations: [],
  }

  const ticket = await log.group('Read the ticket', async () => {
    const { ticket, removed } = sanitizeTicket(await ports.tickets.fetch(settings.ticket.key))
    record.setTicket(ticket)
    if (removed.length > 0) {
      log.warn(`Removed hidden content from the ticket before the model sees it: ${removed.join(', ')}`)
      record.event('tickets', 'sanitized', { removed })
    }
    log.info(`${ticket.key}: ${ticket.title}`)
    return ticket
  })
  result.ticket = ticket

  const production = ports.productionState && (await findProductionState(ports.productionState, log, record))
  const base = await log.group('Parse the dbt project (base state)', async () => {
    const base = await ports.validator.prepareBase(production?.found ? production.manifestPath : undefined)
    record.stages.base = { mode: base.mode, stateDir: base.stateDir }
    log.info(
      base.mode === 'deferred'
        ? 'deferring to the production manifest'
        : 'base manifest parsed from the checkout',
    )
    return base
  })
  const baseGraph = await loadBaseGraph(base.stateDir)

  // One budget for every model call of the run: the classifier's and the agent's.
  const budget = new BudgetTracker(settings.budget, settings.anthropic.prices, ports.model.model)
  const spec = await log.group('Classify the task', async () => {
    const spec = await classifyTask(ticket, {
      rules: await loadTaskRules(context.repoDir),
      knownModels: baseGraph ? modelNames(baseGraph) : [],
      model: ports.model,
      budget,
      record,
      log,
    })
    record.stages.task = spec
    log.info(`${spec.kind}, ${spec.risk} risk (${describeDecision(spec.decidedBy)})`)
    return spec
  })
  const kindCheck = checkTaskKind(policy.policy, spec.kind)
  if (kindCheck?.result === 'fail') throw new RunStop('failed:policy', kindCheck.detail)

  const layers = projectLayers(policy.policy.layers, settings.layers)
  const selected = baseGraph && (await selectContext(ticket, baseGraph, projectDir, { layers }))
  if (selected) record.stages.context = { tokens: selected.tokens, items: selected.items }

  const workspace = new Workspace(projectDir, undefined, guard)
  const session = new AgentSession({
    model: ports.model,
    workspace,
    budget,
    ...(baseGraph ? { knowledge: { graph: baseGraph } } : {}),
    record,
    log,
    cachedContext: await projectOverview(workspace),
  })
  let change = await makeValidatedChange({
    session,
    task: renderTask(
      ticket,
      [renderTaskSpec(spec), selected?.text ?? ''].join('\n\n'),
      context.instruction && sanitizeUntrustedText(context.instruction).text,
    ),
    workspace,
    validator: ports.validator,
    repairRounds: settings.repairRounds,
    log,
    record,
  })
  if (change.changedFiles.length === 0) throw noChange(change.agent)
  let impact = await assessChange(baseGraph, change, layers, log, record)
  let breaking = breakingFindings(impact)
  const askedForVersion = breaking.length > 0 && settings.onBreakingChange === 'new-version'
  if (askedForVersion) {
    ;({ change, assessment: impact } = await keepContractWithNewVersion({
      breaking,
      change,
      session,
      workspace,
      validator: ports.validator,
      repairRounds: settings.repairRounds,
      baseGraph,
      layers,
      log,
      record,
    }))
    breaking = breakingFindings(impact)
  }
  const { agent, validations } = change
  result.validations = validations
  const validation = validations.at(-1)
  const violations = guardDiff(await workspace.changes(), guard)
  if (violations.length > 0) {
    record.stages.guard = violations
    throw new RunStop(
      'failed:guard',
      `Nothing was pushed: the change breaks guard rules.\n${formatViolations(violations)}`,
    )
  }

  const relativeProject = path.relative(context.repoDir, projectDir)
  result.changedFiles = change.changedFiles.map((file) => path.join(relativeProject, file))
  result.changedModels = validation?.changedModels ?? []
  if (breaking.length > 0 && settings.onBreakingChange === 'block') {
    throw new RunStop(
      'failed:breaking-change',
      `Nothing was pushed: the change breaks a contract and \`on-breaking-change\` is \`block\`. ${breaking.map((f) => `${f.message} ${f.action}`).join(' ')}`,
    )
  }
  const reasons = [draftReason(agent, validations)]
  if (breaking.length > 0 && settings.onBreakingChange !== 'warn') {
    reasons.push(
      askedForVersion
        ? `The model was asked to keep the contract with a new model version, but the change still breaks ${breaking.length} contract rule(s); see the impact section.`
        : `The change breaks ${breaking.length} contract rule(s); see the impact section.`,
    )
  }
  const governance =
    impact && baseGraph
      ? await governChange({
          resolved: policy,
          taskKind: spec.kind,
          impact: impact.impact,
          graph: impact.graph,
          baseGraph,
          repoDir: context.repoDir,
          projectPath: path.relative(context.repoDir, projectDir),
          layers,
        })
      : undefined
  if (governance) {
    record.stages.governance = governance.evaluation
    reasons.push(...governance.evaluation.draftReasons)
  }
  result.draftReason = reasons.filter(Boolean).join(' ') || undefined
  const branch = branchName(settings.branchPrefix, ticket.key)
  result.branch = branch
  record.branch = branch
  const git = new Git(ports.commands, context.repoDir, context.pushToken)
  const summary = redact(agent.summary || ticket.title)
  const validationFailed = validation !== undefined && !validation.ok
  // With `no-pr`, the commit is still built locally (a dry run) so the audit bundle carries the patch.
  const pushNothing = settings.dryRun || (validationFailed && settings.onValidationFailure === 'no-pr')

  const published = await log.group(pushNothing ? 'Commit (nothing pushed)' : 'Commit and push', async () =>
    publishBranch({
      git,
      repoDir: context.repoDir,
      branch,
      baseBranch: settings.baseBranch ?? (await currentBranch(git, ports.codeHost)),
      message: commitMessage({ key: ticket.key, summary, ticketUrl: ticket.url, runUrl: context.runUrl }),
      paths: result.changedFiles,
      dryRun: pushNothing,
    }),
  )
  record.diff = published.diff
  record.commitSha = published.commitSha
  record.stages.publish = {
    operation: published.operation,
    baseSha: published.baseSha,
    pushed: published.pushed,
  }
  if (validationFailed && settings.onValidationFailure === 'no-pr') {
    throw new RunStop(
      'failed:validation',
      'Validation still fails after repair and `on-validation-failure` is `no-pr`: nothing was pushed; the patch is in the audit bundle (diff.patch).',
    )
  }

  const prBody = renderPullRequestBody({
    ticket,
    summary,
    changedFiles: result.changedFiles,
    changedModels: result.changedModels,
    validations,
    rollback: rollbackPlan({ commitSha: published.commitSha, branch, changedModels: result.changedModels }),
    usage: {
      modelCalls: record.modelCalls.length,
      inputTokens: sumOf(
        record.modelCalls,
        (c) => c.usage.inputTokens + c.usage.cacheCreationInputTokens + c.usage.cacheReadInputTokens,
      ),
      outputTokens: sumOf(record.modelCalls, (c) => c.usage.outputTokens),
      costUsd: record.costUsd,
    },
    runUrl: context.runUrl,
    draftReason: result.draftReason,
    dryRun: settings.dryRun,
    impact,
    governance: governance?.markdown,
    productionState: production && describeProductionState(production),
  })
  result.prBody = prBody

  if (settings.dryRun) {
    return finish(
      result,
      'dry-run',
      'Dry run: nothing was pushed; the patch and PR body are in the audit bundle.',
    )
  }

  if (!ports.codeHost) throw new RunStop('failed:config', 'No GitHub access: set input `github-token`.')
  const codeHost = ports.codeHost
  const pr = await log.group('Open or update the pull request', () =>
    upsertPullRequest(codeHost, {
      head: branch,
      base: published.baseBranch,
      title: renderPullRequestTitle(ticket),
      body: prBody,
      draft: result.draftReason !== undefined,
    }),
  )
  if (pr.warning) log.warn(pr.warning)
  if (governance) await requestApprovals(codeHost, pr.number, governance.evaluation, log)
  record.prUrl = pr.url
  record.prNumber = pr.number
  result.prUrl = pr.url
  result.prNumber = pr.number
  log.info(`${pr.operation === 'created' ? 'opened' : 'updated'} ${pr.url}`)

  if (validationFailed && settings.onValidationFailure === 'fail') {
    return finish(
      result,
      'failed:validation',
      `Validation failed after repair; draft PR ${pr.url} holds the work.`,
    )
  }
  return finish(
    result,
    pr.operation === 'created' ? 'pr-opened' : 'pr-updated',
    `${pr.operation === 'created' ? 'Opened' : 'Updated'} ${result.draftReason ? 'draft ' : ''}PR ${pr.url}`,
  )
}

async function findProductionState(
  find: ProductionState,
  log: Log,
  record: RunRecord,
): Promise<ProductionManifest> {
  return log.group('Find the production manifest', async () => {
    const state = await find()
    record.stages.productionState = state
    if (state.found) log.info(`Deferring to ${state.artifactName} from ${state.runUrl}`)
    else log.warn(`${state.reason} Validation parses the base checkout instead.`)
    return state
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

function finish(result: PipelineResult, status: RunStatus, message: string): PipelineResult {
  result.status = status
  result.message = message
  return result
}
