import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { loadManifestGraph, type ManifestGraph } from '../../src/project/graph.js'
import { selectContext } from '../../src/context/select-context.js'
import { estimateTokens } from '../../src/context/text-terms.js'
import { executeTool, TOOL_SPECS, toolSpecsFor } from '../../src/agent/tools.js'
import { Workspace } from '../../src/agent/workspace.js'
import { FileTicketSource } from '../../src/tickets/file-source.js'
import type { Ticket } from '../../src/tickets/ticket.js'
import { repoRoot } from '../fakes/shop-copy.js'
import { parseShop, type ParsedShop } from './shop-manifest.js'

let shop: ParsedShop
let graph: ManifestGraph
let ticket: Ticket

beforeAll(async () => {
  shop = await parseShop()
  graph = loadManifestGraph(shop.manifestText, shop.manifestPath)
  ticket = await new FileTicketSource(repoRoot).fetch(path.join('examples', 'demo', 'ticket.md'))
}, 240_000)
afterAll(async () => shop?.cleanup())

describe('selectContext on the real examples/shop manifest with the demo ticket', () => {
  it('ranks the customers mart first, in full, with the reasons', async () => {
    const selection = await selectContext(ticket, graph, shop.dir)
    const [first] = selection.items
    expect(first).toMatchObject({ id: 'model.shop.customers', detail: 'full' })
    expect(first?.why).toEqual(
      expect.arrayContaining([
        'name `customers` appears in the ticket (as code, in the title)',
        'column `number_of_orders` named in the ticket',
      ]),
    )
    expect(selection.text).toContain('### customers (marts, table)')
    expect(selection.text).toContain('- number_of_orders [tests: not_null]')
    expect(selection.text).toContain("from {{ ref('stg_customers') }} as customers")
    // The contracted mart it reads from comes along with its column types.
    expect(selection.text).toContain('- order_total decimal(38, 2)')
  })

  it('stays within the budget and shows only map lines when the budget is tiny', async () => {
    const roomy = await selectContext(ticket, graph, shop.dir, { budgetTokens: 12_000 })
    expect(roomy.tokens).toBeLessThanOrEqual(12_000)
    expect(roomy.tokens).toBe(estimateTokens(roomy.text))

    const tiny = await selectContext(ticket, graph, shop.dir, { budgetTokens: 150 })
    expect(tiny.tokens).toBeLessThanOrEqual(150)
    expect(tiny.items.length).toBeGreaterThan(0)
    expect(tiny.items.every((item) => item.detail === 'summary')).toBe(true)
    expect(tiny.items[0]?.id).toBe('model.shop.customers')
    expect(tiny.text).toContain('- customers (marts, table): customer_id, number_of_orders, lifetime_value')
    expect(tiny.text).not.toContain('```sql')
    expect(tiny.text).toMatch(/more not listed/)
  })

  it('widens along lineage to the given depth, scoring neighbours lower', async () => {
    const flat = await selectContext(ticket, graph, shop.dir, { depth: 0 })
    const wide = await selectContext(ticket, graph, shop.dir, { depth: 2 })
    const scoreIn = (items: typeof flat.items, id: string) => items.find((item) => item.id === id)?.score ?? 0
    // int_order_totals feeds orders; it shares a word with the ticket but gains from being orders' parent.
    expect(scoreIn(wide.items, 'model.shop.int_order_totals')).toBeGreaterThan(
      scoreIn(flat.items, 'model.shop.int_order_totals'),
    )
    const expanded = wide.items.find((item) => item.id === 'model.shop.int_order_totals')
    expect(expanded?.why).toContain('upstream of `orders` (1 step)')
    expect(flat.items.flatMap((item) => item.why).some((why) => /stream of/.test(why))).toBe(false)
    expect(scoreIn(wide.items, 'model.shop.int_order_totals')).toBeLessThan(
      scoreIn(wide.items, 'model.shop.customers'),
    )
  })

  it('gives the same answer every time', async () => {
    const a = await selectContext(ticket, graph, shop.dir, { budgetTokens: 3000 })
    const b = await selectContext(ticket, graph, shop.dir, { budgetTokens: 3000 })
    expect(b).toEqual(a)
  })
})

describe('dbt tools over the real shop graph', () => {
  const workspace = () => new Workspace(shop.dir)

  it('are offered only with project knowledge, after the file tools', () => {
    expect(toolSpecsFor()).toEqual(TOOL_SPECS)
    expect(
      toolSpecsFor({ graph })
        .map((tool) => tool.name)
        .slice(TOOL_SPECS.length),
    ).toEqual(['describe_model', 'model_lineage', 'search_models'])
  })

  it('describe_model shows files, contract, typed columns with tests, neighbours and SQL', async () => {
    const result = await executeTool(workspace(), 'describe_model', { name: 'orders' }, { graph })
    expect(result.isError).toBe(false)
    expect(result.content).toContain('File: models/marts/orders.sql (YAML: models/marts/_marts.yml)')
    expect(result.content).toContain('Config: contract enforced')
    expect(result.content).toContain('- order_id integer [tests: unique]')
    expect(result.content).toContain('Read by: customers')
    expect(result.content).toContain("inner join {{ ref('int_order_totals') }} as totals")
  })

  it('describe_model finds sources by source.table and says what to do for unknown names', async () => {
    const source = await executeTool(workspace(), 'describe_model', { name: 'raw.orders' }, { graph })
    expect(source.content).toMatch(/^### raw\.orders \(source/)
    const unknown = await executeTool(workspace(), 'describe_model', { name: 'customer' }, { graph })
    expect(unknown.isError).toBe(true)
    expect(unknown.content).toMatch(
      /No model, source, seed or snapshot named customer.*Did you mean: customers/,
    )
    const invalid = await executeTool(workspace(), 'describe_model', { model: 'orders' }, { graph })
    expect(invalid).toMatchObject({
      isError: true,
      content: expect.stringMatching(/Invalid input for describe_model/),
    })
  })

  it('model_lineage walks parents and children to the depth asked', async () => {
    const one = await executeTool(workspace(), 'model_lineage', { name: 'orders', depth: 1 }, { graph })
    expect(one.content).toContain('  1: int_order_totals (intermediate')
    expect(one.content).not.toContain('2: ')
    const two = await executeTool(
      workspace(),
      'model_lineage',
      { name: 'orders', depth: 2, direction: 'upstream' },
      { graph },
    )
    expect(two.content).toMatch(/ {2}2: .*stg_order_items/)
    expect(two.content).not.toContain('Downstream')
  })

  it('search_models ranks by names, columns and descriptions, with the reason', async () => {
    const result = await executeTool(workspace(), 'search_models', { query: 'lifetime_value' }, { graph })
    expect(result.content.split('\n')[0]).toMatch(/^- customers \(marts, table\)/)
    expect(result.content).toContain('column `lifetime_value` named in the query')
    const none = await executeTool(workspace(), 'search_models', { query: 'zzzqqq' }, { graph })
    expect(none).toMatchObject({ isError: false, content: expect.stringMatching(/^No model/) })
  })

  it('without knowledge the dbt tools stay unknown', async () => {
    const result = await executeTool(workspace(), 'describe_model', { name: 'orders' })
    expect(result).toMatchObject({
      isError: true,
      content: expect.stringMatching(/^Unknown tool describe_model/),
    })
  })
})
