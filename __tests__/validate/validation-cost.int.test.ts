import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describeFailures } from '../../src/validate/describe-failures.js'
import type { ValidationRound } from '../../src/validate/validation.js'
import { copyShopProject } from '../fakes/shop-copy.js'
import {
  buildSelections,
  dbtLaunches,
  fullParses,
  validatorHarness,
  type ValidatorHarness,
} from '../fakes/validator-harness.js'

/**
 * What validation costs over one run on examples/shop without production state: one harness, rounds in
 * order, each asserting the work dbt did (launches, selections, partial parses, nodes run).
 */
describe('DbtValidator does the work once per run', () => {
  let h: ValidatorHarness
  const base: Record<string, string> = {}
  const file = (name: string) => path.join(h.projectDir, name)
  const ran = (round: ValidationRound) => new Set(round.validation.dbt.results.map((r) => r.uniqueId))
  /** dbt commands launched while `fn` ran. */
  const launched = async <T>(fn: () => Promise<T>) => {
    const from = h.commands.length
    const value = await fn()
    return { value, commands: h.commands.slice(from) }
  }
  async function edit(name: string, change: (text: string) => string): Promise<void> {
    const before = await readFile(file(name), 'utf8')
    base[name] ??= before
    const after = change(before)
    expect(after).not.toBe(before)
    await writeFile(file(name), after)
  }

  beforeAll(async () => {
    h = await validatorHarness(await copyShopProject(), { lint: false })
    const prepared = await h.validator.prepareBase()
    expect(prepared.mode).toBe('with-parents')
  }, 120_000)
  afterAll(async () => {
    await rm(h.projectDir, { recursive: true, force: true })
    await rm(h.workDir, { recursive: true, force: true })
  })

  it('builds the first round with the parents, reusing the base parse', async () => {
    await edit('models/marts/orders.sql', (sql) =>
      sql.replace(
        '    totals.amount_paid >= totals.order_subtotal as is_paid\n',
        '    totals.amount_paid >= totals.order_subtotal as is_paid,\n    totals.item_count > 1 as is_multi_item\n',
      ),
    )
    await edit('models/marts/_marts.yml', (yml) =>
      yml.replace(
        '      - name: is_paid\n        data_type: boolean\n',
        '      - name: is_paid\n        data_type: boolean\n      - name: is_multi_item\n        data_type: boolean\n',
      ),
    )

    const { value: round, commands } = await launched(() =>
      h.validator.validate(1, ['models/marts/orders.sql', 'models/marts/_marts.yml']),
    )

    expect(describeFailures(round.validation)).toBe('')
    expect(buildSelections(commands)).toEqual(['@state:modified'])
    expect(round.validation.dbt).toMatchObject({ launches: 1, parse: { partialParse: 'reused' } })
    expect(ran(round).has('model.shop.int_order_totals')).toBe(true) // a parent: nothing to defer to
    expect(ran(round).has('model.shop.customers')).toBe(true) // a child
    // dbt parsed every file once, for the base; the build re-read only the two changed files.
    expect(fullParses(h.commands)).toBe(1)
  }, 180_000)

  it('builds a repair round without the parents the first round built', async () => {
    await edit('models/marts/customers.sql', (sql) =>
      sql.replace(
        '    customers.email,\n',
        "    customers.email,\n    customers.first_name || ' ' || customers.last_name as full_name,\n",
      ),
    )

    const { value: round, commands } = await launched(() =>
      h.validator.validate(2, [
        'models/marts/orders.sql',
        'models/marts/_marts.yml',
        'models/marts/customers.sql',
      ]),
    )

    expect(describeFailures(round.validation)).toBe('')
    expect(buildSelections(commands)).toEqual(['state:modified+'])
    expect(round.validation.dbt).toMatchObject({
      launches: 1,
      parentsFrom: 1,
      parse: { partialParse: 'reused' },
    })
    expect(ran(round).has('model.shop.customers')).toBe(true)
    expect(ran(round).has('model.shop.orders')).toBe(true)
    for (const parent of ['model.shop.int_order_totals', 'model.shop.stg_orders', 'model.shop.stg_customers'])
      expect([parent, ran(round).has(parent)]).toEqual([parent, false])
    expect(fullParses(h.commands)).toBe(1)
  }, 180_000)

  it('does not run a round again when no file changed, and says which round it repeats', async () => {
    const launches = dbtLaunches(h.commands)

    const { validation } = await h.validator.validate(3, [
      'models/marts/orders.sql',
      'models/marts/_marts.yml',
      'models/marts/customers.sql',
    ])

    expect(dbtLaunches(h.commands)).toBe(launches)
    expect(validation).toMatchObject({ round: 3, reusedFrom: 2, ok: true })
    expect(validation.dbt.results.length).toBeGreaterThan(0)
  })

  it('builds again what a revert made stale, and the parents a new model reads that no round built', async () => {
    await writeFile(file('models/marts/orders.sql'), base['models/marts/orders.sql'] ?? '')
    await writeFile(file('models/marts/_marts.yml'), base['models/marts/_marts.yml'] ?? '')
    await writeFile(
      file('models/marts/spine_days.sql'),
      "select date_day from {{ ref('metricflow_time_spine') }}\n",
    )

    const { value: round, commands } = await launched(() =>
      h.validator.validate(4, ['models/marts/customers.sql', 'models/marts/spine_days.sql']),
    )

    // orders (and customers, documented in the same YAML) were built from changed definitions and their
    // files changed since: selected with their children. The previous manifest did not know spine_days, so
    // that build missed its parent; the manifest dbt wrote shows it, and the round builds with the parents.
    expect(buildSelections(commands)).toEqual([
      'state:modified+ fqn:shop.marts.customers+ fqn:shop.marts.orders+',
      '@state:modified',
    ])
    expect(round.validation.dbt.launches).toBe(2)
    expect(describeFailures(round.validation)).toBe('')
    expect(round.validation.changedModels).toEqual(['customers', 'spine_days'])
    const status = new Map(round.validation.dbt.results.map((r) => [r.uniqueId, r.status]))
    expect(status.get('model.shop.metricflow_time_spine')).toBe('success')
    expect(status.get('model.shop.spine_days')).toBe('success')
    expect(status.get('model.shop.orders')).toBe('success') // back to the base definition
    expect(fullParses(h.commands)).toBe(1)
  }, 240_000)
})
