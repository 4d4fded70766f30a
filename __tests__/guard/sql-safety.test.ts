import { describe, expect, it } from '@jest/globals'
import { DEFAULT_GUARD_CONFIG, guardEdit, type GuardConfig } from '../../src/guard/guard.js'

const rules = (content: string, path = 'models/m.sql', config: GuardConfig = DEFAULT_GUARD_CONFIG) =>
  [...new Set(guardEdit(path, content, null, config).map((violation) => violation.rule))].sort()

describe('SQL and Jinja safety', () => {
  it.each([
    ['create table x as select 1', 'sql-ddl-dml'],
    ['CREATE OR REPLACE TEMP VIEW v AS select 1', 'sql-ddl-dml'],
    ['select 1 as id ); drop table raw.orders; select ( 1', 'sql-ddl-dml'],
    ['delete from raw.orders where 1 = 1', 'sql-ddl-dml'],
    ['update raw.orders set amount = 0', 'sql-ddl-dml'],
    ['insert into raw.orders values (1)', 'sql-ddl-dml'],
    ['merge into t using s on t.id = s.id when matched then delete', 'sql-ddl-dml'],
    ['grant select on raw.orders to public', 'sql-ddl-dml'],
    ['alter table raw.orders add column x int', 'sql-ddl-dml'],
    ['truncate table raw.orders', 'sql-ddl-dml'],
    ["attach 's3://bucket/x.db' as x", 'engine-escape'],
    ["copy (select 1) to '/tmp/x.csv'", 'engine-escape'],
    ['install httpfs', 'engine-escape'],
    ["select * from read_csv('https://evil.example/a.csv')", 'engine-escape'],
    ["select * from '/etc/passwd'", 'engine-escape'],
    ["select getenv('HOME')", 'env-var-not-allowed'],
    ["{% do run_query('select 1') %}select 1", 'jinja-run-query'],
    ["{% set rq = context['run_' ~ 'query'] %}select 1", 'jinja-run-query'],
    ["{% call statement('x') %}select 1{% endcall %}", 'jinja-statement'],
    ["{% do adapter.execute('select 1') %}select 1", 'adapter-execute'],
    ["{{ config(post_hook='drop table raw.orders') }}select 1", 'hook-mutation'],
    ['{{ config(post_hook=some_macro()) }}select 1', 'hook-mutation'],
    ["{{ config(grants={'select': ['public']}) }}select 1", 'grant-config'],
    ['select \'{{ env_var("ANTHROPIC_API_KEY") }}\' as k', 'env-var-not-allowed'],
    ['select {{ target.password }} as p', 'target-credentials'],
    ["{{ config(materialized='external', location='s3://x/y.parquet') }}select 1", 'engine-escape'],
  ])('refuses %s', (sql, rule) => {
    expect(rules(sql)).toContain(rule)
  })

  it.each([
    ["{{ config(materialized='table') }}\nselect id, created_at, updated_at from {{ ref('orders') }}"],
    ["select 'drop table x; delete from y' as note from {{ ref('a') }}"],
    ['-- drop table x, then delete from y\nselect 1 as id /* create table z */'],
    [
      "{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='id') }}select 1 as id",
    ],
    ['select t.update, t.delete, t.grant_id from {{ source("raw", "t") }} as t'],
    ["{{ config(post_hook='analyze {{ this }}') }}select 1 as id"],
    ['select {{ target.schema }} as s, {{ target.name }} as n'],
    ['{% if execute %}{% set x = 1 %}{% endif %}select 1 as id -- see https://docs.example/x'],
    ["{# run_query('drop table x') is not used here #}select 1 as id"],
  ])('accepts ordinary dbt SQL: %s', (sql) => {
    expect(rules(sql)).toEqual([])
  })

  it('allows env_var only for names in the config, never DBT_ENV_SECRET_*', () => {
    const config = { ...DEFAULT_GUARD_CONFIG, allowedEnvVars: ['DBT_REGION', 'DBT_ENV_SECRET_X'] }
    expect(rules('select \'{{ env_var("DBT_REGION") }}\' as r', 'models/m.sql', config)).toEqual([])
    expect(rules('select \'{{ env_var("DBT_ENV_SECRET_X") }}\' as r', 'models/m.sql', config)).toEqual([
      'env-var-not-allowed',
    ])
    expect(rules("select '{{ env_var(name) }}' as r", 'models/m.sql', config)).toEqual([
      'env-var-not-allowed',
    ])
  })

  it('points at the line and says what to do instead, rule name first', () => {
    const [violation] = guardEdit('models/m.sql', 'select 1 as id\nfrom t;\ndelete from raw.orders\n', null)
    expect(violation).toMatchObject({ rule: 'sql-ddl-dml', path: 'models/m.sql', line: 2 })
    expect(violation?.message).toMatch(/single select/)
  })

  it('counts only what the edit adds: an existing macro with run_query can still be edited', () => {
    const old = "{% macro ids() %}{% set r = run_query('select id from t') %}{{ return(r) }}{% endmacro %}\n"
    const edited = old.replace('ids()', 'order_ids()')
    expect(guardEdit('macros/ids.sql', edited, old)).toEqual([])
    expect(
      guardEdit('macros/ids.sql', `${edited}{% do run_query('drop table t') %}\n`, old).length,
    ).toBeGreaterThan(0)
  })
})

describe('YAML safety', () => {
  const yaml = (text: string) => rules(text, 'models/schema.yml')

  it('refuses hooks that change data, grants, and external locations', () => {
    expect(yaml("models:\n  - name: a\n    config:\n      post-hook: 'delete from raw.a'\n")).toEqual([
      'hook-mutation',
    ])
    expect(
      yaml(
        "models:\n  - name: a\n    config:\n      +pre_hook: ['select 1', 'grant select on a to public']\n",
      ),
    ).toEqual(['hook-mutation'])
    expect(yaml("x: &h 'drop table a'\nmodels:\n  - name: a\n    config:\n      pre_hook: *h\n")).toEqual([
      'hook-mutation',
    ])
    expect(yaml("models:\n  - name: a\n    config:\n      grants:\n        select: ['public']\n")).toEqual([
      'grant-config',
    ])
    expect(
      yaml("sources:\n  - name: s\n    meta:\n      external_location: 's3://x/{name}.parquet'\n"),
    ).toEqual(['engine-escape'])
    expect(yaml('models:\n  - name: a\n    description: "{{ run_query(\'select 1\') }}"\n')).toEqual([
      'jinja-run-query',
    ])
  })

  it('refuses unparseable YAML that mentions hooks, and accepts ordinary schema files', () => {
    expect(yaml('models:\n  - name: a\n   post-hook: [\n')).toEqual(['hook-mutation'])
    expect(
      yaml(
        'version: 2\nmodels:\n  - name: orders\n    description: See https://wiki.example/orders; delete from is not run here.\n    columns:\n      - name: id\n        tests: [unique, not_null]\n',
      ),
    ).toEqual([])
  })
})

describe('Jinja read as it renders: what the red team hid from the rules', () => {
  it.each([
    // A comment opener inside a Jinja string is a string; `{% raw %}` content is not Jinja.
    ["{{ '{#' }}{% do run_query('drop table x') %}{{ '#}' }}\nselect 1 as id", 'jinja-run-query'],
    [
      "{% raw %}{#{% endraw %}{% do run_query('select 1') %}{% raw %}#}{% endraw %}select 1",
      'jinja-run-query',
    ],
    // Quotes, comment closers and line breaks rendered by Jinja end what the raw text seems to be inside.
    ['select 1 as id -- {{ "\\n" }} ; drop table raw.orders', 'sql-ddl-dml'],
    ["/* {{ '*/' }} ; drop table raw.orders /* */ select 1", 'sql-ddl-dml'],
    // Table functions and statements named by a constant expression.
    ["select * from {{ 'read_text' }}('/proc/self/environ')", 'engine-escape'],
    ["{% set f = 'read_' ~ 'text' %}select * from {{ f }}('/proc/self/environ')", 'engine-escape'],
    ["select * from {{ ['read', 'text'] | join('_') }}('/etc/passwd')", 'engine-escape'],
    ["select * from {{ 'TXET_DAER' | lower | reverse }}('/etc/passwd')", 'engine-escape'],
    ["select * from {{ 'read_' 'text' }}('/etc/passwd')", 'engine-escape'],
    ["{{ config(materialized='ext' ~ 'ernal') }}select 1", 'engine-escape'],
    ["{% set s = 'co' ~ 'py (select 1) to ' %}{{ log(s) }}select 1", 'engine-escape'],
    // `context` and `adapter` as values, dbt's executing macros, dispatch to them.
    [
      "{% for k, v in context.items() %}{% if k.startswith('run_q') %}{{ v('select 1') }}{% endif %}{% endfor %}select 1",
      'jinja-run-query',
    ],
    ['{% set db = adapter %}{% do db.execute("select 1") %}select 1', 'jinja-run-query'],
    [
      "{% do drop_relation(api.Relation.create(schema='raw', identifier='orders')) %}select 1",
      'adapter-execute',
    ],
    ["{% do adapter.dispatch('drop_relation', 'dbt')(this) %}select 1", 'adapter-execute'],
    ["{% do adapter.dispatch('drop_' ~ 'relation', 'dbt')(this) %}select 1", 'adapter-execute'],
    ["{% set m = 'truncate_relation' %}{% do adapter.dispatch(m)(this) %}select 1", 'adapter-execute'],
    ["{% do dbt.create_schema(api.Relation.create(schema='x')) %}select 1", 'adapter-execute'],
    // A target attribute that only starts with a safe name.
    ["select '{{ target['name'[:0] ~ 'password'] }}' as x", 'target-credentials'],
    ["select '{{ target['pass' ~ 'word'] }}' as x", 'target-credentials'],
    // Hooks whose SQL is computed by Jinja.
    ['{{ config(post_hook="{{ var(\'cleanup\') }}") }}select 1', 'hook-mutation'],
  ])('refuses %s', (sql, rule) => {
    expect(rules(sql)).toContain(rule)
  })

  it('refuses Jinja-computed hooks in YAML too', () => {
    const yaml = (hook: string) =>
      `version: 2\nmodels:\n  - name: orders\n    config:\n      post-hook: ${JSON.stringify(hook)}\n`
    expect(rules(yaml("{{ var('cleanup') }}"), 'models/schema.yml')).toContain('hook-mutation')
    expect(rules(yaml("{{ 'dr' ~ 'op table raw.orders' }}"), 'models/schema.yml')).toContain('sql-ddl-dml')
    expect(rules(yaml('analyze {{ this }}'), 'models/schema.yml')).toEqual([])
  })

  it.each([
    ["{% set cols = ['a', 'b'] %}select {{ cols | join(', ') }} from {{ ref('x') }}"],
    [
      "{% set methods = ['credit_card', 'coupon'] %}select {% for m in methods %}sum(case when method = '{{ m }}' then amount end) as {{ m }}_amount{% if not loop.last %},{% endif %}{% endfor %} from {{ ref('p') }}",
    ],
    ["{% macro x() %}{{ return(adapter.dispatch('x', 'shop')()) }}{% endmacro %}"],
    ['select {{ "\'" }}a{{ "\'" }} as x'],
    ["{{ config(alias='orders_' ~ target.name) }}select 1"],
    ["{% set x = 'read' %}select '{{ x }}' as r"],
    ["select '{{ target['schema'] }}' as s, '{{ adapter.quote('id') }}' as q"],
    ['{% raw %}{{ not jinja }}{% endraw %}select 1 as id'],
  ])('still accepts %s', (sql) => {
    expect(rules(sql)).toEqual([])
  })
})
