"""Indicator operations: a unit enters its indicator values; the province attaches indicators to an
outline (a new outline, since the id is its content's hash) or takes the suggested ones.

Values are typed in Vietnamese notation and checked against the indicator's kind
(models/indicators.py); a finalized report refuses them like any other edit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from desktop.ops import Changed
from desktop.ops.editing import previous_report, refuse_if_final
from models.errors import UserError
from models.indicators import Indicator, check_outline_indicators, indicator_map, outline_indicators, parse_value
from models.outline import Outline, OutlineNode


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator of a report, as the editor and `baocao report indicators` show it."""

    node_key: str
    indicator: Indicator
    value: Any  # canonical value or None
    previous: Any  # the value of the unit's previous report (same code), or None
    previous_period: str = ""


def _indicator(store, report_id: str, code: str) -> Indicator:
    outline = store.get_outline(store.get_report(report_id).outline_id)
    found = indicator_map(outline).get(code)
    if found is None:
        raise UserError(f"Đề cương của báo cáo không có chỉ tiêu \"{code}\".",
                        f"The report's outline has no indicator \"{code}\".")
    return found[1]


def save_indicator_values(store, report_id: str, texts: dict[str, Any], author: str = "") -> Changed:
    """Write several values typed by an officer (code → text; "" or None clears), all or none."""
    with store.transaction():
        refuse_if_final(store, report_id)
        values = {code: parse_value(_indicator(store, report_id, code), text) for code, text in texts.items()}
        saved_at = store.save_indicator_values(report_id, values)
    return Changed(report_list=True, report_id=report_id, indicator_codes=list(values), saved_at=saved_at)


def save_indicator_value(store, report_id: str, code: str, text: Any, author: str = "") -> Changed:
    """Write one value typed by an officer (autosave of one field)."""
    return save_indicator_values(store, report_id, {code: text}, author)


def previous_values(store, report_id: str) -> tuple[str, dict[str, Any]]:
    """(period, code → value) of the unit's previous report; codes are stable across outlines."""
    prev_id = previous_report(store, report_id)
    if prev_id is None:
        return "", {}
    prev = store.get_report(prev_id)
    return prev.period, dict(prev.indicator_values)


def indicator_rows(store, report_id: str) -> list[IndicatorRow]:
    """Every indicator of the report's outline that applies to its unit, with value and previous value."""
    with store.read():
        report = store.get_report(report_id)
        outline = store.get_outline(report.outline_id)
        period, previous = previous_values(store, report_id)
    leaves = {n.key for n in outline.leaves(report.unit_type)}
    return [IndicatorRow(node.key, ind, report.indicator_values.get(ind.code), previous.get(ind.code), period)
            for node, ind in outline_indicators(outline) if node.key in leaves]


def parse_definitions(data: Any, outline: Outline) -> dict[str, list[Indicator]]:
    """An indicators file ``{"II.2.3": [{"code": …, "label": …, "kind": …, "unit": …}], …}`` checked
    against the outline: keys must be its leaves."""
    if not isinstance(data, dict):
        raise UserError("Tệp chỉ tiêu phải là một đối tượng JSON {\"mã mục\": [chỉ tiêu, …]}.",
                        "The indicators file must be a JSON object {\"item key\": [indicator, …]}.")
    out: dict[str, list[Indicator]] = {}
    for key, items in data.items():
        node = outline.find(key)
        if node is None or not node.is_leaf:
            raise UserError(f"Tệp chỉ tiêu: đề cương không có mục lá \"{key}\".",
                            f"Indicators file: the outline has no leaf item \"{key}\".")
        if not isinstance(items, list):
            raise UserError(f"Tệp chỉ tiêu, mục {key}: phải là danh sách chỉ tiêu.",
                            f"Indicators file, item {key}: must be a list of indicators.")
        out[key] = [Indicator.from_dict(i) for i in items]
    return out


def with_indicators(outline: Outline, definitions: dict[str, list[Indicator]]) -> Outline:
    """A copy of the outline whose leaves named in `definitions` carry exactly those indicators."""
    def copy(node: OutlineNode) -> OutlineNode:
        indicators = definitions.get(node.key, node.indicators)
        return replace(node, children=[copy(c) for c in node.children], indicators=list(indicators))

    result = replace(outline, nodes=[copy(n) for n in outline.nodes])
    check_outline_indicators(result)
    return result


def attach_indicators(store, outline_id: str, definitions: dict[str, list[Indicator]]) -> Changed:
    """Store the outline with these indicators attached (a new outline id); `outline_id` is it."""
    outline = store.get_outline(outline_id)
    new = with_indicators(outline, definitions)
    with store.transaction():
        new_id = store.save_outline(new, source_name=f"indicators:{outline_id[:12]}")
    return Changed(outlines=True, outline_id=new_id, count=sum(1 for _ in outline_indicators(new)))


def definitions_of(outline: Outline) -> dict[str, list[dict[str, Any]]]:
    """The outline's indicators in the indicators-file shape (to edit and attach again)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for node, ind in outline_indicators(outline):
        out.setdefault(node.key, []).append(ind.to_dict())
    return out
