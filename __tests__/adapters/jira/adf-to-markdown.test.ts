import { describe, expect, it } from '@jest/globals'
import { adfToMarkdown } from '../../../src/adapters/jira/adf-to-markdown.js'
import { referenceJiraIssue } from '../../fakes/jira-server.js'

const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content })
const text = (value: string, ...marks: unknown[]) => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks } : {}),
})
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content })
const item = (...content: unknown[]) => ({ type: 'listItem', content })

describe('adfToMarkdown', () => {
  it('renders the reference Jira Cloud description as markdown', () => {
    const markdown = adfToMarkdown(referenceJiraIssue().fields['description'])
    expect(markdown).toBe(
      [
        '### Context',
        '',
        'Finance needs `lifetime_orders` on **customers**, see [the spec](https://wiki.acme.test/spec).',
        '',
        '- count completed orders only',
        '- add a not_null test',
        '',
        '```sql',
        'select customer_id, count(*) from orders group by 1',
        '```',
        '',
        '| column | type |',
        '| --- | --- |',
        '| lifetime_orders | integer |',
        '',
        '@Ana Data please review 🚀\\',
        'https://github.com/acme/analytics/pull/41',
      ].join('\n'),
    )
  })

  it('returns an empty string for a missing description', () => {
    expect(adfToMarkdown(null)).toBe('')
    expect(adfToMarkdown(undefined)).toBe('')
    expect(adfToMarkdown(doc())).toBe('')
  })

  it('nests lists with continuation indentation and numbers ordered lists from their start', () => {
    const markdown = adfToMarkdown(
      doc({
        type: 'orderedList',
        attrs: { order: 3 },
        content: [
          item(paragraph(text('stage')), {
            type: 'bulletList',
            content: [item(paragraph(text('stg_orders')))],
          }),
          item(paragraph(text('mart'))),
        ],
      }),
    )
    expect(markdown).toBe('3. stage\n   - stg_orders\n4. mart')
  })

  it('applies em, strike and nested marks with whitespace outside the markers', () => {
    const markdown = adfToMarkdown(
      doc(
        paragraph(
          text('old ', { type: 'strike' }),
          text(' new ', { type: 'em' }, { type: 'strong' }),
          text('a`b', { type: 'code' }),
        ),
      ),
    )
    expect(markdown).toBe('~~old~~  **_new_** ``a`b``')
  })

  it('renders panels as quotes naming their type, rules, blockquotes and emoji short names', () => {
    const markdown = adfToMarkdown(
      doc(
        { type: 'panel', attrs: { panelType: 'warning' }, content: [paragraph(text('PII column'))] },
        { type: 'rule' },
        { type: 'blockquote', content: [paragraph(text('quoted')), paragraph(text('twice'))] },
        paragraph({ type: 'emoji', attrs: { shortName: ':tada:' } }),
      ),
    )
    expect(markdown).toBe('> **Warning:**\n>\n> PII column\n\n---\n\n> quoted\n>\n> twice\n\n:tada:')
  })

  it('escapes pipes in table cells and pads short rows', () => {
    const cell = (value: string) => ({ type: 'tableCell', content: [paragraph(text(value))] })
    const markdown = adfToMarkdown(
      doc({
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('a|b'), cell('c')] },
          { type: 'tableRow', content: [cell('only')] },
        ],
      }),
    )
    expect(markdown).toBe('| a\\|b | c |\n| --- | --- |\n| only |  |')
  })

  it('uses a longer fence when the code itself holds backticks, and drops unsafe languages', () => {
    const markdown = adfToMarkdown(
      doc({ type: 'codeBlock', attrs: { language: 'sql\n```' }, content: [text('select 1 -- ```')] }),
    )
    expect(markdown).toBe('````\nselect 1 -- ```\n````')
  })

  it('recurses into unknown nodes and keeps the text of unknown leaves', () => {
    const markdown = adfToMarkdown(
      doc(
        {
          type: 'layoutSection',
          content: [{ type: 'layoutColumn', content: [paragraph(text('inside layout'))] }],
        },
        paragraph({ type: 'futureInline', text: 'kept' }, text(' text')),
        { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'x' } }] },
      ),
    )
    expect(markdown).toBe('inside layout\n\nkept text')
  })

  it('ignores malformed nodes instead of throwing', () => {
    const hostile = doc(
      42,
      null,
      'string',
      [paragraph(text('in an array'))],
      { content: 'not an array' },
      paragraph(text('kept'), { type: 'text', text: 7 }, { type: 'text', text: 'x', marks: 'bold' }),
      { type: 'heading', attrs: { level: 1e9 }, content: [text('huge level')] },
      { type: 'mention', attrs: { text: { nested: true } } },
      paragraph({
        type: 'text',
        text: 'link',
        marks: [{ type: 'link', attrs: { href: 'https://x.test/a b' } }],
      }),
    )
    expect(adfToMarkdown(hostile)).toBe(
      'keptx\n\n###### huge level\n\n@someone\n\n[link](<https://x.test/a b>)',
    )
    expect(adfToMarkdown(42)).toBe('')
    expect(adfToMarkdown([doc(paragraph(text('x')))])).toBe('')
  })

  it('stops at a nesting depth cap on deeply nested input without overflowing the stack', () => {
    let node: Record<string, unknown> = paragraph(text('bottom'))
    for (let level = 0; level < 100_000; level += 1) node = { type: 'blockquote', content: [node] }
    const markdown = adfToMarkdown(doc(node))
    expect(markdown).not.toContain('bottom')
    expect(markdown.length).toBeLessThan(100_000)

    let shallow: Record<string, unknown> = paragraph(text('reachable'))
    for (let level = 0; level < 20; level += 1) shallow = { type: 'blockquote', content: [shallow] }
    expect(adfToMarkdown(doc(shallow))).toBe(`${'> '.repeat(20)}reachable`)
  })
})
