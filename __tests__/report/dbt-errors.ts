/**
 * dbt's error texts as dbt-duckdb 1.12 printed them for a tiny project (captured once; the `msg` of its
 * JSON log and the `message` of run_results.json), with the model sources that produced them.
 */

/** models/customers.sql: a misspelt column. */
export const BINDER_SOURCE = `-- customers mart
with orders as (
    select * from {{ ref('orders') }}
),

totals as (
    select
        id,
        sum(amount) as total
    from orders
    group by id
)

select
    id,
    lifetime_valu
from totals
`

/** The line (20) is of the SQL DuckDB ran (the view's DDL around the compiled SQL), not the source (16). */
export const BINDER_ERROR =
  'Runtime Error in model customers (models/customers.sql)\n  Binder Error: Referenced column "lifetime_valu" not found in FROM clause!\n  Candidate bindings: "id"\n  \n  LINE 20:     lifetime_valu\n               ^^^^^^^^^^^^^'

/** models/dup.sql: the same mistake twice, once as a whole line (5), once inside a longer one (7). */
export const DUP_SOURCE = `select
    id,
    amount
from {{ ref('orders') }}
where amount = 'x' + 1
union all
select id, amount from {{ ref('orders') }} where amount = 'x' + 1
`

export const DUP_ERROR =
  'Runtime Error in model dup (models/dup.sql)\n  Binder Error: Could not choose a best candidate function for the function call "+(STRING_LITERAL, INTEGER_LITERAL)". In order to select one, please add explicit type casts.\n  \tCandidate functions:\n  \t"+"("left" DATE, "right" INTEGER, /) -> DATE\n  \t"+"("left" INTEGER, "right" INTEGER, /) -> INTEGER\n  \n  \n  LINE 9: where amount = \'x\' + 1\n                             ^'

/** models/customers.sql cut short: DuckDB's parser stops at the view's closing `);`, which the source lacks. */
export const PARSER_SOURCE = `-- customers mart
with orders as (
    select * from {{ ref('orders') }}
),

select
    id,
    amount
from orders
where amount >
`

export const PARSER_ERROR =
  'Runtime Error in model customers (models/customers.sql)\n  Parser Error: syntax error at or near ")"\n  \n  LINE 15:   );\n             ^'

/** models/broken_jinja.sql: an unclosed `{% if %}`; dbt cannot parse, so there are no node results. */
export const JINJA_SOURCE = `-- a model
select
    id,
    {% if true %}
    amount
from {{ ref('orders') }}
`

export const JINJA_BUILD_ERROR =
  "[\u001b[31mERROR\u001b[0m]: Encountered an error:\nCompilation Error in model broken_jinja (models/broken_jinja.sql)\n  Unexpected end of template. Jinja was looking for the following tags: 'elif' or 'else' or 'endif'. The innermost block that needs to be closed is 'if'.\n    line 6\n      from {{ ref('orders') }}"

/** A macro that does not exist: dbt names no line. */
export const UNDEFINED_MACRO_ERROR =
  'Compilation Error in model macro_err (models/macro_err.sql)\n  \'cents_to_dollars\' is undefined. This can happen when calling a macro that does not exist. Check for typos and/or install package dependencies with "dbt deps".'
