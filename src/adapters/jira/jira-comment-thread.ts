import type { CloudClient } from 'jira.js'
import { z } from 'zod'
import type { ThreadComment, TicketThread } from '../../report/question-comment.js'
import { adfToMarkdown } from './adf-to-markdown.js'
import { createJiraClient, type JiraAuth } from './jira-client.js'
import { explainCloudRefusal } from './jira-cloud-refusal.js'
import { commentPageSchema, readComments } from './jira-comment-pages.js'

export interface JiraCommentThreadOptions {
  /** Site URL, e.g. `https://acme.atlassian.net`. */
  host: string
  auth: JiraAuth
  issueKey: string
  /** jira.js response validation; tests use `throw` so a fake that drifts from Jira's shape fails loudly. */
  onSchemaMismatch?: 'warn' | 'silent' | 'throw'
}

type Mark = { type: 'strong' } | { type: 'code' } | { type: 'link'; attrs: { href: string } }
// Type aliases, not interfaces: jira.js wants index-signature-compatible objects.
type AdfText = {
  type: 'text'
  text: string
  marks?: Mark[]
}
type AdfInline = AdfText | { type: 'hardBreak' }
type AdfParagraph = {
  type: 'paragraph'
  content: AdfInline[]
}
export type AdfDoc = {
  type: 'doc'
  version: 1
  content: AdfParagraph[]
}

const CreatedSchema = z.object({ id: z.string() })
const CommentPageSchema = commentPageSchema(
  z.object({
    id: z.string(),
    author: z.object({ accountId: z.string(), accountType: z.string().optional() }).optional(),
    body: z.unknown(),
    // jira.js turns Jira's timestamps into Dates when it validates the response.
    created: z
      .union([z.string(), z.date()])
      .transform((value) => (typeof value === 'string' ? value : value.toISOString())),
  }),
)

/**
 * A Jira Cloud ticket's comments through jira.js: the progress comment (ADF, edited in place), the question
 * comment, and reading the thread back for the reporter's answer.
 */
export class JiraCommentThread implements TicketThread {
  private readonly client: CloudClient
  private readonly host: string

  constructor(private readonly options: JiraCommentThreadOptions) {
    this.host = options.host.replace(/\/+$/, '')
    this.client = createJiraClient(options)
  }

  async create(body: string): Promise<string> {
    try {
      const comment = await this.client.issueComments.addComment({
        issueIdOrKey: this.options.issueKey,
        body: markdownToAdf(visibleMarkers(body)),
      })
      return CreatedSchema.parse(comment).id
    } catch (error) {
      throw this.explain(error, 'comment on')
    }
  }

  async update(id: string, body: string): Promise<void> {
    try {
      await this.client.issueComments.updateComment({
        issueIdOrKey: this.options.issueKey,
        id,
        body: { body: markdownToAdf(visibleMarkers(body)) },
      })
    } catch (error) {
      throw this.explain(error, 'update its comment on')
    }
  }

  async list(): Promise<ThreadComment[]> {
    const issueIdOrKey = this.options.issueKey
    try {
      return await readComments(async (query) => {
        const page = CommentPageSchema.parse(
          await this.client.issueComments.getComments({ issueIdOrKey, ...query }),
        )
        const comments = page.comments.map((comment) => ({
          id: comment.id,
          author: comment.author?.accountId ?? '',
          bot: comment.author?.accountType === 'app',
          body: adfToMarkdown(comment.body),
          createdAt: comment.created,
        }))
        return { comments, ...(page.total !== undefined ? { total: page.total } : {}) }
      })
    } catch (error) {
      throw this.explain(error, 'read the comments of')
    }
  }

  private explain(error: unknown, action: string): Error {
    return explainCloudRefusal(error, {
      host: this.host,
      issueKey: this.options.issueKey,
      action,
      permission: 'Add comments (Edit own comments)',
    })
  }
}

/** ADF has no hidden text: Autopilot's `<!-- autopilot:… -->` markers show as a small code mark instead. */
function visibleMarkers(markdown: string): string {
  return markdown.replace(/<!--\s*(autopilot:[^<>`]*?)\s*-->/g, '`$1`')
}

// Order matters: an escape or entity is a character, never markup; a link label may sit inside bold, and a
// bare URL is tried last so `[t](u)` wins.
const INLINE =
  /\\(?<escaped>[!-/:-@[-`{-~])|&(?<entity>amp|lt|gt|quot|#39);|\*\*(?<bold>[^\n]+?)\*\*|\[(?<label>[^\]\n]+)\]\((?<href>https?:\/\/[^\s)]+)\)|`(?<code>[^`\n]+)`|(?<url>https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g

/** What `untrusted()` (src/report/markdown.ts) escapes as entities, back to the characters. */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }

/** Markdown escapes and entities as the characters they stand for: an ADF text node is literal. */
function unescapeText(text: string): string {
  return text.replace(
    /\\([!-/:-@[-`{-~])|&(amp|lt|gt|quot|#39);/g,
    (_, escaped?: string, entity?: string) => escaped ?? ENTITIES[entity ?? ''] ?? '',
  )
}

/**
 * The short markdown Autopilot writes in progress comments, as ADF: blank lines separate paragraphs,
 * single newlines become hard breaks, and `**bold**`, `` `code` ``, `[text](https://…)` and bare URLs get
 * their marks. Backslash escapes and the entities `untrusted()` writes become the characters themselves
 * (an escaped `\[` starts no link): ADF is structured, so a text node shows them literally and nothing in it
 * is markup. Anything else stays literal text, which is how Jira would show it anyway.
 */
export function markdownToAdf(markdown: string): AdfDoc {
  const paragraphs = markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block): AdfParagraph => {
      const content: AdfInline[] = []
      block.split('\n').forEach((line, index) => {
        if (index > 0) content.push({ type: 'hardBreak' })
        content.push(...inline(line, []))
      })
      return { type: 'paragraph', content }
    })
  return { type: 'doc', version: 1, content: paragraphs }
}

function inline(text: string, marks: readonly Mark[]): AdfText[] {
  const out: AdfText[] = []
  const plain = (piece: string, extra: readonly Mark[] = []): void => {
    if (piece === '') return
    const all = [...marks, ...extra]
    out.push(all.length > 0 ? { type: 'text', text: piece, marks: all } : { type: 'text', text: piece })
  }
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    const groups = match.groups ?? {}
    plain(text.slice(last, match.index))
    last = match.index + match[0].length
    if (groups.escaped !== undefined) plain(groups.escaped)
    else if (groups.entity !== undefined) plain(ENTITIES[groups.entity] ?? '')
    else if (groups.bold !== undefined) out.push(...inline(groups.bold, [...marks, { type: 'strong' }]))
    else if (groups.label !== undefined && groups.href !== undefined)
      plain(unescapeText(groups.label), [{ type: 'link', attrs: { href: groups.href } }])
    else if (groups.code !== undefined) {
      // ADF allows `code` beside a link only: inside bold it drops the strong mark.
      const kept = marks.filter((mark) => mark.type === 'link')
      out.push({ type: 'text', text: groups.code, marks: [...kept, { type: 'code' }] })
    } else if (groups.url !== undefined) plain(groups.url, [{ type: 'link', attrs: { href: groups.url } }])
  }
  plain(text.slice(last))
  return out
}
