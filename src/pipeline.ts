import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Settings } from './config/settings.js'
import type { Log } from './log.js'
import type { CommandRunner } from './process/command-runner.js'
import type { RunRecord, RunStatus } from './report/run-record.js'
import type { TicketSource, Ticket } from './tickets/ticket.js'
import type { LanguageModel } from './agent/language-model.js'
import type { CodeHost } from './publish/code-host.js'
import type { Validation } from './dbt/validation.js'
import { AgentSession, type AgentRunResult } from './agent/agent-session.js'
import { BudgetTracker } from './agent/budget.js'
import { Workspace } from './agent/workspace.js'
import { projectOverview, renderRepair, renderTask } from './agent/prompt.js'
import { DbtValidator, describeFailures } from './dbt/validate.js'
import { branchName } from './publish/branch-name.js'
import { Git } from './publish/git.js'
import { commitMessage, publishBranch } from './publish/publish-branch.js'
import { upsertPullRequest } from './publish/code-host.js'
import { renderPullRequestBody, renderPullRequestTitle } from './report/pr-body.js'
import { rollbackPlan } from './report/rollback.js'

export interface PipelinePorts {
  tickets: TicketSource
  model: LanguageModel
  commands: CommandRunner
  /** Absent in a dry run. */
  codeHost?: CodeHost
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

/** Ends the run early with a named outcome. */
export class RunStop extends Error {
  constructor(
    readonly status: RunStatus,
    message: string,
  ) {
    super(message)
    this.name = 'RunStop'
  }
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
  const { log } = ports
  const projectDir = path.resolve(context.repoDir, settings.dbt.projectDir)
  const validations: Validation[] = []
  const result: PipelineResult = { status: 'failed:internal', message: '', changedModels: [], changedFiles: [], validations }

  const ticket = await log.group('Read the ticket', async () => {
    const ticket = await ports.tickets.fetch(settings.ticket.key)
    record.setTicket(ticket)
    log.info(`${ticket.key}: ${ticket.title}`)
    return ticket
  })
  result.ticket = ticket

  const validator = new DbtValidator(
    {
      projectDir,
      profilesDir: settings.dbt.profilesDir ? path.resolve(context.repoDir, settings.dbt.profilesDir) : undefined,
      target: settings.dbt.target,
      dbtExecutable: settings.dbt.executable,
      sqlfluffExecutable: settings.dbt.sqlfluffExecutable,
      lint: settings.dbt.lint,
      stateManifest: settings.dbt.stateManifest
        ? path.resolve(context.repoDir, settings.dbt.stateManifest)
        : undefined,
      timeoutMs: settings.dbt.timeoutMs,
      workDir: path.join(context.outDir, 'dbt'),
    },
    ports.commands,
    log,
  )
  await log.group('Parse the dbt project (base state)', async () => {
    const base = await validator.prepareBase()
    record.stages.base = base
  })

  const workspace = new Workspace(projectDir)
  const budget = new BudgetTracker(settings.budget, settings.anthropic.prices, ports.model.model)
  const session = new AgentSession({ model: ports.model, workspace, budget, record, log })

  let agentResult: AgentRunResult = await log.group('Make the change (model)', async () => {
    const overview = await projectOverview(workspace)
    const outcome = await session.run(renderTask(ticket, overview))
    log.info(`model: ${outcome.outcome}${outcome.summary ? ` — ${outcome.summary}` : ''}`)
    return outcome
  })
  record.stages.agent = [agentResult]

  let validation: Validation | undefined
  for (let round = 0; ; round++) {
    const changedFiles = await workspace.changedFiles()
    if (changedFiles.length === 0) break
    validation = await log.group(`Validate (round ${round + 1})`, () => validator.validate(round, changedFiles))
    validations.push(validation)
    record.stages.validations = validations
    log.info(validation.ok ? 'validation passed' : 'validation failed')
    if (validation.ok || round >= settings.repairRounds || agentResult.outcome === 'budget') break
    agentResult = await log.group(`Repair (round ${round + 1})`, () =>
      session.run(renderRepair(describeFailures(validation as Validation))),
    )
    ;(record.stages.agent as AgentRunResult[]).push(agentResult)
  }

  const changedFiles = await workspace.changedFiles()
  if (changedFiles.length === 0) {
    const why =
      agentResult.outcome === 'budget'
        ? `the ${agentResult.budget?.which ?? ''} budget ran out before any file was changed`
        : `the model changed no file${agentResult.summary ? `: ${agentResult.summary}` : ''}`
    throw new RunStop(agentResult.outcome === 'budget' ? 'failed:budget' : 'failed:no-change', `Nothing to publish: ${why}.`)
  }
  const relativeProject = path.relative(context.repoDir, projectDir)
  result.changedFiles = changedFiles.map((file) => path.join(relativeProject, file))
  result.changedModels = validation?.changedModels ?? []

  const draftReasons: string[] = []
  if (agentResult.outcome === 'budget') draftReasons.push(`The model stopped at a limit: ${agentResult.budget?.message}`)
  else if (agentResult.outcome === 'stopped')
    draftReasons.push(`The model stopped without finishing (${agentResult.stopReason ?? 'no reason given'}).`)
  if (validation && !validation.ok) {
    draftReasons.push(
      `Validation still fails after ${validations.length - 1} repair round(s); see the validation section.`,
    )
    if (settings.onValidationFailure === 'no-pr') {
      throw new RunStop(
        'failed:validation',
        'Validation failed after repair and `on-validation-failure` is `no-pr`: nothing was pushed; the patch is in the audit bundle.',
      )
    }
  }
  result.draftReason = draftReasons.length > 0 ? draftReasons.join(' ') : undefined

  const branch = branchName(settings.branchPrefix, ticket.key)
  result.branch = branch
  record.branch = branch
  const git = new Git(ports.commands, context.repoDir, context.pushToken)
  const summary = agentResult.summary || ticket.title

  const published = await log.group(settings.dryRun ? 'Commit (dry run)' : 'Commit and push', () =>
    publishBranch({
      git,
      repoDir: context.repoDir,
      branch,
      baseBranch: settings.baseBranch,
      message: commitMessage({ key: ticket.key, summary, ticketUrl: ticket.url, runUrl: context.runUrl }),
      paths: result.changedFiles,
      dryRun: settings.dryRun,
    }),
  )
  record.diff = published.diff
  record.commitSha = published.commitSha
  record.stages.publish = { operation: published.operation, baseSha: published.baseSha }

  const prBody = renderPullRequestBody({
    ticket,
    summary,
    changedFiles: result.changedFiles,
    changedModels: result.changedModels,
    validations,
    rollback: rollbackPlan({ commitSha: published.commitSha, branch, changedModels: result.changedModels }),
    usage: { modelCalls: record.modelCalls, costUsd: record.costUsd, turns: record.modelCalls.length },
    runUrl: context.runUrl,
    draftReason: result.draftReason,
    dryRun: settings.dryRun,
  })
  result.prBody = prBody

  if (settings.dryRun) {
    await mkdir(context.outDir, { recursive: true })
    await writeFile(path.join(context.outDir, 'change.patch'), published.diff)
    await writeFile(path.join(context.outDir, 'pr-body.md'), prBody)
    return finish(result, 'dry-run', `Dry run: the change and PR body are in ${context.outDir}; nothing was pushed.`)
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
  record.prUrl = pr.url
  record.prNumber = pr.number
  result.prUrl = pr.url
  result.prNumber = pr.number
  log.info(`${pr.operation === 'created' ? 'opened' : 'updated'} ${pr.url}`)

  if (validation && !validation.ok && settings.onValidationFailure === 'fail') {
    return finish(result, 'failed:validation', `Validation failed after repair; draft PR ${pr.url} holds the work.`)
  }
  return finish(
    result,
    pr.operation === 'created' ? 'pr-opened' : 'pr-updated',
    `${pr.operation === 'created' ? 'Opened' : 'Updated'} ${result.draftReason ? 'draft ' : ''}PR ${pr.url}`,
  )
}

function finish(result: PipelineResult, status: RunStatus, message: string): PipelineResult {
  result.status = status
  result.message = message
  return result
}
