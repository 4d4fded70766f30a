-- The source is the seed dbt loads: depend on it so it is loaded first.
-- depends_on: {{ ref('visits') }}
select
    visit_id,
    patient_id,
    visited_on,
    status,
    fee_cents
from {{ source('intake', 'visits') }}
