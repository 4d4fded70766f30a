import type { AgentSession } from '../agent/agent-session.js'
import { renderNewVersionRequest } from '../agent/prompt.js'
import type { Workspace } from '../agent/workspace.js'
import { assessImpact } from '../impact/assess-impact.js'
import type { ContractFinding } from '../impact/contracts.js'
import type { ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'
import type { ChangeValidator } from '../validate/validation.js'
import type { Log } from '../shared/log.js'
import type { RunRecord } from './run-record.js'
import type { Redactor } from '../shared/redact.js'
import { makeValidatedChange, type ValidatedChange } from './change-loop.js'

type Change = ValidatedChange
export type Assessment = ReturnType<typeof assessImpact>

export function breakingFindings(assessment: Assessment): ContractFinding[] {
  return assessment?.findings.filter((finding) => finding.severity === 'breaking') ?? []
}

/** Impact and contract findings of the change's last validated manifest against the base. */
export function assessChange(
  baseGraph: ManifestGraph | undefined,
  change: Change,
  layers: Layers,
  log: Log,
  record: RunRecord,
): Promise<Assessment> {
  return log.group('Assess the impact', () => {
    const report = baseGraph && assessImpact(baseGraph, change.graph, { layers })
    if (report) {
      record.stages.impact = { changed: report.impact.changed.length, findings: report.findings }
      log.info(
        `${report.impact.changed.length} changed node(s), ${report.findings.length} contract finding(s)`,
      )
    } else if (!baseGraph) {
      log.info('impact skipped: the base does not parse, so there is nothing to compare the change with')
    } else log.info('no manifest of the change to compare (dbt could not parse it)')
    return Promise.resolve(report)
  })
}

/**
 * `on-breaking-change: new-version`: the same session is asked to keep the contracted version as it was and
 * add the change as a new model version; it is validated (with repair) and assessed again. What still
 * breaks afterwards is reported by the caller like any breaking change.
 */
export async function keepContractWithNewVersion(options: {
  breaking: readonly ContractFinding[]
  change: Change
  session: AgentSession
  workspace: Workspace
  validator: ChangeValidator
  repairRounds: number
  baseGraph: ManifestGraph | undefined
  layers: Layers
  log: Log
  record: RunRecord
  redact?: Redactor
}): Promise<{ change: Change; assessment: Assessment }> {
  const { log, record } = options
  log.info(`${options.breaking.length} breaking finding(s): asking for a new model version instead`)
  record.event('contracts', 'asked for a new model version', {
    findings: options.breaking.map((f) => f.node),
  })
  const change = await makeValidatedChange({
    session: options.session,
    task: renderNewVersionRequest(options.breaking),
    workspace: options.workspace,
    validator: options.validator,
    repairRounds: options.repairRounds,
    log,
    record,
    after: options.change,
    ...(options.redact ? { redact: options.redact } : {}),
  })
  return { change, assessment: await assessChange(options.baseGraph, change, options.layers, log, record) }
}
