import type { Log } from '../shared/log.js'
import type { RunStatus } from '../run/run-record.js'
import type { Redactor } from '../shared/redact.js'
import { statusHeadline } from './job-summary.js'
import { untrusted } from './markdown.js'

/** Where the tracking comment lives: a GitHub issue or PR thread, or a Jira ticket. */
export interface CommentThread {
  /** Creates the comment and returns its id. */
  create(body: string): Promise<string>
  update(id: string, body: string): Promise<void>
}

export interface ProgressFinish {
  status: RunStatus
  message: string
  prUrl?: string
}

/**
 * One comment where the request was made, updated in place: started, each stage, then the outcome with
 * the PR and run links. A comment that cannot be posted never fails the run; it is logged once.
 */
export class ProgressComment {
  private id?: Promise<string | undefined>
  private readonly startedAt: number
  private warned = false

  constructor(
    private readonly thread: CommentThread,
    private readonly context: { ticketKey: string; runUrl?: string },
    private readonly log: Log,
    private readonly redact: Redactor,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now()
  }

  async stage(name: string): Promise<void> {
    await this.write(
      `🤖 Autopilot is working on ${untrusted(this.context.ticketKey)}: **${name}**…${this.runLink()}`,
    )
  }

  async finish(outcome: ProgressFinish): Promise<void> {
    const seconds = Math.round((this.now() - this.startedAt) / 1000)
    const took = seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`
    const lines = [
      `${statusHeadline(outcome.status)} — ${untrusted(this.context.ticketKey)}`,
      '',
      untrusted(outcome.message),
      ...(outcome.prUrl ? ['', `Pull request: ${outcome.prUrl}`] : []),
      '',
      `Took ${took}.${this.runLink()}`,
    ]
    await this.write(lines.join('\n'))
  }

  private runLink(): string {
    return this.context.runUrl ? ` [Workflow run](${this.context.runUrl})` : ''
  }

  private async write(text: string): Promise<void> {
    const body = this.redact(text)
    try {
      if (!this.id) {
        this.id = this.thread.create(body).catch((error: unknown) => {
          this.id = undefined
          throw error
        })
        await this.id
        return
      }
      const id = await this.id
      if (id) await this.thread.update(id, body)
    } catch (error) {
      if (!this.warned) this.log.warn(`Could not update the progress comment: ${this.redact(String(error))}`)
      this.warned = true
    }
  }
}

/** A Log that also moves the progress comment to each stage as its group starts. */
export class ProgressLog implements Log {
  constructor(
    private readonly inner: Log,
    private readonly progress: ProgressComment,
  ) {}

  info(message: string): void {
    this.inner.info(message)
  }
  warn(message: string): void {
    this.inner.warn(message)
  }
  error(message: string): void {
    this.inner.error(message)
  }
  debug(message: string): void {
    this.inner.debug(message)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    await this.progress.stage(name)
    return this.inner.group(name, fn)
  }
}
