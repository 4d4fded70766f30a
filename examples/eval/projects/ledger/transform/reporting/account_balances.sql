with signed as (
    select
        account_id,
        case when kind = 'credit' then amount_cents else -amount_cents end as signed_cents
    from {{ ref('stg_entries') }}
)

select
    accounts.account_id,
    accounts.account_name,
    accounts.region,
    coalesce(sum(signed.signed_cents), 0) as balance_cents
from {{ ref('stg_accounts') }} as accounts
left join signed on signed.account_id = accounts.account_id
group by 1, 2, 3
