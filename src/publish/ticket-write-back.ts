/** The pull request as the ticket links it. */
export interface PullRequestLink {
  url: string
  number: number
  title: string
  /** Stable for the ticket's branch in this repository: a second run updates the link, never adds one. */
  globalId: string
  draft: boolean
}

/** One transition the ticket's workflow offers from its current status. */
export interface TicketTransition {
  id: string
  name: string
  /** The status it leads to. */
  to: string
}

export type TransitionOutcome =
  | { kind: 'moved'; transition: string; to: string }
  | { kind: 'already'; status: string }
  | { kind: 'missing'; available: string[] }

/** Writes the pull request back to the ticket it came from (Jira Cloud or Data Center). */
export interface TicketWriteBack {
  /** Adds the pull request to the ticket as a remote link, or updates the one with the same `globalId`. */
  linkPullRequest(link: PullRequestLink): Promise<void>
  /** Moves the ticket with the transition (or to the status) named `wanted`, when its workflow offers it. */
  transition(wanted: string): Promise<TransitionOutcome>
}

/**
 * Which transition `wanted` names: a transition of that name first, else one that leads to a status of that
 * name (case and spacing ignored), so `In Review` finds "Send to review → In Review" too.
 */
export function chooseTransition(
  transitions: readonly TicketTransition[],
  wanted: string,
  currentStatus: string | undefined,
): TicketTransition | Exclude<TransitionOutcome, { kind: 'moved' }> {
  const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()
  const target = norm(wanted)
  if (currentStatus !== undefined && norm(currentStatus) === target)
    return { kind: 'already', status: currentStatus }
  const found =
    transitions.find((transition) => norm(transition.name) === target) ??
    transitions.find((transition) => norm(transition.to) === target)
  if (found) return found
  return {
    kind: 'missing',
    available: transitions.map((transition) => `${transition.name} → ${transition.to}`),
  }
}

/** Jira's remote-link body for the pull request (a GitLab merge request too), the same on Cloud and Data Center. */
export function remoteLinkBody(link: PullRequestLink) {
  const gitlab = /\/-\/merge_requests\/\d+/.test(link.url)
  const origin = URL.canParse(link.url) ? new URL(link.url).origin : 'https://github.com'
  const what = gitlab ? 'Merge request' : 'Pull request'
  return {
    globalId: link.globalId,
    application: gitlab ? { type: 'com.gitlab', name: 'GitLab' } : { type: 'com.github', name: 'GitHub' },
    relationship: gitlab ? 'merge request' : 'pull request',
    object: {
      url: link.url,
      title: `${gitlab ? `MR !${link.number}` : `PR #${link.number}`}: ${link.title}`.slice(0, 255),
      summary: `${link.draft ? `Draft ${what.toLowerCase()}` : what} opened by Autopilot`,
      icon: { url16x16: `${origin}/favicon.ico`, title: gitlab ? 'GitLab' : 'GitHub' },
      status: { resolved: false },
    },
  }
}
