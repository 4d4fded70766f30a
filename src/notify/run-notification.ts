import { isFailure } from '../shared/run-status.js'
import type { RunRecord } from '../run/run-record.js'
import { plural, usd } from '../report/markdown.js'
import type { Notification, NotificationField, NotifyEvent } from './notification.js'

export type RunFacts = Pick<
  RunRecord,
  'status' | 'statusMessage' | 'ticket' | 'stages' | 'costUsd' | 'prUrl' | 'prNumber' | 'validations'
>

export interface RunNotificationOptions {
  /** Input `notify-on`. */
  on: readonly NotifyEvent[]
  /** The ticket asked for, when the run ended before it was read. */
  ticketKey: string
  runUrl?: string
}

/**
 * What a finished ticket run tells the channel, if anything: a pull request opened or updated is awaiting
 * review (`pr`); a failed run says why (`failure`). A dry run, a skip and no drift are not news.
 */
export function runNotification(run: RunFacts, options: RunNotificationOptions): Notification | undefined {
  const status = run.status
  if (!status) return undefined
  if ((status === 'pr-opened' || status === 'pr-updated') && options.on.includes('pr') && run.prUrl)
    return pullRequestNotification(run, options)
  if (isFailure(status) && options.on.includes('failure')) return failureNotification(run, options)
  return undefined
}

function pullRequestNotification(run: RunFacts, options: RunNotificationOptions): Notification {
  const key = ticketKeyOf(run, options)
  const verdict = run.stages.decision?.verdict
  const draft = verdict !== undefined && verdict !== 'ready'
  const draftReason = run.stages.change?.draftReason ?? run.stages.decision?.draftReason
  const breaking = breakingCount(run)
  const validation = validationText(run)
  const number = run.prNumber === undefined ? 'pull request' : `pull request #${run.prNumber}`
  const fields: NotificationField[] = [
    {
      label: 'Pull request',
      value: run.prNumber === undefined ? 'open' : `#${run.prNumber}`,
      link: run.prUrl,
    },
    { label: 'State', value: draft ? 'Draft' : 'Ready for review' },
    { label: 'Validation', value: validation.text },
    { label: 'Breaking changes', value: breaking === 0 ? 'none' : String(breaking) },
    { label: 'Model cost', value: usd(run.costUsd) },
    ticketField(run, key),
  ]
  return {
    event: 'pr',
    tone: draft || breaking > 0 || !validation.ok ? 'warning' : 'good',
    title: `${key}: ${number} ${run.status === 'pr-updated' ? 'updated' : 'opened'}, awaiting review`,
    text: [
      run.ticket?.snapshot.title ?? key,
      ...(draft && draftReason ? [`Draft: ${draftReason}`] : []),
    ].join('\n'),
    fields,
    ...(run.prUrl ? { action: { label: 'Review the pull request', url: run.prUrl } } : {}),
    footer: footer(options.runUrl),
  }
}

function failureNotification(run: RunFacts, options: RunNotificationOptions): Notification {
  const key = ticketKeyOf(run, options)
  const fields: NotificationField[] = [
    { label: 'Status', value: run.status ?? 'failed' },
    ticketField(run, key),
    ...(run.prUrl
      ? [
          {
            label: 'Pull request',
            value: run.prNumber === undefined ? 'open' : `#${run.prNumber}`,
            link: run.prUrl,
          },
        ]
      : []),
    ...(run.costUsd > 0 ? [{ label: 'Model cost', value: usd(run.costUsd) }] : []),
  ]
  const action = options.runUrl
    ? { label: 'Open the workflow run', url: options.runUrl }
    : run.prUrl
      ? { label: 'Open the pull request', url: run.prUrl }
      : undefined
  return {
    event: 'failure',
    tone: 'attention',
    title: `${key}: Autopilot run failed (${run.status ?? 'failed'})`,
    text: run.statusMessage || 'The run failed; the workflow run has the details.',
    fields,
    ...(action ? { action } : {}),
    footer: footer(options.runUrl),
  }
}

function ticketKeyOf(run: RunFacts, options: RunNotificationOptions): string {
  return run.ticket?.snapshot.key ?? (options.ticketKey || 'ticket')
}

function ticketField(run: RunFacts, key: string): NotificationField {
  const url = run.ticket?.snapshot.url
  return { label: 'Ticket', value: key, ...(url ? { link: url } : {}) }
}

function breakingCount(run: RunFacts): number {
  return (run.stages.impact?.findings ?? []).filter((finding) => finding.severity === 'breaking').length
}

function validationText(run: RunFacts): { ok: boolean; text: string } {
  const last = run.validations.at(-1)
  if (!last) return { ok: false, text: 'not run' }
  const rounds = plural(run.validations.length, 'round')
  return last.ok ? { ok: true, text: `passed (${rounds})` } : { ok: false, text: `failed (${rounds})` }
}

export function footer(runUrl: string | undefined): Notification['footer'] {
  return { text: 'dbt Autopilot', ...(runUrl ? { link: { label: 'workflow run', url: runUrl } } : {}) }
}
