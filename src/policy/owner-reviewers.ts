import type { Owner } from '../project/owners.js'

export interface ReviewerRequest {
  /** GitHub logins, without `@`. */
  reviewers: string[]
  /** Team slugs (the part after `@org/`); GitHub requests them within the repository's organisation. */
  teamReviewers: string[]
  /** Owners GitHub cannot be asked for (e-mail addresses, free-text names): shown, not requested. */
  unrequestable: string[]
}

const LOGIN = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/
const TEAM = /^@([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9_.-]+)$/

/** Splits owners (`@user`, `@org/team`, anything else) into what a review request can carry. */
export function reviewersFromOwners(owners: readonly Owner[]): ReviewerRequest {
  const request: ReviewerRequest = { reviewers: [], teamReviewers: [], unrequestable: [] }
  for (const owner of owners) {
    const team = TEAM.exec(owner.name)
    const login = LOGIN.exec(owner.name)
    if (team?.[2]) addOnce(request.teamReviewers, team[2])
    else if (login?.[1]) addOnce(request.reviewers, login[1])
    else addOnce(request.unrequestable, owner.name)
  }
  return request
}

export function addOnce(list: string[], item: string): void {
  if (!list.some((existing) => existing.toLowerCase() === item.toLowerCase())) list.push(item)
}
