-- Kept for a dashboard that was retired in 2024.
select account_id, account_name from {{ ref('stg_accounts') }}
