"""What the synthesis editor's units panel shows and does for the current item: every unit's
answer (filtered by unit, answered or not, and searched), a passage copied with the unit's name,
and the item's aggregated indicators inserted into the province's text as sentences or as a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.ops import Changed
from desktop.ops.editing import refuse_if_final
from desktop.ops.synthesis import SynthesisData, gather
from models.errors import UserError
from models.indicator_aggregate import Aggregate, sentence
from models.indicators import rate_text
from models.numbers import format_vn_number
from models.report import Answer, Figure, Report
from models.synthesis_draft import group_labels
from models.text import fold_key, nfc

FILTERS = ("all", "answered", "missing")  # every unit / those that answered the item / the others


@dataclass(frozen=True)
class UnitAnswer:
    code: str
    name: str  # short name ("Xã Ba Tơ")
    state: str  # "received" | "late" | "missing"
    answer: Answer | None  # None when the unit did not report or left the item empty
    values: dict[str, Any]  # this item's indicator values of the unit

    @property
    def answered(self) -> bool:
        return (self.answer is not None and self.answer.is_filled) or bool(self.values)


def received_reports(store, outline_id: str) -> dict[str, Report]:
    """Unit code → the newest received report on the outline (whole: texts, footnotes, tables)."""
    with store.read():
        statuses = {s.report_id: s.code for s in store.inbox_status(outline_id, None) if s.report_id}
        return {statuses[r.id]: r for r in store.latest_reports(outline_id) if r.id in statuses}


def unit_answers(data: SynthesisData, reports: dict[str, Report], node_key: str) -> list[UnitAnswer]:
    """Every unit the item applies to, with its answer and the item's values, in code order."""
    node = data.outline.find(node_key)
    codes = {ind.code for ind in node.indicators} if node else set()
    applies = {u.code for agg in data.aggregates if agg.node_key == node_key for u in agg.population}
    leaves_of = {t: {n.key for n in data.outline.leaves(t)} for t in {u.unit_type for u in data.units}}
    states = {s.code: s.state for s in data.statuses}
    names = data.names
    out = []
    for unit in data.units:
        if unit.code not in applies and node_key not in leaves_of[unit.unit_type]:
            continue
        report = reports.get(unit.code)
        answer = report.answers.get(node_key) if report else None
        values = {c: v for c, v in report.indicator_values.items() if c in codes} if report else {}
        out.append(UnitAnswer(unit.code, names[unit.code], states.get(unit.code, "missing"), answer, values))
    return out


def filter_answers(answers: list[UnitAnswer], *, show: str = "all", unit: str | None = None,
                   search: str = "") -> list[UnitAnswer]:
    """The panel's filters: one unit (by code), answered / not answered, and a search in the unit's
    name and text that ignores case and accents ("ba to" finds "Ba Tơ")."""
    if show not in FILTERS:
        raise ValueError(f"unknown filter {show!r}")
    key = fold_key(search)
    out = []
    for item in answers:
        if unit and item.code != unit:
            continue
        if (show == "answered" and not item.answered) or (show == "missing" and item.answered):
            continue
        if key and key not in fold_key(f"{item.name} {item.answer.text if item.answer else ''}"):
            continue
        out.append(item)
    return out


def passage_with_name(item: UnitAnswer, passage: str | None = None) -> str:
    """A passage of a unit's answer (all of it by default) as the province quotes it: "Xã Ba Tơ: …"."""
    text = nfc(passage if passage is not None else (item.answer.text if item.answer else "")).strip()
    return f"{item.name}: {text}" if text else ""


def item_aggregates(data: SynthesisData, node_key: str) -> list[tuple[Aggregate, str]]:
    """The item's aggregated indicators, each with its generated sentence."""
    _, labels = group_labels(data.outline)
    names = data.names
    return [(agg, sentence(agg, names, labels.get(agg.indicator.code, ""))) for agg in data.aggregates
            if agg.node_key == node_key]


def aggregate_figures(agg: Aggregate) -> list[Figure]:
    """An aggregate as key figures (rows of the answer's table), each value in Vietnamese notation."""
    ind, kind = agg.indicator, agg.indicator.kind
    label = nfc(ind.label).strip()
    if kind == "yes_no":
        return [Figure(label, f"{len(agg.yes)}/{agg.size}", "đơn vị")]
    if not agg.values:
        return []
    if kind in ("number", "count"):
        return [Figure(label, format_vn_number(agg.total), ind.unit)]
    if kind == "ratio":
        unit = f" {ind.unit}" if ind.unit else ""
        base = f"{format_vn_number(agg.total)}/{format_vn_number(agg.base)}{unit}"
        return [Figure(f"{label} ({base})", rate_text(agg.total, agg.base), "")] if agg.base else []
    if kind == "percent":
        return [Figure(f"{label} (thấp nhất)", format_vn_number(agg.low) + "%", ""),
                Figure(f"{label} (cao nhất)", format_vn_number(agg.high) + "%", "")]
    if kind == "choice":
        return [Figure(f"{label}: {option}", str(count), "đơn vị") for option, count in agg.option_counts() if count]
    return [Figure(label, f"{agg.n}/{agg.size}", "đơn vị")]


def insert_aggregates(store, report_id: str, node_key: str, *, as_table: bool = False,
                      author: str = "") -> Changed:
    """Add the item's aggregated indicators to the province's answer: as sentences at the end of its
    text (one "- …" line each, skipping one already there) or as rows of its figures table."""
    with store.transaction():
        refuse_if_final(store, report_id)
        outline_id = store.synthesis_outline_id(report_id)
        if outline_id is None:
            raise UserError("Báo cáo này không phải báo cáo tổng hợp của tỉnh.",
                            "This report is not the province's synthesis.")
        items = item_aggregates(gather(store, outline_id), node_key)
        if not items:
            raise UserError("Mục này không có chỉ tiêu để tổng hợp.", "This item has no indicators to aggregate.")
        answer = store.get_report(report_id).answer(node_key)
        if as_table:
            held = {(f.label, f.value) for f in answer.figures}
            answer.figures += [f for agg, _ in items for f in aggregate_figures(agg) if (f.label, f.value) not in held]
        else:
            lines = [line for line in answer.text.split("\n") if line.strip()]
            lines += [f"- {text}" for _, text in items if f"- {text}" not in lines]
            answer.text = "\n".join(lines)
        answer.node_key = node_key
        saved_at = store.save_answer(report_id, answer)
    return Changed(report_list=True, report_id=report_id, answer_keys=[node_key], content=True, saved_at=saved_at)


__all__ = ["FILTERS", "UnitAnswer", "aggregate_figures", "filter_answers", "insert_aggregates", "item_aggregates",
           "passage_with_name", "received_reports", "unit_answers"]
