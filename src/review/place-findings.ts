import type { FileDiff } from './diff-lines.js'
import type { ReviewFinding } from './review-finding.js'

/** A finding and where the PR shows it: a comment on its line, or the PR body when that line is not in the diff. */
export interface PlacedFinding extends ReviewFinding {
  placement: 'line' | 'body'
}

/**
 * Each finding at its line when the pull request's diff has that line (GitHub refuses a review whose
 * comment is elsewhere), else in the body. Paths are matched as the diff names them.
 */
export function placeFindings(
  findings: readonly ReviewFinding[],
  diffs: readonly FileDiff[],
): PlacedFinding[] {
  const byPath = new Map(diffs.map((diff) => [diff.path, diff.commentable]))
  return findings.map((finding) => ({
    ...finding,
    placement: finding.line !== undefined && byPath.get(finding.path)?.has(finding.line) ? 'line' : 'body',
  }))
}
