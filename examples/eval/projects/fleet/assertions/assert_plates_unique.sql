select plate, count(*) as vehicles
from {{ ref('base_vehicles') }}
group by plate
having count(*) > 1
