import { describe, expect, it } from '@jest/globals'
import {
  changedLinesOf,
  clockFunctionIn,
  identifiersIn,
  newLogicIn,
  selectsStar,
} from '../../src/test-strategy/new-logic.js'

describe('newLogicIn: the rule that decides a model has logic to pin', () => {
  it('finds a CASE, functions, arithmetic and filters, with their lines', () => {
    const sql = `select
    account_id,
    case when seats > 10 then 'large' else 'small' end as size,
    coalesce(amount, 0) * 1.2 as gross
from {{ ref('accounts') }}
where region <> 'test'
`
    expect(newLogicIn(sql)).toEqual({
      found: ['CASE', 'coalesce()', 'arithmetic', 'a WHERE filter'],
      lines: [3, 4, 6],
    })
  })

  it('finds nothing in renames, casts, joins and stars', () => {
    const sql = `with a as (select * from {{ ref('raw_accounts') }})
select
    a.acct_id as account_id, -- renamed (x + y)
    cast(a.started_on as date) as started_on,
    a.started_on::date as started_day,
    s.* /* sum(x) */
from a
inner join {{ ref('subs') }} as s on s.account_id = a.acct_id and s.kind in ('a', 'b')
`
    expect(newLogicIn(sql)).toBeUndefined()
  })

  it('does not read Jinja, strings or comments as SQL, but counts a macro call', () => {
    expect(
      newLogicIn("select 'a + b' as label, \"x-y\" as q\nfrom {{ ref('t') }} -- where x\n"),
    ).toBeUndefined()
    expect(
      newLogicIn("select {{ cents_to_dollars('amount') }} as amount from {{ source('raw', 't') }}"),
    ).toEqual({
      found: ['the macro cents_to_dollars()'],
      lines: [1],
    })
  })

  it('counts a comparison in the SELECT list, not in a join condition or inside a CASE', () => {
    expect(newLogicIn("select status = 'active' as is_active from t")?.found).toEqual(['a comparison'])
    expect(newLogicIn('select a.x from a join b on a.id = b.id')).toBeUndefined()
    expect(newLogicIn('select case when a = 1 then 2 end as c from t')?.found).toEqual(['CASE'])
  })

  it('looks only at the lines the change wrote', () => {
    const base = "select\n    amount * 2 as doubled,\n    id\nfrom {{ ref('t') }}\n"
    const renamed = "select\n    amount * 2 as doubled,\n    id as order_id\nfrom {{ ref('t') }}\n"
    const changed = changedLinesOf(renamed, base)
    expect([...changed]).toEqual([3])
    expect(newLogicIn(renamed, changed)).toBeUndefined()
    const added =
      "select\n    amount * 2 as doubled,\n    id,\n    amount - fee as net\nfrom {{ ref('t') }}\n"
    expect(newLogicIn(added, changedLinesOf(added, base))).toEqual({ found: ['arithmetic'], lines: [4] })
  })
})

describe('what else the SQL tells the unit test', () => {
  it('finds the clock, outside strings and Jinja', () => {
    expect(clockFunctionIn('select current_date - started_on as age from t')).toBe('current_date')
    expect(clockFunctionIn('select now() as at from t')).toBe('now')
    expect(clockFunctionIn("select 'now' as word, {{ var('today') }} as v from t")).toBeUndefined()
  })

  it('tells a star projection from a multiplication or count(*)', () => {
    expect(selectsStar('select * from t')).toBe(true)
    expect(selectsStar('select a.*, b.x from a join b on a.id = b.id')).toBe(true)
    expect(selectsStar('select count(*) as n, a * b as c from t')).toBe(false)
  })

  it('lists the identifiers the SQL names, quoted ones unquoted', () => {
    const names = identifiersIn('select a.Account_ID, "Plan Tier" from {{ ref(\'x\') }} as a')
    expect([...names]).toEqual(['select', 'a', 'account_id', 'plan tier', 'from', 'as'])
  })
})
