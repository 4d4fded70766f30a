import { afterEach, describe, expect, it } from '@jest/globals'
import { JiraDataCenterBacklogSource } from '../../../src/adapters/jira/jira-dc-backlog-source.js'
import { JiraDataCenterCommentThread } from '../../../src/adapters/jira/jira-dc-comment-thread.js'
import { JiraDataCenterSource } from '../../../src/adapters/jira/jira-dc-source.js'
import { detectJiraDeployment } from '../../../src/adapters/jira/jira-deployment.js'
import { JiraRestV2Client } from '../../../src/adapters/jira/jira-rest-v2-client.js'
import { createTicketSource, openBacklog } from '../../../src/run/compose.js'
import { defaultInputs, parseSettings } from '../../../src/config/settings.js'
import { parseBacklogQuery } from '../../../src/backlog/backlog-query.js'
import { MemoryLog } from '../../../src/shared/log.js'
import { TicketError } from '../../../src/tickets/ticket.js'
import { BacklogError } from '../../../src/backlog/backlog-item.js'
import { dcIssue, startJiraDcServer, type FakeJiraDc } from '../../fakes/jira-dc-server.js'
import { startJiraServer } from '../../fakes/jira-server.js'

const DESCRIPTION = [
  'h2. Why',
  'The *finance* team needs {{net_revenue}} per order, see [the KPI sheet|https://wiki.acme.local/kpi].',
  '',
  '# add the column to {{fct_orders}}',
  '# test it _not null_',
  '',
  '{code:sql}',
  'select order_id, gross - refunds as net_revenue from orders',
  '{code}',
].join('\n')

let servers: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()))
  servers = []
})

async function dataCenter(options: Parameters<typeof startJiraDcServer>[0] = {}): Promise<FakeJiraDc> {
  const server = await startJiraDcServer({
    issues: {
      'OPS-7': dcIssue(
        'OPS-7',
        {
          summary: 'Net revenue on orders',
          description: DESCRIPTION,
          labels: ['dbt'],
          components: [{ name: 'analytics' }],
          customfield_10200: '* matches the ledger to the cent',
        },
        { customfield_10200: 'Acceptance Criteria' },
      ),
    },
    ...options,
  })
  servers.push(server)
  return server
}

const client = (server: FakeJiraDc, token = 'dc-pat') =>
  new JiraRestV2Client({ host: server.url, auth: { type: 'bearer', token }, retry: { baseMs: 1 } })

describe('Jira Data Center ticket source', () => {
  it('finds a Data Center site by its serverInfo and reads the ticket as markdown with the PAT', async () => {
    const server = await dataCenter({ contextPath: '/jira' })
    const source = createTicketSource({
      ticket: { key: 'OPS-7', source: 'auto' },
      jira: { url: server.url, bearerToken: 'dc-pat' },
    })
    const ticket = await source.fetch('OPS-7')
    expect(ticket).toMatchObject({
      key: 'OPS-7',
      source: 'jira',
      title: 'Net revenue on orders',
      labels: ['dbt'],
      url: `${server.url}/browse/OPS-7`,
      updated: '2026-11-30T10:15:00.000Z',
      fields: {
        Priority: 'Major',
        Status: 'Open',
        Components: 'analytics',
        'Acceptance Criteria': '- matches the ledger to the cent',
      },
    })
    expect(ticket).toHaveProperty(
      'body',
      [
        '## Why',
        '',
        'The **finance** team needs `net_revenue` per order, see [the KPI sheet](https://wiki.acme.local/kpi).',
        '',
        '1. add the column to `fct_orders`',
        '1. test it *not null*',
        '',
        '```sql',
        'select order_id, gross - refunds as net_revenue from orders',
        '```',
      ].join('\n'),
    )
    const read = server.requests.find((request) => request.path === '/jira/rest/api/2/issue/OPS-7')
    expect(read?.headers['authorization']).toBe('Bearer dc-pat')
    expect(read?.query['expand']).toEqual(['names'])
    expect(server.requests.some((request) => request.path.includes('/rest/api/3/'))).toBe(false)
  })

  it('tells Data Center from Cloud, and trusts Atlassian domains without asking', async () => {
    const dc = await dataCenter()
    const cloud = await startJiraServer()
    servers.push(cloud)
    const auth = { type: 'bearer' as const, token: 'dc-pat' }
    expect(await detectJiraDeployment(dc.url, auth)).toBe('data-center')
    expect(await detectJiraDeployment(cloud.url, auth)).toBe('cloud')
    expect(await detectJiraDeployment('https://acme.atlassian.net', auth)).toBe('cloud')
  })

  it('says what to do about a rejected token, a missing issue and a bad key', async () => {
    const server = await dataCenter()
    const rejected = await new JiraDataCenterSource(client(server, 'expired'))
      .fetch('OPS-7')
      .catch((e: unknown) => e)
    expect(rejected).toBeInstanceOf(TicketError)
    expect(rejected).toMatchObject({ kind: 'unauthorized' })
    expect((rejected as Error).message).toMatch(/`jira-bearer-token`.*personal access token/)
    const missing = await new JiraDataCenterSource(client(server)).fetch('OPS-99').catch((e: unknown) => e)
    expect(missing).toMatchObject({ kind: 'not-found' })
    expect((missing as Error).message).toMatch(/OPS-99.*Issue Does Not Exist/)
    await expect(new JiraDataCenterSource(client(server)).fetch('not a key')).rejects.toMatchObject({
      kind: 'invalid',
    })
  })

  it('retries a 429 after its Retry-After and a 503, then reads the ticket', async () => {
    const server = await dataCenter()
    server.failures.push(
      { path: '/rest/api/2/issue/OPS-7', status: 429, headers: { 'Retry-After': '0' } },
      { path: '/rest/api/2/issue/OPS-7', status: 503 },
    )
    const ticket = await new JiraDataCenterSource(client(server)).fetch('OPS-7')
    expect(ticket.title).toBe('Net revenue on orders')
    expect(server.requests.filter((request) => request.path === '/rest/api/2/issue/OPS-7')).toHaveLength(3)
  })

  it('gives up at once when Jira asks for a longer wait than allowed, and says how long', async () => {
    const server = await dataCenter()
    server.failures.push({ path: '/rest/api/2/issue/OPS-7', status: 429, headers: { 'Retry-After': '600' } })
    const error = await new JiraDataCenterSource(client(server)).fetch('OPS-7').catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 600_000 })
    expect((error as Error).message).toContain('asks to wait 600 s')
    expect(server.requests).toHaveLength(1)
  })

  it('reports a server that keeps failing with the retries it made', async () => {
    const server = await dataCenter()
    for (let i = 0; i < 4; i++) server.failures.push({ path: '/rest/api/2/issue/OPS-7', status: 502 })
    const error = await new JiraDataCenterSource(client(server)).fetch('OPS-7').catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'unavailable' })
    expect((error as Error).message).toMatch(/HTTP 502.*after 3 retries/)
  })
})

describe('Jira Data Center backlog', () => {
  it('pages /rest/api/2/search by startAt until total, following the server page cap', async () => {
    const issues = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [
        `OPS-${i + 1}`,
        dcIssue(`OPS-${i + 1}`, { labels: ['autopilot'] }),
      ]),
    )
    const server = await startJiraDcServer({ issues, maxPageSize: 3 })
    servers.push(server)
    const items = await new JiraDataCenterBacklogSource(client(server), { pageSize: 50 }).list(
      'labels = autopilot ORDER BY created',
    )
    expect(items.map((item) => item.key)).toEqual([
      'OPS-1',
      'OPS-2',
      'OPS-3',
      'OPS-4',
      'OPS-5',
      'OPS-6',
      'OPS-7',
    ])
    expect(items[0]).toMatchObject({
      priority: 'Medium',
      createdAt: '2026-11-20T09:00:00.000Z',
      labels: ['autopilot'],
    })
    const searches = server.requests.filter((request) => request.path === '/rest/api/2/search')
    expect(searches.map((request) => request.query['startAt']?.[0])).toEqual(['0', '3', '6'])
  })

  it('is what a JQL backlog-query reads when the site is Data Center', async () => {
    const server = await startJiraDcServer({
      issues: { 'OPS-1': dcIssue('OPS-1', { labels: ['autopilot'] }), 'OPS-2': dcIssue('OPS-2', {}) },
    })
    servers.push(server)
    const settings = parseSettings({
      ...defaultInputs(),
      mode: 'plan-backlog',
      'jira-url': server.url,
      'jira-bearer-token': 'dc-pat',
      'backlog-query': 'jql:labels = autopilot',
      'github-token': 'ghs_unused',
    })
    // The open pull requests are GitHub's: built, never called here.
    const environment = {
      serverUrl: 'https://github.com',
      apiUrl: 'http://127.0.0.1:9',
      repository: { owner: 'acme', repo: 'analytics' },
    }
    const { source } = openBacklog(
      parseBacklogQuery('jql:labels = autopilot'),
      settings,
      environment,
      new MemoryLog(),
    )
    expect((await source.list('labels = autopilot')).map((item) => item.key)).toEqual(['OPS-1'])
    expect(server.requests.map((request) => request.path)).toEqual([
      '/rest/api/2/serverInfo',
      '/rest/api/2/search',
    ])
  })

  it('names the JQL Jira refused', async () => {
    const server = await dataCenter()
    const error = await new JiraDataCenterBacklogSource(client(server))
      .list('sprint in openSprints()')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BacklogError)
    expect((error as Error).message).toMatch(
      /refused the backlog JQL `sprint in openSprints\(\)`.*Fix `backlog-query`/,
    )
  })
})

describe('Jira Data Center comments', () => {
  it('posts and edits the progress comment as wiki markup and reads the thread back as markdown', async () => {
    const server = await dataCenter()
    const thread = new JiraDataCenterCommentThread(client(server), 'OPS-7')
    const id = await thread.create('🤖 Autopilot is working on OPS-7: **Validate**…')
    await thread.update(
      id,
      '✅ Pull request opened — OPS-7\n\nPull request: https://github.com/acme/analytics/pull/3',
    )
    expect(server.comments['OPS-7']).toHaveLength(1)
    expect(server.comments['OPS-7']?.[0]?.body).toBe(
      '✅ Pull request opened — OPS\\-7\n\nPull request: https://github.com/acme/analytics/pull/3',
    )
    server.comments['OPS-7']?.push({
      id: '9',
      body: 'Use *EUR*, see {{fx_rates}}',
      created: '2026-12-01T08:00:00.000+0100',
      author: 'ana.data',
    })
    const comments = await thread.list()
    expect(comments.map((comment) => comment.author)).toEqual(['JIRAUSER10500', 'JIRAUSER-ana.data'])
    expect(comments[1]).toMatchObject({
      body: 'Use **EUR**, see `fx_rates`',
      createdAt: '2026-12-01T07:00:00.000Z',
    })
  })

  it('does not retry a comment POST that failed on the server, so it is never posted twice', async () => {
    const server = await dataCenter()
    server.failures.push({ path: '/rest/api/2/issue/OPS-7/comment', method: 'POST', status: 500 })
    const thread = new JiraDataCenterCommentThread(client(server), 'OPS-7')
    await expect(thread.create('hello')).rejects.toThrow(/HTTP 500/)
    expect(server.requests.filter((request) => request.method === 'POST')).toHaveLength(1)
  })
})
