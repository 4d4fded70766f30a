import { describe, expect, it } from '@jest/globals'
import { parseableSql, refName } from '../../src/optimize/parseable-sql.js'

describe('parseableSql', () => {
  it('turns refs, sources and this into relations and drops statements, keeping every line where it was', () => {
    const source = [
      "{{ config(materialized='incremental',\n  unique_key='id') }}",
      "select id, {{ dbt_utils.star(ref('a')) }} from {{ ref('shop', 'orders') }} o",
      "join {{ source('raw', 'payments') }} p on p.id = o.id {# a comment #}",
      '{% if is_incremental() %}',
      "where o.at > (select max(at) from {{ this }}) and v = {{ ref('versioned', v=2) }}.x",
      '{% endif %}',
    ].join('\n')
    const result = parseableSql(source)
    expect(result.split('\n')).toHaveLength(source.split('\n').length)
    expect(result.split('\n')).toEqual([
      '',
      '',
      'select id, __jinja__ from __ref__orders o',
      'join __source__raw__payments p on p.id = o.id ',
      '',
      'where o.at > (select max(at) from __this__) and v = __ref__versioned.x',
      '',
    ])
    expect(refName('__ref__orders')).toBe('orders')
    expect(refName('__source__raw__payments')).toBeUndefined()
  })
})
