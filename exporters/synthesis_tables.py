"""The synthesis's Phụ lục tables: one per indicator group (a row per reporting unit and a total /
aggregate row), and the list of units that did not report or reported late. Pure: no DB, no Qt."""

from __future__ import annotations

from datetime import datetime

from models.indicator_aggregate import Aggregate, IndicatorGroup, UnitRef
from models.synthesis_draft import short_name
from models.sync_types import UnitStatus
from models.text import nfc, to_roman, vn_upper

from .nodes import Appendix, Table
from .vn_dates import short_date

MAX_INDICATOR_COLUMNS = 5  # beyond this a group continues in a second table ("tiếp theo")
TOTAL_LABEL = "Tổng cộng"


def column_title(agg: Aggregate) -> str:
    ind = agg.indicator
    label = nfc(ind.label).strip()
    if ind.kind == "percent":
        return f"{label} (%)"
    if ind.kind == "yes_no":
        return f"{label} (Có/Chưa)"
    return f"{label} ({ind.unit})" if ind.unit else label


def indicator_appendices(groups: list[IndicatorGroup], aggregates: list[Aggregate], units: list[UnitRef],
                         caption: str, start: int = 1) -> list[Appendix]:
    """One appendix per group (split every MAX_INDICATOR_COLUMNS indicators), labelled from
    "Phụ lục {start}" on. Rows: the reporting units the group applies to, in `units` order."""
    by_code = {agg.indicator.code: agg for agg in aggregates}
    out: list[Appendix] = []
    for number, group in enumerate(groups, start=start):
        aggs = [by_code[ind.code] for _, ind in group.members if ind.code in by_code]
        for part in range(0, max(len(aggs), 1), MAX_INDICATOR_COLUMNS):
            chunk = aggs[part:part + MAX_INDICATOR_COLUMNS]
            label = f"Phụ lục {to_roman(number)}" + (" (tiếp theo)" if part else "")
            out.append(Appendix(label=label, title=vn_upper(f"Tổng hợp chỉ tiêu: {nfc(group.title).strip()}"),
                                caption=caption, table=_group_table(chunk, units)))
    return out


def _group_table(aggs: list[Aggregate], units: list[UnitRef]) -> Table:
    members = [{u.code for u in agg.population} for agg in aggs]
    rows: list[list[str]] = []
    for unit in units:
        if not unit.reported or not any(unit.code in m for m in members):
            continue
        cells = [agg.cell(unit.code) if unit.code in m else "" for agg, m in zip(aggs, members)]
        rows.append([str(len(rows) + 1), short_name(unit.name) or unit.code, *cells])
    rows.append(["", TOTAL_LABEL, *[agg.figure() for agg in aggs]])
    return Table(columns=["TT", "Đơn vị", *[column_title(a) for a in aggs]], rows=rows, total_rows=[len(rows) - 1])


def _when(text: str | None) -> str:
    try:
        moment = datetime.fromisoformat(str(text))
    except (TypeError, ValueError):
        return ""
    return f"{moment:%H:%M} ngày {short_date(moment.date())}"


def status_rows(statuses: list[UnitStatus]) -> list[list[str]]:
    """TT, code, unit, state — the units that did not report, then those that reported late."""
    rows: list[list[str]] = []
    for state in ("missing", "late"):
        for status in statuses:
            if status.state != state:
                continue
            text = "Chưa báo cáo" if state == "missing" else f"Báo cáo muộn ({_when(status.created_at)})"
            rows.append([str(len(rows) + 1), status.code, short_name(status.name) or status.code, text])
    return rows


def status_appendix(statuses: list[UnitStatus], label: str, caption: str, deadline: str) -> Appendix | None:
    rows = status_rows(statuses)
    if not rows:
        return None
    note = f"Hạn nộp báo cáo: {_when(deadline)}." if _when(deadline) else ""
    return Appendix(label=label, title="DANH SÁCH ĐƠN VỊ CHƯA BÁO CÁO, BÁO CÁO MUỘN", caption=caption,
                    table=Table(columns=["TT", "Mã định danh", "Đơn vị", "Tình trạng"], rows=rows), note=note)


__all__ = ["MAX_INDICATOR_COLUMNS", "TOTAL_LABEL", "column_title", "indicator_appendices", "status_appendix",
           "status_rows"]
