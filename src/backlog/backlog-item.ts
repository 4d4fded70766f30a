import { AutopilotError } from '../shared/autopilot-error.js'
/** One ticket of the backlog as the planner sees it: enough to decide and rank, not the ticket's text. */
export interface BacklogItem {
  /** `DATA-123` for Jira, `#42` for a GitHub issue: what the matrix job passes as `ticket`. */
  key: string
  title: string
  priority: Priority
  /** ISO timestamps. */
  createdAt: string
  updatedAt: string
  labels: string[]
}

/** Lists the backlog; `query` is in the tracker's own language (JQL for Jira, labels for GitHub). */
export interface BacklogSource {
  list(query: string): Promise<BacklogItem[]>
}

/** Raised when the backlog cannot be read; the message says what to do. */
export class BacklogError extends AutopilotError {
  constructor(message: string) {
    super('failed:backlog', message)
  }
}

export const PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'] as const
export type Priority = (typeof PRIORITIES)[number]

/** 0 is the most urgent. */
export function priorityRank(priority: Priority): number {
  return PRIORITIES.indexOf(priority)
}

// Jira's older default scheme (Blocker…Trivial) is still common on long-lived sites.
const ALIASES: Record<string, Priority> = {
  highest: 'Highest',
  blocker: 'Highest',
  high: 'High',
  critical: 'High',
  medium: 'Medium',
  major: 'Medium',
  low: 'Low',
  minor: 'Low',
  lowest: 'Lowest',
  trivial: 'Lowest',
}

/** A tracker's priority name → ours; an unknown or missing priority is Medium, the trackers' own default. */
export function normalizePriority(name: string | undefined | null): Priority {
  return (name && ALIASES[name.trim().toLowerCase()]) || 'Medium'
}

/** ISO form of a tracker timestamp (Jira writes `+0100` offsets); undefined when it is not a date. */
export function isoTime(value: string): string | undefined {
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}
