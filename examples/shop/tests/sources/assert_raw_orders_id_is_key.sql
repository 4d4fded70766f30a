-- depends_on: {{ ref('raw_orders') }}
-- A source test: written as a singular test so that, like staging, it waits for the seed that loads it.
-- Returns every order id that is missing or appears more than once in the raw data.
select
    id,
    count(*) as occurrences
from {{ source('raw', 'orders') }}
group by id
having id is null or count(*) > 1
