import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, rm, writeFile, rename } from 'node:fs/promises'
import path from 'node:path'
import { detectContractBreaks, type ContractFinding } from '../../src/impact/contracts.js'
import { loadManifestGraph, type ManifestGraph } from '../../src/project/graph.js'
import { computeImpact, type Impact } from '../../src/impact/impact.js'
import { renderImpactSection } from '../../src/report/impact-markdown.js'
import { parseShop, type ParsedShop } from '../context/shop-manifest.js'

/** One edit of the shop project: a text replacement in a project file (it must apply). */
type Edit = (dir: string) => Promise<void>

const replaceIn =
  (file: string, from: string, to: string): Edit =>
  async (dir) => {
    const full = path.join(dir, file)
    const text = await readFile(full, 'utf8')
    if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`)
    await writeFile(full, text.replace(from, to))
  }

const VARIANTS: Record<string, Edit[]> = {
  base: [],
  renamedColumn: [
    replaceIn('models/marts/orders.sql', 'as is_paid', 'as is_fully_paid'),
    replaceIn('models/marts/_marts.yml', '- name: is_paid', '- name: is_fully_paid'),
  ],
  addedColumnAndMetric: [
    replaceIn(
      'models/marts/orders.sql',
      '    orders.status,\n',
      '    orders.status,\n    lower(orders.status) as status_code,\n',
    ),
    replaceIn(
      'models/marts/_marts.yml',
      '      - name: is_paid\n        data_type: boolean\n',
      '      - name: is_paid\n        data_type: boolean\n      - name: status_code\n        data_type: varchar\n',
    ),
    replaceIn(
      'models/marts/_semantic.yml',
      '    description: Sum of order totals.\n    type: simple\n',
      `    description: Sum of order totals.\n    type: simple\n    filter: "{{ Dimension('order__status') }} != 'returned'"\n`,
    ),
  ],
  retyped: [
    replaceIn(
      'models/marts/_marts.yml',
      '- name: item_count\n        data_type: integer',
      '- name: item_count\n        data_type: varchar',
    ),
    replaceIn(
      'models/marts/_marts.yml',
      '- name: order_total\n        data_type: decimal(38, 2)',
      '- name: order_total\n        data_type: decimal(38, 4)',
    ),
  ],
  deleted: [async (dir) => rm(path.join(dir, 'models', 'marts'), { recursive: true })],
  renamedModel: [
    async (dir) =>
      rename(path.join(dir, 'models/marts/orders.sql'), path.join(dir, 'models/marts/orders_summary.sql')),
    replaceIn('models/marts/_marts.yml', '  - name: orders\n', '  - name: orders_summary\n'),
    replaceIn('models/marts/customers.sql', "ref('orders')", "ref('orders_summary')"),
    replaceIn('models/marts/_semantic.yml', "ref('orders')", "ref('orders_summary')"),
    replaceIn('models/marts/_exposures.yml', "ref('orders')", "ref('orders_summary')"),
  ],
}
type Variant = keyof typeof VARIANTS

const graphs = new Map<Variant, ManifestGraph>()
const shops: ParsedShop[] = []

async function parseVariant(name: Variant): Promise<void> {
  const shop = await parseShop(async (dir) => {
    for (const edit of VARIANTS[name] ?? []) await edit(dir)
  })
  shops.push(shop)
  graphs.set(name, loadManifestGraph(shop.manifestText, shop.manifestPath))
}

function analyze(variant: Variant): { impact: Impact; findings: ContractFinding[] } {
  const base = graphs.get('base') as ManifestGraph
  const next = graphs.get(variant) as ManifestGraph
  return { impact: computeImpact(base, next), findings: detectContractBreaks(base, next) }
}

describe('impact and contract findings on manifests parsed by real dbt from examples/shop', () => {
  beforeAll(async () => {
    await Promise.all(Object.keys(VARIANTS).map((name) => parseVariant(name)))
  }, 240_000)
  afterAll(async () => {
    await Promise.all(shops.map((shop) => shop.cleanup()))
  })

  it('reads the real graph: tests attached to models, the exposure fed by the mart and the metric', () => {
    const base = graphs.get('base') as ManifestGraph
    expect(base.get('model.shop.orders')).toMatchObject({ contractEnforced: true, materialized: 'table' })
    expect(
      base.testsOf('model.shop.orders').some((id) => id.startsWith('test.shop.unique_orders_order_id')),
    ).toBe(true)
    expect(base.parentsOf('exposure.shop.weekly_revenue_dashboard')).toContain('metric.shop.revenue')
    expect(
      base
        .byFile('models/marts/_semantic.yml')
        .map((node) => node.id)
        .sort(),
    ).toEqual(['metric.shop.orders_placed', 'metric.shop.revenue', 'semantic_model.shop.orders'])
  })

  it('reports a renamed column on the contracted mart as breaking, with dbt’s reason', () => {
    const { impact, findings } = analyze('renamedColumn')
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'column-removed',
        node: 'model.shop.orders',
        severity: 'breaking',
        message: expect.stringMatching(/Columns were removed from `orders`: is_paid \(added: is_fully_paid/),
      }),
    ])
    const orders = impact.changed.find((change) => change.id === 'model.shop.orders')
    expect(orders?.columns).toEqual({ added: ['is_fully_paid'], removed: ['is_paid'], retyped: [] })
    expect(impact.downstream.models.map((node) => node.id)).toEqual(['model.shop.customers'])
    expect(impact.downstream.exposures.map((node) => node.id)).toEqual([
      'exposure.shop.weekly_revenue_dashboard',
    ])
  })

  it('does not report an added column, and reports the metric change the exposure consumes', () => {
    const { impact, findings } = analyze('addedColumnAndMetric')
    expect(findings.filter((finding) => finding.node === 'model.shop.orders')).toEqual([])
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'metric-changed',
        node: 'metric.shop.revenue',
        message: expect.stringContaining('consumed by exposure `weekly_revenue_dashboard`'),
        action: expect.stringContaining('analytics@example.com'),
      }),
    ])
    expect(impact.changed.map((change) => [change.id, change.change])).toEqual(
      expect.arrayContaining([
        ['metric.shop.revenue', 'modified'],
        ['model.shop.orders', 'modified'],
      ]),
    )
  })

  it('reports a base-type change but not a precision change', () => {
    const { findings } = analyze('retyped')
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'column-type-changed',
        message: 'Columns with data_type changes in `orders`: item_count (integer -> varchar).',
      }),
    ])
  })

  it('reports the deleted contracted model as breaking and only it', () => {
    const { impact, findings } = analyze('deleted')
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'model-deleted', node: 'model.shop.orders', severity: 'breaking' }),
    ])
    expect(impact.changed.filter((change) => change.change === 'removed').map((change) => change.id)).toEqual(
      expect.arrayContaining([
        'model.shop.orders',
        'model.shop.customers',
        'exposure.shop.weekly_revenue_dashboard',
      ]),
    )
  })

  it('recognises a renamed contracted model and says what it was renamed to', () => {
    const { impact, findings } = analyze('renamedModel')
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'model-renamed',
        message: expect.stringContaining('renamed to `orders_summary`'),
        action: expect.stringContaining('new model version (v2)'),
      }),
    ])
    const section = renderImpactSection({ impact, findings })
    expect(section).toContain('```mermaid\ngraph LR')
    expect(section).toMatch(/n\d+\["model: orders_summary"\]:::added/)
    expect(section).toMatch(/n\d+\["model: orders"\]:::removed/)
  })
})
