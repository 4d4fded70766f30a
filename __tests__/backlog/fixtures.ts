import { referenceJiraIssue, type JiraIssueJson } from '../fakes/jira-server.js'
import type { BacklogItem } from '../../src/backlog/backlog-item.js'

/** A backlog item with dull defaults; tests override what they are about. */
export function item(key: string, overrides: Partial<BacklogItem> = {}): BacklogItem {
  return {
    key,
    title: `Ticket ${key}`,
    priority: 'Medium',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    labels: ['autopilot'],
    ...overrides,
  }
}

/** The captured reference issue, re-keyed: the fake serves it exactly as Jira would. */
export function jiraIssue(
  key: string,
  fields: {
    priority?: string | null
    created?: string
    updated?: string
    labels?: string[]
    summary?: string
  },
): JiraIssueJson {
  const issue = referenceJiraIssue()
  const id = String(20_000 + Number(key.split('-')[1]))
  const priority = fields.priority === undefined ? 'Medium' : fields.priority
  return {
    ...issue,
    id,
    key,
    self: undefined,
    fields: {
      ...issue.fields,
      summary: fields.summary ?? `Work on ${key}`,
      priority: priority === null ? null : { ...(issue.fields['priority'] as object), name: priority },
      created: fields.created ?? '2026-11-01T09:00:00.000+0100',
      updated: fields.updated ?? '2026-11-01T09:00:00.000+0100',
      labels: fields.labels ?? ['autopilot'],
    },
  }
}
