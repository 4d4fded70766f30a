-- db: duckdb
-- depends_on: {{ ref('daily_sales') }}
with expected as (
    select cast(sale_date as date) as sale_date, revenue_cents from {{ ref('solution__daily_sales') }}
),
actual as (
    select sale_date, revenue_cents from {{ ref('daily_sales') }}
)
(select * from expected except select * from actual)
union all
(select * from actual except select * from expected)
