import { branchName } from '../publish/branch-name.js'
import { priorityRank, type BacklogItem } from './backlog-item.js'

/**
 * What Autopilot last did for a ticket. `at` is when that run finished, after its last comment on the
 * ticket: trackers bump a ticket's `updated` on every comment, Autopilot's own included, so an earlier
 * `at` would make our own question look like the reporter's answer.
 */
export interface TicketHistoryEntry {
  /** The run's `status` output: `pr-opened`, `failed:validation`, `skipped:needs-clarification`… */
  status: string
  at: string
}

export type TicketHistory = ReadonlyMap<string, TicketHistoryEntry>

export type SkipReason =
  'open-pr' | 'awaiting-clarification' | 'failed-unchanged' | 'done-unchanged' | 'over-max-tickets'

export interface SkippedTicket {
  item: BacklogItem
  reason: SkipReason
  /** One sentence for the job summary: why, and what makes the ticket eligible again. */
  detail: string
}

export interface BacklogPlan {
  /** Eligible tickets, most urgent first, at most `maxTickets`. */
  selected: BacklogItem[]
  skipped: SkippedTicket[]
}

export interface PlanOptions {
  /** Head branches of the repository's open pull requests. */
  openPullHeads: readonly string[]
  history: TicketHistory
  /** The `branch-prefix` input: a ticket's branch is `branchName(prefix, key)`. */
  branchPrefix: string
  maxTickets: number
}

/** Eligible tickets ranked by priority (Highest first) then age (oldest first), capped; the rest with reasons. */
export function planBacklog(items: readonly BacklogItem[], options: PlanOptions): BacklogPlan {
  const openHeads = new Set(options.openPullHeads)
  const skipped: SkippedTicket[] = []
  const eligible: BacklogItem[] = []
  const seen = new Set<string>()
  for (const item of items) {
    if (seen.has(item.key)) continue
    seen.add(item.key)
    const skip = skipReason(item, openHeads, options)
    if (skip) skipped.push({ item, ...skip })
    else eligible.push(item)
  }
  eligible.sort(byUrgency)
  const cap = Math.max(0, options.maxTickets)
  for (const item of eligible.slice(cap)) {
    skipped.push({
      item,
      reason: 'over-max-tickets',
      detail: `beyond \`max-tickets\` (${cap}) tonight; it stays in the backlog for the next run`,
    })
  }
  return { selected: eligible.slice(0, cap), skipped }
}

export function byUrgency(a: BacklogItem, b: BacklogItem): number {
  return (
    priorityRank(a.priority) - priorityRank(b.priority) ||
    Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
    a.key.localeCompare(b.key, 'en', { numeric: true })
  )
}

function skipReason(
  item: BacklogItem,
  openHeads: ReadonlySet<string>,
  options: PlanOptions,
): Omit<SkippedTicket, 'item'> | undefined {
  const branch = branchName(options.branchPrefix, item.key)
  if (openHeads.has(branch)) {
    return {
      reason: 'open-pr',
      detail: `an Autopilot pull request is open on \`${branch}\`; comment \`/autopilot\` with an instruction on it to revise`,
    }
  }
  const last = options.history.get(item.key)
  if (!last || changedSince(item, last)) return undefined
  // An answer on the ticket bumps its `updated`, which re-queues it above.
  if (last.status === 'skipped:needs-clarification') {
    return {
      reason: 'awaiting-clarification',
      detail: 'waiting for an answer to Autopilot’s question; answer on the ticket to make it eligible again',
    }
  }
  if (last.status.startsWith('failed:')) {
    return {
      reason: 'failed-unchanged',
      detail: `the last run ended \`${last.status}\` and the ticket has not changed since; edit or comment on it to retry`,
    }
  }
  if (last.status === 'pr-opened' || last.status === 'pr-updated') {
    // Its pull request is no longer open (merged or closed): running the unchanged ticket would redo it.
    return {
      reason: 'done-unchanged',
      detail: `its Autopilot pull request was merged or closed and the ticket has not changed since; edit it to run again`,
    }
  }
  return undefined
}

/** Strictly after: a ticket last touched at the moment the run finished is the run's own comment. */
function changedSince(item: BacklogItem, last: TicketHistoryEntry): boolean {
  const updated = Date.parse(item.updatedAt)
  const at = Date.parse(last.at)
  if (Number.isNaN(updated) || Number.isNaN(at)) return true
  return updated > at
}
