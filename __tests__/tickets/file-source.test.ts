import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileTicketSource } from '../../src/tickets/file-source.js'
import { TicketError } from '../../src/tickets/ticket.js'

let dir: string
let source: FileTicketSource

async function write(name: string, text: string): Promise<void> {
  await writeFile(join(dir, name), text)
}

async function failure(promise: Promise<unknown>): Promise<TicketError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof TicketError)) throw new Error(`expected a TicketError, got ${String(error)}`)
  return error
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'autopilot-tickets-'))
  await mkdir(join(dir, 'tickets'))
  source = new FileTicketSource(dir)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('FileTicketSource', () => {
  it('reads a markdown ticket with front matter; extra keys become fields', async () => {
    await write(
      'tickets/orders.md',
      [
        '---',
        'key: DATA-9',
        'title: Add lifetime order count',
        'labels: [dbt, marts]',
        'priority: High',
        'acceptance criteria:',
        '  - not null',
        '  - unique per customer',
        'story points: 3',
        '---',
        '',
        'Finance needs `lifetime_orders` on **customers**.',
        '',
      ].join('\n'),
    )
    const ticket = await source.fetch('tickets/orders.md')
    expect(ticket).toEqual({
      key: 'DATA-9',
      source: 'file',
      title: 'Add lifetime order count',
      body: 'Finance needs `lifetime_orders` on **customers**.',
      labels: ['dbt', 'marts'],
      url: undefined,
      updated: undefined,
      fields: {
        priority: 'High',
        'acceptance criteria': 'not null, unique per customer',
        'story points': '3',
      },
    })
  })

  it('defaults the key to the upper-cased file stem and the title to the first heading', async () => {
    await write('tickets/fix-revenue.md', '# Fix revenue rounding\n\nRound to cents in `fct_orders`.\n')
    const ticket = await source.fetch('tickets/fix-revenue.md')
    expect(ticket.key).toBe('FIX-REVENUE')
    expect(ticket.title).toBe('Fix revenue rounding')
    expect(ticket.body).toBe('Round to cents in `fct_orders`.')
    expect(ticket.labels).toEqual([])
  })

  it('reads a JSON ticket with a body', async () => {
    await write(
      'ticket.json',
      JSON.stringify({
        title: 'Drop legacy model',
        body: 'Remove `stg_legacy`.',
        labels: ['cleanup'],
        url: 'https://x.test/1',
        owner: 'ana',
      }),
    )
    const ticket = await source.fetch('ticket.json')
    expect(ticket).toMatchObject({
      key: 'TICKET',
      title: 'Drop legacy model',
      body: 'Remove `stg_legacy`.',
      labels: ['cleanup'],
      url: 'https://x.test/1',
      fields: { owner: 'ana' },
    })
  })

  it('names the file and the YAML problem for broken front matter', async () => {
    await write('bad.md', '---\ntitle: [unclosed\n---\nbody\n')
    const error = await failure(source.fetch('bad.md'))
    expect(error.kind).toBe('invalid')
    expect(error.message).toMatch(/^Ticket file bad\.md has front matter that is not valid YAML/)
  })

  it('names the field that has the wrong type', async () => {
    await write('typed.json', JSON.stringify({ title: 'x', labels: { a: 1 } }))
    const error = await failure(source.fetch('typed.json'))
    expect(error.message).toContain('Ticket file typed.json is not valid: `labels` must be a list of strings')
  })

  it('asks for a title when there is neither a title nor a heading', async () => {
    await write('untitled.md', 'just words\n')
    const error = await failure(source.fetch('untitled.md'))
    expect(error.kind).toBe('invalid')
    expect(error.message).toContain('has no `title`')
  })

  it('reports invalid JSON with the file name', async () => {
    await write('broken.json', '{"title": ')
    const error = await failure(source.fetch('broken.json'))
    expect(error.message).toMatch(/^Ticket file broken\.json is not valid JSON/)
  })

  it('reports a missing file as not-found', async () => {
    const error = await failure(source.fetch('tickets/nope.md'))
    expect(error.kind).toBe('not-found')
    expect(error.message).toContain('Ticket file tickets/nope.md does not exist')
  })

  it('refuses other extensions', async () => {
    const error = await failure(source.fetch('ticket.txt'))
    expect(error.kind).toBe('invalid')
  })
})
