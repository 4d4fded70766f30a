/** A file of the change as the API commit records it: its bytes and mode, or its removal. */
export type ApiFileChange =
  { path: string; mode: '100644' | '100755' | '120000'; content: Buffer } | { path: string; deleted: true }

export interface ApiCommitRequest {
  /** The commit the change is built on; it must exist on the code host. */
  baseSha: string
  /** The base commit's tree: the API tree is the base tree with `files` applied. */
  baseTree: string
  branch: string
  message: string
  files: ApiFileChange[]
  /** The branch head this run saw; undefined when the branch is to be created. */
  previousSha?: string
  /** Move the branch even though the new commit does not descend from `previousSha`. */
  force: boolean
}

export interface ApiCommit {
  sha: string
  /** Whether the code host reports the commit's signature as verified, and its reason (`valid`, `unsigned`…). */
  verified: boolean
  reason: string
}

/**
 * Creates commits on the code host itself (GitHub's Git Data API), which signs them as the token's
 * identity: what a branch protection that requires signed commits accepts. Errors are `PublishError`s;
 * a branch that moved since `previousSha` (or appeared, for a new one) is `branch-moved`.
 */
export interface CommitApi {
  createCommit(request: ApiCommitRequest): Promise<ApiCommit>
}
