select
    sold_on as sale_date,
    sum(amount_cents) as revenue_cents
from {{ ref('stg_sales') }}
group by 1
