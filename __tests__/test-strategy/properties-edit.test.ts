import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import {
  addTestsToProperties,
  addUnitTestToProperties,
  PropertiesEditError,
} from '../../src/test-strategy/properties-edit.js'
import type { ProposedTest, ProposedUnitTest } from '../../src/test-strategy/test-strategy.js'

const test = (column: string, extra: Partial<ProposedTest> = {}): ProposedTest => ({
  modelId: 'model.p.parcels',
  model: 'parcels',
  column,
  test: 'not_null',
  rule: 'key:column-name',
  because: '',
  ...extra,
})

describe('addTestsToProperties', () => {
  it('creates a file for a model without one, with data_tests and arguments as dbt 1.10+ reads them', () => {
    const text = addTestsToProperties(null, 'parcels', [
      test('parcel_id'),
      test('parcel_id', { test: 'unique' }),
      test('depot_id', { test: 'relationships', to: { model: 'stg_depots', field: 'depot_id' } }),
      test('scan_state', { test: 'accepted_values', values: ['in', 'out'] }),
    ])
    expect(parse(text)).toEqual({
      version: 2,
      models: [
        {
          name: 'parcels',
          columns: [
            { name: 'parcel_id', data_tests: ['not_null', 'unique'] },
            {
              name: 'depot_id',
              data_tests: [{ relationships: { arguments: { to: "ref('stg_depots')", field: 'depot_id' } } }],
            },
            {
              name: 'scan_state',
              data_tests: [{ accepted_values: { arguments: { values: ['in', 'out'] } } }],
            },
          ],
        },
      ],
    })
  })

  it("keeps comments and other models, matches the column case-insensitively, and follows the file's `tests:`", () => {
    const before = [
      'version: 2',
      'models:',
      '  - name: depots # hand-written',
      '    columns:',
      '      - name: depot_id',
      '        tests: [unique]',
      '  - name: parcels',
      '    columns:',
      '      - name: PARCEL_ID',
      '        description: the parcel',
      '',
    ].join('\n')
    const after = addTestsToProperties(before, 'parcels', [
      test('parcel_id'),
      test('weight_class', { test: 'accepted_values', values: ['l', 's'] }),
    ])
    expect(after).toContain('# hand-written')
    const parsed = parse(after) as {
      models: Array<{ name: string; columns: Array<Record<string, unknown>> }>
    }
    expect(parsed.models[0]!.columns).toEqual([{ name: 'depot_id', tests: ['unique'] }])
    expect(parsed.models[1]!.columns).toEqual([
      { name: 'PARCEL_ID', description: 'the parcel', tests: ['not_null'] },
      { name: 'weight_class', tests: [{ accepted_values: { arguments: { values: ['l', 's'] } } }] },
    ])
  })

  it('refuses a versioned model and a file that is not YAML, so nothing half-written is kept', () => {
    expect(() =>
      addTestsToProperties('models:\n  - name: parcels\n    versions: [{v: 1}]\n', 'parcels', [test('a')]),
    ).toThrow(/versioned/)
    expect(() => addTestsToProperties('models: [\n', 'parcels', [test('a')])).toThrow(PropertiesEditError)
  })
})

const unitTest: ProposedUnitTest = {
  modelId: 'model.p.parcels',
  model: 'parcels',
  name: 'parcels_new_logic',
  rule: 'new-logic',
  because: '',
  given: [
    {
      input: "ref('stg_parcels')",
      rows: [
        { parcel_id: 1, shipped_on: '2026-01-03', note: 'it\'s "fragile"', flag: 'yes', weight: null },
        { parcel_id: 2, shipped_on: null, note: '{{ not jinja }}', flag: 'no', weight: 1.5 },
      ],
    },
  ],
  expect: [{ parcel_id: 1, heavy: true }],
}

describe('addUnitTestToProperties', () => {
  it('adds unit_tests beside models, keeping comments, one flow mapping per row', () => {
    const before = 'version: 2\n\nmodels:\n  - name: parcels # the mart\n'
    const after = addUnitTestToProperties(before, unitTest)
    expect(after).toContain('# the mart')
    expect(after).toContain(
      '{ parcel_id: 1, shipped_on: "2026-01-03", note: "it\'s \\"fragile\\"", flag: "yes", weight: null }',
    )
    expect(parse(after)).toEqual({
      version: 2,
      models: [{ name: 'parcels' }],
      unit_tests: [
        {
          name: 'parcels_new_logic',
          model: 'parcels',
          description: expect.stringContaining('check the expected rows') as unknown,
          given: unitTest.given,
          expect: { rows: [{ parcel_id: 1, heavy: true }] },
        },
      ],
    })
  })

  it('quotes text so YAML 1.1 readers keep dates and yes/no as text', () => {
    const after = addUnitTestToProperties(null, unitTest)
    expect(after).toContain('shipped_on: "2026-01-03"')
    expect(after).toContain('flag: "yes"')
    expect(after).toContain('weight: 1.5')
  })

  it('appends to an existing unit_tests list and refuses a name the model already has', () => {
    const before = 'unit_tests:\n  - name: other\n    model: parcels\n'
    const parsed = parse(addUnitTestToProperties(before, unitTest)) as { unit_tests: Array<{ name: string }> }
    expect(parsed.unit_tests.map((t) => t.name)).toEqual(['other', 'parcels_new_logic'])
    const taken = 'unit_tests:\n  - name: parcels_new_logic\n    model: parcels\n'
    expect(() => addUnitTestToProperties(taken, unitTest)).toThrow(/already has a unit test/)
    expect(() => addUnitTestToProperties('unit_tests: 3\n', unitTest)).toThrow(PropertiesEditError)
  })
})
