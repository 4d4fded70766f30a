select
    sales.sale_id,
    sales.sold_on,
    sales.quantity,
    products.unit_price_cents,
    sales.quantity * products.unit_price_cents as amount_cents
from {{ ref('raw_sales') }} as sales
inner join {{ ref('raw_products') }} as products on products.product_id = sales.product_id
