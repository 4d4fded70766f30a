-- depends_on: {{ ref('raw_customers') }}
select
    id as customer_id,
    first_name,
    last_name,
    email,
    signup_date
from {{ source('raw', 'customers') }}
