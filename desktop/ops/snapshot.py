"""Consistent reads of a report, and rendering outside any transaction.

`take_snapshot` reads a report and its outline as one state; `report_details` adds how complete
it is (`baocao report show`, after a fill).

An export (DOCX/PDF final copy, sync bundle) used to hold the write lock while rendering, which
blocked typing and made another program's save fail. Now it takes a `Snapshot` in a short read,
renders with no transaction open, and the short transaction that records the result calls
`ensure_unchanged`, which refuses with `ReportChanged` (saying what moved) when the report is no
longer the one that was rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models.errors import UserError
from models.outline import Outline
from models.report import Report

if TYPE_CHECKING:
    from models.completeness import Completeness

_SHOWN_KEYS = 6
_STATUS = {"draft": ("dự thảo", "draft"), "final": ("hoàn thành", "final")}
# metadata that is printed in the document or carried in the bundle
_META = ("title", "number", "report_date", "period", "period_kind", "year", "period_start", "period_end",
         "unit_type", "unit", "request")


@dataclass(frozen=True)
class Snapshot:
    report: Report
    outline: Outline


def take_snapshot(store: Any, report_id: str) -> Snapshot:
    """The report and its outline as one consistent read (no write lock)."""
    with store.read():
        report = store.get_report(report_id)
        outline = store.get_outline(report.outline_id)
    return Snapshot(report, outline)


@dataclass(frozen=True)
class ReportDetails(Snapshot):
    completeness: Completeness


def report_details(store: Any, report_id: str) -> ReportDetails:
    """A report, its outline and how complete it is."""
    from models.completeness import completeness

    snap = take_snapshot(store, report_id)
    done = completeness(snap.outline, snap.report.answers, snap.report.unit_type)
    return ReportDetails(snap.report, snap.outline, done)


class ReportChanged(UserError):
    """The report changed between the snapshot and the recording transaction."""

    def __init__(self, changes: list[tuple[str, str]]):
        vi = "; ".join(c[0] for c in changes)
        en = "; ".join(c[1] for c in changes)
        super().__init__(
            f"Báo cáo đã thay đổi trong lúc xuất ({vi}) nên bản vừa xuất không được ghi nhận. "
            f"Hãy xuất lại.",
            f"The report changed while it was being exported ({en}), so the export was not recorded. "
            f"Export it again.")
        self.changes = changes


def _keys(keys: list[str]) -> str:
    shown = ", ".join(keys[:_SHOWN_KEYS])
    return shown + (f" (+{len(keys) - _SHOWN_KEYS})" if len(keys) > _SHOWN_KEYS else "")


def differences(before: Report, now: Report) -> list[tuple[str, str]]:
    """What differs between two states of a report that an export depends on, as (vi, en) phrases."""
    out: list[tuple[str, str]] = []
    if before.status != now.status:
        old, new = (_STATUS.get(s, (s, s)) for s in (before.status, now.status))
        out.append((f"trạng thái đổi từ {old[0]} sang {new[0]}", f"status changed from {old[1]} to {new[1]}"))
    if before.revision != now.revision:
        out.append((f"lần sửa đổi từ r{before.revision} sang r{now.revision}",
                    f"revision moved from r{before.revision} to r{now.revision}"))
    keys = [k for k in dict.fromkeys([*before.answers, *now.answers])
            if before.answer(k).to_dict() != now.answer(k).to_dict()]
    if keys:
        out.append((f"đã sửa nội dung mục {_keys(keys)}", f"answers edited: {_keys(keys)}"))
    if before.to_dict()["appendices"] != now.to_dict()["appendices"]:
        out.append(("đã sửa phụ lục", "appendix tables edited"))
    old, new = before.to_dict(), now.to_dict()
    fields = [name for name in _META if old.get(name) != new.get(name)]
    if fields:
        out.append((f"đã sửa thông tin báo cáo ({', '.join(fields)})",
                    f"report details edited ({', '.join(fields)})"))
    return out


def ensure_unchanged(store: Any, snapshot: Snapshot) -> Report:
    """Inside the recording transaction: the report as it is now, or ReportChanged."""
    current = store.get_report(snapshot.report.id)
    changes = differences(snapshot.report, current)
    if changes:
        raise ReportChanged(changes)
    return current
