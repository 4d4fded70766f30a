select
    vehicle_id,
    plate,
    make,
    odometer_km
from {{ ref('base_vehicles') }}
