import type { AgentSession } from '../agent/agent-session.js'
import type { Workspace } from '../agent/workspace.js'
import type { Settings } from '../config/settings.js'
import { renderPhasePlan, renderPhaseStart } from '../phases/phase-prompt.js'
import type { PhaseRecord, PhasesStage } from '../phases/phase-record.js'
import { phaseScope } from '../phases/phase-scope.js'
import { planPhases, type PhasePlan } from '../phases/plan-phases.js'
import type { ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'
import type { Log } from '../shared/log.js'
import type { Redactor } from '../shared/redact.js'
import type { TaskSpec } from '../task/task-spec.js'
import type { ChangeValidator } from '../validate/validation.js'
import { makeValidatedChange, type ValidatedChange } from './change-loop.js'
import type { RunRecord } from './run-record.js'

/** A phased change: the change as the single loop returns it, plus each committed phase's files as it left them. */
export interface PhasedChange extends ValidatedChange {
  /** For each committed phase, in order: every changed file (relative to the workspace root) as it stood then. */
  snapshots: { phase: number; files: ReadonlyMap<string, string | null> }[]
  /** The phase that stopped the change after an earlier one was committed: its files as it left them. */
  failed?: { phase: number; files: ReadonlyMap<string, string | null> }
}

/**
 * The plan of the change (`record.stages.phases` when it has phases): undefined unless `phased-changes` is
 * `auto`, there is a base manifest, and the task's models span at least two layers.
 */
export function planChange(input: {
  settings: Pick<Settings, 'phasedChanges'>
  spec: TaskSpec
  graph: ManifestGraph | undefined
  layers: Layers
  log: Log
  record: RunRecord
}): PhasePlan | undefined {
  if (input.settings.phasedChanges === 'off' || !input.graph) return undefined
  const plan = planPhases({ graph: input.graph, layers: input.layers, targets: input.spec.targets })
  if (plan.phases.length < 2) {
    input.log.info(`One change, not phased: ${plan.reason}.`)
    return undefined
  }
  input.log.info(
    `Phased change: ${plan.reason}: ${plan.phases.map((p) => `${p.number}. ${p.layer} (${p.models.join(', ')})`).join('; ')}`,
  )
  input.record.stages.phases = {
    reason: plan.reason,
    phases: plan.phases.map((phase) => ({
      number: phase.number,
      layer: phase.layer,
      models: phase.models,
      status: 'not-started',
      files: [],
      rounds: [],
    })),
  }
  return plan
}

/**
 * The change made phase by phase, in place of the single change loop: each phase is edited within its
 * scope, validated and repaired like the single change, and its files kept as they stood. A phase that
 * still fails stops the run there: its edits are taken out (kept as a patch in the record) unless it is the
 * first, so the tree is the last good phase.
 */
export async function makePhasedChange(options: {
  plan: PhasePlan
  task: string
  session: AgentSession
  workspace: Workspace
  validator: ChangeValidator
  repairRounds: number
  graph: ManifestGraph
  layers: Layers
  projectPrefix: string
  log: Log
  record: RunRecord
  redact?: Redactor
}): Promise<PhasedChange> {
  const { plan, workspace, log, record } = options
  const stage = record.stages.phases as PhasesStage
  const snapshots: PhasedChange['snapshots'] = []
  let change: ValidatedChange | undefined
  let failed: PhasedChange['failed']
  let lastGood: { files: ReadonlyMap<string, string | null>; graph?: ManifestGraph } | undefined
  try {
    for (const phase of plan.phases) {
      const entry = stage.phases[phase.number - 1] as PhaseRecord
      workspace.limitTo(phaseScope({ ...options, phase, projectPrefix: options.projectPrefix }))
      const before = lastGood?.files ?? new Map<string, string | null>()
      const prompt =
        phase.number === 1
          ? `${options.task}\n\n${renderPhasePlan(plan)}`
          : renderPhaseStart(plan, phase, stage.phases.slice(0, phase.number - 1))
      const validationsBefore = change?.validations.length ?? 0
      change = await log.group(`Phase ${phase.number} of ${plan.phases.length}: ${phase.layer}`, () =>
        makeValidatedChange({
          session: options.session,
          task: prompt,
          workspace,
          validator: options.validator,
          repairRounds: options.repairRounds,
          log,
          record,
          ...(options.redact ? { redact: options.redact } : {}),
          ...(change ? { after: change } : {}),
        }),
      )
      const now = await workspace.snapshot()
      entry.files = changedSince(before, now)
      entry.rounds = change.validations.slice(validationsBefore).map((validation) => validation.round)
      if (change.agent.summary) entry.summary = change.agent.summary
      const last = change.validations.at(-1)
      const validated = entry.rounds.length > 0 && last?.ok === true
      if (entry.files.length === 0 && (phase.number > 1 || now.size === 0)) {
        entry.status = 'no-change'
        if (now.size === 0) break
        continue
      }
      if (validated && change.agent.outcome === 'finished') {
        entry.status = 'committed'
        snapshots.push({ phase: phase.number, files: now })
        lastGood = { files: now, ...(change.graph ? { graph: change.graph } : {}) }
        log.info(`phase ${phase.number} (${phase.layer}) validated: ${entry.files.join(', ')}`)
        continue
      }
      entry.status = 'failed'
      entry.reason = failureOf(change, validated, entry.rounds.length - 1)
      stage.stoppedAt = phase.number
      log.warn(`Phase ${phase.number} (${phase.layer}) stopped the change: ${entry.reason}`)
      if (lastGood) {
        failed = { phase: phase.number, files: now }
        await workspace.revertTo(lastGood.files)
        change = {
          agent: change.agent,
          validations: change.validations,
          rounds: change.rounds,
          changedFiles: await workspace.changedFiles(),
          ...(lastGood.graph ? { graph: lastGood.graph } : {}),
        }
      }
      break
    }
  } finally {
    workspace.limitTo(undefined)
  }
  return { ...(change as ValidatedChange), snapshots, ...(failed ? { failed } : {}) }
}

function changedSince(
  before: ReadonlyMap<string, string | null>,
  now: ReadonlyMap<string, string | null>,
): string[] {
  const files = new Set<string>()
  for (const [file, content] of now) if (!before.has(file) || before.get(file) !== content) files.add(file)
  for (const file of before.keys()) if (!now.has(file)) files.add(file)
  return [...files].sort()
}

function failureOf(change: ValidatedChange, validated: boolean, repairs: number): string {
  if (!validated)
    return `validation still fails after ${Math.max(0, repairs)} repair round(s) (round ${change.validations.at(-1)?.round ?? '?'})`
  if (change.agent.outcome === 'budget')
    return `the model stopped at a limit: ${change.agent.budget?.message ?? 'budget'}`
  return `the model stopped without finishing (${change.agent.stopReason ?? 'no reason given'})`
}
