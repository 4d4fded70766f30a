import { afterEach, describe, expect, it } from '@jest/globals'
import { TOO_DEEP_NOTE } from '../../src/adapters/jira/adf-to-markdown.js'
import { JiraCloudSource } from '../../src/adapters/jira/jira-cloud-source.js'
import { MAX_TICKET_BODY_BYTES } from '../../src/tickets/limit-body.js'
import {
  referenceJiraIssue,
  startJiraServer,
  type FakeJira,
  type JiraIssueJson,
} from '../fakes/jira-server.js'

let jira: FakeJira | undefined

afterEach(async () => {
  await jira?.close()
  jira = undefined
})

function issue(key: string, fields: Record<string, unknown>): JiraIssueJson {
  const reference = referenceJiraIssue()
  return {
    ...reference,
    id: String(20_000 + Number(key.split('-')[1])),
    key,
    self: undefined,
    fields: { ...reference.fields, ...fields },
  }
}

async function fetchFrom(issues: JiraIssueJson[], key: string) {
  jira = await startJiraServer({ issues: Object.fromEntries(issues.map((i) => [i.key, i])) })
  const source = new JiraCloudSource({
    host: jira.url,
    auth: { type: 'bearer', token: 'token-for-tests' },
    onSchemaMismatch: 'throw',
  })
  return { source, ticket: () => source.fetch(key) }
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

describe('hostile and broken Jira issues', () => {
  it('truncates a 1 MB description to the model budget with a visible note', async () => {
    const line = `${'row of a pasted data dump, '.repeat(36)}end`
    const content = Array.from({ length: 1000 }, (_, index) => paragraph(`${index} ${line}`))
    const { ticket } = await fetchFrom(
      [issue('DATA-1', { description: { type: 'doc', version: 1, content } })],
      'DATA-1',
    )
    // A pathological cost shows as jest's test timeout; no elapsed-time bound (it fails on a loaded machine).
    const result = await ticket()
    expect(Buffer.byteLength(result.body)).toBeGreaterThan(MAX_TICKET_BODY_BYTES * 0.9)
    expect(Buffer.byteLength(result.body)).toBeLessThan(MAX_TICKET_BODY_BYTES + 500)
    expect(result.body.startsWith(`0 ${line}`)).toBe(true)
    expect(result.body).toMatch(
      /\[Autopilot truncated this ticket body: showing the first \d+ KB of \d+ KB\./,
    )
    expect(result.title).toBe('Add lifetime order count to the customers mart')
  })

  it('keeps a description under the limit whole', async () => {
    const content = Array.from({ length: 50 }, (_, index) => paragraph(`line ${index}`))
    const { ticket } = await fetchFrom(
      [issue('DATA-2', { description: { type: 'doc', version: 1, content } })],
      'DATA-2',
    )
    const result = await ticket()
    expect(result.body).not.toContain('Autopilot truncated')
    expect(result.body.split('\n\n')).toHaveLength(50)
  })

  it('reads a description nested 10,000 levels deep through real jira.js, with a note where it stopped', async () => {
    const { source } = await fetchFrom([issue('DATA-3', { description: null })], 'DATA-3')
    // The fake cannot serialise 10k levels itself (JSON.stringify overflows), so the raw answer is injected.
    const depth = 10_000
    const description = `{"type":"doc","version":1,"content":[${'{"type":"blockquote","content":['.repeat(depth)}{"type":"text","text":"bottom"}${']}'.repeat(depth)}]}`
    const view = JSON.stringify({
      id: '20003',
      key: 'DATA-3',
      self: `${jira!.url}/rest/api/3/issue/20003`,
      fields: { summary: 'Deep', labels: [], description: '@DESCRIPTION@' },
    }).replace('"@DESCRIPTION@"', description)
    jira!.failures.push({
      path: '/rest/api/3/issue/DATA-3',
      status: 200,
      body: view,
      headers: { 'Content-Type': 'application/json;charset=UTF-8' },
    })
    const result = await source.fetch('DATA-3')
    expect(result.title).toBe('Deep')
    expect(result.body).toContain(TOO_DEEP_NOTE)
    expect(result.body).not.toContain('bottom')
  })

  it('renders unknown ADF nodes by their text and drops what is not text', async () => {
    const description = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'futureWidget', attrs: { layout: 'wide' }, content: [paragraph('inside a future node')] },
        { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'abc', type: 'file' } }] },
        {
          type: 'paragraph',
          content: [{ type: 'sparkle', text: 'leaf with text' }, { type: 42 }, 'not a node'],
        },
        { type: 'extension', attrs: { extensionKey: 'jira-macro', parameters: { macroParams: {} } } },
      ],
    }
    const { ticket } = await fetchFrom([issue('DATA-4', { description })], 'DATA-4')
    const result = await ticket()
    expect(result.body).toBe('inside a future node\n\nleaf with text')
  })

  it('gives an issue with no summary and no description a graceful ticket titled by its key', async () => {
    const { ticket } = await fetchFrom([issue('DATA-5', { summary: '   ', description: null })], 'DATA-5')
    const result = await ticket()
    expect(result).toMatchObject({ key: 'DATA-5', title: 'DATA-5', body: '' })
  })

  it('treats a description of the wrong type (a plain string, a number) as text or nothing', async () => {
    const { ticket } = await fetchFrom(
      [issue('DATA-6', { description: 'wiki *markup* from an old import' })],
      'DATA-6',
    )
    expect((await ticket()).body).toBe('wiki *markup* from an old import')
    await jira?.close()
    const again = await fetchFrom([issue('DATA-7', { description: 12345 })], 'DATA-7')
    expect((await again.ticket()).body).toBe('')
  })
})
