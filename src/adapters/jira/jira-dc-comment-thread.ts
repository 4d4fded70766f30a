import { z } from 'zod'
import type { ThreadComment, TicketThread } from '../../report/question-comment.js'
import { explainDcFailure } from './jira-dc-failure.js'
import { markdownToWiki } from './markdown-to-wiki.js'
import { JiraRequestFailure, type JiraRestV2Client } from './jira-rest-v2-client.js'
import { wikiToMarkdown } from './wiki-to-markdown.js'

const UserSchema = z.object({ name: z.string().optional(), key: z.string().optional() })
const CreatedSchema = z.object({ id: z.string() })
const CommentPageSchema = z.object({
  startAt: z.number().optional(),
  total: z.number().optional(),
  comments: z.array(
    z.object({
      id: z.string(),
      author: UserSchema.optional(),
      body: z.string().nullish(),
      created: z.string(),
    }),
  ),
})
const PAGE_SIZE = 100
/** A ticket with more comments than this is read up to here: the newest question is what matters. */
const MAX_COMMENTS = 5000

/**
 * A Jira Data Center ticket's comments (REST v2, wiki markup): the progress and final comment (edited in
 * place), the question comment, and reading the thread back for the reporter's answer.
 */
export class JiraDataCenterCommentThread implements TicketThread {
  constructor(
    private readonly client: JiraRestV2Client,
    private readonly issueKey: string,
  ) {}

  async create(body: string): Promise<string> {
    const path = `issue/${encodeURIComponent(this.issueKey)}/comment`
    const created = await this.guard('comment on', () =>
      this.client.post(path, { body: markdownToWiki(body) }, CreatedSchema),
    )
    return created.id
  }

  async update(id: string, body: string): Promise<void> {
    const path = `issue/${encodeURIComponent(this.issueKey)}/comment/${encodeURIComponent(id)}`
    await this.guard('update its comment on', () =>
      this.client.put(path, { body: markdownToWiki(body) }, CreatedSchema),
    )
  }

  async list(): Promise<ThreadComment[]> {
    const out: ThreadComment[] = []
    const path = `issue/${encodeURIComponent(this.issueKey)}/comment`
    await this.guard('read the comments of', async () => {
      while (out.length < MAX_COMMENTS) {
        const page = await this.client.get(path, CommentPageSchema, {
          startAt: out.length,
          maxResults: PAGE_SIZE,
          orderBy: 'created',
        })
        for (const comment of page.comments) {
          out.push({
            id: comment.id,
            // Data Center has no app users: Autopilot's own comments are told apart by their author (the token's user).
            author: comment.author?.key ?? comment.author?.name ?? '',
            bot: false,
            body: wikiToMarkdown(comment.body),
            createdAt: new Date(Date.parse(comment.created) || 0).toISOString(),
          })
        }
        if (page.comments.length === 0 || (page.total !== undefined && out.length >= page.total)) break
      }
    })
    return out
  }

  private async guard<T>(action: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call()
    } catch (error) {
      if (!(error instanceof JiraRequestFailure)) throw error
      const words = explainDcFailure(error, {
        host: this.client.host,
        doing: `when Autopilot tried to ${action} ${this.issueKey}`,
        permission: 'Browse projects and Add comments (and Edit own comments)',
      })
      throw new Error(words.message, { cause: error })
    }
  }
}
