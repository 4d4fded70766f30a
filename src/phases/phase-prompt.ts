import type { Phase, PhasePlan } from './plan-phases.js'
import type { PhaseRecord } from './phase-record.js'

/** The plan as the model sees it with the task: every phase, and that it works on the first one now. */
export function renderPhasePlan(plan: PhasePlan): string {
  return [
    `This change spans ${plan.phases.length} layers of the project, so it is made in phases, in DAG order. Each phase is validated (dbt build) and committed before the next starts, and in each phase you may change only that phase's models (other files of the project are refused while another phase owns them):`,
    ...plan.phases.map((phase) => `${phase.number}. ${phaseLine(phase)}`),
    '',
    renderPhaseStart(plan, plan.phases[0]!, []),
  ].join('\n')
}

/** The start of one phase: what it covers and what the phases before it did. */
export function renderPhaseStart(plan: PhasePlan, phase: Phase, done: readonly PhaseRecord[]): string {
  const earlier = done.map(
    (record) =>
      `Phase ${record.number} (${record.layer}) is ${record.status === 'committed' ? 'validated and committed' : 'done without changes'}${record.summary ? `: ${record.summary}` : '.'}`,
  )
  const later = plan.phases.filter((other) => other.number > phase.number)
  return [
    ...earlier,
    `Now phase ${phase.number} of ${plan.phases.length}: ${phaseLine(phase)}.`,
    `Make this phase's part of the ticket so that the project builds after it${later.length > 0 ? `; leave ${later.map((other) => other.layer).join(', ')} for the later phases` : ''}. Then call \`finish\` with a summary of this phase.`,
  ].join('\n')
}

function phaseLine(phase: Phase): string {
  return `${phase.layer}: ${phase.models.join(', ')} (${phase.files.join(', ')})`
}
