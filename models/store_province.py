"""Store methods for the province's tables (models/schema/m030_province.py): which report is the
province's synthesis of an outline, and the request packages made or imported here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .clock import now_iso
from .inbox_digest import ROW_DIGEST, parse_digest
from .store_base import StoreBase

if TYPE_CHECKING:  # imported when used: the synthesis modules are not needed to open a store
    from .synthesis_draft import UnitDigest

DIRECTIONS = ("made", "imported")


@dataclass(frozen=True)
class PackageRecord:
    id: int
    direction: str  # "made" | "imported"
    request_id: str
    outline_id: str
    issuer: str
    fingerprint: str
    file_sha256: str
    units: int
    created_at: str
    recorded_at: str


# The newest received (not set aside) revision of each unit's report for an outline, with the digest
# stored at import (models/inbox_digest.py); a row without one is digested here.
_DIGESTS = f"""
SELECT b.unit_code, b.report_id, b.unit_name, COALESCE(b.digest, {ROW_DIGEST})
FROM inbox_bundles b
WHERE b.outline_id = ? AND b.id = (SELECT n.id FROM inbox_bundles n WHERE n.outline_id = b.outline_id
                                   AND n.unit_code = b.unit_code AND n.refused_at IS NULL
                                   ORDER BY n.revision DESC, n.id DESC LIMIT 1)
ORDER BY b.unit_code"""


class ProvinceTables(StoreBase):
    # ---- what the synthesis reads of the inbox ---------------------------------------------------
    def inbox_digests(self, outline_id: str) -> dict[str, UnitDigest]:
        """Unit code → the digest of its newest received report on the outline."""
        from .synthesis_draft import UnitDigest

        out: dict[str, UnitDigest] = {}
        for code, report_id, name, digest in self.conn.execute(_DIGESTS, (outline_id,)):
            unit_type, values, filled, not_applicable = parse_digest(digest)
            out[code] = UnitDigest(code, report_id, name, unit_type, values, filled, not_applicable)
        return out

    # ---- the synthesis report of an outline -----------------------------------------------------
    def synthesis_report_id(self, outline_id: str) -> str | None:
        """The province's own (live) report on this outline, if one was drafted."""
        row = self.conn.execute(
            "SELECT s.report_id FROM synthesis_reports s JOIN reports r ON r.id = s.report_id "
            "WHERE s.outline_id = ? AND r.deleted_at IS NULL", (outline_id,)).fetchone()
        return row[0] if row else None

    def synthesis_outline_id(self, report_id: str) -> str | None:
        """The outline a report synthesizes, or None for an ordinary report."""
        row = self.conn.execute("SELECT outline_id FROM synthesis_reports WHERE report_id = ?",
                                (report_id,)).fetchone()
        return row[0] if row else None

    def set_synthesis_report(self, outline_id: str, report_id: str) -> None:
        """Make `report_id` the synthesis of `outline_id` (replacing a deleted one)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO synthesis_reports(outline_id, report_id, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT(outline_id) DO UPDATE SET report_id = excluded.report_id, "
                "created_at = excluded.created_at", (outline_id, report_id, now_iso()))

    # ---- request packages -------------------------------------------------------------------------
    def record_request_package(self, direction: str, *, request_id: str, outline_id: str, issuer: str,
                               fingerprint: str, file_sha256: str, units: int, created_at: str) -> int:
        if direction not in DIRECTIONS:
            raise ValueError(f"unknown package direction {direction!r}")
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO request_packages(direction, request_id, outline_id, issuer, fingerprint, "
                "file_sha256, units, created_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (direction, request_id, outline_id, issuer, fingerprint, file_sha256, int(units), created_at,
                 now_iso()))
            return int(cursor.lastrowid)

    def set_requested_units(self, outline_id: str, codes: list[str]) -> None:
        """The units a request package asked to answer this outline (the last package made wins)."""
        with self.transaction():
            self.conn.execute("DELETE FROM request_units WHERE outline_id = ?", (outline_id,))
            self.conn.executemany("INSERT OR IGNORE INTO request_units(outline_id, code) VALUES (?, ?)",
                                  [(outline_id, code) for code in codes])

    def requested_units(self, outline_id: str) -> set[str] | None:
        """The codes asked for this outline, or None when no package was made here for it."""
        if not self.conn.execute("SELECT 1 FROM request_packages WHERE outline_id = ? AND direction = 'made'",
                                 (outline_id,)).fetchone():
            return None
        return {r[0] for r in self.conn.execute("SELECT code FROM request_units WHERE outline_id = ?", (outline_id,))}

    def list_request_packages(self, direction: str | None = None) -> list[PackageRecord]:
        where, params = ("WHERE direction = ?", (direction,)) if direction else ("", ())
        rows = self.conn.execute(
            "SELECT id, direction, request_id, outline_id, issuer, fingerprint, file_sha256, units, created_at, "
            f"recorded_at FROM request_packages {where} ORDER BY id DESC", params).fetchall()
        return [PackageRecord(*row) for row in rows]


__all__ = ["DIRECTIONS", "PackageRecord", "ProvinceTables"]
