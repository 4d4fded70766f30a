import { afterEach, describe, expect, it } from '@jest/globals'
import { createCloudClient, isNotFoundError } from 'jira.js'
import { startJiraServer, referenceJiraIssue, type FakeJira } from '../fakes/jira-server.js'

let jira: FakeJira | undefined

afterEach(async () => {
  await jira?.close()
  jira = undefined
})

const client = (server: FakeJira) =>
  createCloudClient({
    host: server.url,
    auth: { type: 'basic', email: 'ana@acme.test', apiToken: 't' },
    onSchemaMismatch: 'throw',
  })

function issueNumbered(n: number, labels: string[]) {
  const issue = referenceJiraIssue()
  issue.fields['labels'] = labels
  return { ...issue, id: String(20_000 + n), key: `DATA-${n}` }
}

describe('fake Jira Cloud (driven by jira.js with strict schema checks)', () => {
  it('serves only the requested fields, null for missing ones, names on expand, and self URLs on itself', async () => {
    jira = await startJiraServer()
    const issue = await client(jira).issues.getIssue({
      issueIdOrKey: 'data-123',
      fields: ['summary', 'resolution'],
      expand: 'names',
    })
    expect(issue.fields).toEqual({
      summary: 'Add lifetime order count to the customers mart',
      resolution: null,
    })
    expect(issue.names).toEqual({ summary: 'Summary', resolution: 'Resolution' })
    expect(issue.self?.startsWith(jira.url)).toBe(true)
    expect(jira.requests[0]?.query['fields']).toEqual(['summary', 'resolution'])
  })

  it('pages JQL search with nextPageToken and isLast, filtering by labels', async () => {
    jira = await startJiraServer({
      issues: Object.fromEntries(
        [1, 2, 3, 4].map((n) => [`DATA-${n}`, issueNumbered(n, n === 3 ? ['other'] : ['autopilot'])]),
      ),
    })
    const api = client(jira)
    const first = await api.issueSearch.searchAndReconsileIssuesUsingJql({
      jql: 'project = DATA AND labels = autopilot ORDER BY created DESC',
      maxResults: 2,
      fields: ['summary'],
    })
    expect(first.issues?.map((issue) => issue.key)).toEqual(['DATA-1', 'DATA-2'])
    expect(first.isLast).toBe(false)
    const second = await api.issueSearch.searchAndReconsileIssuesUsingJqlPost({
      jql: 'project = DATA AND labels = autopilot',
      maxResults: 2,
      nextPageToken: first.nextPageToken ?? undefined,
    })
    expect(second.issues).toEqual([{ id: '20004' }])
    expect(second.isLast).toBe(true)
  })

  it('answers 410 on the removed /rest/api/3/search and 400 on JQL it does not understand', async () => {
    jira = await startJiraServer()
    const old = await fetch(`${jira.url}/rest/api/3/search?jql=`)
    expect(old.status).toBe(410)
    const bad = await fetch(
      `${jira.url}/rest/api/3/search/jql?jql=${encodeURIComponent('assignee was currentUser()')}`,
    )
    expect(bad.status).toBe(400)
  })

  it('records comments, performs transitions and updates remote links by globalId', async () => {
    jira = await startJiraServer()
    const api = client(jira)
    const body = {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'PR opened' }] }],
    }
    const comment = await api.issueComments.addComment({ issueIdOrKey: 'DATA-123', body })
    expect(comment.self?.startsWith(jira.url)).toBe(true)
    expect(jira.comments['DATA-123']?.[0]?.body).toEqual(body)

    const { transitions } = await api.issues.getTransitions({ issueIdOrKey: 'DATA-123' })
    const review = transitions?.find((t) => t.name === 'In Review')
    await api.issues.doTransition({ issueIdOrKey: 'DATA-123', transition: { id: review?.id } })
    expect(jira.issues['DATA-123']?.fields['status']).toMatchObject({ name: 'In Review' })

    const link = {
      globalId: 'autopilot:DATA-123',
      object: { url: 'https://github.com/acme/a/pull/1', title: 'PR #1' },
    }
    const created = await api.issueRemoteLinks.createOrUpdateRemoteIssueLink({
      issueIdOrKey: 'DATA-123',
      ...link,
    })
    const updated = await api.issueRemoteLinks.createOrUpdateRemoteIssueLink({
      issueIdOrKey: 'DATA-123',
      ...link,
      object: { ...link.object, title: 'PR #1 (updated)' },
    })
    expect(updated.id).toBe(created.id)
    expect(jira.remoteLinks['DATA-123']).toHaveLength(1)
    expect(jira.remoteLinks['DATA-123']?.[0]?.object.title).toBe('PR #1 (updated)')
  })

  it('returns injected failures once, then behaves normally', async () => {
    jira = await startJiraServer()
    jira.failures.push({ path: '/rest/api/3/issue/DATA-123', status: 404 })
    const api = client(jira)
    const error = await api.issues.getIssue({ issueIdOrKey: 'DATA-123' }).catch((caught: unknown) => caught)
    expect(isNotFoundError(error)).toBe(true)
    await expect(api.issues.getIssue({ issueIdOrKey: 'DATA-123' })).resolves.toMatchObject({
      key: 'DATA-123',
    })
  })
})
