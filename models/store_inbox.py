"""Store methods for the province inbox (models/schema/m010_sync.py): expected units and their
registered keys, and the bundles received from them.

The accept rules for an incoming bundle live here (`accept_bundle`), so the CLI, the window and
the tests share them: the signer must be the unit's registered key (an unknown unit's key is only
registered when the officer trusts it), an older revision than the one held is refused, the same
revision with the same content is a no-op, and the same revision with other content is a conflict.
The signing code (cryptography) is imported only when a key is handled: opening the store stays fast.
"""

from __future__ import annotations

import base64
import io
import json
from typing import TYPE_CHECKING

from .clock import now_iso
from .errors import UserError
from .inbox_digest import ROW_DIGEST
from .inbox_rules import (code_problem, namesake_problem, registered_code_problem, report_owner_problem,
                          shared_key_problem)
from .report import Report
from .store_outlines import OutlineTables
from .text import clean_line

if TYPE_CHECKING:
    from .bundle_verify import OpenedBundle
    from .sync_types import InboxUnit, UnitStatus

IMPORTED, DUPLICATE = "imported", "duplicate"


class UnknownKey(UserError):
    """The bundle's unit has no registered key; the officer may accept this one."""

    def __init__(self, vi: str, en: str, *, unit_code: str, unit_name: str, fingerprint: str):
        super().__init__(vi, en)
        self.unit_code, self.unit_name, self.fingerprint = unit_code, unit_name, fingerprint


def _fingerprint(key: bytes) -> str:
    from .bundle_crypto import fingerprint

    return fingerprint(key)


_LATEST = ("SELECT b.unit_code, b.unit_name, b.revision, b.received_at, b.created_at, b.report_id, b.{col} "
           "FROM inbox_bundles b JOIN (SELECT unit_code, MAX(revision * 1000000000 + id) AS k "
           "FROM inbox_bundles WHERE outline_id = ? AND refused_at IS NULL GROUP BY unit_code) l "
           "ON l.unit_code = b.unit_code AND l.k = b.revision * 1000000000 + b.id "
           "WHERE b.outline_id = ? ORDER BY b.unit_code")


class InboxTables(OutlineTables):
    # ---- units and keys ---------------------------------------------------------------------
    def add_unit(self, code: str, name: str, unit_type: str = "commune", *, expected: bool = True) -> None:
        """Add or update a unit. Code and name are cleaned (models.text.clean_line); a NEW code that
        looks like an existing one (models.unit_codes) is refused with the reason."""
        code, name = clean_line(code), clean_line(name)
        if not code:
            raise UserError("Thiếu mã đơn vị.", "The unit code is missing.")
        with self.transaction():
            if not self._has_unit(code):
                self._refuse_lookalike(code)
            self.conn.execute(
                "INSERT INTO inbox_units(code, name, unit_type, expected, created_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(code) DO UPDATE SET name = CASE WHEN excluded.name != '' THEN excluded.name "
                "ELSE inbox_units.name END, unit_type = excluded.unit_type, "
                "expected = MAX(inbox_units.expected, excluded.expected)",
                (code, name, unit_type or "commune", int(expected), now_iso()))

    def _has_unit(self, code: str) -> bool:
        return self.conn.execute("SELECT 1 FROM inbox_units WHERE code = ?", (code,)).fetchone() is not None

    def _refuse_lookalike(self, code: str) -> None:
        problem = code_problem(code, [r[0] for r in self.conn.execute("SELECT code FROM inbox_units")])
        if problem:
            raise problem

    def _refuse_namesake(self, code: str, name: str) -> None:
        """A new unit may not take the name of another unit (it would be printed under it)."""
        problem = namesake_problem(code, name, self.conn.execute("SELECT code, name FROM inbox_units"))
        if problem:
            raise problem

    def _refuse_shared_key(self, code: str, key: bytes) -> None:
        """A key belongs to one unit."""
        encoded = base64.b64encode(key).decode("ascii")
        row = self.conn.execute("SELECT code FROM inbox_units WHERE public_key = ? AND code != ?",
                                (encoded, code)).fetchone()
        if row:
            raise shared_key_problem(_fingerprint(key), row[0], code)

    def import_units_csv(self, text: str) -> int:
        """Rows "code,name[,unit_type]" (comma or semicolon; an optional header row). Returns the count."""
        import csv

        text = text.lstrip("\ufeff")
        try:
            dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
        if rows and rows[0] and rows[0][0].strip().lower() in ("code", "ma", "mã", "mã đơn vị", "ma_don_vi"):
            rows = rows[1:]
        count = 0
        with self.transaction():
            for number, row in enumerate(rows, 1):
                if len(row) < 2 or not row[0].strip():
                    raise UserError(f"Dòng {number} của tệp CSV cần có mã và tên đơn vị.",
                                    f"CSV row {number} needs a unit code and name.")
                unit_type = row[2].strip() if len(row) > 2 and row[2].strip() else "commune"
                try:
                    self.add_unit(row[0], row[1], unit_type)
                except UserError as err:
                    raise UserError(f"Dòng {number} của tệp CSV: {err.vi}", f"CSV row {number}: {err.en}") from err
                count += 1
        return count

    def list_units(self) -> list[InboxUnit]:
        from .sync_types import InboxUnit

        rows = self.conn.execute("SELECT code, name, unit_type, expected, fingerprint, key_registered_at "
                                 "FROM inbox_units ORDER BY code").fetchall()
        return [InboxUnit(r[0], r[1], r[2], bool(r[3]), r[4], r[5]) for r in rows]

    def unit_key(self, code: str) -> bytes | None:
        row = self.conn.execute("SELECT public_key FROM inbox_units WHERE code = ?", (code,)).fetchone()
        return base64.b64decode(row[0]) if row and row[0] else None

    def register_key(self, code: str, name: str, key: bytes, *, replace: bool = False) -> None:
        """Register a unit's signing key. Replacing a different registered key needs `replace=True`."""
        code = clean_line(code)
        with self.transaction():
            held = self.unit_key(code)
            if held is not None and held != key and not replace:
                raise UserError(f"Đơn vị {code} đã có khóa khác được đăng ký ({_fingerprint(held)}).",
                                f"Unit {code} already has a different registered key ({_fingerprint(held)}).")
            self._refuse_shared_key(code, key)
            self.add_unit(code, name, expected=False)
            self.conn.execute("UPDATE inbox_units SET public_key = ?, fingerprint = ?, key_registered_at = ? "
                              "WHERE code = ?", (base64.b64encode(key).decode("ascii"), _fingerprint(key),
                                                 now_iso(), code))

    # ---- accepting bundles -------------------------------------------------------------------
    def accept_bundle(self, opened: OpenedBundle, file_name: str, *, trust_new: bool = False) -> str:
        """Store a verified bundle or refuse it (UserError). Returns IMPORTED or DUPLICATE.

        The bundle's parts were checked in full by models.bundle_verify; here: the unit's key (a new
        unit must not look like a known one, nor use another unit's key or name), the report id's
        owner (the unit that first filed it), then the revision rules."""
        m = opened.manifest
        with self.transaction():
            registered = self.unit_key(m.unit_code)
            if registered is None:
                known = self._has_unit(m.unit_code)
                if not known:
                    self._refuse_lookalike(m.unit_code)
                if not trust_new:
                    raise UnknownKey(
                        f"Khóa ký của đơn vị {m.unit_code} ({m.unit_name}) chưa được đăng ký "
                        f"(dấu vân tay {opened.signer_fingerprint}). Hãy đối chiếu dấu vân tay với đơn vị rồi "
                        f"chấp nhận khóa (dòng lệnh: --trust-new).",
                        f"The signing key of unit {m.unit_code} is not registered (fingerprint "
                        f"{opened.signer_fingerprint}). Check it with the unit, then accept it (--trust-new).",
                        unit_code=m.unit_code, unit_name=m.unit_name, fingerprint=opened.signer_fingerprint)
                if not known:
                    self._refuse_namesake(m.unit_code, m.unit_name)
                self.register_key(m.unit_code, m.unit_name, opened.signer_key)
            elif (problem := registered_code_problem(m.unit_code)) is not None:
                raise problem  # registered by a version without the look-alike checks
            elif registered != opened.signer_key:
                raise UserError(
                    f"Gói được ký bằng khóa khác với khóa đã đăng ký của đơn vị {m.unit_code} "
                    f"(khóa trong gói: {opened.signer_fingerprint}; đã đăng ký: {_fingerprint(registered)}).",
                    f"The bundle is signed with a key other than unit {m.unit_code}'s registered key.")
            owner = self.conn.execute("SELECT unit_code FROM inbox_bundles WHERE report_id = ? AND refused_at IS NULL "
                                      "ORDER BY id LIMIT 1", (m.report_id,)).fetchone()
            if owner is not None and owner[0] != m.unit_code:
                raise report_owner_problem(m.report_id, owner[0], m.unit_code)
            held = self.conn.execute(
                "SELECT revision, content_sha256 FROM inbox_bundles WHERE report_id = ? AND refused_at IS NULL "
                "ORDER BY revision DESC LIMIT 1", (m.report_id,)).fetchone()
            same = self.conn.execute(
                "SELECT content_sha256, unit_code, refused_vi, refused_en FROM inbox_bundles "
                "WHERE report_id = ? AND revision = ?", (m.report_id, m.revision)).fetchone()
            if same is not None and same[2] is not None:
                raise UserError(
                    f"Lần sửa r{m.revision} của báo cáo {m.report_id} đã có trong hộp thư đến nhưng bị gác lại "
                    f"khi kiểm tra ({same[2].rstrip('.')}). Hãy đề nghị đơn vị {m.unit_code} gửi lần sửa mới hơn.",
                    f"Revision r{m.revision} of report {m.report_id} is in the inbox but was set aside when checked "
                    f"({same[3].rstrip('.')}). Ask unit {m.unit_code} for a newer revision.")
            if same is not None:
                if same[0] == opened.content_sha256 and same[1] == m.unit_code:
                    return DUPLICATE
                raise UserError(
                    f"XUNG ĐỘT: báo cáo {m.report_id} lần sửa {m.revision} đã có trong hộp thư đến với nội "
                    f"dung khác. Gói không được nhập; dữ liệu đã có giữ nguyên. Hãy liên hệ đơn vị "
                    f"{m.unit_code} để gửi lại bản mới hơn.",
                    f"CONFLICT: report {m.report_id} revision {m.revision} is already in the inbox with other "
                    f"content. Nothing was replaced; ask unit {m.unit_code} for a newer revision.")
            if held is not None and held[0] > m.revision:
                raise UserError(
                    f"Gói là lần sửa cũ (r{m.revision}); hộp thư đến đã có lần sửa mới hơn (r{held[0]}).",
                    f"The bundle is an older revision (r{m.revision}); the inbox holds r{held[0]}.")
            self.save_outline(opened.outline, source_name=f"bundle:{m.unit_code}")
            row = self.conn.execute(
                "INSERT INTO inbox_bundles(report_id, revision, unit_code, unit_name, outline_id, period, "
                "content_sha256, manifest, report, docx, pdf, file_name, signer_fingerprint, encrypted, "
                "created_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (m.report_id, m.revision, m.unit_code, m.unit_name, m.outline_id, m.period,
                 opened.content_sha256, opened.manifest_bytes.decode("utf-8"), opened.stored_report_json,
                 opened.files.get("report.docx"), opened.files.get("report.pdf"), clean_line(file_name),
                 opened.signer_fingerprint, int(opened.encrypted), m.created_at, now_iso()))
            self.conn.execute(f"UPDATE inbox_bundles SET digest = {ROW_DIGEST} WHERE id = ?", (row.lastrowid,))
            if m.unit_name:
                self.conn.execute("UPDATE inbox_units SET name = ? WHERE code = ? AND name = ''",
                                  (m.unit_name, m.unit_code))
        return IMPORTED

    # ---- status and compile input -------------------------------------------------------------
    def inbox_status(self, outline_id: str, deadline: str | None) -> list[UnitStatus]:
        """One row per expected or seen unit: received / late (made after the deadline) / missing, or
        refused when every bundle it sent was set aside (models/inbox_rules.py). A refusal newer than
        the revision received is given with it."""
        from .sync_types import Refusal, UnitStatus

        with self.read():
            latest = {r[0]: r for r in self.conn.execute(_LATEST.format(col="id"), (outline_id, outline_id))}
            refused = {r[0]: Refusal(*r[1:]) for r in self.conn.execute(
                "SELECT unit_code, revision, refused_vi, refused_en FROM inbox_bundles "
                "WHERE outline_id = ? AND refused_at IS NOT NULL ORDER BY revision, id", (outline_id,))}
            units = self.list_units()
        out: list[UnitStatus] = []
        for unit in units:
            row, refusal = latest.get(unit.code), refused.get(unit.code)
            if row is None:
                if refusal is not None:
                    out.append(UnitStatus(unit.code, unit.name, unit.expected, "refused", refusal=refusal))
                elif unit.expected:
                    out.append(UnitStatus(unit.code, unit.name, True, "missing"))
                continue
            late = bool(deadline) and (row[4] or row[3]) > deadline
            out.append(UnitStatus(unit.code, unit.name or row[1], unit.expected, "late" if late else "received",
                                  revision=row[2], received_at=row[3], created_at=row[4], report_id=row[5],
                                  refusal=refusal if refusal is not None and refusal.revision > row[2] else None))
        return out

    def latest_reports(self, outline_id: str) -> list[Report]:
        """The newest received revision of each unit's report for this outline, by unit code, each
        under the name the province holds for the unit (a unit cannot print itself as another)."""
        with self.read():
            rows = self.conn.execute(_LATEST.format(col="report"), (outline_id, outline_id)).fetchall()
            names = dict(self.conn.execute("SELECT code, name FROM inbox_units WHERE name != ''"))
        reports = [Report.from_dict(json.loads(r[6])) for r in rows]
        for report in reports:
            report.unit.name = names.get(report.unit.code, report.unit.name)
        return reports

    def bundle_file(self, report_id: str, revision: int, kind: str) -> bytes | None:
        """The received DOCX or PDF bytes of one bundle (kind "docx" or "pdf")."""
        col = {"docx": "docx", "pdf": "pdf"}[kind]
        row = self.conn.execute(f"SELECT {col} FROM inbox_bundles WHERE report_id = ? AND revision = ?",
                                (report_id, revision)).fetchone()
        return row[0] if row else None


__all__ = ["DUPLICATE", "IMPORTED", "InboxTables", "UnknownKey"]
