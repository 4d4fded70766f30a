import type { AgentSession } from '../agent/agent-session.js'
import { renderNewVersionRequest } from '../agent/prompt.js'
import type { Workspace } from '../agent/workspace.js'
import { assessImpact } from '../impact/assess-impact.js'
import type { ContractFinding } from '../impact/contracts.js'
import type { ProjectVars } from '../impact/changed-vars.js'
import type { ManifestGraph } from '../project/graph.js'
import type { Layers } from '../project/layers.js'
import { readProjectVars } from '../project/project-vars.js'
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

/** What the change is assessed against: the base graph, the layers, and the base's `vars:`. */
export interface AssessedProject {
  /** The dbt project's folder: its dbt_project.yml is read again for the change's `vars:`. */
  dir: string
  baseGraph: ManifestGraph | undefined
  layers: Layers
  /** The base's `vars:`, read before any edit; absent when dbt_project.yml could not be read. */
  baseVars?: ProjectVars
}

/**
 * Impact and contract findings of the change's last validated manifest against the base, with the nodes that
 * read a var whose value the change gave dbt_project.yml.
 */
export async function assessChange(
  project: AssessedProject,
  change: Change,
  log: Log,
  record: RunRecord,
): Promise<Assessment> {
  const { baseGraph, layers } = project
  const vars = await changeVars(project)
  return log.group('Assess the impact', () => {
    const report = baseGraph && assessImpact(baseGraph, change.graph, { layers, ...(vars ? { vars } : {}) })
    if (report) {
      const { changed, readers } = report.impact.vars
      record.stages.impact = {
        changed: report.impact.changed.length,
        findings: report.findings,
        ...(changed.length > 0 ? { vars: { changed, readers: readers.map((node) => node.id) } } : {}),
      }
      log.info(
        `${report.impact.changed.length} changed node(s), ${report.findings.length} contract finding(s)` +
          (changed.length > 0 ? `, ${readers.length} node(s) read changed vars (${changed.join(', ')})` : ''),
      )
    } else if (!baseGraph) {
      log.info('impact skipped: the base does not parse, so there is nothing to compare the change with')
    } else log.info('no manifest of the change to compare (dbt could not parse it)')
    return Promise.resolve(report)
  })
}

/** The base's and the changed project's `vars:`; undefined when either dbt_project.yml cannot be read. */
async function changeVars(
  project: AssessedProject,
): Promise<{ base: ProjectVars; next: ProjectVars } | undefined> {
  if (!project.baseVars) return undefined
  const next = await readProjectVars(project.dir).catch(() => undefined)
  return next ? { base: project.baseVars, next } : undefined
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
  project: AssessedProject
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
    cause: 'new-version',
    ...(options.redact ? { redact: options.redact } : {}),
  })
  return { change, assessment: await assessChange(options.project, change, log, record) }
}
