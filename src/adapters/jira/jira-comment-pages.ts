import { z } from 'zod'
import type { ThreadComment } from '../../report/question-comment.js'

const PAGE_SIZE = 100
/** A ticket with more comments than this is read up to here: the newest question is what matters. */
const MAX_COMMENTS = 5000

/** A page of `GET issue/{key}/comment` in both REST versions, around each version's comment shape. */
export function commentPageSchema<Comment extends z.ZodType>(comment: Comment) {
  return z.object({
    startAt: z.number().optional(),
    total: z.number().optional(),
    comments: z.array(comment),
  })
}

/** One page of an issue's comments, already read as the thread's comments (ADF or wiki markup as markdown). */
export interface CommentPage {
  comments: ThreadComment[]
  total?: number
}

/**
 * An issue's comments, oldest first, page after page (`startAt`, `maxResults`, ordered by `created`, as both
 * REST versions page them) until the last, an empty page, or `MAX_COMMENTS`.
 */
export async function readComments(
  page: (query: { startAt: number; maxResults: number; orderBy: 'created' }) => Promise<CommentPage>,
): Promise<ThreadComment[]> {
  const out: ThreadComment[] = []
  while (out.length < MAX_COMMENTS) {
    const { comments, total } = await page({ startAt: out.length, maxResults: PAGE_SIZE, orderBy: 'created' })
    out.push(...comments)
    if (comments.length === 0 || (total !== undefined && out.length >= total)) break
  }
  return out
}
