/** Who caused the event. `bot` is GitHub's `sender.type === 'Bot'` or a login ending in `[bot]`. */
export interface Actor {
  login: string
  bot: boolean
}

/** Where progress and replies go: the issue or pull request the request came from, and the comment. */
export interface RequestOrigin {
  issueNumber?: number
  commentId?: number
}

/** Work on a ticket: a Jira key (`DATA-123`) or a GitHub issue of this repository (`#42`). */
export interface RunRequest {
  kind: 'run'
  /** The event that started the run (`workflow_dispatch`, `issues`, `issue_comment`, `schedule`, …). */
  event: string
  ticket: string
  /** Extra instruction from the trigger comment. Untrusted text: sanitize it before the model sees it. */
  instruction?: string
  /** Absent when the payload names no sender (a hand-made event file). */
  actor?: Actor
  origin: RequestOrigin
  /**
   * A comment on the issue without the trigger phrase: it resumes work only when it answers Autopilot's
   * open question there (checked against the thread); otherwise the run is skipped as not triggered.
   */
  reply?: true
}

/**
 * A `/autopilot …` comment on a pull request. The comment payload lacks the PR's branch, so this is
 * resolved into a `Revision` by `resolveRevision`, which also refuses pull requests Autopilot did not open.
 */
export interface ReviseRequest {
  kind: 'revise'
  event: 'issue_comment'
  prNumber: number
  /** The comment after the trigger phrase; may be empty. Untrusted text: sanitize it. */
  instruction: string
  actor: Actor
  commentId: number
}

/** A nightly (or otherwise scheduled) walk through the backlog. */
export interface PlanBacklogRequest {
  kind: 'plan-backlog'
  event: string
  /** The cron line GitHub reports, when it does. */
  schedule?: string
}

export type SkipReason =
  | 'unsupported-event'
  | 'not-triggered'
  | 'edited-comment'
  | 'unauthorized'
  | 'not-autopilot-pr'
  | 'pull-request-closed'

/** Nothing to do; the run ends with `status=skipped:<reason>` and `message` in the log and summary. */
export interface SkipRequest {
  kind: 'skip'
  reason: SkipReason
  message: string
}

export type Request = RunRequest | ReviseRequest | PlanBacklogRequest | SkipRequest

export interface TriggerConfig {
  /** The action's `ticket` input; when set it names the ticket for dispatch, calls and scheduled fan-out. */
  ticketInput?: string
  /** Label that starts a run when an issue is opened with it or labelled with it. */
  triggerLabel: string
  /** Phrase a comment must start with. Case-sensitive. */
  triggerPhrase: string
  /** Prefix of Autopilot's branches; `resolveRevision` only revises pull requests from such a branch. */
  branchPrefix: string
}

export const DEFAULT_TRIGGER_LABEL = 'autopilot'
export const DEFAULT_TRIGGER_PHRASE = '/autopilot'

export function skip(reason: SkipReason, message: string): SkipRequest {
  return { kind: 'skip', reason, message }
}

/** The run status a skipped request ends in. */
export function skipStatus(request: SkipRequest): `skipped:${SkipReason}` {
  return `skipped:${request.reason}`
}
