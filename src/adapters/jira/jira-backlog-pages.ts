import { z } from 'zod'
import type { Log } from '../../shared/log.js'
import { BacklogError, isoTime, normalizePriority, type BacklogItem } from '../../backlog/backlog-item.js'

/** The fields a backlog item is made of, asked of both REST versions' search. */
export const BACKLOG_FIELDS = ['summary', 'priority', 'created', 'updated', 'labels']

const IssueSchema = z.object({
  key: z.string(),
  fields: z.object({
    summary: z.string().nullish(),
    priority: z.object({ name: z.string() }).nullish().catch(undefined),
    created: z.string(),
    updated: z.string(),
    labels: z.array(z.string()).nullish(),
  }),
})

/** One page of a JQL search, whichever way the deployment pages it. */
export interface SearchPage<Cursor> {
  issues: readonly unknown[]
  /** Where the next page starts; absent on the last page. */
  next: Cursor | undefined
  /** How many issues the query matched, when the deployment says (v2 does, v3 does not). */
  total?: number
}

export interface BacklogPaging<Cursor> {
  /** The deployment's wire call, from its cursor: v3's `nextPageToken`, v2's `startAt`; none on the first. */
  search(cursor: Cursor | undefined): Promise<SearchPage<Cursor>>
  maxPages: number
  /** Said when an issue lacks key, created or updated: the URL is likely not that deployment. */
  notAnIssue: string
  log?: Log
}

/** The backlog a JQL query matches, page after page up to `maxPages` (the rest left out with a warning). */
export async function readBacklog<Cursor>(paging: BacklogPaging<Cursor>): Promise<BacklogItem[]> {
  const items: BacklogItem[] = []
  let cursor: Cursor | undefined
  for (let page = 1; ; page += 1) {
    const result = await paging.search(cursor)
    for (const raw of result.issues) items.push(backlogItem(raw, paging.notAnIssue))
    cursor = result.next
    // An empty page ends it too: a `total` that overstates (issues deleted meanwhile) cannot loop forever.
    if (cursor === undefined || result.issues.length === 0) return items
    if (page >= paging.maxPages) {
      const matched = result.total === undefined ? `more than ${items.length}` : String(result.total)
      paging.log?.warn(
        `The backlog query matched ${matched} issues; only the first ${items.length}, the first ${paging.maxPages} pages, are planned. Narrow the JQL, or order it (ORDER BY priority DESC, created ASC) so the first pages are the ones that matter.`,
      )
      return items
    }
  }
}

function backlogItem(raw: unknown, notAnIssue: string): BacklogItem {
  const parsed = IssueSchema.safeParse(raw)
  if (!parsed.success) throw new BacklogError(notAnIssue)
  const { key, fields } = parsed.data
  const createdAt = isoTime(fields.created) ?? fields.created
  return {
    key,
    title: fields.summary ?? key,
    priority: normalizePriority(fields.priority?.name),
    createdAt,
    updatedAt: isoTime(fields.updated) ?? createdAt,
    labels: fields.labels ?? [],
  }
}
