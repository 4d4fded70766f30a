select
    account_id,
    account_name,
    opened_on,
    upper(region) as region
from {{ ref('raw_accounts') }}
