import type { BacklogPlan } from '../backlog/plan-backlog.js'
import type { BacklogRunResult } from '../backlog/run-backlog.js'
import { duration, plural, usd } from '../report/markdown.js'
import { isFailure } from '../shared/run-status.js'
import type { Notification, NotifyEvent } from './notification.js'
import { footer } from './run-notification.js'

/** A digest lists this many tickets; the job summary has them all. */
const MAX_ROWS = 20

const STOPPED: Record<NonNullable<BacklogRunResult['stoppedBy']>, string> = {
  'max-tickets': 'Stopped at `max-tickets`.',
  cost: 'Stopped before the nightly dollar budget could be exceeded.',
  minutes: 'Stopped before the nightly time budget could be exceeded.',
}

/** The nightly digest of `mode: backlog`: what ran, what it became, what waits for another night. */
export function backlogNotification(
  result: BacklogRunResult,
  plan: BacklogPlan,
  options: { on: readonly NotifyEvent[]; runUrl?: string },
): Notification | undefined {
  if (!options.on.includes('backlog')) return undefined
  const ran = result.outcomes.filter((outcome) => outcome.started)
  const failed = ran.filter((outcome) => isFailure(outcome.status))
  const prs = ran.filter((outcome) => outcome.status === 'pr-opened' || outcome.status === 'pr-updated')
  const left = result.outcomes.length - ran.length
  const rows = result.outcomes.map((outcome) => ({
    key: outcome.item.key,
    text: `${outcome.item.title} (${outcome.status})`,
    ...(outcome.prUrl ? { url: outcome.prUrl } : {}),
  }))
  return {
    event: 'backlog',
    tone: failed.length > 0 ? 'attention' : left > 0 ? 'warning' : 'good',
    title: `Nightly backlog: ${plural(ran.length, 'ticket')} run`,
    text:
      ran.length === 0 && result.outcomes.length === 0
        ? 'No eligible ticket tonight.'
        : `${plural(ran.length, 'ticket')} run, ${usd(result.spentUsd)} spent in ${duration(result.elapsedMs)}.` +
          (result.stoppedBy ? ` ${STOPPED[result.stoppedBy]}` : ''),
    fields: [
      { label: 'Pull requests', value: String(prs.length) },
      { label: 'Failed', value: String(failed.length) },
      { label: 'Left for the next run', value: String(left) },
      { label: 'Skipped by the plan', value: String(plan.skipped.length) },
    ],
    rows: rows.slice(0, MAX_ROWS),
    omittedRows: Math.max(0, rows.length - MAX_ROWS),
    ...(options.runUrl ? { action: { label: 'Open the backlog summary', url: options.runUrl } } : {}),
    footer: footer(options.runUrl),
  }
}
