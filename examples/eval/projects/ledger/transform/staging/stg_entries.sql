select
    entry_id,
    account_id,
    amount_cents,
    posted_on,
    kind
from {{ ref('raw_entries') }}
