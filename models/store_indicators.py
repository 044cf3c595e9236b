"""Store methods for the `indicator_values` table (models/schema/m030_province.py): one row per
report and indicator code, the canonical value as JSON (models/indicators.py).

`ReportTables` builds on these: a report read from the store carries its values
(`Report.indicator_values`) and `save_indicator_values` writes some of them in one transaction.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from .store_base import StoreBase


class IndicatorTables(StoreBase):
    def _read_indicator_values(self, report_id: str) -> dict[str, Any]:
        return {code: json.loads(value) for code, value in self.conn.execute(
            "SELECT code, value FROM indicator_values WHERE report_id = ? ORDER BY code", (report_id,))}

    def _write_indicator_values(self, report_id: str, values: dict[str, Any], now: str) -> None:
        """Upsert the values given; a None value deletes the code's row. Call inside a transaction."""
        gone = [(report_id, code) for code, value in values.items() if value is None]
        kept = [(report_id, code, json.dumps(value, ensure_ascii=False, sort_keys=True), now)
                for code, value in values.items() if value is not None]
        self.conn.executemany("DELETE FROM indicator_values WHERE report_id = ? AND code = ?", gone)
        self.conn.executemany(
            "INSERT INTO indicator_values(report_id, code, value, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(report_id, code) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            kept)

    def _replace_indicator_values(self, report_id: str, values: dict[str, Any], now: str) -> None:
        """Make the report's values exactly `values` (a restore, a new report)."""
        held = set(self._read_indicator_values(report_id))
        self._write_indicator_values(report_id, {**{c: None for c in held - set(values)}, **values}, now)

    def indicator_values(self, report_id: str) -> dict[str, Any]:
        """The report's indicator values, code → canonical value."""
        return self._read_indicator_values(report_id)

    def indicator_values_of(self, report_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Several reports' values at once: report id → {code: value}."""
        ids = list(report_ids)
        out: dict[str, dict[str, Any]] = {rid: {} for rid in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for rid, code, value in self.conn.execute(
                    f"SELECT report_id, code, value FROM indicator_values WHERE report_id IN ({marks})", chunk):
                out[rid][code] = json.loads(value)
        return out


__all__ = ["IndicatorTables"]
