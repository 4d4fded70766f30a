-- depends_on: {{ ref('raw_products') }}
select
    id as product_id,
    name as product_name,
    category,
    {{ cents_to_dollars('price_cents') }} as unit_price
from {{ source('raw', 'products') }}
