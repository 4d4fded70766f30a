import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { wikiToMarkdown } from '../../../src/adapters/jira/wiki-to-markdown.js'

describe('wikiToMarkdown', () => {
  it('renders a Data Center ticket as an analyst writes it', () => {
    const wiki = [
      'h3. Context',
      'Finance needs {{lifetime_orders}} on *customers*, see [the spec|https://wiki.acme.test/spec].',
      '',
      '* count _completed_ orders only',
      '** not the -cancelled- ones',
      '* add a not_null test',
      '',
      '{code:sql}',
      'select customer_id, count(*) from orders group by 1',
      '{code}',
      '',
      '||column||type||',
      '|lifetime_orders|integer|',
      '|first_order_at|[timestamp|https://docs.acme.test/types#ts]|',
    ].join('\r\n')
    expect(wikiToMarkdown(wiki)).toBe(
      [
        '### Context',
        '',
        'Finance needs `lifetime_orders` on **customers**, see [the spec](https://wiki.acme.test/spec).',
        '',
        '- count *completed* orders only',
        '   - not the ~~cancelled~~ ones',
        '- add a not_null test',
        '',
        '```sql',
        'select customer_id, count(*) from orders group by 1',
        '```',
        '',
        '| column | type |',
        '| --- | --- |',
        '| lifetime_orders | integer |',
        '| first_order_at | [timestamp](https://docs.acme.test/types#ts) |',
      ].join('\n'),
    )
  })

  it('keeps code blocks literal, whatever markup they hold, with their language', () => {
    const wiki = [
      '{code:title=orders.sql|borderStyle=solid|language=SQL}',
      "select * from {{ ref('orders') }} where status = '*done*'",
      '```',
      '{code}',
      '{noformat}',
      'h1. not a heading',
      '{noformat}',
    ].join('\n')
    expect(wikiToMarkdown(wiki)).toBe(
      [
        '````sql',
        "select * from {{ ref('orders') }} where status = '*done*'",
        '```',
        '````',
        '',
        '```',
        'h1. not a heading',
        '```',
      ].join('\n'),
    )
  })

  it('reads numbered and mixed lists, dashes and rules', () => {
    const wiki = ['# stage', '#* dedupe on order_id', '# mart', '----', '- one', '- two'].join('\n')
    expect(wikiToMarkdown(wiki)).toBe(
      ['1. stage', '   - dedupe on order_id', '1. mart', '', '---', '', '- one', '- two'].join('\n'),
    )
  })

  it('turns panels, admonitions and quotes into block quotes with their titles', () => {
    const wiki = [
      '{panel:title=Acceptance criteria|borderStyle=dashed}',
      '* rows match the source',
      '{panel}',
      '{warning}Do not touch the {{finance}} schema{warning}',
      'bq. As the CFO said',
      '{quote}',
      'numbers first',
      '{quote}',
    ].join('\n')
    expect(wikiToMarkdown(wiki)).toBe(
      [
        '> **Acceptance criteria**',
        '>',
        '> - rows match the source',
        '',
        '> **Warning**',
        '>',
        '> Do not touch the `finance` schema',
        '',
        '> As the CFO said',
        '',
        '> numbers first',
      ].join('\n'),
    )
  })

  it('neutralizes mentions, attachments and images, and drops colour', () => {
    const wiki =
      '[~ana.data] see [^spec.xlsx] and !chart.png|thumbnail! {color:red}urgent{color}, [internal|jira.acme.local/x]'
    expect(wikiToMarkdown(wiki)).toBe('@ana.data see `spec.xlsx` and (image: chart.png) urgent, internal')
  })

  it('leaves words with underscores, hyphens and stars alone', () => {
    const wiki = 'stg_orders_v2 is well-known; 2 * 3 * 4 and a*b; file_name.sql'
    expect(wikiToMarkdown(wiki)).toBe(wiki)
  })

  it('honours escapes and forced line breaks', () => {
    expect(wikiToMarkdown('a \\*literal\\* star\\\\next line')).toBe('a \\*literal\\* star\nnext line')
  })

  it('runs an unclosed code block to the end, as Jira renders it', () => {
    expect(wikiToMarkdown('intro\n{code}\nselect 1')).toBe('intro\n\n```\nselect 1\n```')
  })

  it('reads an empty or missing description as empty', () => {
    expect(wikiToMarkdown(null)).toBe('')
    expect(wikiToMarkdown(undefined)).toBe('')
    expect(wikiToMarkdown('\n\n')).toBe('')
  })

  it('never throws on arbitrary markup', () => {
    const pieces = fc.constantFrom(
      '*',
      '_',
      '-',
      '{{',
      '}}',
      '[',
      ']',
      '|',
      '||',
      '{code}',
      '{panel}',
      '{quote}',
      'h1. ',
      '\n',
      '# ',
      '!',
      'x',
      ' ',
      '\\',
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
        expect(typeof wikiToMarkdown(parts.join(''))).toBe('string')
      }),
      { numRuns: 300 },
    )
  })
})
