select
    vehicle_id,
    plate,
    make,
    fuel,
    odometer_km,
    depot
from {{ ref('base_vehicles') }}
