import { afterEach, describe, expect, it } from '@jest/globals'
import { BacklogError } from '../../../src/backlog/backlog-item.js'
import { JiraBacklogSource } from '../../../src/adapters/jira/jira-backlog-source.js'
import { MemoryLog } from '../../../src/shared/log.js'
import { startJiraServer, type FakeJira } from '../../fakes/jira-server.js'
import { jiraIssue } from '../../backlog/fixtures.js'

let jira: FakeJira | undefined
afterEach(async () => {
  await jira?.close()
  jira = undefined
})

const auth = { email: 'ana@acme.test', token: 'api-token-1' }

function source(server: FakeJira, options: { pageSize?: number; maxPages?: number; log?: MemoryLog } = {}) {
  return new JiraBacklogSource({
    host: server.url,
    auth: { type: 'basic', email: auth.email, apiToken: auth.token },
    onSchemaMismatch: 'throw',
    ...options,
  })
}

const seven = Object.fromEntries(
  [1, 2, 3, 4, 5, 6, 7].map((n) => [
    `DATA-${n}`,
    jiraIssue(`DATA-${n}`, { labels: n === 7 ? ['other'] : ['autopilot'] }),
  ]),
)

describe('JiraBacklogSource', () => {
  it('follows nextPageToken through every page with real jira.js', async () => {
    jira = await startJiraServer({ auth, issues: seven })
    const items = await source(jira, { pageSize: 2 }).list('project = DATA AND labels = autopilot')

    expect(items.map((i) => i.key)).toEqual(['DATA-1', 'DATA-2', 'DATA-3', 'DATA-4', 'DATA-5', 'DATA-6'])
    const searches = jira.requests.filter((r) => r.path === '/rest/api/3/search/jql')
    expect(searches).toHaveLength(3)
    expect(searches[0]?.query['nextPageToken']).toBeUndefined()
    expect(searches[1]?.query['nextPageToken']).toHaveLength(1)
    expect(searches.map((r) => r.query['maxResults'])).toEqual([['2'], ['2'], ['2']])
    expect(searches[0]?.query['jql']).toEqual(['project = DATA AND labels = autopilot'])
  })

  it('maps priority, timestamps (Jira offsets to UTC), labels and title', async () => {
    jira = await startJiraServer({
      auth,
      issues: {
        'DATA-9': jiraIssue('DATA-9', {
          priority: 'Blocker',
          created: '2026-11-20T09:12:44.000+0100',
          updated: '2026-11-22T16:03:10.000+0100',
          labels: ['autopilot', 'dbt'],
          summary: 'Add lifetime orders',
        }),
        'DATA-10': jiraIssue('DATA-10', { priority: null }),
      },
    })
    const items = await source(jira).list('project = DATA')
    expect(items).toEqual([
      {
        key: 'DATA-9',
        title: 'Add lifetime orders',
        priority: 'Highest',
        createdAt: '2026-11-20T08:12:44.000Z',
        updatedAt: '2026-11-22T15:03:10.000Z',
        labels: ['autopilot', 'dbt'],
      },
      expect.objectContaining({ key: 'DATA-10', priority: 'Medium' }),
    ])
  })

  it('stops at maxPages with a warning instead of reading an unbounded backlog', async () => {
    jira = await startJiraServer({ auth, issues: seven })
    const log = new MemoryLog()
    const items = await source(jira, { pageSize: 2, maxPages: 2, log }).list('project = DATA')
    expect(items).toHaveLength(4)
    expect(jira.requests.filter((r) => r.path === '/rest/api/3/search/jql')).toHaveLength(2)
    expect(log.lines.join('\n')).toMatch(/first 2 pages/)
  })

  it('explains a JQL Jira refuses and bad credentials', async () => {
    jira = await startJiraServer({ auth, issues: seven })
    await expect(source(jira).list('fixVersion = 1.0')).rejects.toThrow(
      /refused the backlog JQL .*Fix `backlog-query`/,
    )
    const wrong = new JiraBacklogSource({
      host: jira.url,
      auth: { type: 'basic', email: auth.email, apiToken: 'wrong' },
    })
    const error = await wrong.list('project = DATA').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BacklogError)
    expect(String(error)).toMatch(/HTTP 401.*jira-api-token/)
  })
})
