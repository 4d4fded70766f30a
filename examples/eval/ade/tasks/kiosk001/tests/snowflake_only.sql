-- db: snowflake
select 1 from {{ ref('daily_sales') }} where false
