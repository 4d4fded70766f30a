import { describe, expect, it } from '@jest/globals'
import { Layers, LayerConfigSchema } from '../../src/project/layers.js'

describe('layers', () => {
  it('defaults to dbt’s staging / intermediate / marts folders', () => {
    const layers = new Layers()
    expect(layers.layerOf({ file: 'models/staging/shop/stg_orders.sql', tags: [] })).toBe('staging')
    expect(layers.layerOf({ file: 'models/intermediate/int_totals.sql', tags: [] })).toBe('intermediate')
    expect(layers.layerOf({ file: 'models/marts/orders.sql', tags: [] })).toBe('marts')
    expect(layers.layerOf({ file: 'models/utilities/time_spine.sql', tags: [] })).toBeUndefined()
  })

  it('applies configured rules in order: the first match by folder glob or tag wins', () => {
    const layers = new Layers([
      { layer: 'gold', tags: ['certified'] },
      { layer: 'bronze', paths: ['models/raw/**', 'models/*_landing/*.sql'] },
      { layer: 'silver', paths: ['models/**'] },
    ])
    expect(layers.layerOf({ file: 'models/raw/a/b.sql', tags: ['certified'] })).toBe('gold')
    expect(layers.layerOf({ file: 'models/raw/a/b.sql', tags: [] })).toBe('bronze')
    expect(layers.layerOf({ file: 'models/s3_landing/x.sql', tags: [] })).toBe('bronze')
    expect(layers.layerOf({ file: 'models/s3_landing/deep/x.sql', tags: [] })).toBe('silver')
    expect(layers.layerOf({ file: 'seeds/x.csv', tags: [] })).toBeUndefined()
  })

  it('matches paths in the shared glob dialect, including Windows separators from the manifest', () => {
    const layers = new Layers([
      { layer: 'gold', paths: ['models/gold/'] },
      { layer: 'silver', paths: ['silver'] },
    ])
    expect(layers.layerOf({ file: 'models\\gold\\orders.sql', tags: [] })).toBe('gold')
    expect(layers.layerOf({ file: 'models/shop/silver/orders.sql', tags: [] })).toBe('silver')
    expect(layers.layerOf({ file: 'models/golden/orders.sql', tags: [] })).toBeUndefined()
  })

  it('rejects a rule with neither paths nor tags, naming what is missing', () => {
    const parsed = LayerConfigSchema.safeParse({ name: 'gold' })
    expect(parsed.success).toBe(false)
    expect(JSON.stringify(parsed.error?.issues)).toContain('needs at least one of `paths`')
  })
})
