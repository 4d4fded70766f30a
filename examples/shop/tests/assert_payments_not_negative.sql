-- Payments are recorded as positive amounts; refunds are order statuses, not negative payments.
select
    payment_id,
    amount
from {{ ref('stg_payments') }}
where amount < 0
