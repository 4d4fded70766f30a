import type { AgentRunResult, AgentSession } from '../agent/agent-session.js'
import { ModelError } from '../agent/language-model.js'
import { renderRepair } from '../agent/prompt.js'
import type { Workspace } from '../agent/workspace.js'
import { formatViolations } from '../guard/violation.js'
import { describeFailures } from '../validate/describe-failures.js'
import type { ManifestGraph } from '../project/graph.js'
import type { RoundCause } from '../validate/round-cause.js'
import type { ChangeValidator, Validation } from '../validate/validation.js'
import type { Log } from '../shared/log.js'
import { redactDeep, type Redactor } from '../shared/redact.js'
import type { RunRecord } from './run-record.js'
import { RunStop } from './run-stop.js'

export interface ValidatedChange {
  /** The model's last answer: how the last round ended and its summary. */
  agent: AgentRunResult
  validations: Validation[]
  /** Project-relative files the model changed. */
  changedFiles: string[]
  /** The last validated round's manifest, when dbt could parse the change. */
  graph?: ManifestGraph
  /** Every model round so far: the change, then each repair. */
  rounds: AgentRunResult[]
}

/**
 * The agent ⇄ validation loop: the model makes the change, dbt and sqlfluff check it, failures go back to
 * the model up to `repairRounds` times. Stops early when the model runs out of budget.
 */
export async function makeValidatedChange(options: {
  session: AgentSession
  task: string
  workspace: Workspace
  validator: ChangeValidator
  repairRounds: number
  log: Log
  record: RunRecord
  /** Continues an earlier change in the same session: its rounds and validations come first. */
  after?: ValidatedChange
  /** Applied to dbt's and sqlfluff's output before the model, the record or any report sees it. */
  redact?: Redactor
  /** Why the task's first round runs (`change` unless told); the rounds after it are repairs. */
  cause?: Exclude<RoundCause, 'repair' | 'tests'>
}): Promise<ValidatedChange> {
  const { session, workspace, validator, log, record } = options
  const rounds: AgentRunResult[] = [...(options.after?.rounds ?? [])]
  const validations: Validation[] = [...(options.after?.validations ?? [])]
  const firstRound = validations.length + 1
  record.stages.agent = rounds
  record.stages.validations = validations

  // A model API failure after some edits keeps the work (as a draft); before any edit it ends the run.
  const ask = async (text: string): Promise<AgentRunResult> => {
    try {
      return await session.run(text)
    } catch (error) {
      if (!(error instanceof ModelError) || (await workspace.changedFiles()).length === 0) throw error
      log.warn(`The model API failed; keeping the changes made so far. ${error.message}`)
      return { outcome: 'stopped', summary: '', stopReason: `the model API failed: ${error.message}` }
    }
  }

  let agent = await log.group(options.after ? 'Rework the change (model)' : 'Make the change (model)', () =>
    ask(options.task),
  )
  rounds.push(agent)
  log.info(`model: ${agent.outcome}${agent.summary ? ` — ${agent.summary}` : ''}`)

  for (let round = firstRound; ; round++) {
    const changedFiles = await workspace.changedFiles()
    if (changedFiles.length === 0) return { agent, validations, changedFiles, rounds }
    const checked = await log.group(`Validate (round ${round})`, () =>
      validator.validate(round, changedFiles),
    )
    const { graph } = checked
    const cause: RoundCause = round === firstRound ? (options.cause ?? 'change') : 'repair'
    const validation = {
      ...(options.redact ? redactDeep(checked.validation, options.redact) : checked.validation),
      cause,
    }
    validations.push(validation)
    stopOnExecutedForbiddenSql(validation, record)
    if (validation.ok || round - firstRound >= options.repairRounds || agent.outcome === 'budget') {
      return { agent, validations, changedFiles, rounds, ...(graph ? { graph } : {}) }
    }
    agent = await log.group(`Repair (after round ${round})`, () =>
      ask(renderRepair(describeFailures(validation))),
    )
    rounds.push(agent)
    log.info(`model: ${agent.outcome}${agent.summary ? ` — ${agent.summary}` : ''}`)
  }
}

/**
 * dbt ran a statement its node may not run. The sandbox contained it, but a change that makes dbt try is
 * not repaired into a pass (the model would only learn which disguise failed): the run ends here.
 */
function stopOnExecutedForbiddenSql(validation: Validation, record: RunRecord): void {
  const executed = validation.dbt.sqlVerdict?.findings.filter((finding) => finding.executed) ?? []
  if (executed.length === 0) return
  record.stages.guard = executed
  throw new RunStop(
    'failed:guard',
    `Nothing was pushed: dbt ran SQL the change may not run (it ran inside the sandbox).\n${formatViolations(executed)}`,
  )
}
