import { describe, expect, it } from '@jest/globals'
import { manifestGraphOf } from '../../src/project/graph.js'
import { referenceModels } from '../../src/eval/reference-models.js'
import { manifest, model } from '../project/manifests/build.js'

// A project with models in transform/ (not models/): payments, and orders in two versions.
const graph = manifestGraphOf(
  manifest({
    nodes: [
      model('payments', { file: 'transform/payments.sql' }),
      model('orders', { version: 1, file: 'transform/orders_v1.sql' }),
      model('orders', { version: 2, file: 'transform/orders_v2.sql' }),
    ],
  }),
)
const base = { graph, packageName: 'shop', modelPaths: ['transform'] }

describe('referenceModels', () => {
  it('names the models whose SQL the reference modifies, deletes or adds, as dbt names them', () => {
    expect(
      referenceModels(
        [
          { path: 'transform/payments.sql', change: 'modified' },
          { path: 'transform/orders_v1.sql', change: 'deleted' },
          { path: 'transform/refunds.sql', change: 'added' },
          // A new version of a model the base knows is that model; an unknown _v3 stem is its own name.
          { path: 'transform/orders_v3.sql', change: 'added' },
          { path: 'transform/fees_v3.sql', change: 'added' },
        ],
        base,
      ),
    ).toEqual(['fees_v3', 'orders', 'payments', 'refunds'])
  })

  it('leaves YAML to the files criterion and skips SQL outside the model paths', () => {
    expect(
      referenceModels(
        [
          { path: 'transform/schema.yml', change: 'modified' },
          { path: 'analyses/adhoc.sql', change: 'added' },
          { path: 'checks/assert_positive.sql', change: 'added' },
        ],
        base,
      ),
    ).toEqual([])
  })
})
