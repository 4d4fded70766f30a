import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { EvidenceStage } from '../../src/evidence/evidence.js'
import { DbtEvidence } from '../../src/evidence/gather-evidence.js'
import { computeImpact } from '../../src/impact/impact.js'
import { evidenceMarkdown } from '../../src/report/evidence-markdown.js'
import { MemoryLog } from '../../src/shared/log.js'
import { describeFailures } from '../../src/validate/describe-failures.js'
import { copyFixtureProject, toolPath } from '../fakes/shop-copy.js'
import { validatorHarness, type ValidatorHarness } from '../fakes/validator-harness.js'

// The data evidence on real dbt-duckdb: the base parsed (no production), one build of the change with its
// parents, then `dbt show` for each changed model's profile and, for `orders` (unique + not_null `id`), its
// changed rows. Five dbt launches in all.

const CHANGED_ORDERS = `select
    id,
    case when amount > 25 then amount * 10 else amount end as amount,
    coalesce(status, 'unknown') as status,
    amount > 25 as is_large
from {{ ref('stg_orders') }}
`

describe('data evidence for a change that alters values of a keyed model and adds a model', () => {
  let h: ValidatorHarness
  let stage: EvidenceStage | undefined

  beforeAll(async () => {
    h = await validatorHarness(await copyFixtureProject('evidence-duck'), { lint: false })
    const base = await h.validator.prepareBase()
    await writeFile(path.join(h.projectDir, 'models/orders.sql'), CHANGED_ORDERS)
    await writeFile(
      path.join(h.projectDir, 'models/customer_totals.sql'),
      "select customer_id, sum(amount) as total from {{ ref('stg_orders') }} group by 1\n",
    )
    const round = await h.validator.validate(1, ['models/orders.sql', 'models/customer_totals.sql'])
    expect(describeFailures(round.validation)).toBe('')
    const evidence = new DbtEvidence(h.dbt, { targetPath: path.join(h.workDir, 'evidence') }, new MemoryLog())
    stage = await evidence.gather({
      baseGraph: base.graph,
      graph: round.graph,
      mode: base.mode,
      validations: [round.validation],
      changed: computeImpact(base.graph!, round.graph!).changed,
    })
  }, 240_000)
  afterAll(async () => {
    await rm(h.projectDir, { recursive: true, force: true })
    await rm(h.workDir, { recursive: true, force: true })
  })

  it('profiles both sides of the changed model: rows, nulls, distinct, min and max; added and removed columns', () => {
    expect(stage).toMatchObject({ status: 'gathered', launches: 3, modelsNotCompared: [] })
    const orders = stage?.models.find((model) => model.name === 'orders')
    expect(orders).toMatchObject({
      base: { kind: 'base-sql' },
      rows: { base: 4, new: 4 },
      primaryKey: ['id'],
    })
    const column = (name: string) => orders?.columns.find((c) => c.name === name)
    expect(column('amount')).toMatchObject({
      status: 'kept',
      base: { nulls: 0, distinct: 4, min: '10', max: '40' },
      new: { nulls: 0, distinct: 4, min: '10', max: '400' },
    })
    expect(column('status')).toMatchObject({
      status: 'kept',
      base: { nulls: 1, distinct: 2, min: 'paid', max: 'refunded' },
      new: { nulls: 0, distinct: 3, min: 'paid', max: 'unknown' },
    })
    expect(column('is_large')).toMatchObject({
      status: 'added',
      newType: 'BOOLEAN',
      new: { nulls: 0, distinct: 2 },
    })
    expect(column('is_large')?.base).toBeUndefined()
    expect(column('customer_id')).toEqual({ name: 'customer_id', status: 'removed', baseType: 'INTEGER' })
  })

  it('samples the rows whose values changed, matched by the unique + not_null key', () => {
    const sample = stage?.models.find((model) => model.name === 'orders')?.sample
    expect(sample?.changedRows).toBe(3)
    expect(sample?.rows).toEqual([
      { key: ['2'], changes: [{ column: 'status', base: null, new: 'unknown' }] },
      { key: ['3'], changes: [{ column: 'amount', base: '30', new: '300' }] },
      { key: ['4'], changes: [{ column: 'amount', base: '40', new: '400' }] },
    ])
  })

  it('shows a new model by its new side alone, and both in the PR section', () => {
    const totals = stage?.models.find((model) => model.name === 'customer_totals')
    expect(totals).toMatchObject({ base: { kind: 'none', reason: 'a new model' }, rows: { new: 3 } })
    expect(totals?.columns.find((c) => c.name === 'total')).toMatchObject({
      status: 'added',
      // Customers 10 (10 + 20), 11 (30) and 12 (40).
      new: { nulls: 0, distinct: 2, min: '30', max: '40' },
    })
    const markdown = evidenceMarkdown(stage) ?? ''
    expect(markdown).toContain('### Data evidence')
    expect(markdown).toContain('| `orders` | 4 → 4 (±0) |')
    expect(markdown).toContain('Changed rows of `orders`: 3 rows by `id`')
    expect(h.commands.filter((c) => c.command === toolPath('dbt')).map((c) => c.args[0])).toEqual([
      'parse',
      'build',
      'show',
      'show',
      'show',
    ])
  })
})
