import { describe, expect, it } from '@jest/globals'
import { detectContractBreaks } from '../../src/impact/contracts.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { manifest, model, withFields, type ModelSpec } from '../project/manifests/build.js'

type Entry = [string, Record<string, unknown>]

const graph = (nodes: Entry[]) => manifestGraphOf(manifest({ nodes }))
const columns = (...names: string[]): ModelSpec['columns'] =>
  Object.fromEntries(names.map((name) => [name, { type: 'integer' }]))

/** orders (no contract) and customers, whose SQL reads orders' columns. */
function project(ordersSpec: ModelSpec, ordersSql: string, customersSql: string): Entry[] {
  return [
    withFields(model('orders', ordersSpec), { raw_code: ordersSql }),
    withFields(model('customers', { dependsOn: ['model.shop.orders'] }), { raw_code: customersSql }),
  ]
}

const READER = "select customer_id, sum(paid_amount) as paid from {{ ref('orders') }} group by 1"

describe('a removed column that downstream SQL still reads', () => {
  it('is a finding without a contract, naming the reader and how it was matched', () => {
    const base = graph(
      project(
        { columns: columns('customer_id', 'paid_amount') },
        'select customer_id, paid_amount from x',
        READER,
      ),
    )
    const next = graph(project({ columns: columns('customer_id') }, 'select customer_id from x', READER))
    expect(detectContractBreaks(base, next)).toEqual([
      {
        rule: 'removed-column-read',
        node: 'model.shop.orders',
        severity: 'warning',
        message:
          'Column `paid_amount` is no longer in `orders`, but the SQL of `customers` (paid_amount) still names it as an identifier.',
        action: 'Update that model in the same change, or keep the column in `orders`.',
      },
    ])
  })

  it('is found when the SQL dropped the column but the YAML still declares it', () => {
    const spec = { columns: columns('customer_id', 'paid_amount') }
    const base = graph(project(spec, 'select customer_id, paid_amount from x', READER))
    const next = graph(project(spec, 'select customer_id from x', READER))
    expect(detectContractBreaks(base, next).map((finding) => finding.rule)).toEqual(['removed-column-read'])
  })

  it('is no finding when no downstream SQL names the column (as a whole identifier)', () => {
    const reader = "select customer_id, paid_amount_total from {{ ref('orders') }}"
    const base = graph(project({ columns: columns('customer_id', 'paid_amount') }, 'select 1', reader))
    const next = graph(project({ columns: columns('customer_id') }, 'select 1', reader))
    expect(detectContractBreaks(base, next)).toEqual([])
  })
})

describe('advice for removed columns and versions', () => {
  const contracted = (names: string[]): Entry[] => [
    model('orders', { contract: true, columns: columns(...names) }),
  ]

  it('gives removal advice for a plain removal and rename advice when a column was added too', () => {
    const base = graph(contracted(['id', 'total']))
    const [removal] = detectContractBreaks(base, graph(contracted(['id'])))
    expect(removal?.message).toBe('Columns were removed from `orders`: total.')
    expect(removal?.action).toMatch(/^Keep the column \(e\.g\. as `null` cast to the old type/)
    expect(removal?.action).not.toContain('new name')
    const [rename] = detectContractBreaks(base, graph(contracted(['id', 'order_total'])))
    expect(rename?.message).toContain('(added: order_total; a rename removes the old name)')
    expect(rename?.action).toMatch(/^Keep the column under the old name next to the new one/)
  })

  it('compares versions numerically: with v8, v9 and v10, v10 is the latest', () => {
    const versions = (list: number[]) =>
      graph(list.map((version) => model('orders', { version, latestVersion: 10 })))
    const [finding] = detectContractBreaks(versions([8, 9, 10]), versions([9, 10]))
    expect(finding).toMatchObject({ rule: 'version-removed', node: 'model.shop.orders.v8' })
    expect(finding?.action).toContain('move to v10 first')
  })
})

describe('a relation renamed for consumers outside dbt', () => {
  const unversioned = graph([model('dim_accounts')])
  const versioned = (latest: Record<string, unknown> = {}) =>
    graph([
      model('dim_accounts', { version: 1, latestVersion: 2 }),
      withFields(model('dim_accounts', { version: 2, latestVersion: 2 }), latest),
    ])

  it('is found when adding versions leaves no relation with the old name', () => {
    expect(detectContractBreaks(unversioned, versioned())).toEqual([
      expect.objectContaining({
        rule: 'relation-renamed',
        node: 'model.shop.dim_accounts',
        // Versions are the remedy for a breaking change: their consumers outside dbt get advice, not a block.
        severity: 'warning',
        message: expect.stringContaining(
          '`dim_accounts` is no longer built (now `dim_accounts_v1`, `dim_accounts_v2`)',
        ),
        action: expect.stringContaining('give v2 `alias: dim_accounts`'),
      }),
    ])
  })

  it('is no finding when the latest version keeps the alias or a latest-version pointer does', () => {
    expect(detectContractBreaks(unversioned, versioned({ alias: 'dim_accounts' }))).toEqual([])
    const pointer = {
      config: { materialized: 'table', latest_version_pointer: { enabled: true, alias: null } },
    }
    expect(detectContractBreaks(unversioned, versioned(pointer))).toEqual([])
  })

  it('is found when the configured alias changes, not when only the rendered one does', () => {
    const aliased = (alias: string, configured?: string) =>
      graph([
        withFields(model('orders'), {
          alias,
          unrendered_config: configured === undefined ? {} : { alias: configured },
        }),
      ])
    expect(detectContractBreaks(aliased('orders'), aliased('fct_orders', 'fct_orders'))).toEqual([
      expect.objectContaining({
        rule: 'relation-renamed',
        message: expect.stringContaining('renamed from `orders` to `fct_orders`'),
      }),
    ])
    expect(detectContractBreaks(aliased('orders'), aliased('orders_dev'))).toEqual([])
  })
})
