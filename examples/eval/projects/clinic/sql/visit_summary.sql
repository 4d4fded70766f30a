with visits as (
    select * from {{ ref('stg_visits') }}
    where status = 'completed'
)

select
    patients.patient_id,
    patients.clinic_site,
    count(visits.visit_id) as completed_visits,
    coalesce(sum(visits.fee_cents), 0) as fees_cents
from {{ ref('stg_patients') }} as patients
left join visits on visits.patient_id = patients.patient_id
group by 1, 2
