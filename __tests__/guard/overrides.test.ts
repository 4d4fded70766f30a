import { describe, expect, it } from '@jest/globals'
import {
  findOverrides,
  guardEdit,
  overrideDraftReason,
  type ChangedFile,
  type OverrideAllowances,
} from '../../src/guard/guard.js'

const added = (path: string, content: string, old: string | null = null): ChangedFile => ({
  path,
  content,
  old,
})
const names = (files: ChangedFile[], allow?: OverrideAllowances) =>
  findOverrides(files, allow).map((item) => `${item.kind} ${item.name} ${item.path}:${item.line}`)

describe('overrides of dbt built-ins', () => {
  it.each([
    [
      '{% macro generate_schema_name(custom, node) %}{{ target.schema }}{% endmacro %}',
      'generate_schema_name',
    ],
    ['{%- macro generate_alias_name(c, n) -%}x{%- endmacro -%}', 'generate_alias_name'],
    ['{%+ macro generate_database_name(c, n) %}x{% endmacro %}', 'generate_database_name'],
    ['{%macro ref(name)%}{{ return(builtins.ref(name)) }}{%endmacro%}', 'ref'],
    ['{% macro source(a, b) %}x{% endmacro %}', 'source'],
    ['{%   macro   config() %}{% endmacro %}', 'config'],
    ['{% macro test_unique(model, column_name) %}select 1 where false{% endmacro %}', 'test_unique'],
    [
      '{% macro default__test_not_null(model, column_name) %}select 1 where false{% endmacro %}',
      'test_not_null',
    ],
    [
      '{% test accepted_values(model, column_name, values) %}select 1 where false{% endtest %}',
      'test_accepted_values',
    ],
    [
      '{%- test relationships(model, column_name, to, field) -%}select 1{%- endtest -%}',
      'test_relationships',
    ],
    [
      '{% macro default__get_test_sql(main_sql, fail_calc, warn_if, error_if, limit) %}select 0 as failures, false as should_warn, false as should_error{% endmacro %}',
      'get_test_sql',
    ],
    ['{% macro assert_columns_equivalent(sql) %}{% endmacro %}', 'assert_columns_equivalent'],
    [
      '{% macro get_unit_test_sql(main_sql, expected_fixture_sql, expected_column_names) %}select 1{% endmacro %}',
      'get_unit_test_sql',
    ],
    ['{% materialization table, default %}{% endmaterialization %}', 'materialization table'],
    ['{%+ materialization view, adapter="duckdb" %}{% endmaterialization %}', 'materialization view'],
    ['{%-\nmaterialization incremental, default %}{% endmaterialization %}', 'materialization incremental'],
  ])('%s shadows %s', (content, name) => {
    expect(names([added('macros/m.sql', content)])).toEqual([`override ${name} macros/m.sql:1`])
  })

  it('leaves macros of their own name alone', () => {
    const own =
      '{% macro cents_to_dollars(c) %}{{ c }} / 100{% endmacro %}\n{% test is_positive(model, column_name) %}select 1{% endtest %}'
    expect(names([added('macros/m.sql', own)])).toEqual([])
  })

  it('counts a shadowing macro the change edits, not one it leaves as it was', () => {
    const old = 'select 1\n{% macro generate_schema_name(c, n) %}{{ n.schema }}{% endmacro %}\n'
    expect(names([added('macros/m.sql', `${old}-- more\n`, old)])).toEqual([])
    const edited = old.replace('n.schema', "'elsewhere'")
    expect(names([added('macros/m.sql', edited, old)])).toEqual([
      'override generate_schema_name macros/m.sql:2',
    ])
  })

  it('refuses a custom materialization even behind `{%+` (it runs arbitrary SQL)', () => {
    const rules = guardEdit('macros/m.sql', '{%+ materialization table, default %}{% endmaterialization %}')
    expect(rules.map((v) => v.rule)).toContain('jinja-statement')
  })
})

describe('lint switches', () => {
  it('finds new noqa and lint-disable comments in SQL', () => {
    const sql = 'select\n  a, -- noqa: LT01\n  b /* sqlfluff:noqa */\nfrom x -- lint-disable\n'
    expect(names([added('models/m.sql', sql)])).toEqual([
      'noqa a, -- noqa: LT01 models/m.sql:2',
      'noqa b /* sqlfluff:noqa */ models/m.sql:3',
      'noqa from x -- lint-disable models/m.sql:4',
    ])
  })

  it('ignores a noqa that was already there', () => {
    const old = 'select a -- noqa\nfrom x\n'
    expect(names([added('models/m.sql', `${old}where a > 1\n`, old)])).toEqual([])
  })
})

describe('seed formulas', () => {
  it('finds cells a spreadsheet would run, quoted or not, but not plain numbers', () => {
    const csv =
      'id,amount,note\n1,-3,ok\n2,-0.5,"=HYPERLINK(""http://x"")"\n3,+1e3,@SUM(A1)\n4,5,"a\nb"\n5,0, -cmd|calc\n6,-,x\n'
    expect(names([added('seeds/s.csv', csv)])).toEqual([
      'seed-formula =HYPERLINK("http://x") seeds/s.csv:3',
      'seed-formula @SUM(A1) seeds/s.csv:4',
      'seed-formula -cmd|calc seeds/s.csv:7',
      'seed-formula - seeds/s.csv:8',
    ])
  })
})

describe('the policy allows a class', () => {
  const files = [
    added('macros/schema.sql', '{% macro generate_schema_name(c, n) %}x{% endmacro %}'),
    added('tests/generic/unique.sql', '{% test unique(model, column_name) %}select 1{% endtest %}'),
    added('models/m.sql', 'select 1 -- noqa\n'),
    added('seeds/s.csv', 'a\n=1+1\n'),
  ]

  it('names each unallowed one in the draft reason', () => {
    const reason = overrideDraftReason(findOverrides(files))
    expect(reason).toContain("overrides dbt's built-in `generate_schema_name` (macros/schema.sql:1)")
    expect(reason).toContain('`test_unique` (tests/generic/unique.sql:1)')
    expect(reason).toContain('switches the linter off')
    expect(reason).toContain('formula (`=1+1`) (seeds/s.csv:2)')
    expect(overrideDraftReason([])).toBeUndefined()
  })

  it('lets through what `guard.allow` names', () => {
    const allow = { overrides: ['generate_schema_name', 'unique'], noqa: true, seedFormulas: false }
    expect(names(files, allow)).toEqual(['seed-formula =1+1 seeds/s.csv:2'])
    expect(names(files, { overrides: [], noqa: false, seedFormulas: true })).toHaveLength(3)
  })
})
