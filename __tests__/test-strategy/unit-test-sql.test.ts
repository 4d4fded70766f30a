import { describe, expect, it } from '@jest/globals'
import {
  expectedRowsQuery,
  givenInputText,
  sampleRowsQuery,
  sqlLiteral,
  unwritableType,
  UnwritableValue,
  type GivenRelation,
} from '../../src/test-strategy/unit-test-sql.js'

describe('sqlLiteral: a fixture value as a typed SQL literal', () => {
  it('casts numbers, booleans, NULLs, dates and strings to the column type', () => {
    expect(sqlLiteral(42, 'INTEGER')).toBe('cast(42 as INTEGER)')
    expect(sqlLiteral(1.5, 'DECIMAL(18,3)')).toBe('cast(1.5 as DECIMAL(18,3))')
    expect(sqlLiteral(true, 'BOOLEAN')).toBe('cast(true as BOOLEAN)')
    expect(sqlLiteral(null, 'DATE')).toBe('cast(null as DATE)')
    expect(sqlLiteral('2026-01-03', 'DATE')).toBe("cast('2026-01-03' as DATE)")
    expect(sqlLiteral('2026-01-03T10:00:00', 'TIMESTAMP WITH TIME ZONE')).toBe(
      "cast('2026-01-03T10:00:00' as TIMESTAMP WITH TIME ZONE)",
    )
  })

  it('doubles quotes in strings and refuses a backslash or a type that is not plain', () => {
    expect(sqlLiteral("O'Brien's", 'VARCHAR')).toBe("cast('O''Brien''s' as VARCHAR)")
    expect(() => sqlLiteral('C:\\temp', 'VARCHAR')).toThrow(UnwritableValue)
    expect(() => sqlLiteral('x', 'VARCHAR); drop table t; --')).toThrow(UnwritableValue)
  })

  it('names the types a fixture cannot spell', () => {
    expect(unwritableType('STRUCT(a INTEGER)')).toMatch(/no plain literal/)
    expect(unwritableType('INTEGER[]')).toMatch(/no plain literal/)
    expect(unwritableType('BLOB')).toMatch(/no plain literal/)
    expect(unwritableType('VARCHAR')).toBeUndefined()
  })
})

describe('the unit test queries', () => {
  const accounts: GivenRelation = {
    input: { kind: 'ref', packageName: 'billing', name: 'stg_accounts' },
    columns: [
      { name: 'account_id', type: 'INTEGER' },
      { name: 'name', type: 'VARCHAR' },
    ],
    rows: [
      [1, "It's {{ x }}"],
      [2, null],
    ],
  }
  const events: GivenRelation = {
    input: { kind: 'source', sourceName: 'raw', name: 'events' },
    columns: [{ name: 'at', type: 'DATE' }],
    rows: [],
  }

  it('names inputs as the YAML does: ref in the own package, else with it; source with its name', () => {
    expect(givenInputText(accounts.input, 'billing')).toBe("ref('stg_accounts')")
    expect(givenInputText(accounts.input, 'other')).toBe("ref('billing', 'stg_accounts')")
    expect(givenInputText(events.input, 'billing')).toBe("source('raw', 'events')")
  })

  it('samples a parent ordered by its first column, logging its columns', () => {
    const query = sampleRowsQuery(events.input)
    expect(query).toContain('{%- set ap_parent = source("raw", "events") -%}')
    expect(query).toContain('select * from {{ ap_parent }} order by 1')
    expect(query).toContain('"autopilot-rows:"')
  })

  it('replaces each parent relation with a CTE of its rows, values only inside Jinja strings', () => {
    const query = expectedRowsQuery("select * from {{ ref('stg_accounts') }}", [accounts, events])
    expect(query).toContain('{%- set ap_rel_0 = ref("billing", "stg_accounts") | string -%}')
    expect(query).toContain('{%- set ap_rel_1 = source("raw", "events") | string -%}')
    expect(query).toContain('.replace(ap_rel_0, "ap_given_0").replace(ap_rel_1, "ap_given_1")')
    // The value's quote and braces are escapes in a Jinja string: it cannot open a tag.
    expect(query).toContain(
      '"cast(\\u0027It\\u0027\\u0027s \\u007b\\u007b x \\u007d\\u007d\\u0027 as VARCHAR) as "',
    )
    expect(query).toContain('"cast(null as VARCHAR) as "')
    // No rows: one typed row, filtered out.
    expect(query).toContain('"cast(null as DATE) as " ~ adapter.quote("at") ~ " where 1 = 0"')
    expect(query).toContain('{%- if ap_rel_1 not in ap_raw -%}')
  })
})
