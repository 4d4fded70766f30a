/** Comments on an issue or pull request of the repository (a pull request is an issue here). */
export interface IssueComments {
  create(issueNumber: number, body: string): Promise<{ id: number; url: string }>
  update(commentId: number, body: string): Promise<void>
  /** Every comment on the issue, oldest first. */
  list(issueNumber: number): Promise<IssueComment[]>
}

export interface IssueComment {
  id: number
  login: string
  bot: boolean
  body: string
  createdAt: string
}
