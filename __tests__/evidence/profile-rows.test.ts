import { describe, expect, it } from '@jest/globals'
import {
  EvidenceParseError,
  parseChangedRows,
  parseProfile,
  parseProfileColumns,
} from '../../src/evidence/profile-rows.js'
import { COLUMNS_MESSAGE } from '../../src/evidence/profile-sql.js'

const logged = (meta: unknown) => ['something else', `${COLUMNS_MESSAGE}${JSON.stringify(meta)}`]

describe('parseProfile', () => {
  it('reads both sides: a retyped column, nulls that moved, and a removed column (not profiled)', () => {
    const columns = parseProfileColumns(
      logged({
        new: [
          ['id', 'INTEGER'],
          ['amount', 'DOUBLE'],
        ],
        base: [
          ['id', 'INTEGER'],
          ['amount', 'INTEGER'],
          ['note', 'VARCHAR'],
        ],
        profiled: ['amount', 'id'],
      }),
    )
    const result = parseProfile(columns, [
      {
        side: 'new',
        row_count: 10,
        nn_0: 8,
        d_0: 5,
        lo_0: '1.5',
        hi_0: '9.0',
        nn_1: 10,
        d_1: 10,
        lo_1: '1',
        hi_1: '10',
      },
      {
        side: 'base',
        row_count: 9,
        nn_0: 9,
        d_0: 4,
        lo_0: '1',
        hi_0: '9',
        nn_1: 9,
        d_1: 9,
        lo_1: '1',
        hi_1: '9',
      },
    ])
    expect(result).toEqual({
      rows: { base: 9, new: 10 },
      unprofiledColumns: 0,
      columns: [
        {
          name: 'amount',
          status: 'retyped',
          baseType: 'INTEGER',
          newType: 'DOUBLE',
          base: { nulls: 0, distinct: 4, min: '1', max: '9' },
          new: { nulls: 2, distinct: 5, min: '1.5', max: '9.0' },
        },
        {
          name: 'id',
          status: 'kept',
          baseType: 'INTEGER',
          newType: 'INTEGER',
          base: { nulls: 0, distinct: 9, min: '1', max: '9' },
          new: { nulls: 0, distinct: 10, min: '1', max: '10' },
        },
        { name: 'note', status: 'removed', baseType: 'VARCHAR' },
      ],
    })
  })

  it('reads a new model (no base) with upper-case keys, counts as strings and a column without order', () => {
    const columns = parseProfileColumns(
      logged({
        new: [
          ['ID', 'NUMBER'],
          ['FLAG', 'BOOLEAN'],
          ['X', 'NUMBER'],
        ],
        base: null,
        profiled: ['ID', 'FLAG'],
      }),
    )
    const result = parseProfile(columns, [
      {
        SIDE: 'new',
        ROW_COUNT: '3',
        NN_0: '3',
        D_0: 3,
        LO_0: 1,
        HI_0: 3,
        NN_1: 2,
        D_1: 2,
        LO_1: null,
        HI_1: null,
      },
    ])
    expect(result.rows).toEqual({ new: 3 })
    expect(result.unprofiledColumns).toBe(1)
    expect(result.columns).toEqual([
      { name: 'ID', status: 'added', newType: 'NUMBER', new: { nulls: 0, distinct: 3, min: '1', max: '3' } },
      { name: 'FLAG', status: 'added', newType: 'BOOLEAN', new: { nulls: 1, distinct: 2 } },
    ])
  })

  it('says what it did not understand instead of guessing', () => {
    expect(() => parseProfileColumns(['no columns here'])).toThrow(EvidenceParseError)
    expect(() => parseProfileColumns([`${COLUMNS_MESSAGE}{"new": 1}`])).toThrow(/unexpected columns/)
    const columns = parseProfileColumns(logged({ new: [['id', 'INTEGER']], base: [], profiled: ['id'] }))
    expect(() => parseProfile(columns, [{ side: 'new', row_count: 1, nn_0: 1 }])).toThrow(
      /no row for the base/,
    )
    expect(() => parseProfile(columns, [{ side: 'new', row_count: 'many' }])).toThrow(
      /unexpected profile row/,
    )
  })
})

describe('parseChangedRows', () => {
  it('keeps per row the columns whose values differ, nulls included, sorted by key and bounded', () => {
    const key = [{ base: 'id', new: 'id', sameType: true }]
    const compared = [
      { base: 'amount', new: 'amount', sameType: true },
      { base: 'status', new: 'status', sameType: true },
    ]
    const sample = parseChangedRows(
      key,
      compared,
      [
        { k_0: '3', b_0: '30', n_0: '300', b_1: 'paid', n_1: 'paid', changed_rows: 7 },
        { k_0: '2', b_0: '20', n_0: '20', b_1: null, n_1: 'unknown', changed_rows: 7 },
        { k_0: '9', b_0: '1', n_0: '2', b_1: null, n_1: null, changed_rows: 7 },
      ],
      2,
    )
    expect(sample).toEqual({
      key: ['id'],
      changedRows: 7,
      compared: ['amount', 'status'],
      rows: [
        { key: ['2'], changes: [{ column: 'status', base: null, new: 'unknown' }] },
        { key: ['3'], changes: [{ column: 'amount', base: '30', new: '300' }] },
      ],
    })
  })

  it('reads no rows as no changed row', () => {
    const one = [{ base: 'id', new: 'id', sameType: true }]
    expect(parseChangedRows(one, one, [], 5)).toMatchObject({ changedRows: 0, rows: [] })
  })
})
