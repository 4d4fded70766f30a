import type { LanguageModel } from '../agent/language-model.js'
import type { BudgetTracker } from '../agent/budget.js'
import type { Settings } from '../config/settings.js'
import { selectContext, type ContextSelection } from '../context/select-context.js'
import type { ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'
import type { ProductionState } from '../project/production-state.js'
import type { ProductionManifest } from '../adapters/github/production-manifest-artifact.js'
import { checkTaskKind } from '../policy/evaluate-policy.js'
import { loadPolicy } from '../policy/load-policy.js'
import type { ResolvedPolicy } from '../policy/merge-policy.js'
import { PolicyError } from '../policy/parse-policy.js'
import type { PolicySource } from '../policy/policy-source.js'
import type { Log } from '../shared/log.js'
import { classifyTask } from '../task/classify-task.js'
import { loadTaskRules } from '../task/load-task-rules.js'
import { describeDecision, type TaskSpec } from '../task/task-spec.js'
import { sanitizeTicket } from '../tickets/sanitize.js'
import type { NoWork, Ticket, TicketSource } from '../tickets/ticket.js'
import type { BaseState, ChangeValidator } from '../validate/validation.js'
import type { RunRecord } from './run-record.js'
import { RunStop } from './run-stop.js'

// The stages before any edit: the policy, the ticket, the base state, the task and its context.

/** The repository's policy, following `extends` to other repositories; no file means no policy. */
export function loadRunPolicy(
  settings: Settings,
  repoDir: string,
  source: PolicySource,
  log: Log,
  record: RunRecord,
): Promise<ResolvedPolicy> {
  return log.group('Load the policy', async () => {
    try {
      const policy = await loadPolicy({ repoDir, file: settings.policyFile, source })
      record.stages.policy = { sources: policy.sources }
      return policy
    } catch (error) {
      if (error instanceof PolicyError) throw new RunStop('failed:config', error.message)
      throw error
    }
  })
}

/** The ticket as the model may see it: hidden content removed. A source with nothing to do says so. */
export function readTicket(
  tickets: TicketSource,
  key: string,
  log: Log,
  record: RunRecord,
): Promise<Ticket | NoWork> {
  return log.group('Read the ticket', async () => {
    const fetched = await tickets.fetch(key)
    if ('noWork' in fetched) return fetched
    const { ticket, removed } = sanitizeTicket(fetched)
    record.setTicket(ticket)
    if (removed.length > 0) {
      log.warn(`Removed hidden content from the ticket before the model sees it: ${removed.join(', ')}`)
      record.event('tickets', 'sanitized', { removed })
    }
    log.info(`${ticket.key}: ${ticket.title}`)
    return ticket
  })
}

/** The production manifest to defer to, when it comes from an artifact; absent otherwise. */
export async function findProductionState(
  find: ProductionState | undefined,
  log: Log,
  record: RunRecord,
): Promise<ProductionManifest | undefined> {
  if (!find) return undefined
  return log.group('Find the production manifest', async () => {
    const state = await find()
    record.stages.productionState = state
    if (state.found) log.info(`Deferring to ${state.artifactName} from ${state.runUrl}`)
    else log.warn(`${state.reason} Validation parses the base checkout instead.`)
    return state
  })
}

export function prepareBase(
  validator: ChangeValidator,
  production: ProductionManifest | undefined,
  log: Log,
  record: RunRecord,
): Promise<BaseState> {
  return log.group('Parse the dbt project (base state)', async () => {
    const base = await validator.prepareBase(production?.found ? production.manifestPath : undefined)
    record.stages.base = {
      mode: base.mode,
      stateDir: base.stateDir,
      ...(base.brokenBase ? { brokenBase: base.brokenBase } : {}),
    }
    if (base.brokenBase) {
      log.warn('the project does not parse before any edit: the change is validated alone, impact is skipped')
    } else {
      log.info(
        base.mode === 'deferred'
          ? base.deferTarget
            ? `deferring to the relations of target \`${base.deferTarget}\` (input \`defer-target\`)`
            : 'deferring to the production manifest'
          : 'base manifest parsed from the checkout',
      )
    }
    return base
  })
}

/** Kind, risk and targets of the task; a kind the policy does not allow ends the run. */
export function classify(
  ticket: Ticket,
  options: {
    repoDir: string
    baseGraph: ManifestGraph | undefined
    policy: ResolvedPolicy
    model: LanguageModel
    budget: BudgetTracker
    log: Log
    record: RunRecord
  },
): Promise<TaskSpec> {
  const { log, record } = options
  return log.group('Classify the task', async () => {
    const spec = await classifyTask(ticket, {
      rules: await loadTaskRules(options.repoDir),
      knownModels: options.baseGraph ? options.baseGraph.byKind('model').map((node) => node.name) : [],
      model: options.model,
      budget: options.budget,
      record,
      log,
    })
    record.stages.task = spec
    log.info(`${spec.kind}, ${spec.risk} risk (${describeDecision(spec.decidedBy)})`)
    const kindCheck = checkTaskKind(options.policy.policy, spec.kind)
    if (kindCheck?.result === 'fail') throw new RunStop('failed:policy', kindCheck.detail)
    return spec
  })
}

/** The part of the project the ticket is about, within the context budget. */
export async function chooseContext(
  ticket: Ticket,
  baseGraph: ManifestGraph | undefined,
  projectDir: string,
  layers: Layers,
  record: RunRecord,
): Promise<ContextSelection | undefined> {
  if (!baseGraph) return undefined
  const selected = await selectContext(ticket, baseGraph, projectDir, { layers })
  record.stages.context = { tokens: selected.tokens, items: selected.items }
  return selected
}
