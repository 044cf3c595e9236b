"""Store methods for the report tables: reports, answers, appendices, revisions.

Writes are narrow: an answer is one row, and report metadata is written field by field
(`update_report_fields`, `set_status`, `bump_revision`), so two writers (the window and the command
line, or an export and the editor) never write back each other's stale copy of a whole report.
"""

from __future__ import annotations

import json
from typing import Any

from .clock import now_iso
from .errors import UserError
from .outline import RequestMeta
from .report import Answer, AppendixTable, Footnote, Figure, Report, UnitProfile
from .store_indicators import IndicatorTables
from .store_outlines import OutlineTables
from .store_types import REVISION_KINDS, ReportState, ReportSummary, RevisionInfo

# metadata a caller may change by name (status and revision have their own methods)
META_FIELDS = ("period", "period_kind", "year", "period_start", "period_end", "unit_type", "unit",
               "request", "title", "number", "report_date")

_UPSERT_ANSWER = (
    "INSERT INTO answers(report_id, node_key, text, footnotes, figures, not_applicable, filled, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(report_id, node_key) DO UPDATE SET "
    "text = excluded.text, footnotes = excluded.footnotes, figures = excluded.figures, "
    "not_applicable = excluded.not_applicable, filled = excluded.filled, updated_at = excluded.updated_at")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _not_found(report_id: str) -> UserError:
    return UserError(f"Không tìm thấy báo cáo {report_id}.", f"Report not found: {report_id}.")


def _answer_params(report_id: str, answer: Answer, now: str) -> tuple:
    return (report_id, answer.node_key, answer.text,
            _dumps([{"id": f.id, "text": f.text} for f in answer.footnotes]),
            _dumps([{"label": f.label, "value": f.value, "unit": f.unit} for f in answer.figures]),
            int(answer.not_applicable), int(answer.is_filled), now)


def _answer_from_row(row: tuple) -> Answer:
    key, text, footnotes, figures, not_applicable = row
    return Answer(node_key=key, text=text or "",
                  footnotes=[Footnote.from_dict(f) for f in json.loads(footnotes or "[]")],
                  figures=[Figure.from_dict(f) for f in json.loads(figures or "[]")],
                  not_applicable=bool(not_applicable))


def _column_value(name: str, value: Any) -> Any:
    """A metadata field as stored in its column."""
    if name in ("unit", "request"):
        return _dumps(value.to_dict() if isinstance(value, (UnitProfile, RequestMeta)) else dict(value or {}))
    if name == "year":
        return None if value is None else int(value)
    if name in ("period_start", "period_end", "report_date"):
        return value or None
    return value or ""


def _meta_values(report: Report) -> dict[str, Any]:
    values = {name: _column_value(name, getattr(report, name)) for name in META_FIELDS}
    return {**values, "status": report.status, "revision": int(report.revision)}


class ReportTables(OutlineTables, IndicatorTables):
    # ---- reports ---------------------------------------------------------------------------
    def create_report(self, report: Report) -> str:
        now = now_iso()
        report.created_at = report.created_at or now
        report.updated_at = report.updated_at or now
        with self.transaction():
            if not self.has_outline(report.outline_id):
                raise UserError(f"Không tìm thấy đề cương {report.outline_id}.",
                                f"Outline not found: {report.outline_id}.")
            if self.conn.execute("SELECT 1 FROM reports WHERE id = ?", (report.id,)).fetchone():
                raise UserError(f"Báo cáo {report.id} đã có trong cơ sở dữ liệu.",
                                f"Report {report.id} already exists in the database.")
            values = _meta_values(report)
            columns = ["id", "outline_id", *values, "created_at", "updated_at"]
            params = [report.id, report.outline_id, *values.values(), report.created_at, report.updated_at]
            self.conn.execute(f"INSERT INTO reports({', '.join(columns)}) VALUES "
                              f"({', '.join('?' * len(columns))})", params)
            self.conn.executemany(_UPSERT_ANSWER, [_answer_params(report.id, a, report.updated_at)
                                                   for a in report.answers.values()])
            self._write_appendices(report.id, report.appendices)
            self._write_indicator_values(report.id, report.indicator_values, report.updated_at)
        return report.id

    def get_report(self, report_id: str, *, include_deleted: bool = False) -> Report:
        with self.read():
            rows = self._rows("SELECT * FROM reports WHERE id = ?", (report_id,))
            if not rows or (rows[0]["deleted_at"] and not include_deleted):
                raise _not_found(report_id)
            row = rows[0]
            answers = {r[0]: _answer_from_row(r) for r in self.conn.execute(
                "SELECT node_key, text, footnotes, figures, not_applicable FROM answers WHERE report_id = ?",
                (report_id,))}
            appendices = [AppendixTable.from_dict(json.loads(r[0])) for r in self.conn.execute(
                "SELECT json FROM appendices WHERE report_id = ? ORDER BY position", (report_id,))]
            values = self._read_indicator_values(report_id)
        return Report(
            id=row["id"], outline_id=row["outline_id"], period=row["period"], unit_type=row["unit_type"],
            unit=UnitProfile.from_dict(json.loads(row["unit"] or "{}")),
            request=RequestMeta.from_dict(json.loads(row["request"] or "{}")),
            title=row["title"], number=row["number"], report_date=row["report_date"],
            period_kind=row["period_kind"], year=row["year"], period_start=row["period_start"],
            period_end=row["period_end"], status=row["status"], revision=row["revision"],
            answers=answers, appendices=appendices, created_at=row["created_at"],
            updated_at=row["updated_at"], indicator_values=values)

    def report_state(self, report_id: str) -> ReportState:
        """Status and revision of a live (not deleted) report, without reading its answers."""
        row = self.conn.execute("SELECT status, revision FROM reports WHERE id = ? AND deleted_at IS NULL",
                                (report_id,)).fetchone()
        if row is None:
            raise _not_found(report_id)
        return ReportState(row[0], int(row[1]))

    def is_deleted(self, report_id: str) -> bool:
        row = self.conn.execute("SELECT deleted_at FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None:
            raise _not_found(report_id)
        return row[0] is not None

    def _touch(self, report_id: str, assignments: str = "", params: tuple = ()) -> str:
        """Set `assignments` and updated_at on a live report; returns the time written."""
        now = now_iso()
        sets = f"{assignments}, updated_at = ?" if assignments else "updated_at = ?"
        with self.transaction():
            cursor = self.conn.execute(f"UPDATE reports SET {sets} WHERE id = ? AND deleted_at IS NULL",
                                       (*params, now, report_id))
            if cursor.rowcount == 0:
                raise _not_found(report_id)
        return now

    def update_report_fields(self, report_id: str, **fields: Any) -> str:
        """Write only the named metadata fields (see META_FIELDS); returns the time written.
        `unit` and `request` take a UnitProfile / RequestMeta (or their dicts)."""
        unknown = set(fields) - set(META_FIELDS)
        if unknown:
            raise ValueError(f"not report metadata: {sorted(unknown)}")
        if not fields:
            return self._touch(report_id)
        names = list(fields)
        return self._touch(report_id, ", ".join(f"{n} = ?" for n in names),
                           tuple(_column_value(n, fields[n]) for n in names))

    def set_status(self, report_id: str, status: str) -> None:
        if status not in ("draft", "final"):
            raise ValueError(f"unknown report status {status!r}")
        self._touch(report_id, "status = ?", (status,))

    def bump_revision(self, report_id: str) -> int:
        """Add one to the report's revision number; returns the new number."""
        with self.transaction():
            self._touch(report_id, "revision = revision + 1")
            return self.report_state(report_id).revision

    def save_answer(self, report_id: str, answer: Answer) -> str:
        """Upsert one answer durably (one short transaction); returns the save time."""
        with self.transaction():
            now = self._touch(report_id)
            self.conn.execute(_UPSERT_ANSWER, _answer_params(report_id, answer, now))
        return now

    def save_indicator_values(self, report_id: str, values: dict[str, Any], *, replace: bool = False) -> str:
        """Write indicator values (code → canonical value, None clears one) durably; with `replace`
        the report keeps exactly these. Returns the save time."""
        with self.transaction():
            now = self._touch(report_id)
            if replace:
                self._replace_indicator_values(report_id, values, now)
            else:
                self._write_indicator_values(report_id, values, now)
        return now

    def save_appendices(self, report_id: str, tables: list[AppendixTable]) -> str:
        with self.transaction():
            now = self._touch(report_id)
            self._write_appendices(report_id, tables)
        return now

    def _write_appendices(self, report_id: str, tables: list[AppendixTable]) -> None:
        self.conn.execute("DELETE FROM appendices WHERE report_id = ?", (report_id,))
        self.conn.executemany(
            "INSERT INTO appendices(report_id, position, json) VALUES (?, ?, ?)",
            [(report_id, i, _dumps({"title": t.title, "columns": list(t.columns),
                                    "rows": [list(r) for r in t.rows], "note": t.note}))
             for i, t in enumerate(tables)])

    def list_reports(self, include_deleted: bool = False) -> list[ReportSummary]:
        where = "" if include_deleted else "WHERE r.deleted_at IS NULL"
        with self.read():
            rows = self.conn.execute(
                "SELECT r.id, r.outline_id, o.title, r.period, json_extract(r.unit, '$.name'), r.unit_type, "
                "r.status, r.revision, json_extract(r.request, '$.deadline'), r.updated_at, r.deleted_at, "
                f"r.title, r.created_at, r.sample, r.period_start, r.period_end FROM reports r JOIN outlines o ON o.id = r.outline_id {where} "
                "ORDER BY r.updated_at DESC, r.created_at DESC, r.id").fetchall()
            filled: dict[str, set[str]] = {}
            for report_id, key in self.conn.execute("SELECT report_id, node_key FROM answers WHERE filled = 1"):
                filled.setdefault(report_id, set()).add(key)
        out = []
        for (rid, outline_id, outline_title, period, unit_name, unit_type, status, revision, deadline,
             updated_at, deleted_at, title, created_at, sample, period_start, period_end) in rows:
            applicable = self._applicable_keys(outline_id, unit_type)
            done = len(applicable & filled.get(rid, set()))
            ratio = done / len(applicable) if applicable else 1.0
            out.append(ReportSummary(
                id=rid, outline_id=outline_id, outline_title=outline_title or "", period=period or "",
                unit_name=unit_name or "", unit_type=unit_type, status=status, revision=revision,
                deadline=deadline, completeness=ratio, updated_at=updated_at, deleted_at=deleted_at,
                title=title or "", created_at=created_at, sample=bool(sample), period_start=period_start,
                period_end=period_end))
        return out

    def mark_sample(self, report_id: str, sample: bool = True) -> None:
        """Flag a report as the shipped sample (or not); the flag never changes its content."""
        with self.transaction():
            if self.conn.execute("UPDATE reports SET sample = ? WHERE id = ?",
                                 (int(sample), report_id)).rowcount == 0:
                raise _not_found(report_id)

    def is_sample(self, report_id: str) -> bool:
        row = self.conn.execute("SELECT sample FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None:
            raise _not_found(report_id)
        return bool(row[0])

    def resolve_report_id(self, text: str, *, include_deleted: bool = False) -> str:
        """A report id from the full id or an unambiguous prefix of at least 6 characters."""
        where = "" if include_deleted else "deleted_at IS NULL"
        return self._resolve("reports", text, where, "báo cáo", "report")

    def delete_report(self, report_id: str) -> None:
        """Soft delete: the report disappears from lists but stays restorable."""
        with self.transaction():
            if self.conn.execute("UPDATE reports SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                                 (now_iso(), report_id)).rowcount == 0:
                raise _not_found(report_id)

    def restore_report(self, report_id: str) -> None:
        with self.transaction():
            if self.conn.execute("UPDATE reports SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                                 (report_id,)).rowcount == 0:
                raise _not_found(report_id)

    # ---- revisions -------------------------------------------------------------------------
    def add_revision(self, report_id: str, author: str, kind: str, note: str = "") -> int:
        """Snapshot the whole report as it is now; returns the revision id."""
        if kind not in REVISION_KINDS:
            raise ValueError(f"unknown revision kind {kind!r}")
        with self.transaction():
            snapshot = _dumps(self.get_report(report_id, include_deleted=True).to_dict())
            cursor = self.conn.execute(
                "INSERT INTO revisions(report_id, created_at, author, kind, note, snapshot) "
                "VALUES (?, ?, ?, ?, ?, ?)", (report_id, now_iso(), author or "", kind, note or "", snapshot))
            return int(cursor.lastrowid)

    def list_revisions(self, report_id: str) -> list[RevisionInfo]:
        rows = self.conn.execute(
            "SELECT id, report_id, created_at, author, kind, note FROM revisions WHERE report_id = ? "
            "ORDER BY id DESC", (report_id,)).fetchall()
        return [RevisionInfo(*row) for row in rows]

    def get_revision(self, revision_id: int) -> Report:
        row = self.conn.execute("SELECT snapshot FROM revisions WHERE id = ?", (int(revision_id),)).fetchone()
        if row is None:
            raise UserError(f"Không tìm thấy phiên bản {revision_id}.", f"Revision not found: {revision_id}.")
        return Report.from_dict(json.loads(row[0]))


__all__ = ["META_FIELDS", "ReportTables"]
