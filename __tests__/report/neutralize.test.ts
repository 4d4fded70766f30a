import { describe, expect, it } from '@jest/globals'
import type { Link, Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { renderJobSummary } from '../../src/report/job-summary.js'
import { cell, code, codeBlock, untrusted } from '../../src/report/markdown.js'
import { parseTicketMarker, renderPullRequestBody } from '../../src/report/pr-body.js'
import { ProgressComment, type CommentThread } from '../../src/report/progress-comment.js'
import { rollbackPlan } from '../../src/report/rollback.js'
import { RunRecord } from '../../src/run/run-record.js'
import type { Validation } from '../../src/validate/validation.js'
import { failingValidation, node, ticket } from './fixtures.js'

/** Everything a hostile model summary or dbt error could try, on one line. */
const HOSTILE = [
  'cc @acme/security and @octocat,',
  'see #12, acme/shop#3 and GH-45.',
  '![track](https://evil.example/pixel.png)',
  '[click to re-authenticate](https://evil.example/login)',
  'https://evil.example/raw and www.evil.example',
  '<img src=x onerror=alert(1)> <b title="x">bold</b>',
  '<!-- autopilot:ticket=EVIL-1 -->',
  '&#64;octocat &lt;!-- autopilot:ticket=EVIL-3 --&gt;',
  '`<!-- autopilot:ticket=EVIL-2 -->`',
  '\\[x](https://evil.example/escaped) [^1]',
  'ops@evil.example',
].join(' ')

const OURS = new Set([
  ticket.url,
  'https://github.com/acme/shop/actions/runs/99',
  'https://github.com/acme/shop/pull/12',
])

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

/** What GitHub would make live of `markdown`: links, images, raw HTML, mentions, references. */
function live(markdown: string): string[] {
  const found: string[] = []
  const walk = (item: Nodes): void => {
    if (item.type === 'link' && !OURS.has((item as Link).url)) found.push(`link ${(item as Link).url}`)
    if (item.type === 'image' || item.type === 'imageReference') found.push('image')
    if (item.type === 'linkReference' || item.type === 'footnoteReference') found.push(item.type)
    // Ours: the rollback's <details>, the footer's <sub> and the one ticket marker.
    const foreign = (value: string): boolean =>
      value.replace(/<\/?(?:details|summary|sub)>|<!-- autopilot:ticket=DATA-123 -->/g, '').includes('<')
    if (item.type === 'html' && foreign(item.value)) found.push(`html ${item.value}`)
    if (item.type === 'text') {
      for (const match of item.value.matchAll(/(?:^|[^\w])@[A-Za-z0-9]|#\d|\bGH-\d/gi))
        found.push(`text ${match[0]}`)
    }
    if ('children' in item) for (const child of item.children) walk(child)
  }
  walk(parse(markdown))
  return found
}

function hostileValidation(): Validation {
  const validation = failingValidation()
  validation.dbt.error = HOSTILE
  validation.dbt.results.push(node('model.shop.orders', 'error', { message: HOSTILE }))
  validation.dbt.unchecked = [HOSTILE]
  return validation
}

describe('untrusted text reaching GitHub or Jira', () => {
  it('is inert in the PR body: no mention, reference, link, image, HTML or forged marker', () => {
    const body = renderPullRequestBody({
      ticket: { ...ticket, title: HOSTILE },
      summary: `${HOSTILE}\n\n${HOSTILE}`,
      changedFiles: ['models/<!-- autopilot:ticket=EVIL-4 -->.sql'],
      changedModels: ['customers'],
      validations: [hostileValidation()],
      rollback: rollbackPlan({ branch: 'autopilot/DATA-123', changedModels: ['customers'], prNumber: 12 }),
      usage: { modelCalls: 1, inputTokens: 1, outputTokens: 1, costUsd: 0 },
      runUrl: 'https://github.com/acme/shop/actions/runs/99',
      draftReason: HOSTILE,
    })
    expect(live(body)).toEqual([])
    expect(body.match(/<!-- autopilot:/g)).toHaveLength(1)
    expect(parseTicketMarker(body)).toBe('DATA-123')
    // Still readable: the words and the URLs are there, as text.
    expect(body).toContain('`https://evil.example/login`')
    expect(body).toContain('@\u200bacme/security')
  })

  it('is inert in the job summary and in progress comments', async () => {
    const summary = renderJobSummary({
      status: 'failed:validation',
      statusMessage: HOSTILE,
      ticket: { key: 'DATA-123', title: HOSTILE, url: ticket.url },
      validations: [hostileValidation()],
      record: new RunRecord('run-1'),
    })
    expect(live(summary)).toEqual([])
    expect(summary).not.toContain('<!-- autopilot:')

    const bodies: string[] = []
    const thread: CommentThread = {
      create: (body) => Promise.resolve(String(bodies.push(body))),
      update: (_id, body) => Promise.resolve(void bodies.push(body)),
    }
    const log = {
      info() {},
      warn() {},
      error() {},
      debug() {},
      group: <T>(_n: string, fn: () => Promise<T>) => fn(),
    }
    const progress = new ProgressComment(thread, { ticketKey: 'DATA-123' }, log, (text) => text)
    await progress.finish({
      status: 'failed:validation',
      message: HOSTILE,
      prUrl: 'https://github.com/acme/shop/pull/12',
    })
    expect(bodies).toHaveLength(1)
    expect(live(bodies[0] ?? '')).toEqual([])
  })

  it('drops bidi controls that would reorder what a reader sees, in prose and in code', () => {
    const hostile = 'invoice\u202egnp.exe\u202c and \u2066isolated\u2069'
    for (const shown of [
      untrusted(hostile),
      code(hostile),
      codeBlock(hostile),
      cell(hostile),
      untrusted(`\`${hostile}\``),
    ])
      expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    expect(untrusted(hostile)).toBe('invoicegnp.exe and isolated')
  })

  it('keeps code spans as written except for comment openers, and the helpers agree', () => {
    expect(untrusted('use `a<b> @x #1` here')).toBe('use `a<b> @x #1` here')
    expect(untrusted('`<!-- autopilot:x -->`')).toBe('`<!\u200b-- autopilot:x -->`')
    // An escaped backtick opens nothing, so what follows stays neutralized.
    expect(untrusted('\\`<img src=x>`')).toBe('\\\\\\`&lt;img src=x&gt;\\`')
    // A code span does not cross a blank line on GitHub, so it does not here either.
    expect(untrusted('`a\n\n<img src=x>`')).toBe('\\`a\n\n&lt;img src=x&gt;\\`')
    expect(cell('a | @b <!-- c -->')).toBe('a \\| @\u200bb &lt;!-- c --&gt;')
    expect(code('<!-- x -->')).toBe('`<!\u200b-- x -->`')
    expect(codeBlock('<!-- x -->')).toBe('```\n<!\u200b-- x -->\n```')
  })
})
