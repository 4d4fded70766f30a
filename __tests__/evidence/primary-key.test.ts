import { describe, expect, it } from '@jest/globals'
import { primaryKeyOf } from '../../src/evidence/primary-key.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { manifest, model, test, withFields } from '../project/manifests/build.js'

type Entry = [string, Record<string, unknown>]

const columnTest = (kind: string, column: string, namespace: string | null = null): Entry =>
  withFields(test(`${kind}_orders_${column}`, ['model.shop.orders']), {
    column_name: column,
    attached_node: 'model.shop.orders',
    test_metadata: { name: kind, kwargs: { column_name: column }, namespace },
  })

const keyOf = (orders: Entry, tests: Entry[] = []) => {
  const graph = manifestGraphOf(manifest({ nodes: [orders, ...tests] }))
  return primaryKeyOf(graph, graph.get('model.shop.orders')!)
}

describe('primaryKeyOf', () => {
  it('reads a model-level primary_key constraint with its columns', () => {
    expect(
      keyOf(model('orders', { modelConstraints: [{ type: 'primary_key', columns: ['order_id', 'line'] }] })),
    ).toEqual(['order_id', 'line'])
  })

  it('reads a column-level primary_key constraint', () => {
    expect(keyOf(model('orders', { columns: { id: { constraints: ['not_null', 'primary_key'] } } }))).toEqual(
      ['id'],
    )
  })

  it('reads the first declared column with both a unique and a not_null test', () => {
    const orders = model('orders', { columns: { status: {}, code: {}, id: {} } })
    const tests = [
      columnTest('unique', 'id'),
      columnTest('not_null', 'id'),
      columnTest('unique', 'code'),
      columnTest('not_null', 'code'),
      columnTest('unique', 'status'),
    ]
    expect(keyOf(orders, tests)).toEqual(['code'])
  })

  it('finds none from unique alone, or from a package test of the same name', () => {
    const orders = model('orders', { columns: { id: {} } })
    expect(keyOf(orders, [columnTest('unique', 'id')])).toBeUndefined()
    expect(
      keyOf(orders, [columnTest('unique', 'id', 'dbt_utils'), columnTest('not_null', 'id')]),
    ).toBeUndefined()
  })
})
