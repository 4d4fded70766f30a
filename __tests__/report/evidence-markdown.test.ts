import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_EVIDENCE_LIMITS,
  type EvidenceStage,
  type ModelEvidence,
} from '../../src/evidence/evidence.js'
import { evidenceMarkdown } from '../../src/report/evidence-markdown.js'

const orders: ModelEvidence = {
  id: 'model.shop.orders',
  name: 'orders',
  relation: '"db"."ci"."orders"',
  base: { kind: 'production', relation: '"db"."prod"."orders"' },
  rows: { base: 1000, new: 998 },
  columns: [
    {
      name: 'amount',
      status: 'retyped',
      baseType: 'INTEGER',
      newType: 'DOUBLE',
      base: { nulls: 0, distinct: 40, min: '1', max: '90' },
      new: { nulls: 10, distinct: 41, min: '1.0', max: '90.5' },
    },
    {
      name: 'id',
      status: 'kept',
      base: { nulls: 0, distinct: 1000, min: '1', max: '1000' },
      new: { nulls: 0, distinct: 1000, min: '1', max: '1000' },
    },
    { name: 'is_large', status: 'added', newType: 'BOOLEAN', new: { nulls: 0, distinct: 2 } },
    { name: 'note', status: 'removed', baseType: 'VARCHAR' },
  ],
  unprofiledColumns: 3,
  primaryKey: ['id'],
  sample: {
    key: ['id'],
    changedRows: 12,
    compared: ['amount'],
    rows: [{ key: ['7'], changes: [{ column: 'amount', base: '3', new: '3.5' }] }],
  },
  notes: [],
}

const stage = (models: ModelEvidence[], extra: Partial<EvidenceStage> = {}): EvidenceStage => ({
  status: 'gathered',
  models,
  limits: DEFAULT_EVIDENCE_LIMITS,
  modelsNotCompared: [],
  modelsOutOfTime: [],
  launches: 2,
  ...extra,
})

describe('evidenceMarkdown', () => {
  it('is a compact table of the columns that differ, with the changed rows behind details', () => {
    const markdown = evidenceMarkdown(stage([orders])) ?? ''
    expect(markdown).toContain(
      '| `orders` | 1,000 → 998 (−2) | `amount` (INTEGER → DOUBLE) | 0% → 1% | 40 → 41 | 1 → 1.0 | 90 → 90.5 |',
    )
    expect(markdown).toContain('|  |  | `is_large` (added, BOOLEAN) | 0% | 2 | – | – |')
    expect(markdown).toContain('|  |  | `note` (removed) |  |  |  |  |')
    expect(markdown).not.toContain('|  |  | `id`')
    expect(markdown).toContain('- `orders`: 1 other profiled column the same on both sides.')
    expect(markdown).toContain('- `orders`: 3 columns not profiled (limit 12 per model).')
    expect(markdown).toContain(
      '<details><summary>Changed rows of `orders`: 12 rows by `id`, the first 1 shown</summary>',
    )
    expect(markdown).toContain('| 7 | `amount` | 3 | 3.5 |')
  })

  it('shows a new model by its new side, and says why it has no base', () => {
    const model: ModelEvidence = {
      ...orders,
      name: 'totals',
      base: { kind: 'none', reason: 'a new model' },
      rows: { new: 3 },
      columns: [
        {
          name: 'total',
          status: 'added',
          newType: 'INTEGER',
          new: { nulls: 1, distinct: 2, min: '30', max: '40' },
        },
      ],
      unprofiledColumns: 0,
      sample: undefined,
      primaryKey: undefined,
    }
    const markdown = evidenceMarkdown(stage([model])) ?? ''
    expect(markdown).toContain('| `totals` | – → 3 | `total` (added, INTEGER) | 33.3% | 2 | 30 | 40 |')
    expect(markdown).toContain('- `totals`: no base to compare with (a new model).')
    expect(markdown).not.toContain('no changed rows sampled')
  })

  it('says every cut: models over the limit, out of time, a failed model, no key', () => {
    const failed: ModelEvidence = {
      ...orders,
      name: 'customers',
      error: 'Runtime Error: boom',
      rows: undefined,
      columns: [],
      sample: undefined,
    }
    const unkeyed: ModelEvidence = {
      ...orders,
      name: 'items',
      primaryKey: undefined,
      sample: undefined,
      unprofiledColumns: 0,
    }
    const markdown =
      evidenceMarkdown(
        stage([failed, unkeyed], {
          status: 'partial',
          reason: 'the time budget for data evidence (150 s) ran out',
          modelsNotCompared: ['f', 'g'],
          modelsOutOfTime: ['e'],
        }),
      ) ?? ''
    expect(markdown).toContain('| `customers` | not gathered: Runtime Error: boom |')
    expect(markdown).toContain(
      '- `items`: no changed rows sampled: no primary key declared (unique + not_null, or a constraint).',
    )
    expect(markdown).toContain('- 2 more changed models not compared (limit 5): `f`, `g`.')
    expect(markdown).toContain('- Not compared, the time budget for data evidence (150 s) ran out: `e`.')
  })

  it('is one line when nothing was gathered, and nothing without a stage', () => {
    expect(
      evidenceMarkdown(stage([], { status: 'not-gathered', reason: 'dbt show failed: no such relation' })),
    ).toBe('### Data evidence\n\nNot gathered: dbt show failed: no such relation.')
    expect(evidenceMarkdown(undefined)).toBeUndefined()
  })

  it('keeps data values inert', () => {
    const model: ModelEvidence = {
      ...orders,
      columns: [
        {
          name: 'note',
          status: 'kept',
          base: { nulls: 0, min: 'a' },
          new: { nulls: 0, min: '@octocat <img src=x> | [x](http://e)' },
        },
      ],
    }
    const markdown = evidenceMarkdown(stage([model])) ?? ''
    expect(markdown).not.toContain('<img')
    expect(markdown).not.toContain('@octocat')
    expect(markdown).toContain('\\|')
  })
})
