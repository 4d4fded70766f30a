-- The source is the seed dbt loads: depend on it so it is loaded first.
-- depends_on: {{ ref('patients') }}
select
    patient_id,
    full_name,
    born_on,
    clinic_site
from {{ source('intake', 'patients') }}
