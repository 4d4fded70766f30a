import type { RunStatus } from '../run/run-record.js'
import type { BacklogItem } from './backlog-item.js'
import type { BacklogPlan } from './plan-backlog.js'

/** What one ticket's run reports back. */
export interface TicketRunResult {
  status: RunStatus
  costUsd: number
  durationMs: number
  prUrl?: string
  message?: string
}

export interface NightlyBudget {
  maxTickets: number
  /** Dollars for the whole backlog run (`backlog-max-cost-usd`). */
  maxCostUsd: number
  /** Wall-clock minutes for the whole backlog run (`backlog-max-minutes`). */
  maxMinutes: number
  /** The most one ticket can spend (`max-cost-usd`, which the per-run budget never exceeds). */
  perTicketMaxCostUsd: number
  /**
   * The longest one ticket can take. `max-minutes` bounds only the model loop, so pass it plus an
   * allowance for parsing, final validation and publishing; the longest ticket seen so far also counts.
   */
  perTicketMaxMinutes: number
}

export interface Clock {
  /** Milliseconds; only differences are used. */
  now(): number
}

export interface TicketOutcome {
  item: BacklogItem
  status: RunStatus
  costUsd: number
  durationMs: number
  prUrl?: string
  message?: string
  /** False for tickets the budget left for another night. */
  started: boolean
}

export type BacklogStop = 'max-tickets' | 'cost' | 'minutes'

export interface BacklogRunResult {
  outcomes: TicketOutcome[]
  spentUsd: number
  elapsedMs: number
  /** Why tickets were left unstarted; undefined when every planned ticket ran. */
  stoppedBy?: BacklogStop
}

export const systemClock: Clock = { now: () => Date.now() }

/**
 * Runs the planned tickets one after another, starting one only when the worst it could cost and take
 * still fits in the nightly budget, so the budget is never exceeded. A ticket that throws is recorded as
 * `failed:internal` and charged the per-ticket maximum (what it spent is unknown); the next one still runs.
 */
export async function runBacklog(
  plan: BacklogPlan,
  runOne: (ticket: string) => Promise<TicketRunResult>,
  budget: NightlyBudget,
  clock: Clock = systemClock,
): Promise<BacklogRunResult> {
  const started = clock.now()
  const maxMs = budget.maxMinutes * 60_000
  const outcomes: TicketOutcome[] = []
  let spentUsd = 0
  let longestMs = budget.perTicketMaxMinutes * 60_000
  let stop: { reason: BacklogStop; message: string } | undefined
  let ran = 0

  for (const item of plan.selected) {
    stop ??= refuse(ran, spentUsd, clock.now() - started, longestMs, budget, maxMs)
    if (stop) {
      outcomes.push({
        item,
        status: 'skipped:budget',
        costUsd: 0,
        durationMs: 0,
        started: false,
        message: stop.message,
      })
      continue
    }
    const ticketStart = clock.now()
    let result: TicketRunResult
    try {
      result = await runOne(item.key)
    } catch (error) {
      result = {
        status: 'failed:internal',
        costUsd: budget.perTicketMaxCostUsd,
        durationMs: clock.now() - ticketStart,
        message: error instanceof Error ? error.message : String(error),
      }
    }
    ran += 1
    spentUsd += result.costUsd
    longestMs = Math.max(longestMs, clock.now() - ticketStart)
    outcomes.push({ item, ...result, started: true })
  }
  return { outcomes, spentUsd, elapsedMs: clock.now() - started, stoppedBy: stop?.reason }
}

function refuse(
  ran: number,
  spentUsd: number,
  elapsedMs: number,
  worstMs: number,
  budget: NightlyBudget,
  maxMs: number,
): { reason: BacklogStop; message: string } | undefined {
  if (ran >= budget.maxTickets) {
    return {
      reason: 'max-tickets',
      message: `\`max-tickets\` (${budget.maxTickets}) reached; left for the next run`,
    }
  }
  // The epsilon keeps float sums such as 0.1 + 0.2 from refusing a ticket that exactly fits.
  if (spentUsd + budget.perTicketMaxCostUsd > budget.maxCostUsd + 1e-9) {
    return {
      reason: 'cost',
      message: `could cost up to $${budget.perTicketMaxCostUsd.toFixed(2)} with $${spentUsd.toFixed(2)} of the nightly $${budget.maxCostUsd.toFixed(2)} spent; left for the next run`,
    }
  }
  if (elapsedMs + worstMs > maxMs) {
    const minutes = (ms: number) => (ms / 60_000).toFixed(1)
    return {
      reason: 'minutes',
      message: `could take up to ${minutes(worstMs)} min with ${minutes(elapsedMs)} of the nightly ${minutes(maxMs)} min used; left for the next run`,
    }
  }
  return undefined
}
