import { describe, expect, it } from '@jest/globals'
import { markdownToWiki } from '../../../src/adapters/jira/markdown-to-wiki.js'
import { wikiToMarkdown } from '../../../src/adapters/jira/wiki-to-markdown.js'
import { parseQuestionMarker, questionCommentBody } from '../../../src/report/question-comment.js'
import { untrusted } from '../../../src/report/markdown.js'

describe('markdownToWiki', () => {
  it('writes the final progress comment as wiki markup', () => {
    const markdown = [
      '✅ Pull request opened — OPS-7',
      '',
      'Opened PR https://github.com/acme/analytics/pull/41',
      '',
      'Pull request: https://github.com/acme/analytics/pull/41',
      '',
      'Took 42 s. [Workflow run](https://github.com/acme/analytics/actions/runs/9)',
    ].join('\n')
    expect(markdownToWiki(markdown)).toBe(
      [
        '✅ Pull request opened — OPS\\-7',
        '',
        'Opened PR https://github.com/acme/analytics/pull/41',
        '',
        'Pull request: https://github.com/acme/analytics/pull/41',
        '',
        'Took 42 s. [Workflow run|https://github.com/acme/analytics/actions/runs/9]',
      ].join('\n'),
    )
  })

  it('converts headings, lists, quotes, code and emphasis', () => {
    const markdown = [
      '### What changed',
      '- **stg_orders**: `order_total` is _now_ numeric',
      '  - see [the docs](https://docs.acme.test/a)',
      '1. first',
      '> quoted',
      '```sql',
      'select * from orders -- {noformat}',
      '```',
    ].join('\n')
    expect(markdownToWiki(markdown)).toBe(
      [
        'h3. What changed',
        '* *stg\\_orders*: {{order\\_total}} is _now_ numeric',
        '** see [the docs|https://docs.acme.test/a]',
        '# first',
        'bq. quoted',
        '{noformat}',
        'select * from orders -- { noformat}',
        '{noformat}',
      ].join('\n'),
    )
  })

  it('leaves ticket text no way to mention, embed or open a macro', () => {
    const hostile = untrusted('[~admin] !https://evil.test/x.png! {panel}h1. big{panel} |cell| *loud*')
    const wiki = markdownToWiki(hostile)
    expect(wiki).not.toMatch(/(?<!\\)\[~/)
    expect(wiki).not.toMatch(/(?<!\\)!https/)
    expect(wiki).not.toMatch(/(?<!\\)\{panel/)
    expect(wiki).not.toMatch(/(?<!\\)\|/)
    expect(wiki).not.toMatch(/(?<!\\)\*loud/)
    // A line that would open a block in wiki markup stays text.
    expect(markdownToWiki('h1. not a heading')).toBe('\\h1. not a heading')
    expect(markdownToWiki('bq. not a quote')).toBe('\\bq. not a quote')
  })

  it('keeps the question marker readable after a round trip through wiki markup', () => {
    const body = questionCommentBody({
      ticketKey: 'OPS-7',
      questions: ['Which currency should `order_total` use?'],
      runId: '77-1',
      phrase: '/autopilot',
    })
    const wiki = markdownToWiki(body)
    expect(wiki).toContain('{{autopilot:question run=77\\-1 ref=')
    const back = wikiToMarkdown(wiki)
    expect(parseQuestionMarker(back)).toEqual(parseQuestionMarker(body))
    expect(back).toContain('- Which currency should `order_total` use?')
  })
})
