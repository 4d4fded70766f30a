select
    orders.order_id,
    orders.customer_id,
    orders.order_date,
    orders.status,
    totals.item_count,
    totals.order_subtotal as order_total,
    totals.amount_paid,
    totals.amount_paid >= totals.order_subtotal as is_paid
from {{ ref('stg_orders') }} as orders
inner join {{ ref('int_order_totals') }} as totals
    on orders.order_id = totals.order_id
