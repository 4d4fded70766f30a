import { z } from 'zod'
import type { TicketHistory, TicketHistoryEntry } from '../backlog/plan-backlog.js'

/** What one finished run left behind for its ticket; the backlog planner reads `status` and `at`. */
export interface HistoryEntry extends TicketHistoryEntry {
  prUrl?: string
  runUrl?: string
}

/** The last outcome per ticket, kept across runs so the nightly backlog does not redo or retry blindly. */
export interface HistoryStore {
  read(): Promise<TicketHistory & ReadonlyMap<string, HistoryEntry>>
  record(key: string, entry: HistoryEntry): Promise<void>
}

/** Tickets kept in the file; beyond it the entries finished longest ago are dropped. */
export const DEFAULT_HISTORY_LIMIT = 5000

const TEXT = z.string().max(2000)
const EntrySchema = z.object({
  status: z.string().min(1).max(200),
  at: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date'),
  prUrl: TEXT.optional(),
  runUrl: TEXT.optional(),
})
const FileSchema = z.object({ version: z.literal(1), tickets: z.record(z.string(), z.unknown()) })

export interface ParsedHistory {
  entries: Map<string, HistoryEntry>
  /** Why the file, or some of its entries, could not be used; empty when all was read. */
  problems: string[]
}

/**
 * Reads `history.json`. A damaged file or entry is dropped rather than failing the run: the worst outcome
 * is a ticket tried once more, and the next `record` rewrites the file whole.
 */
export function parseHistory(text: string): ParsedHistory {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { entries: new Map(), problems: [`history.json is not JSON (${String(error)})`] }
  }
  const file = FileSchema.safeParse(json)
  if (!file.success) {
    return { entries: new Map(), problems: ['history.json is not a version 1 history file'] }
  }
  const entries = new Map<string, HistoryEntry>()
  const problems: string[] = []
  for (const [key, raw] of Object.entries(file.data.tickets)) {
    const entry = EntrySchema.safeParse(raw)
    if (entry.success) entries.set(key, entry.data)
    else problems.push(`history entry for ${key} is malformed and was ignored`)
  }
  return { entries, problems }
}

/** The history with `key` set to `entry`, trimmed to `limit` tickets by dropping the oldest outcomes. */
export function withOutcome(
  history: ReadonlyMap<string, HistoryEntry>,
  key: string,
  entry: HistoryEntry,
  limit = DEFAULT_HISTORY_LIMIT,
): Map<string, HistoryEntry> {
  const next = new Map(history)
  next.delete(key)
  next.set(key, EntrySchema.parse(entry))
  if (next.size <= limit) return next
  const newestFirst = [...next].sort(([, a], [, b]) => Date.parse(b.at) - Date.parse(a.at))
  // The entry being recorded always survives, even if its clock is behind the others.
  const kept = new Map(newestFirst.filter(([k]) => k !== key).slice(0, Math.max(0, limit - 1)))
  kept.set(key, next.get(key) ?? entry)
  return kept
}

/** Stable, diff-friendly JSON: keys sorted, one ticket per line group. */
export function serializeHistory(history: ReadonlyMap<string, HistoryEntry>): string {
  const tickets = Object.fromEntries([...history].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return `${JSON.stringify({ version: 1, tickets }, null, 2)}\n`
}
