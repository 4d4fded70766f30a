import { afterEach, describe, expect, it } from '@jest/globals'
import { MemoryLog } from '../../../src/shared/log.js'
import { ProgressComment } from '../../../src/report/progress-comment.js'
import { JiraCommentThread, markdownToAdf } from '../../../src/adapters/jira/jira-comment-thread.js'
import { untrusted } from '../../../src/report/markdown.js'
import { parseQuestionMarker, questionCommentBody } from '../../../src/report/question-comment.js'
import { findReporterAnswer } from '../../../src/report/reporter-answer.js'
import { startJiraServer, type FakeJira } from '../../fakes/jira-server.js'

const basic = { email: 'ana@acme.test', token: 'api-token-1' }
let jira: FakeJira | undefined
afterEach(async () => {
  await jira?.close()
  jira = undefined
})

function thread(server: FakeJira, issueKey = 'DATA-123'): JiraCommentThread {
  return new JiraCommentThread({
    host: server.url,
    auth: { type: 'basic', email: basic.email, apiToken: basic.token },
    issueKey,
    onSchemaMismatch: 'throw',
  })
}

/** The text a person reads in Jira, with marks shown as markdown again. */
function rendered(doc: unknown): string {
  const parsed = doc as {
    content: {
      content: { type: string; text?: string; marks?: { type: string; attrs?: { href: string } }[] }[]
    }[]
  }
  return parsed.content
    .map((paragraph) =>
      paragraph.content
        .map((node) => {
          if (node.type === 'hardBreak') return '\n'
          let text = node.text ?? ''
          for (const mark of node.marks ?? []) {
            if (mark.type === 'strong') text = `**${text}**`
            if (mark.type === 'code') text = `\`${text}\``
            if (mark.type === 'link') text = `[${text}](${mark.attrs?.href})`
          }
          return text
        })
        .join(''),
    )
    .join('\n\n')
}

describe('JiraCommentThread through jira.js', () => {
  it('keeps one progress comment on the ticket, updated in place to the outcome', async () => {
    jira = await startJiraServer({ auth: basic })
    let now = 0
    const progress = new ProgressComment(
      thread(jira),
      { ticketKey: 'DATA-123', runUrl: 'https://github.com/acme/analytics/actions/runs/9' },
      new MemoryLog(),
      (text) => text,
      () => now,
    )

    await progress.stage('Validate')
    now = 75_000
    await progress.finish({
      status: 'pr-opened',
      message: 'Added lifetime_orders to customers.',
      prUrl: 'https://github.com/acme/analytics/pull/7',
    })

    const comments = jira.comments['DATA-123'] ?? []
    expect(comments).toHaveLength(1)
    expect(rendered(comments[0]?.body)).toBe(
      [
        '✅ Pull request opened — DATA-123',
        'Added lifetime_orders to customers.',
        'Pull request: [https://github.com/acme/analytics/pull/7](https://github.com/acme/analytics/pull/7)',
        'Took 1 min 15 s. [Workflow run](https://github.com/acme/analytics/actions/runs/9)',
      ].join('\n\n'),
    )
    const writes = jira.requests.filter((r) => r.path.startsWith('/rest/api/3/issue/DATA-123/comment'))
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/api/3/issue/DATA-123/comment',
      `PUT /rest/api/3/issue/DATA-123/comment/${comments[0]?.id}`,
    ])
    expect(writes[0]?.headers['authorization']).toBe(
      `Basic ${Buffer.from(`${basic.email}:${basic.token}`).toString('base64')}`,
    )
    expect(rendered((writes[0]?.body as { body: unknown }).body)).toContain('**Validate**')
  })

  it('says which permission is missing when Jira refuses the comment', async () => {
    jira = await startJiraServer({ auth: basic })
    jira.failures.push({ path: '/rest/api/3/issue/DATA-123/comment', method: 'POST', status: 403 })
    await expect(thread(jira).create('hello')).rejects.toThrow(/HTTP 403\).*Add comments/)
  })

  it('reports an unknown comment id on update', async () => {
    jira = await startJiraServer({ auth: basic })
    await expect(thread(jira).update('999', 'hello')).rejects.toThrow(/HTTP 404/)
  })
})

describe('markdownToAdf', () => {
  it('turns paragraphs, line breaks, bold, code and links into ADF', () => {
    expect(
      markdownToAdf('🤖 Working on **DATA-1** in `models/x.sql`\nsee [run](https://ci.test/r/1)\n\n\nDone.'),
    ).toEqual({
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '🤖 Working on ' },
            { type: 'text', text: 'DATA-1', marks: [{ type: 'strong' }] },
            { type: 'text', text: ' in ' },
            { type: 'text', text: 'models/x.sql', marks: [{ type: 'code' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'see ' },
            { type: 'text', text: 'run', marks: [{ type: 'link', attrs: { href: 'https://ci.test/r/1' } }] },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Done.' }] },
      ],
    })
  })

  it('keeps link marks inside bold, drops strong around code, and leaves non-http links as text', () => {
    const doc = markdownToAdf('**see [PR](https://x.test/p) and `a`** [bad](javascript:alert(1)).')
    expect(doc.content[0]?.content).toEqual([
      { type: 'text', text: 'see ', marks: [{ type: 'strong' }] },
      {
        type: 'text',
        text: 'PR',
        marks: [{ type: 'strong' }, { type: 'link', attrs: { href: 'https://x.test/p' } }],
      },
      { type: 'text', text: ' and ', marks: [{ type: 'strong' }] },
      { type: 'text', text: 'a', marks: [{ type: 'code' }] },
      { type: 'text', text: ' [bad](javascript:alert(1)).' },
    ])
  })

  it("shows neutralized text as the characters themselves: untrusted()'s escapes and entities are undone, never markup", () => {
    const hostile = 'Failed: x*y [see](https://evil.example/x) <b>&copy; `a<b` \\ done'
    const doc = markdownToAdf(`❌ ${untrusted(hostile)}`)
    const nodes = doc.content[0]?.content ?? []
    const text = nodes.map((node) => ('text' in node ? node.text : '\n')).join('')
    expect(text).toBe('❌ Failed: x*y [see](https://evil.example/x) <b>&copy; a<b \\ done')
    expect(text).not.toMatch(/\\[[\]`<>&]|&(?:amp|lt|gt);/)
    // Nothing the text held became a link or a mark; the URL untrusted() put in code stays code.
    const marked = nodes.filter((node) => 'marks' in node && node.marks)
    expect(marked.map((node) => ('text' in node ? node.text : ''))).toEqual(['https://evil.example/x', 'a<b'])
    expect(JSON.stringify(doc)).not.toContain('"link"')
  })

  it('gives an empty document for empty text (never an empty text node)', () => {
    expect(markdownToAdf(' \n\n ')).toEqual({ type: 'doc', version: 1, content: [] })
  })
})

describe('JiraCommentThread: the question and the reporter’s answer', () => {
  it('posts the question with its marker as a code mark, and reads the reporter’s ADF reply back', async () => {
    jira = await startJiraServer()
    const ticket = thread(jira)
    const question = questionCommentBody({
      ticketKey: 'DATA-123',
      questions: ['Which currency is revenue in?'],
      runId: '77-1',
      phrase: '/autopilot',
    })
    await ticket.create(question)
    const posted = jira.comments['DATA-123']?.[0]
    expect(rendered(posted?.body)).not.toContain('<!--')
    expect(rendered(posted?.body)).toMatch(/`autopilot:question run=77-1 ref=[0-9a-f]{12}`/)
    jira.comments['DATA-123']?.push({
      id: '20001',
      created: '2026-11-11T09:00:00.000+0000',
      author: { accountId: 'ana-1', displayName: 'Ana', accountType: 'atlassian' },
      body: markdownToAdf('EUR, **net** of tax.'),
    })
    const comments = await ticket.list()
    expect(comments.map((c) => [c.author, c.bot])).toEqual([
      ['autopilot', true],
      ['ana-1', false],
    ])
    expect(parseQuestionMarker(comments[0]?.body ?? '')).toMatchObject({ run: '77-1' })
    expect(findReporterAnswer(comments, '/autopilot')).toBe('EUR, **net** of tax.')
  })

  it('reads a long thread page by page', async () => {
    jira = await startJiraServer()
    jira.comments['DATA-123'] = Array.from({ length: 230 }, (_, index) => ({
      id: String(30000 + index),
      created: '2026-11-11T09:00:00.000+0000',
      author: { accountId: 'ana-1', displayName: 'Ana', accountType: 'atlassian' as const },
      body: markdownToAdf(`comment ${index}`),
    }))
    const comments = await thread(jira).list()
    expect(comments).toHaveLength(230)
    expect(comments.at(-1)?.body).toBe('comment 229')
    const pages = jira.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comment'))
    expect(pages.map((r) => r.query['startAt']?.[0])).toEqual(['0', '100', '200'])
  })
})
