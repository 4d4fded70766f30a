import { z } from 'zod'
import type { ThreadComment, TicketThread } from '../../report/question-comment.js'
import { commentPageSchema, readComments } from './jira-comment-pages.js'
import { callOnIssue } from './jira-dc-failure.js'
import { markdownToWiki } from './markdown-to-wiki.js'
import type { JiraRestV2Client } from './jira-rest-v2-client.js'
import { wikiToMarkdown } from './wiki-to-markdown.js'

const UserSchema = z.object({ name: z.string().optional(), key: z.string().optional() })
const CreatedSchema = z.object({ id: z.string() })
const CommentPageSchema = commentPageSchema(
  z.object({
    id: z.string(),
    author: UserSchema.optional(),
    body: z.string().nullish(),
    created: z.string(),
  }),
)

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

  list(): Promise<ThreadComment[]> {
    const path = `issue/${encodeURIComponent(this.issueKey)}/comment`
    return this.guard('read the comments of', () =>
      readComments(async (query) => {
        const page = await this.client.get(path, CommentPageSchema, query)
        const comments = page.comments.map((comment) => ({
          id: comment.id,
          // Data Center has no app users: Autopilot's own comments are told apart by their author (the token's user).
          author: comment.author?.key ?? comment.author?.name ?? '',
          bot: false,
          body: wikiToMarkdown(comment.body),
          createdAt: new Date(Date.parse(comment.created) || 0).toISOString(),
        }))
        return { comments, ...(page.total !== undefined ? { total: page.total } : {}) }
      }),
    )
  }

  private guard<T>(action: string, call: () => Promise<T>): Promise<T> {
    const permission = 'Add comments (and Edit own comments)'
    return callOnIssue({ host: this.client.host, issueKey: this.issueKey, action, permission }, call)
  }
}
