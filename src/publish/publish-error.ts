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
export class PublishError extends Error {
  constructor(
    readonly kind: PublishErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'PublishError'
  }
}
