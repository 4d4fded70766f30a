import { cell, duration, plural, table, usd } from '../report/markdown.js'
import type { BacklogPlan } from './plan-backlog.js'
import type { BacklogRunResult, TicketOutcome } from './run-backlog.js'

const STOP_LINE: Record<NonNullable<BacklogRunResult['stoppedBy']>, string> = {
  'max-tickets': 'Stopped at `max-tickets`.',
  cost: 'Stopped before the nightly dollar budget (`backlog-max-cost-usd`) could be exceeded.',
  minutes: 'Stopped before the nightly time budget (`backlog-max-minutes`) could be exceeded.',
}

/** The job summary of `mode: backlog`: each ticket's outcome, then the tickets the plan skipped. */
export function renderBacklogSummary(result: BacklogRunResult, plan: BacklogPlan): string {
  const ran = result.outcomes.filter((outcome) => outcome.started)
  const lines = [
    '## Autopilot backlog',
    '',
    `${plural(ran.length, 'ticket')} run, ${usd(result.spentUsd)} spent in ${duration(result.elapsedMs)}.` +
      (result.stoppedBy ? ` ${STOP_LINE[result.stoppedBy]}` : ''),
    '',
  ]
  if (result.outcomes.length > 0) {
    lines.push(
      table(
        ['Ticket', 'Title', 'Status', 'PR', 'Cost', 'Duration'],
        result.outcomes.map((outcome) => [
          cell(outcome.item.key),
          cell(outcome.item.title, 80),
          statusCell(outcome),
          outcome.prUrl ? `[PR](${encodeURI(outcome.prUrl)})` : '—',
          outcome.started ? usd(outcome.costUsd) : '—',
          outcome.started ? duration(outcome.durationMs) : '—',
        ]),
      ),
      '',
    )
  } else {
    lines.push('No eligible ticket tonight.', '')
  }
  lines.push(renderSkipped(plan))
  return lines.join('\n').trimEnd() + '\n'
}

/** The job summary of `mode: plan-backlog`: the fan-out, in order, and what was skipped and why. */
export function renderBacklogPlan(plan: BacklogPlan): string {
  const lines = ['## Autopilot backlog plan', '']
  if (plan.selected.length === 0) lines.push('No eligible ticket: the matrix job is skipped.', '')
  else
    lines.push(
      table(
        ['#', 'Ticket', 'Title', 'Priority'],
        plan.selected.map((item, index) => [
          String(index + 1),
          cell(item.key),
          cell(item.title, 80),
          item.priority,
        ]),
      ),
      '',
    )
  lines.push(renderSkipped(plan))
  return lines.join('\n').trimEnd() + '\n'
}

function renderSkipped(plan: BacklogPlan): string {
  if (plan.skipped.length === 0) return ''
  return [
    `### Skipped (${plan.skipped.length})`,
    '',
    table(
      ['Ticket', 'Why'],
      plan.skipped.map((skip) => [cell(skip.item.key), cell(skip.detail, 200)]),
    ),
    '',
  ].join('\n')
}

function statusCell(outcome: TicketOutcome): string {
  const status = `\`${outcome.status}\``
  return outcome.message ? `${status} ${cell(outcome.message, 160)}` : status
}
