import { afterEach, describe, expect, it } from '@jest/globals'
import { JiraCloudSource } from '../../../src/adapters/jira/jira-cloud-source.js'
import type { JiraAuth } from '../../../src/adapters/jira/jira-client.js'
import { TicketError } from '../../../src/tickets/ticket.js'
import { referenceJiraIssue, startJiraServer, type FakeJira } from '../../fakes/jira-server.js'

const basic = { email: 'ana@acme.test', token: 'api-token-1' }
let jira: FakeJira | undefined

afterEach(async () => {
  await jira?.close()
  jira = undefined
})

function source(server: FakeJira, auth: JiraAuth, sleeps: number[] = []) {
  return new JiraCloudSource({
    host: `${server.url}/`,
    auth,
    onSchemaMismatch: 'throw',
    sleep: async (ms) => {
      sleeps.push(ms)
    },
  })
}

const basicAuth: JiraAuth = { type: 'basic', email: basic.email, apiToken: basic.token }

async function failure(promise: Promise<unknown>): Promise<TicketError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof TicketError)) throw new Error(`expected a TicketError, got ${String(error)}`)
  return error
}

describe('JiraCloudSource', () => {
  it('maps the reference issue through jira.js with basic auth', async () => {
    jira = await startJiraServer({ auth: basic })
    const ticket = await source(jira, basicAuth).fetch('DATA-123')

    expect(ticket).toMatchObject({
      key: 'DATA-123',
      source: 'jira',
      title: 'Add lifetime order count to the customers mart',
      labels: ['dbt', 'autopilot'],
      url: `${jira.url}/browse/DATA-123`,
      updated: '2026-11-22T15:03:10.000Z',
      fields: { Priority: 'Medium', Type: 'Task', Status: 'To Do', Components: 'analytics-engineering' },
    })
    expect(ticket.body).toContain('### Context')
    expect(ticket.body).toContain('| lifetime_orders | integer |')

    const [request] = jira.requests
    expect(request?.path).toBe('/rest/api/3/issue/DATA-123')
    expect(request?.query['fields']).toEqual(
      expect.arrayContaining(['summary', 'description', 'labels', 'updated']),
    )
    expect(request?.query['expand']).toEqual(['names'])
    expect(request?.headers['authorization']).toBe(
      `Basic ${Buffer.from('ana@acme.test:api-token-1').toString('base64')}`,
    )
  })

  it('brings text and rich-text custom fields through by their display name', async () => {
    const issue = referenceJiraIssue()
    issue.fields['customfield_10051'] = {
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'no nulls' }] }],
            },
          ],
        },
      ],
    }
    issue.fields['customfield_10060'] = 'finance'
    issue.names = { ...issue.names, customfield_10060: 'Team' }
    jira = await startJiraServer({ issues: { 'DATA-123': issue }, auth: { bearer: 'pat-1' } })

    const ticket = await source(jira, { type: 'bearer', token: 'pat-1' }).fetch('DATA-123')

    expect(ticket.fields['Acceptance criteria']).toBe('- no nulls')
    expect(ticket.fields['Team']).toBe('finance')
    expect(ticket.fields).not.toHaveProperty('Story point estimate')
    expect(jira.requests[0]?.headers['authorization']).toBe('Bearer pat-1')
  })

  it('treats a null description and missing optional fields as empty', async () => {
    const issue = referenceJiraIssue()
    issue.fields['description'] = null
    delete issue.fields['components']
    delete issue.fields['labels']
    jira = await startJiraServer({ issues: { 'DATA-7': { ...issue, key: 'DATA-7', id: '10007' } } })

    const ticket = await source(jira, basicAuth).fetch('DATA-7')

    expect(ticket.body).toBe('')
    expect(ticket.labels).toEqual([])
    expect(ticket.fields).not.toHaveProperty('Components')
  })

  it('says the issue is missing or invisible to the account on 404', async () => {
    jira = await startJiraServer({ auth: basic })
    const error = await failure(source(jira, basicAuth).fetch('DATA-999'))
    expect(error.kind).toBe('not-found')
    expect(error.message).toBe(
      "Jira has no issue DATA-999, or the account in `jira-email` cannot see it: check the key and the account's Browse permission",
    )
  })

  it('names the credential inputs on 401', async () => {
    jira = await startJiraServer({ auth: basic })
    const wrong = await failure(source(jira, { ...basicAuth, apiToken: 'stale' }).fetch('DATA-123'))
    expect(wrong.kind).toBe('unauthorized')
    expect(wrong.message).toContain('`jira-email` and `jira-api-token`')

    const bearer = await failure(source(jira, { type: 'bearer', token: 'nope' }).fetch('DATA-123'))
    expect(bearer.message).toContain('`jira-bearer-token`')
  })

  it('reports 403 as forbidden and 5xx as unavailable', async () => {
    jira = await startJiraServer()
    jira.failures.push(
      { path: '/rest/api/3/issue/DATA-123', status: 403 },
      { path: '/rest/api/3/issue', status: 503 },
    )
    expect((await failure(source(jira, basicAuth).fetch('DATA-123'))).kind).toBe('forbidden')
    const down = await failure(source(jira, basicAuth).fetch('DATA-123'))
    expect(down.kind).toBe('unavailable')
    expect(down.message).toContain('HTTP 503')
  })

  it('reports an unreachable site as unavailable, naming `jira-url`', async () => {
    jira = await startJiraServer()
    const url = jira.url
    await jira.close()
    jira = undefined
    const error = await failure(new JiraCloudSource({ host: url, auth: basicAuth }).fetch('DATA-123'))
    expect(error.kind).toBe('unavailable')
    expect(error.message).toContain('`jira-url`')
  })

  it('retries a 429 after the Retry-After the server asked for, then succeeds', async () => {
    jira = await startJiraServer()
    jira.failures.push(
      { path: '/rest/api/3/issue/DATA-123', status: 429, headers: { 'Retry-After': '2' } },
      { path: '/rest/api/3/issue/DATA-123', status: 429, headers: { 'Retry-After': '5' } },
    )
    const sleeps: number[] = []
    const ticket = await source(jira, basicAuth, sleeps).fetch('DATA-123')
    expect(ticket.key).toBe('DATA-123')
    expect(sleeps).toEqual([2000, 5000])
    expect(jira.requests).toHaveLength(3)
  })

  it('gives up after three retries with rate-limited and the last Retry-After', async () => {
    jira = await startJiraServer()
    for (let i = 0; i < 5; i += 1) {
      jira.failures.push({ path: '/rest/api/3/issue/DATA-123', status: 429, headers: { 'Retry-After': '1' } })
    }
    const sleeps: number[] = []
    const error = await failure(source(jira, basicAuth, sleeps).fetch('DATA-123'))
    expect(error.kind).toBe('rate-limited')
    expect(error.retryAfterMs).toBe(1000)
    expect(error.message).toContain(
      'Jira rate-limited the request for DATA-123 after 3 retries and asks to wait 1 s',
    )
    expect(sleeps).toEqual([1000, 1000, 1000])
    expect(jira.requests).toHaveLength(4)
  })

  it('does not sleep through a Retry-After longer than the cap', async () => {
    jira = await startJiraServer()
    jira.failures.push({ path: '/rest/api/3/issue/DATA-123', status: 429, headers: { 'Retry-After': '600' } })
    const sleeps: number[] = []
    const error = await failure(source(jira, basicAuth, sleeps).fetch('DATA-123'))
    expect(error.kind).toBe('rate-limited')
    expect(error.retryAfterMs).toBe(600_000)
    expect(sleeps).toEqual([])
  })

  it('refuses something that is not an issue key before calling Jira', async () => {
    jira = await startJiraServer()
    const error = await failure(source(jira, basicAuth).fetch('../../admin'))
    expect(error.kind).toBe('invalid')
    expect(jira.requests).toHaveLength(0)
  })
})
