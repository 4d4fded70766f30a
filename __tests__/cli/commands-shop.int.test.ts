import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runContextCommand } from '../../src/cli/context-command.js'
import { runImpactCommand } from '../../src/cli/impact-command.js'
import { repoRoot } from '../fakes/shop-copy.js'
import { parseShop, replaceIn, type ParsedShop } from '../context/shop-manifest.js'

/** Collects what a command writes. */
class Buffer {
  text = ''
  write(chunk: string): boolean {
    this.text += chunk
    return true
  }
}

async function run(
  command: (args: string[], out: Buffer, errors: Buffer) => Promise<number>,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  const out = new Buffer()
  const err = new Buffer()
  const code = await command(args, out, err)
  return { code, out: out.text, err: err.text }
}

const demoTicket = path.join(repoRoot, 'examples', 'demo', 'ticket.md')
let base: ParsedShop
let removed: ParsedShop
let scratch: string

beforeAll(async () => {
  ;[base, removed] = await Promise.all([
    parseShop(),
    // `amount_paid` leaves the contracted `orders` mart (SQL and YAML).
    parseShop(async (dir) => {
      await replaceIn(dir, 'models/marts/orders.sql', '    totals.amount_paid,\n', '')
      await replaceIn(
        dir,
        'models/marts/_marts.yml',
        '      - name: amount_paid\n        data_type: decimal(38, 2)\n',
        '',
      )
    }),
  ])
  scratch = await mkdtemp(path.join(os.tmpdir(), 'autopilot-commands-'))
}, 240_000)
afterAll(async () => {
  await Promise.all([base?.cleanup(), removed?.cleanup(), rm(scratch, { recursive: true, force: true })])
})

describe('autopilot impact', () => {
  it('reports the removed column on the contracted mart as breaking and exits 1', async () => {
    const { code, out } = await run(runImpactCommand, [
      '--base',
      base.manifestPath,
      '--new',
      removed.manifestPath,
    ])
    expect(code).toBe(1)
    expect(out).toMatch(/^1 changed node, 1 downstream model, 1 exposure, 1 breaking change/)
    expect(out).toContain(
      '  modified model orders — SQL changed; contract changed (columns, data types or constraints); columns removed: amount_paid',
    )
    expect(out).toContain('  model customers (downstream of orders, 1 step away)')
    expect(out).toContain('  exposure weekly_revenue_dashboard')
    expect(out).toMatch(/BREAKING orders \[column-removed\]: Columns were removed from `orders`: amount_paid/)
    expect(out).toMatch(/what to do: .+/)
  })

  it('prints the same analysis as JSON with --json', async () => {
    const { code, out } = await run(runImpactCommand, [
      '--base',
      base.manifestPath,
      '--new',
      removed.manifestPath,
      '--json',
    ])
    expect(code).toBe(1)
    const json = JSON.parse(out) as Record<string, unknown>
    expect(json.summary).toMatchObject({ changed: 1, downstreamModels: 1, exposures: 1, breaking: 1 })
    expect(json.changed).toEqual([
      expect.objectContaining({
        id: 'model.shop.orders',
        change: 'modified',
        columns: { added: [], removed: ['amount_paid'], retyped: [] },
      }),
    ])
    expect(json.findings).toEqual([
      expect.objectContaining({ rule: 'column-removed', node: 'model.shop.orders', severity: 'breaking' }),
    ])
  })

  it('exits 0 when nothing changed', async () => {
    const { code, out } = await run(runImpactCommand, [
      '--base',
      base.manifestPath,
      '--new',
      base.manifestPath,
    ])
    expect(code).toBe(0)
    expect(out).toContain('No dbt nodes changed between the two manifests.')
  })

  it('exits 2 with what to do on usage and input errors', async () => {
    const missingFlag = await run(runImpactCommand, ['--base', base.manifestPath])
    expect(missingFlag).toMatchObject({ code: 2, out: '' })
    expect(missingFlag.err).toMatch(/--new is required\.\nUsage: dbt-autopilot impact/)
    const unknownFlag = await run(runImpactCommand, ['--bsae', base.manifestPath])
    expect(unknownFlag.code).toBe(2)
    expect(unknownFlag.err).toMatch(/Unknown option '--bsae'/)
    const missingFile = await run(runImpactCommand, [
      '--base',
      path.join(scratch, 'nope.json'),
      '--new',
      base.manifestPath,
    ])
    expect(missingFile.code).toBe(2)
    expect(missingFile.err).toMatch(/Cannot read .*nope\.json \(ENOENT\): pass the path of a manifest\.json/)
    const oldManifest = path.join(scratch, 'v7.json')
    await writeFile(
      oldManifest,
      JSON.stringify({ metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v7.json' } }),
    )
    const unsupported = await run(runImpactCommand, ['--base', oldManifest, '--new', base.manifestPath])
    expect(unsupported.code).toBe(2)
    expect(unsupported.err).toMatch(/manifest schema v7; Autopilot reads v10–v12/)
  })
})

describe('autopilot context', () => {
  it('shows the ranked items with reasons, then the text the agent gets', async () => {
    const { code, out } = await run(runContextCommand, [
      '--manifest',
      base.manifestPath,
      '--ticket',
      demoTicket,
    ])
    expect(code).toBe(0)
    expect(out).toMatch(
      /^Context for DEMO-1: Add completed order count to the customers mart\n\d+ of 12000 tokens;/,
    )
    expect(out).toMatch(
      / {2}1\. model\.shop\.customers {2}[\d.]+ {2}full\n {7}- name `customers` appears in the ticket/,
    )
    const text = out.slice(out.indexOf('--- text shown to the agent ---'))
    expect(text).toContain('### customers (marts, table)')
    expect(text).toContain('## Project map')
  })

  it('respects --budget and prints JSON with --json', async () => {
    const { code, out } = await run(runContextCommand, [
      '--manifest',
      base.manifestPath,
      '--ticket',
      demoTicket,
      '--budget',
      '150',
      '--json',
    ])
    expect(code).toBe(0)
    const json = JSON.parse(out) as { tokens: number; items: { id: string; detail: string }[]; text: string }
    expect(json.tokens).toBeLessThanOrEqual(150)
    expect(json.items[0]).toMatchObject({ id: 'model.shop.customers', detail: 'summary' })
    expect(json.items.every((item) => item.detail === 'summary')).toBe(true)
    expect(json.text).toContain('## Project map')
  })

  it('exits 2 on a bad budget or a missing ticket file', async () => {
    const budget = await run(runContextCommand, [
      '--manifest',
      base.manifestPath,
      '--ticket',
      demoTicket,
      '--budget',
      'lots',
    ])
    expect(budget.code).toBe(2)
    expect(budget.err).toMatch(/--budget must be a whole number, got "lots"/)
    const ticket = await run(runContextCommand, [
      '--manifest',
      base.manifestPath,
      '--ticket',
      path.join(scratch, 'none.md'),
    ])
    expect(ticket.code).toBe(2)
    expect(ticket.err).toMatch(/Ticket file .*none\.md does not exist/)
    const noManifest = await run(runContextCommand, ['--ticket', demoTicket])
    expect(noManifest.err).toMatch(/--manifest is required/)
  })
})
