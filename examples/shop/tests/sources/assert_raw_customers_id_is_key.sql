-- depends_on: {{ ref('raw_customers') }}
-- A source test: written as a singular test so that, like staging, it waits for the seed that loads it.
-- Returns every customer id that is missing or appears more than once in the raw data.
select
    id,
    count(*) as occurrences
from {{ source('raw', 'customers') }}
group by id
having id is null or count(*) > 1
