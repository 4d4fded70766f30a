import { AutopilotError } from '../shared/autopilot-error.js'
export type PublishErrorKind =
  | 'branch-moved'
  | 'push-rejected'
  | 'invalid-paths'
  | 'git-failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'invalid-request'
  | 'unavailable'

/** The branch or the pull request could not be published; `message` says what to do about it. */
export class PublishError extends AutopilotError {
  /** The change that could not be pushed, so the caller can keep it in the audit bundle. */
  patch?: string

  constructor(
    readonly kind: PublishErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super('failed:publish', message)
  }
}
