"""What the synthesis needs of a received report, computed once when the bundle is stored.

`ROW_DIGEST` is an SQL expression over one `inbox_bundles` row (its `report` column, the unit's
report.json) giving a small JSON object: the unit type, the indicator values, the items with
content (text, figures or "không phát sinh") and the items that are only "không phát sinh". It is
stored in the row's `digest` column at import (models/store_inbox.py) and for rows stored before
(models/schema/m032_inbox_digest.py), so a synthesis of 96 units reads 96 small objects instead of
parsing 96 whole reports. `parse_digest` turns the stored text back into Python values.
"""

from __future__ import annotations

import json
from typing import Any

_BLANK = "trim(COALESCE(json_extract(a.value, '$.text'), ''), ' ' || char(9, 10, 13)) = ''"

ROW_DIGEST = f"""json_object(
    'unit_type', COALESCE(json_extract(report, '$.unit_type'), 'commune'),
    'values', json(COALESCE(json_extract(report, '$.indicator_values'), '{{}}')),
    'filled', json((SELECT json_group_array(a.key) FROM json_each(report, '$.answers') a
                    WHERE NOT {_BLANK} OR COALESCE(json_array_length(json_extract(a.value, '$.figures')), 0) > 0
                       OR json_extract(a.value, '$.not_applicable') = 1)),
    'na', json((SELECT json_group_array(a.key) FROM json_each(report, '$.answers') a
                WHERE json_extract(a.value, '$.not_applicable') = 1 AND {_BLANK})))"""


def parse_digest(text: str) -> tuple[str, dict[str, Any], set[str], set[str]]:
    """(unit type, indicator values, items with content, items only "không phát sinh")."""
    data = json.loads(text)
    values = data.get("values")
    not_applicable = set(data.get("na") or [])
    filled = set(data.get("filled") or []) - not_applicable
    return str(data.get("unit_type") or "commune"), values if isinstance(values, dict) else {}, filled, \
        not_applicable
