select account_id, balance_cents
from {{ ref('account_balances') }}
where balance_cents < 0
