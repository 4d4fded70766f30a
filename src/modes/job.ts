import type { Settings } from '../config/settings.js'
import type { RunEnvironment } from '../config/run-environment.js'
import type { HistoryStore } from '../history/history-store.js'
import type { CommentThread } from '../report/progress-comment.js'
import type { TicketThread } from '../report/question-comment.js'
import type { RunTicketOptions, TicketRun } from '../run/run-ticket.js'
import type { Log } from '../shared/log.js'
import type { RunStatus } from '../shared/run-status.js'
import type { PullRequestReader } from '../triggers/pull-request-reader.js'
import type { PullRequestReviews } from '../triggers/review-comments.js'
import type { RepositoryAccess } from '../triggers/authorize.js'
import type { BacklogAdapters } from '../run/compose.js'
import type { BacklogQuery } from '../backlog/backlog-query.js'
import type { Notifier } from '../notify/notifier.js'

export interface JobStatus {
  status: RunStatus
  message: string
}

/** Where a job's results go: the Actions runner (outputs, summary, annotations, artifact) or a terminal. */
export interface JobShell {
  /** Everything one ticket's run reports: outputs, annotations, the audit artifact, the summary. */
  reportTicketRun(run: TicketRun, settings: Settings): Promise<void>
  /** A run that did nothing: the status output and a short summary. */
  reportSkip(status: RunStatus, message: string): Promise<void>
  setOutputs(outputs: Record<string, string | number>): void
  writeSummary(markdown: string): Promise<void>
}

/** What every mode receives: the settings, where it runs, and the adapters it may need. */
export interface Job {
  settings: Settings
  environment: RunEnvironment
  repoDir: string
  log: Log
  shell: JobShell
  /** The repository's pull requests and permissions; absent without GitHub access. */
  repository?: PullRequestReader & RepositoryAccess
  /** Review comments on pull requests, for revisions; absent without GitHub access. */
  reviews?: PullRequestReviews
  history?: HistoryStore
  /** Where the backlog digest is posted (each ticket's run opens its own from the settings). */
  notifiers?: readonly Notifier[]
  /** Where a ticket's progress comment goes; undefined for nowhere. */
  progressThread(settings: Settings, issueNumber: number | undefined): CommentThread | undefined
  /** The ticket's own thread: where a clarifying question goes and its answer is read; absent for none. */
  ticketThread?(settings: Settings): TicketThread | undefined
  /** The backlog tracker and open pull requests for a backlog query. */
  openBacklog(query: BacklogQuery): BacklogAdapters
  /** Runs one ticket (the pipeline and its audit bundle); the demo passes its scripted model here. */
  runTicket(options: RunTicketOptions): Promise<TicketRun>
}
