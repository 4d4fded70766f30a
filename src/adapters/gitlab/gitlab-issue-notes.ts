import { Gitlab } from '@gitbeaker/rest'
import { z } from 'zod'
import type { ThreadComment, TicketThread } from '../../report/question-comment.js'
import type { GitLabProject } from './gitlab-code-host.js'
import { gitlabError } from './gitlab-request-error.js'

const NoteSchema = z.object({
  id: z.number().int(),
  body: z.string(),
  created_at: z.string().optional(),
  system: z.boolean().optional(),
  author: z.object({ username: z.string() }).nullish().catch(undefined),
})

/** Project and group access tokens act as these users; notes carry no bot flag. */
const BOT_USER = /^(?:project|group)_\d+_bot(?:_\w+)?$/

/**
 * A GitLab issue's notes as the ticket's thread: the progress note and the clarifying question are notes
 * created once and edited by id; `list` reads them back (oldest first, system notes left out) for the answer.
 */
export class GitLabIssueNotes implements TicketThread {
  private readonly api: InstanceType<typeof Gitlab>
  private readonly project: string | number

  constructor(
    target: GitLabProject,
    private readonly iid: number,
  ) {
    this.api = new Gitlab({ host: target.url, token: target.token })
    this.project = /^\d+$/.test(target.project) ? Number(target.project) : target.project
  }

  async create(body: string): Promise<string> {
    const note = await this.call('adding a note to', () =>
      this.api.IssueNotes.create(this.project, this.iid, body),
    )
    return String(NoteSchema.parse(note).id)
  }

  async update(id: string, body: string): Promise<void> {
    await this.call('editing a note on', () =>
      this.api.IssueNotes.edit(this.project, this.iid, Number(id), { body }),
    )
  }

  async list(): Promise<ThreadComment[]> {
    const notes = await this.call('reading the notes of', () =>
      this.api.IssueNotes.all(this.project, this.iid, { sort: 'asc', orderBy: 'created_at', perPage: 100 }),
    )
    return z
      .array(NoteSchema)
      .parse(notes)
      .filter((note) => !note.system)
      .map((note) => ({
        id: String(note.id),
        author: note.author?.username ?? '',
        bot: BOT_USER.test(note.author?.username ?? ''),
        body: note.body,
        createdAt: note.created_at ?? '',
      }))
  }

  private async call<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      throw gitlabError(`${action} issue #${this.iid}`, String(this.project), error)
    }
  }
}
