import { BacklogError } from './backlog-item.js'

/** The `backlog-query` input, resolved to the tracker that answers it. */
export type BacklogQuery = { tracker: 'jira'; jql: string } | { tracker: 'github'; labels: string[] }

const JQL_OPERATOR = /!=|[=~<>]|\b(?:in|not\s+in|is|is\s+not|was|changed|and|or|order\s+by)\b/i

/**
 * `jql:<JQL>` or a string that reads as JQL (`project = DATA AND labels = autopilot`) → Jira;
 * `label:<name>[,<name>…]` → GitHub issues carrying all those labels.
 */
export function parseBacklogQuery(input: string): BacklogQuery {
  const text = input.trim()
  const example = 'pass `jql:project = DATA AND labels = autopilot` or `label:autopilot`'
  if (text === '')
    throw new BacklogError(`Input \`backlog-query\` is required to plan the backlog: ${example}.`)
  const prefixed = /^(jql|label)\s*:\s*([\s\S]*)$/i.exec(text)
  if (prefixed) {
    const kind = (prefixed[1] ?? '').toLowerCase()
    const rest = (prefixed[2] ?? '').trim()
    if (rest === '')
      throw new BacklogError(`Input \`backlog-query\` has nothing after \`${kind}:\`: ${example}.`)
    if (kind === 'jql') return { tracker: 'jira', jql: rest }
    const labels = rest
      .split(',')
      .map((label) => label.trim().replace(/^["']|["']$/g, ''))
      .filter(Boolean)
    if (labels.length === 0) throw new BacklogError(`Input \`backlog-query\` names no label: ${example}.`)
    return { tracker: 'github', labels }
  }
  if (JQL_OPERATOR.test(text)) return { tracker: 'jira', jql: text }
  throw new BacklogError(`Input \`backlog-query\` '${text}' is neither JQL nor a label: ${example}.`)
}

/** The query text the tracker's `BacklogSource.list` takes. */
export function queryText(query: BacklogQuery): string {
  return query.tracker === 'jira' ? query.jql : query.labels.join(',')
}
