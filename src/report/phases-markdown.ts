import type { PhaseRecord, PhasesStage } from '../phases/phase-record.js'
import type { Validation } from '../validate/validation.js'
import { cell, code, codeBlock, codeCell, table, truncate } from './markdown.js'

/** The failed phase's patch in the PR body; the audit bundle (`run.json`) has all of it. */
const PATCH_LIMIT = 20_000

const STATUS: Record<PhaseRecord['status'], string> = {
  committed: '✅ committed',
  'no-change': '➖ no change',
  failed: '❌ stopped here',
  'not-started': '⏸ not started',
}

/**
 * The "Phases" section of the PR body and the job summary: each phase in DAG order with its models, the
 * validation rounds that checked it and their verdict, and its commit. Empty when the change had no phases.
 */
export function phasesMarkdown(stage: PhasesStage | undefined, validations: readonly Validation[]): string {
  if (!stage) return ''
  const byRound = new Map(validations.map((validation) => [validation.round, validation]))
  const rows = stage.phases.map((phase) => [
    String(phase.number),
    cell(phase.layer, 60),
    cell(phase.models.join(', '), 200),
    validationCell(phase, byRound),
    STATUS[phase.status],
    phase.commitSha ? codeCell(phase.commitSha.slice(0, 12)) : '',
  ])
  const lines = [
    `### Phases\n\nThe change spans layers, so it was made in ${stage.phases.length} phases in DAG order (${cell(stage.reason, 300)}); each was validated and committed before the next began.`,
    table(['#', 'Layer', 'Models', 'Validation', 'Status', 'Commit'], rows),
  ]
  const failed = stage.stoppedAt === undefined ? undefined : stage.phases[stage.stoppedAt - 1]
  if (failed)
    lines.push(
      `**Stopped at phase ${failed.number} (${cell(failed.layer, 60)}):** ${cell(failed.reason ?? 'it failed', 500)}. The validation section shows its failing round.`,
    )
  if (failed && stage.failedPatch)
    lines.push(
      `<details><summary>Phase ${failed.number}'s edits, not in this branch</summary>\n\n${codeBlock(truncate(stage.failedPatch, PATCH_LIMIT), 'diff')}\n\n</details>`,
    )
  return lines.join('\n\n')
}

function validationCell(phase: PhaseRecord, byRound: ReadonlyMap<number, Validation>): string {
  const last = phase.rounds.at(-1)
  if (last === undefined) return '—'
  const verdict = byRound.get(last)?.ok ? 'passed' : 'failed'
  const rounds = phase.rounds.length === 1 ? `round ${last}` : `rounds ${phase.rounds[0]}–${last}`
  return `${verdict} (${rounds})${phase.files.length > 0 ? `: ${phase.files.map((file) => code(file)).join(', ')}`.replace(/\|/g, '\\|') : ''}`
}
