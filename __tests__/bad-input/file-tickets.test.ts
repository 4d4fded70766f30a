import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileTicketSource } from '../../src/tickets/file-source.js'
import { limitTicketBody, MAX_TICKET_BODY_BYTES } from '../../src/tickets/limit-body.js'
import { TicketError } from '../../src/tickets/ticket.js'

async function repo(files: Record<string, string | Buffer>): Promise<FileTicketSource> {
  const dir = await mkdtemp(join(tmpdir(), 'bad-ticket-'))
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  return new FileTicketSource(dir)
}

async function ticketError(promise: Promise<unknown>): Promise<TicketError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof TicketError)) throw new Error(`expected a TicketError, got ${String(error)}`)
  return error
}

describe('bad ticket files', () => {
  it('reads a file with invalid UTF-8 gracefully: bad bytes become U+FFFD, the rest is kept', async () => {
    const bytes = Buffer.concat([
      Buffer.from('---\ntitle: Caf'),
      Buffer.from([0xe9]), // Latin-1 é, not UTF-8
      Buffer.from('\n---\nRevenue in '),
      Buffer.from([0xff, 0xfe, 0xc3]), // never valid in UTF-8, and a truncated sequence
      Buffer.from(' euros per order.\n'),
    ])
    const ticket = await (await repo({ 'latin.md': bytes })).fetch('latin.md')
    expect(ticket.title).toBe('Caf\uFFFD')
    expect(ticket.body).toMatch(/^Revenue in \uFFFD+ euros per order\.$/)
  })

  it('refuses an empty file with a message that says to add a title', async () => {
    const error = await ticketError((await repo({ 'empty.md': '' })).fetch('empty.md'))
    expect(error.kind).toBe('invalid')
    expect(error.message).toMatch(/has no `title`: add `title: …`/)
  })

  it('refuses front matter without a title and a body without a heading', async () => {
    const source = await repo({ 'no-title.md': '---\nlabels: [dbt]\n---\n\n', 'blank.json': '{}' })
    expect((await ticketError(source.fetch('no-title.md'))).message).toMatch(/has no `title`/)
    expect((await ticketError(source.fetch('blank.json'))).message).toMatch(/has no `title`/)
  })

  it('accepts a title with an empty body as a graceful ticket', async () => {
    const ticket = await (await repo({ 'title-only.md': '# Add order counts\n' })).fetch('title-only.md')
    expect(ticket).toMatchObject({ title: 'Add order counts', body: '', key: 'TITLE-ONLY' })
  })

  it.each([
    ['JSON that is a string', 'str.json', '"just text"', /must hold an object/],
    ['JSON null', 'null.json', 'null', /must hold an object/],
    ['title of the wrong type', 'num.json', '{"title": 42}', /`title`/],
    [
      'labels of the wrong type',
      'labels.json',
      '{"title": "t", "labels": {"a": 1}}',
      /`labels` must be a list of strings/,
    ],
    ['YAML error', 'yaml.md', '---\ntitle: [unclosed\n---\nbody', /front matter that is not valid YAML/],
    ['front matter a list', 'list.md', '---\n- a\n- b\n---\nbody', /front matter must be a mapping/],
    ['binary with a .json name', 'bin.json', Buffer.from([0, 1, 2, 0xff]), /is not valid JSON/],
  ])('%s: a clear TicketError', async (_name, file, content, message) => {
    const error = await ticketError((await repo({ [file]: content })).fetch(file))
    expect(error.kind).toBe('invalid')
    expect(error.message).toMatch(message)
  })

  it('truncates a body near the 1 MiB file limit to the model budget, with a note', async () => {
    const body = `${'Pasted log line with details about a failed load.\n'.repeat(19_000)}`
    const ticket = await (await repo({ 'big.md': `# Investigate loads\n\n${body}` })).fetch('big.md')
    expect(Buffer.byteLength(ticket.body)).toBeLessThan(MAX_TICKET_BODY_BYTES + 500)
    expect(ticket.body).toMatch(
      /\[Autopilot truncated this ticket body: showing the first 200 KB of 928 KB\./,
    )
  })

  it('refuses a file over 1 MiB before reading it', async () => {
    const error = await ticketError(
      (await repo({ 'huge.md': `# T\n${'x'.repeat(1024 * 1024 + 1)}` })).fetch('huge.md'),
    )
    expect(error.message).toMatch(/keep tickets under 1 MiB/)
  })
})

describe('limitTicketBody', () => {
  it('cuts at a character boundary, never inside a multi-byte character', () => {
    const body = '€'.repeat(100) // 3 bytes each
    const limited = limitTicketBody(body, 100)
    const kept = limited.split('\n\n[Autopilot')[0]!
    expect(kept).toBe('€'.repeat(33))
    expect(limited).not.toContain('\uFFFD')
  })

  it('leaves a body at the limit alone', () => {
    expect(limitTicketBody('a'.repeat(100), 100)).toBe('a'.repeat(100))
  })

  it('prefers to end on a whole line when one is close', () => {
    const body = `${'x'.repeat(95)}\n${'y'.repeat(50)}`
    expect(limitTicketBody(body, 100).split('\n\n')[0]).toBe('x'.repeat(95))
  })
})
