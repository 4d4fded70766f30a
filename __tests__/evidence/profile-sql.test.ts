import { describe, expect, it } from '@jest/globals'
import type { EvidenceTarget } from '../../src/evidence/evidence-targets.js'
import { changedRowsQuery, jinjaString, profileQuery } from '../../src/evidence/profile-sql.js'

const relation = { relationName: '"dev"."ci"."orders"', database: 'dev', schema: 'ci', identifier: 'orders' }
const target = (base: EvidenceTarget['base'], hints: string[] = []): EvidenceTarget => ({
  id: 'model.shop.orders',
  name: 'orders',
  relation,
  base,
  hints,
  notes: [],
})

describe('jinjaString', () => {
  it('escapes everything that could end the string or open a tag', () => {
    const literal = jinjaString(`a"b'{{ x }}{% y %}\\\n€😀`)
    expect(literal).toBe(
      '"a\\u0022b\\u0027\\u007b\\u007b x \\u007d\\u007d\\u007b\\u0025 y \\u0025\\u007d\\u005c\\u000a\\u20ac\\U0001f600"',
    )
    expect(literal.slice(1, -1)).not.toMatch(/["'{}%\n]|\\(?![uU])/)
  })
})

describe('profileQuery', () => {
  it('reads a production base only when the adapter finds its relation, and bounds the columns', () => {
    const sql = profileQuery(
      target({
        kind: 'production',
        relationName: '"prod"."main"."orders"',
        database: 'prod',
        schema: 'main',
        identifier: 'orders',
      }),
      12,
    )
    expect(sql).toContain('adapter.get_relation(database="prod", schema="main", identifier="orders")')
    expect(sql).toContain('"select * from " ~ "\\u0022prod\\u0022.\\u0022main\\u0022.\\u0022orders\\u0022"')
    expect(sql).toContain('(ap_ranked | sort)[:12]')
    expect(sql).toContain('adapter.get_column_schema_from_query("select * from " ~ ap_new_from)')
    expect(sql).toContain('count(distinct {{ q }})')
    expect(sql).toContain('union all')
  })

  it("embeds the base model's raw code (its refs resolve to this run's build) without a trailing semicolon", () => {
    const raw = "{{ config(materialized='table') }}\nselect id from {{ ref('stg_orders') }};"
    const sql = profileQuery(target({ kind: 'base-sql', rawCode: raw }, ['amount']), 5)
    expect(sql).toContain(`{%- set ap_base_raw -%}\n${raw}\n{%- endset -%}`)
    expect(sql).toContain('ap_base_raw.strip().rstrip(";").strip()')
    expect(sql).toContain('{%- set ap_hints = ["amount"] -%}')
    expect(sql).not.toContain('get_relation')
  })

  it('has no base side for a new model', () => {
    const sql = profileQuery(target({ kind: 'none', reason: 'a new model' }), 12)
    expect(sql).toContain('{%- set ap_base_sql = none -%}')
    expect(sql).not.toContain('ap_base_raw')
  })
})

describe('changedRowsQuery', () => {
  const base = {
    kind: 'production',
    relationName: '"prod"."main"."orders"',
    database: 'prod',
    schema: 'main',
    identifier: 'orders',
  } as const

  it('joins on the key, quoted by the adapter, and keeps rows where a compared value differs, nulls included', () => {
    const sql = changedRowsQuery(
      target(base),
      [{ base: 'id', new: 'id', sameType: true }],
      [{ base: 'amount', new: 'amount', sameType: false }],
    )
    const b = 'ap_base.{{ adapter.quote("amount") }}'
    const n = 'ap_new.{{ adapter.quote("amount") }}'
    expect(sql).toContain('on ap_base.{{ adapter.quote("id") }} = ap_new.{{ adapter.quote("id") }}')
    expect(sql).toContain(
      `(${b} is null and ${n} is not null) or (${b} is not null and ${n} is null) or cast(${b} as {{ ap_string }}) <> cast(${n} as {{ ap_string }})`,
    )
    expect(sql).toContain('count(*) over () as changed_rows')
    // The row limit is dbt's (`--limit`), in the adapter's own SQL.
    expect(sql).not.toMatch(/\blimit\b/)
  })

  it('compares a retyped key as text', () => {
    const sql = changedRowsQuery(
      target(base),
      [{ base: 'id', new: 'ID', sameType: false }],
      [{ base: 'amount', new: 'AMOUNT', sameType: true }],
    )
    expect(sql).toContain(
      'on cast(ap_base.{{ adapter.quote("id") }} as {{ ap_string }}) = cast(ap_new.{{ adapter.quote("ID") }} as {{ ap_string }})',
    )
  })
})
