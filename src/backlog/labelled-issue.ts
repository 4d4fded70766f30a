import { isoTime, normalizePriority, priorityRank, type BacklogItem, type Priority } from './backlog-item.js'

/** A code host's issue as its API lists it: numbered within the repository, labels for priority. */
export interface LabelledIssue {
  number: number
  title: string
  createdAt: string
  updatedAt: string
  labels: readonly string[]
}

/**
 * The priority a code host's issue carries in a label: `priority:high`, `priority: Low`, `priority/blocker`,
 * or GitLab's scoped `priority::high`; the most urgent wins, and none means Medium.
 */
export function priorityFromLabels(labels: readonly string[]): Priority {
  const levels = labels
    .map((label) => /^priority\s*(?:::|[:/-])\s*(\w+)$/i.exec(label.trim())?.[1])
    .filter((level): level is string => level !== undefined)
    .map((level) => normalizePriority(level))
  return levels.sort((a, b) => priorityRank(a) - priorityRank(b))[0] ?? 'Medium'
}

/** A GitHub or GitLab issue as a backlog item, keyed `#<number>`. */
export function labelledIssueItem(issue: LabelledIssue): BacklogItem {
  const createdAt = isoTime(issue.createdAt) ?? issue.createdAt
  return {
    key: `#${issue.number}`,
    title: issue.title,
    priority: priorityFromLabels(issue.labels),
    createdAt,
    updatedAt: isoTime(issue.updatedAt) ?? createdAt,
    labels: [...issue.labels],
  }
}
