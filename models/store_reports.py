"""Report tables of the store: reports, answers, appendices, revisions (mixed into `Store`)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .clock import now_iso
from .errors import UserError
from .outline import RequestMeta
from .report import Answer, AppendixTable, Footnote, Figure, Report, UnitProfile
from .store_types import REVISION_KINDS, ReportSummary, RevisionInfo

if TYPE_CHECKING:  # pragma: no cover
    from .store import Store

_META_COLUMNS = ("period", "period_kind", "year", "period_start", "period_end", "unit_type", "unit",
                 "request", "title", "number", "report_date", "status", "revision")

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


def _meta_values(report: Report) -> dict[str, Any]:
    return {
        "period": report.period or "", "period_kind": report.period_kind or "", "year": report.year,
        "period_start": report.period_start, "period_end": report.period_end,
        "unit_type": report.unit_type, "unit": _dumps(report.unit.to_dict()),
        "request": _dumps(report.request.to_dict()), "title": report.title or "",
        "number": report.number or "", "report_date": report.report_date, "status": report.status,
        "revision": int(report.revision),
    }


class ReportsMixin:
    # ---- reports ---------------------------------------------------------------------------
    def create_report(self: "Store", report: Report) -> str:
        now = now_iso()
        report.created_at = report.created_at or now
        report.updated_at = report.updated_at or now
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM outlines WHERE id = ?", (report.outline_id,)).fetchone() is None:
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
        return report.id

    def get_report(self: "Store", report_id: str, *, include_deleted: bool = False) -> Report:
        rows = self._rows("SELECT * FROM reports WHERE id = ?", (report_id,))
        if not rows or (rows[0]["deleted_at"] and not include_deleted):
            raise _not_found(report_id)
        row = rows[0]
        answers = {r[0]: _answer_from_row(r) for r in self.conn.execute(
            "SELECT node_key, text, footnotes, figures, not_applicable FROM answers WHERE report_id = ?",
            (report_id,))}
        appendices = [AppendixTable.from_dict(json.loads(r[0])) for r in self.conn.execute(
            "SELECT json FROM appendices WHERE report_id = ? ORDER BY position", (report_id,))]
        return Report(
            id=row["id"], outline_id=row["outline_id"], period=row["period"], unit_type=row["unit_type"],
            unit=UnitProfile.from_dict(json.loads(row["unit"] or "{}")),
            request=RequestMeta.from_dict(json.loads(row["request"] or "{}")),
            title=row["title"], number=row["number"], report_date=row["report_date"],
            period_kind=row["period_kind"], year=row["year"], period_start=row["period_start"],
            period_end=row["period_end"], status=row["status"], revision=row["revision"],
            answers=answers, appendices=appendices, created_at=row["created_at"],
            updated_at=row["updated_at"])

    def is_deleted(self: "Store", report_id: str) -> bool:
        row = self.conn.execute("SELECT deleted_at FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None:
            raise _not_found(report_id)
        return row[0] is not None

    def update_report(self: "Store", report: Report) -> None:
        """Save the report's metadata (not its answers or appendices)."""
        values = _meta_values(report)
        now = now_iso()
        assignments = ", ".join(f"{c} = ?" for c in values)
        with self.transaction():
            cursor = self.conn.execute(f"UPDATE reports SET {assignments}, updated_at = ? WHERE id = ?",
                                       [*values.values(), now, report.id])
            if cursor.rowcount == 0:
                raise _not_found(report.id)
        report.updated_at = now

    def save_answer(self: "Store", report_id: str, answer: Answer) -> str:
        """Upsert one answer durably (one short transaction); returns the save time."""
        now = now_iso()
        params = _answer_params(report_id, answer, now)
        with self.transaction():
            cursor = self.conn.execute("UPDATE reports SET updated_at = ? WHERE id = ? AND deleted_at IS NULL",
                                       (now, report_id))
            if cursor.rowcount == 0:
                raise _not_found(report_id)
            self.conn.execute(_UPSERT_ANSWER, params)
        return now

    def save_appendices(self: "Store", report_id: str, tables: list[AppendixTable]) -> None:
        with self.transaction():
            cursor = self.conn.execute("UPDATE reports SET updated_at = ? WHERE id = ? AND deleted_at IS NULL",
                                       (now_iso(), report_id))
            if cursor.rowcount == 0:
                raise _not_found(report_id)
            self._write_appendices(report_id, tables)

    def _write_appendices(self: "Store", report_id: str, tables: list[AppendixTable]) -> None:
        self.conn.execute("DELETE FROM appendices WHERE report_id = ?", (report_id,))
        self.conn.executemany(
            "INSERT INTO appendices(report_id, position, json) VALUES (?, ?, ?)",
            [(report_id, i, _dumps({"title": t.title, "columns": list(t.columns),
                                    "rows": [list(r) for r in t.rows], "note": t.note}))
             for i, t in enumerate(tables)])

    def list_reports(self: "Store", include_deleted: bool = False) -> list[ReportSummary]:
        where = "" if include_deleted else "WHERE r.deleted_at IS NULL"
        rows = self.conn.execute(
            "SELECT r.id, r.outline_id, o.title, r.period, json_extract(r.unit, '$.name'), r.unit_type, "
            "r.status, r.revision, json_extract(r.request, '$.deadline'), r.updated_at, r.deleted_at, "
            f"r.title, r.created_at FROM reports r JOIN outlines o ON o.id = r.outline_id {where} "
            "ORDER BY r.updated_at DESC, r.created_at DESC, r.id").fetchall()
        filled: dict[str, set[str]] = {}
        for report_id, key in self.conn.execute("SELECT report_id, node_key FROM answers WHERE filled = 1"):
            filled.setdefault(report_id, set()).add(key)
        out = []
        for (rid, outline_id, outline_title, period, unit_name, unit_type, status, revision, deadline,
             updated_at, deleted_at, title, created_at) in rows:
            applicable = self._applicable_keys(outline_id, unit_type)
            done = len(applicable & filled.get(rid, set()))
            ratio = done / len(applicable) if applicable else 1.0
            out.append(ReportSummary(
                id=rid, outline_id=outline_id, outline_title=outline_title or "", period=period or "",
                unit_name=unit_name or "", unit_type=unit_type, status=status, revision=revision,
                deadline=deadline, completeness=ratio, updated_at=updated_at, deleted_at=deleted_at,
                title=title or "", created_at=created_at))
        return out

    def resolve_report_id(self: "Store", text: str, *, include_deleted: bool = False) -> str:
        """A report id from the full id or an unambiguous prefix of at least 6 characters."""
        where = "" if include_deleted else "deleted_at IS NULL"
        return self._resolve("reports", text, where, "báo cáo", "report")

    def delete_report(self: "Store", report_id: str) -> None:
        """Soft delete: the report disappears from lists but stays restorable."""
        with self.transaction():
            if self.conn.execute("UPDATE reports SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                                 (now_iso(), report_id)).rowcount == 0:
                raise _not_found(report_id)

    def restore_report(self: "Store", report_id: str) -> None:
        with self.transaction():
            if self.conn.execute("UPDATE reports SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                                 (report_id,)).rowcount == 0:
                raise _not_found(report_id)

    # ---- revisions -------------------------------------------------------------------------
    def add_revision(self: "Store", report_id: str, author: str, kind: str, note: str = "") -> int:
        """Snapshot the whole report as it is now; returns the revision id."""
        if kind not in REVISION_KINDS:
            raise ValueError(f"unknown revision kind {kind!r}")
        with self.transaction():
            snapshot = _dumps(self.get_report(report_id, include_deleted=True).to_dict())
            cursor = self.conn.execute(
                "INSERT INTO revisions(report_id, created_at, author, kind, note, snapshot) "
                "VALUES (?, ?, ?, ?, ?, ?)", (report_id, now_iso(), author or "", kind, note or "", snapshot))
            return int(cursor.lastrowid)

    def list_revisions(self: "Store", report_id: str) -> list[RevisionInfo]:
        rows = self.conn.execute(
            "SELECT id, report_id, created_at, author, kind, note FROM revisions WHERE report_id = ? "
            "ORDER BY id DESC", (report_id,)).fetchall()
        return [RevisionInfo(*row) for row in rows]

    def get_revision(self: "Store", revision_id: int) -> Report:
        row = self.conn.execute("SELECT snapshot FROM revisions WHERE id = ?", (int(revision_id),)).fetchone()
        if row is None:
            raise UserError(f"Không tìm thấy phiên bản {revision_id}.", f"Revision not found: {revision_id}.")
        return Report.from_dict(json.loads(row[0]))


__all__ = ["ReportsMixin"]
