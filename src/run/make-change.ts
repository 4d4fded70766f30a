import path from 'node:path'
import { AgentSession } from '../agent/agent-session.js'
import { ForbiddenSqlRan, RunTools } from '../agent/dbt-run-tools.js'
import type { DbtWorkbench } from '../agent/dbt-workbench.js'
import type { BudgetTracker } from '../agent/budget.js'
import type { LanguageModel } from '../agent/language-model.js'
import { projectOverview, renderConventions, renderTask } from '../agent/prompt.js'
import type { ProjectConventions } from '../conventions/conventions.js'
import { Workspace } from '../agent/workspace.js'
import type { Settings } from '../config/settings.js'
import type { ContextSelection } from '../context/select-context.js'
import type { GuardConfig } from '../guard/config.js'
import { findOverrides, formatViolations, guardDiff, type Override } from '../guard/guard.js'
import type { ProjectVars } from '../impact/changed-vars.js'
import type { ContractFinding } from '../impact/contracts.js'
import type { ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'
import type { ProjectLayout } from '../project/project-layout.js'
import type { Log } from '../shared/log.js'
import { createRedactor, redactDeep, type Redactor } from '../shared/redact.js'
import { renderTaskSpec } from '../task/render-task-spec.js'
import type { TaskSpec } from '../task/task-spec.js'
import { sanitizeUntrustedText } from '../tickets/sanitize.js'
import type { Ticket } from '../tickets/ticket.js'
import type { BaseState, ChangeValidator } from '../validate/validation.js'
import type { EvidenceGatherer } from '../evidence/gather-evidence.js'
import { addProposedTests } from '../test-strategy/add-proposed-tests.js'
import type { DataProbe } from '../test-strategy/data-probe.js'
import { makeValidatedChange, type ValidatedChange } from './change-loop.js'
import { makePhasedChange, planChange, type PhasedChange } from './make-phased-change.js'
import {
  assessChange,
  breakingFindings,
  keepContractWithNewVersion,
  type Assessment,
} from './keep-contract.js'
import { noChange } from './publication-decision.js'
import { judgeAcceptance } from '../task/acceptance.js'
import type { PathPrefixes } from '../report/validation-markdown.js'
import type { RunRecord } from './run-record.js'
import { RunStop } from './run-stop.js'
import { reviewChange } from './review-change.js'
import type { SqlShapeReader } from '../optimize/sql-shape.js'

/** What the model is asked to do. */
export interface Task {
  ticket: Ticket
  spec: TaskSpec
  context: ContextSelection | undefined
  /** Extra instruction from a trigger comment; untrusted. */
  instruction?: string
}

/** The dbt project the change is made in, as the base state shows it. */
export interface ProjectState {
  /** The dbt project's folder. */
  dir: string
  /** Where dbt reads and writes; the agent works in its `root`, and changed files are relative to it. */
  layout: ProjectLayout
  baseGraph: ManifestGraph | undefined
  layers: Layers
  /** dbt's parse error when the project does not parse before any edit. */
  brokenBase?: string
  /** The `vars:` of dbt_project.yml before any edit (absent when it could not be read). */
  baseVars?: ProjectVars
  /** The repository's guidance and lint rules, read before any edit; they go into the cached prompt. */
  conventions?: ProjectConventions
}

export interface MakeChangeInput {
  settings: Settings
  task: Task
  project: ProjectState
  guard: GuardConfig
  model: LanguageModel
  /** The review pass's model (`review-model`); absent: `model`. */
  reviewModel?: LanguageModel
  validator: ChangeValidator
  budget: BudgetTracker
  log: Log
  record: RunRecord
  /** dbt on the working copy for the agent's compile, preview and build_selected; absent: not offered. */
  workbench?: DbtWorkbench
  /** The parser behind the static SQL checks; absent when `sql-checks` is off. */
  sqlShapes?: SqlShapeReader | undefined
  /** The checkout's root: review findings carry repository-relative paths. */
  repoDir?: string
  /** Set with `propose-tests`: reads the changed models' data for the tests to propose. */
  testProbe?: DataProbe | undefined
}

/** The model's validated change that passed the guard, and what it does to the project. */
export interface GuardedChange extends ValidatedChange {
  assessment: Assessment
  breaking: ContractFinding[]
  askedForVersion: boolean
  /** Changed files the change deletes (a move is a deletion plus an addition), relative to the layout root. */
  deletedFiles: string[]
  /** What the change overrides that the policy does not allow; each makes the PR a draft. */
  overrides: Override[]
  /** A phased change: each committed phase's files as it left them, for one commit per phase. */
  snapshots?: PhasedChange['snapshots']
  /** A phased change that stopped: the failed phase's files, taken out of the change. */
  failedPhase?: PhasedChange['failed']
}

/**
 * The agent stage: the model edits the project, validation and repair go round, a contract break may be
 * reworked as a new model version, and the final diff must pass the guard. No file changed ends the run.
 */
export async function makeChange(input: MakeChangeInput): Promise<GuardedChange> {
  const { settings, task, project, validator, log, record } = input
  const workspace = new Workspace(project.layout.root, undefined, input.guard)
  const redact = createRedactor(input.guard.secretValues)
  const runTools = agentRunTools(input, redact)
  const session = new AgentSession({
    model: input.model,
    workspace,
    budget: input.budget,
    ...(project.baseGraph ? { knowledge: { graph: project.baseGraph } } : {}),
    ...(runTools ? { runTools } : {}),
    record,
    log,
    cachedContext: await cachedContext(workspace, project, record, log, redact),
  })
  const broken = project.brokenBase ? brokenBaseNote(redact(project.brokenBase)) : ''
  const prompt = renderTask(
    task.ticket,
    [broken, renderTaskSpec(task.spec), task.context?.text ?? ''].filter(Boolean).join('\n\n'),
    task.instruction && sanitizeUntrustedText(task.instruction).text,
  )
  const loop = { session, workspace, validator, repairRounds: settings.repairRounds, log, record, redact }
  let change = await agentChange(input, loop, prompt)
  if (change.changedFiles.length === 0) throw noChange(change.agent)
  const { snapshots, failed: failedPhase }: Partial<PhasedChange> = change
  let assessment = await assessChange(project, change, log, record)
  let breaking = breakingFindings(assessment)
  const askedForVersion = breaking.length > 0 && settings.onBreakingChange === 'new-version'
  if (askedForVersion) {
    ;({ change, assessment } = await keepContractWithNewVersion({
      ...loop,
      breaking,
      change,
      project,
    }))
    breaking = breakingFindings(assessment)
  }
  if (input.testProbe && assessment && change.validations.at(-1)?.ok) {
    const tested = await withProposedTests(input, input.testProbe, workspace, change, assessment)
    if (tested) {
      change = tested
      assessment = await assessChange(project, change, log, record)
      breaking = breakingFindings(assessment)
    }
  }
  if (settings.review.model || input.sqlShapes) {
    const reviewed = await reviewChange({
      ...input,
      ...loop,
      change,
      model: input.reviewModel ?? input.model,
      budget: input.budget,
    })
    if (reviewed.reworked) {
      change = reviewed.change
      assessment = await assessChange(project, change, log, record)
      breaking = breakingFindings(assessment)
    }
  }
  const changes = await workspace.changes()
  const violations = guardDiff(changes, input.guard)
  if (violations.length > 0) {
    record.stages.guard = violations
    throw new RunStop(
      'failed:guard',
      `Nothing was pushed: the change breaks guard rules.\n${formatViolations(violations)}`,
    )
  }
  const deletedFiles = changes.filter((file) => file.content === null).map((file) => file.path)
  const overrides = findOverrides(changes, input.guard.allow)
  if (overrides.length > 0) record.stages.overrides = overrides
  record.stages.acceptance = judgeAcceptance({
    criteria: task.spec.acceptanceCriteria,
    openQuestions: task.spec.openQuestions,
    rounds: change.rounds,
    ...(project.baseGraph ? { baseGraph: project.baseGraph } : {}),
    ...(change.graph ? { graph: change.graph } : {}),
    ...(change.validations.at(-1) ? { lastValidation: change.validations.at(-1) } : {}),
  })
  const validated: ValidatedChange = change
  return {
    ...validated,
    assessment,
    breaking,
    askedForVersion,
    deletedFiles,
    overrides,
    ...(snapshots ? { snapshots } : {}),
    ...(failedPhase ? { failedPhase } : {}),
  }
}

/** The change with the tests the strategy proposed and validated (`record.stages.testStrategy`), if any were kept. */
async function withProposedTests(
  input: MakeChangeInput,
  probe: DataProbe,
  workspace: Workspace,
  change: ValidatedChange,
  assessment: NonNullable<Assessment>,
): Promise<ValidatedChange | undefined> {
  const { project, validator, log, record } = input
  if (!change.graph) return undefined
  const graph = change.graph
  const { stage, validated } = await log.group('Test strategy (propose, write, validate)', () =>
    addProposedTests({
      probe,
      files: workspace,
      validator,
      root: project.layout.root,
      projectDir: project.dir,
      baseGraph: project.baseGraph,
      graph,
      validations: change.validations,
      changed: assessment.impact.changed,
      log,
    }),
  )
  record.stages.testStrategy = stage
  if (!validated) return undefined
  change.validations.push({ ...validated.validation, cause: 'tests' })
  return {
    ...change,
    changedFiles: await workspace.changedFiles(),
    ...(validated.graph ? { graph: validated.graph } : {}),
  }
}

/** The agent's change: phase by phase when it spans layers (in DAG order), else one loop of edits and repairs. */
function agentChange(
  input: MakeChangeInput,
  loop: Omit<Parameters<typeof makeValidatedChange>[0], 'task'>,
  prompt: string,
): Promise<ValidatedChange | PhasedChange> {
  const { settings, task, project, log, record } = input
  const phases = planChange({
    settings,
    spec: task.spec,
    graph: project.baseGraph,
    layers: project.layers,
    log,
    record,
  })
  const made =
    phases && project.baseGraph
      ? makePhasedChange({
          ...loop,
          task: prompt,
          plan: phases,
          graph: project.baseGraph,
          layers: project.layers,
          projectPrefix: projectPrefixOf(project),
        })
      : makeValidatedChange({ ...loop, task: prompt })
  return keepForbiddenSqlFindings<ValidatedChange | PhasedChange>(made, record)
}

/** Forbidden SQL that dbt ran during the change ends the run; its findings go into the record first. */
async function keepForbiddenSqlFindings<T>(made: Promise<T>, record: RunRecord): Promise<T> {
  try {
    return await made
  } catch (error) {
    if (error instanceof ForbiddenSqlRan) record.stages.guard = [...error.findings]
    throw error
  }
}

/** The agent's dbt tools, held to `max-dbt-tool-calls` and to the agent's remaining time. */
function agentRunTools(input: MakeChangeInput, redact: Redactor): RunTools | undefined {
  const { workbench, settings, budget, guard } = input
  if (!workbench || settings.dbt.maxToolCalls <= 0) return undefined
  return new RunTools({
    workbench,
    maxCalls: settings.dbt.maxToolCalls,
    time: { remainingMs: () => budget.remainingMs },
    guard,
    redact,
    onBuilt: (uniqueIds) => input.validator.noteRelationsBuilt?.(uniqueIds),
  })
}

/**
 * The data evidence of the guarded change (`record.stages.evidence`): only after a passing validation that
 * built a changed model, else nothing is recorded and the PR has no such section. It never ends the run:
 * when it cannot be gathered, the stage says why.
 */
export async function gatherEvidence(
  evidence: EvidenceGatherer | undefined,
  input: { change: GuardedChange; base: BaseState; log: Log; record: RunRecord; redact: Redactor },
): Promise<void> {
  const { change, log, record } = input
  if (!evidence || !change.validations.at(-1)?.ok || !change.assessment) return
  const { impact, graph } = change.assessment
  const stage = await log.group('Data evidence (dbt show)', async () => {
    try {
      return await evidence.gather({
        baseGraph: input.base.graph,
        graph,
        mode: input.base.mode,
        validations: change.validations,
        changed: impact.changed,
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      log.warn(`Data evidence not gathered: ${reason}`)
      return {
        status: 'not-gathered' as const,
        reason,
        models: [],
        limits: evidence.limits,
        modelsNotCompared: [],
        modelsOutOfTime: [],
        launches: 0,
      }
    }
  })
  if (stage) record.stages.evidence = redactDeep(stage, input.redact)
}

/** The project folder relative to the workspace root (`''` or ending in `/`): where node files are. */
function projectPrefixOf(project: Pick<ProjectState, 'dir' | 'layout'>): string {
  const relative = path.relative(project.layout.root, project.dir).split(path.sep).join('/')
  return relative ? `${relative}/` : ''
}

/** The base's parse error as part of the task: the change must leave a project that parses. */
function brokenBaseNote(error: string): string {
  return [
    'The project does not parse on the base (before any edit), so there is no base manifest to compare with. dbt said:',
    error,
    'Whatever the ticket asks, your change must leave a project that parses; if the ticket is about this error, fix its cause. Validation builds everything the changed project selects.',
  ].join('\n')
}

/** The repository-relative folders of the project and of the workspace root, each `` or ending in `/`. */
export function repositoryPrefixes(
  repoDir: string,
  project: Pick<ProjectState, 'dir' | 'layout'>,
): PathPrefixes {
  const prefix = (dir: string) => {
    const relative = path.relative(repoDir, dir).split(path.sep).join('/')
    return relative ? `${relative}/` : ''
  }
  return { project: prefix(project.dir), root: prefix(project.layout.root) }
}

/** Paths relative to the workspace root (`layout.root`) as the repository sees them. */
export function repositoryPaths(repoDir: string, rootDir: string, files: readonly string[]): string[] {
  const relativeProject = path.relative(repoDir, rootDir)
  return files.map((file) => path.join(relativeProject, file))
}

/** The stable prefix of every call: the project overview, then the repository's conventions (recorded). */
async function cachedContext(
  workspace: Workspace,
  project: ProjectState,
  record: RunRecord,
  log: Log,
  redact: Redactor,
): Promise<string> {
  const overview = await projectOverview(workspace, project.layout)
  const { conventions } = project
  if (!conventions) return overview
  record.stages.conventions = conventions.record
  const shown = conventions.record.guidance.map((item) =>
    item.cut ? `${item.source} (${item.cut})` : item.source,
  )
  const lint = conventions.record.lint
  if (lint)
    shown.push(
      'rules' in lint ? `sqlfluff rules of ${lint.config} (${lint.rules})` : `no lint rules: ${lint.notRead}`,
    )
  if (shown.length > 0) log.info(`Project conventions: ${shown.join('; ')}`)
  return [overview, redact(renderConventions(conventions))].filter(Boolean).join('\n\n')
}
