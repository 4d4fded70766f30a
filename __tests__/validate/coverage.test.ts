import { describe, expect, it } from '@jest/globals'
import { defaultDbtProject } from '../../src/project/dbt-project.js'
import { manifestGraphOf } from '../../src/project/graph.js'
import { layoutOf } from '../../src/project/project-layout.js'
import { uncheckedChanges } from '../../src/validate/coverage.js'
import { manifest, model, withFields } from '../project/manifests/build.js'

const layout = layoutOf({ ...defaultDbtProject('/repo/shop', 'shop'), analysisPaths: ['adhoc'] })
const base = manifestGraphOf(manifest({ nodes: [model('orders', { file: 'models/orders.sql' })] }))
const analysis = withFields(model('payments_by_method', { file: 'adhoc/payments_by_method.sql' }), {
  resource_type: 'analysis',
  unique_id: 'analysis.shop.payments_by_method',
})

describe('uncheckedChanges', () => {
  it('never counts an analysis as checked, even when the build ran its parents', () => {
    const graph = manifestGraphOf(
      manifest({
        nodes: [
          model('orders', { file: 'models/orders.sql' }),
          ['analysis.shop.payments_by_method', analysis[1]],
        ],
      }),
    )
    const problems = uncheckedChanges({
      layout,
      files: ['adhoc/payments_by_method.sql'],
      base,
      graph,
      // `@state:modified` selects the analysis's parents: dbt built and tested those.
      results: [
        { uniqueId: 'model.shop.orders', status: 'success', executionTimeS: 0.1, file: 'models/orders.sql' },
      ],
      changedModels: [],
    })
    expect(problems).toEqual([
      expect.stringMatching(
        /^`adhoc\/payments_by_method\.sql` is an analysis .*dbt never builds or tests analyses.*model-paths `models\/`/,
      ),
    ])
  })

  it('passes a model change dbt built', () => {
    const graph = manifestGraphOf(
      manifest({ nodes: [model('orders', { file: 'models/orders.sql', sql: 'v2' })] }),
    )
    const problems = uncheckedChanges({
      layout,
      files: ['models/orders.sql'],
      base,
      graph,
      results: [
        { uniqueId: 'model.shop.orders', status: 'success', executionTimeS: 0.1, file: 'models/orders.sql' },
      ],
      changedModels: ['orders'],
    })
    expect(problems).toEqual([])
  })
})
