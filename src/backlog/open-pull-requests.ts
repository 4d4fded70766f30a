/** Head branches of this repository's open pull requests (forks' branches cannot be Autopilot's). */
export interface OpenPullRequests {
  listOpenHeads(): Promise<string[]>
}
