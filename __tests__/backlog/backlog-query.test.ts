import { describe, expect, it } from '@jest/globals'
import { BacklogError } from '../../src/backlog/backlog-item.js'
import { parseBacklogQuery, queryText } from '../../src/backlog/backlog-query.js'

describe('parseBacklogQuery', () => {
  it('reads a jql: prefix as Jira, keeping the JQL as written', () => {
    expect(parseBacklogQuery('jql: project = DATA ORDER BY created')).toEqual({
      tracker: 'jira',
      jql: 'project = DATA ORDER BY created',
    })
  })

  it('reads a string with JQL operators as Jira', () => {
    for (const jql of [
      'project = DATA AND labels = autopilot',
      'labels in (autopilot, dbt)',
      'summary ~ "orders"',
      'assignee is EMPTY',
    ]) {
      expect(parseBacklogQuery(jql)).toEqual({ tracker: 'jira', jql })
    }
  })

  it('reads label: as GitHub labels, several separated by commas', () => {
    expect(parseBacklogQuery('label:autopilot')).toEqual({ tracker: 'github', labels: ['autopilot'] })
    const query = parseBacklogQuery('label: autopilot, "good first"')
    expect(query).toEqual({ tracker: 'github', labels: ['autopilot', 'good first'] })
    expect(queryText(query)).toBe('autopilot,good first')
  })

  it('refuses an empty query, an empty prefix and a bare word, saying what to write', () => {
    for (const input of ['', '   ', 'jql:', 'label: ,', 'autopilot']) {
      expect(() => parseBacklogQuery(input)).toThrow(BacklogError)
    }
    expect(() => parseBacklogQuery('autopilot')).toThrow(/`label:autopilot`/)
  })
})
