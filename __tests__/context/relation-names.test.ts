import { describe, expect, it } from '@jest/globals'
import { rankNodes } from '../../src/context/rank-nodes.js'
import { queryOf } from '../../src/context/ticket-query.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { Layers } from '../../src/project/layers.js'
import { manifest, model, withFields } from '../project/manifests/build.js'

// The warehouse names differ from the model names: an alias, a custom schema, a database.
const graph = manifestGraphOf(
  manifest({
    nodes: [
      withFields(model('customers'), { alias: 'dim_customer', schema: 'marts', database: 'prod' }),
      withFields(model('orders'), { alias: 'orders', schema: 'marts', database: 'prod' }),
      withFields(model('stg_payments'), { alias: 'stg_payments', schema: 'staging', database: 'prod' }),
    ],
  }),
)

function top(text: string): { id: string; why: string[] } | undefined {
  const [first] = rankNodes(graph, queryOf(text, 'Fix a relation'), new Layers())
  return first && { id: first.id, why: first.why }
}

describe('ranking by the relation names tickets write', () => {
  it('finds a model by its alias', () => {
    expect(top('The dim_customer table shows duplicates')?.id).toBe('model.shop.customers')
  })

  it('finds a model by schema.table and database.schema.table, quoted or not', () => {
    expect(top('select * from marts.dim_customer is wrong')).toMatchObject({
      id: 'model.shop.customers',
      why: expect.arrayContaining(['name `marts.dim_customer` appears in the ticket']),
    })
    expect(top('"PROD"."STAGING"."STG_PAYMENTS" has nulls')?.id).toBe('model.shop.stg_payments')
  })

  it('does not match a qualified name of another schema', () => {
    const ranked = rankNodes(graph, queryOf('staging.dim_customer looks off', 'x'), new Layers())
    expect(ranked.find((node) => node.id === 'model.shop.customers')?.why ?? []).not.toContain(
      'name `staging.dim_customer` appears in the ticket',
    )
  })
})
