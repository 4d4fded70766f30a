select
    vehicle_id,
    plate,
    make,
    lower(fuel) as fuel,
    odometer_km,
    commissioned_on,
    depot
from {{ ref('vehicles_raw') }}
