import type { AgentRunResult, AgentSession } from './agent/agent-session.js'
import { renderRepair } from './agent/prompt.js'
import type { Workspace } from './agent/workspace.js'
import type { DbtValidator } from './dbt/validate.js'
import { describeFailures } from './dbt/validate.js'
import type { Validation } from './dbt/validation.js'
import type { Log } from './log.js'
import type { RunRecord } from './report/run-record.js'

export interface ValidatedChange {
  /** The model's last answer: how the last round ended and its summary. */
  agent: AgentRunResult
  validations: Validation[]
  /** Project-relative files the model changed. */
  changedFiles: string[]
}

/**
 * The agent ⇄ validation loop: the model makes the change, dbt and sqlfluff check it, failures go back to
 * the model up to `repairRounds` times. Stops early when the model runs out of budget.
 */
export async function makeValidatedChange(options: {
  session: AgentSession
  task: string
  workspace: Workspace
  validator: DbtValidator
  repairRounds: number
  log: Log
  record: RunRecord
}): Promise<ValidatedChange> {
  const { session, workspace, validator, log, record } = options
  const rounds: AgentRunResult[] = []
  const validations: Validation[] = []
  record.stages.agent = rounds
  record.stages.validations = validations

  let agent = await log.group('Make the change (model)', () => session.run(options.task))
  rounds.push(agent)
  log.info(`model: ${agent.outcome}${agent.summary ? ` — ${agent.summary}` : ''}`)

  for (let round = 0; ; round++) {
    const changedFiles = await workspace.changedFiles()
    if (changedFiles.length === 0) return { agent, validations, changedFiles }
    const validation = await log.group(`Validate (round ${round + 1})`, () =>
      validator.validate(round, changedFiles),
    )
    validations.push(validation)
    log.info(
      validation.ok ? `round ${round + 1}: validation passed` : `round ${round + 1}: validation failed`,
    )
    if (validation.ok || round >= options.repairRounds || agent.outcome === 'budget') {
      return { agent, validations, changedFiles }
    }
    agent = await log.group(`Repair (round ${round + 1})`, () =>
      session.run(renderRepair(describeFailures(validation))),
    )
    rounds.push(agent)
    log.info(`model: ${agent.outcome}${agent.summary ? ` — ${agent.summary}` : ''}`)
  }
}
