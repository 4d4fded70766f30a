with line_items as (
    select
        order_items.order_id,
        cast(sum(order_items.quantity) as integer) as item_count,
        sum(order_items.quantity * products.unit_price) as order_subtotal
    from {{ ref('stg_order_items') }} as order_items
    inner join {{ ref('stg_products') }} as products
        on order_items.product_id = products.product_id
    group by order_items.order_id
),

paid as (
    select
        order_id,
        sum(amount) as amount_paid
    from {{ ref('stg_payments') }}
    group by order_id
)

select
    line_items.order_id,
    line_items.item_count,
    line_items.order_subtotal,
    coalesce(paid.amount_paid, 0) as amount_paid
from line_items
left join paid
    on line_items.order_id = paid.order_id
