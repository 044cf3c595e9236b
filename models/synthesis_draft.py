"""The first draft of the province's synthesis: per outline item, the aggregated indicators as
sentences and one line "n/N đơn vị đã báo cáo nội dung này" — never the units' own texts, which
stay in the units' reports (the "Tập báo cáo của các đơn vị" annex) and in the editor's units panel.

Also the pieces the synthesis export and the units panel share: the units' short names, who
answered an item, and the Phụ lục label of each indicator group. Pure: no DB, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .indicator_aggregate import (Aggregate, IndicatorGroup, UnitRef, collective, indicator_groups, name_list,
                                  population_of, sentence)
from .outline import Outline
from .report import Answer, Report
from .text import nfc, to_roman

_UBND = re.compile(r"^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+", re.IGNORECASE)
INDICATOR_APPENDIX_START = 1  # the indicator tables are Phụ lục I, II, …; the unit lists follow


def short_name(name: str) -> str:
    """"UBND xã Ba Tơ" → "Xã Ba Tơ": how a unit is named in a list inside a sentence."""
    text = _UBND.sub("", nfc(name).strip())
    return text[:1].upper() + text[1:]


@dataclass
class Coverage:
    """Who answered one item: the units it applies to, those with content, those "không phát sinh"."""

    population: list[UnitRef] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)  # unit codes with text or figures
    not_applicable: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.population)

    def line(self) -> str:
        done = len(self.answered) + len(self.not_applicable)
        text = f"{done}/{self.size} đơn vị đã báo cáo nội dung này"
        if self.not_applicable:
            text += f" ({len(self.not_applicable)} đơn vị không phát sinh)"
        return text + "."


@dataclass
class UnitDigest:
    """What the synthesis needs of one unit's report, without its texts (read straight from the
    inbox for speed: store.inbox_digests)."""

    code: str
    report_id: str
    name: str
    unit_type: str
    values: dict[str, Any] = field(default_factory=dict)  # indicator code → value (unchecked)
    answered: set[str] = field(default_factory=set)  # leaf keys with text or figures
    not_applicable: set[str] = field(default_factory=set)  # leaf keys marked "không phát sinh" only

    @classmethod
    def of(cls, code: str, report: Report) -> "UnitDigest":
        na = {k for k, a in report.answers.items() if a.not_applicable and not a.text.strip()}
        done = {k for k, a in report.answers.items() if a.is_filled} - na
        return cls(code, report.id, report.unit.name, report.unit_type, dict(report.indicator_values), done, na)


def coverage(outline: Outline, units: list[UnitRef], digests: dict[str, UnitDigest]) -> dict[str, Coverage]:
    """Leaf key → Coverage, over `units` (the population); `digests` maps a unit code to its report's digest.
    A unit that gave an item's indicator values has reported on it, even without text."""
    codes = {node.key: [ind.code for ind in node.indicators] for node in outline.walk() if node.is_leaf}
    out: dict[str, Coverage] = {}
    for key, population in population_of(outline, units).items():
        cov = out[key] = Coverage(population)
        for unit in population:
            digest = digests.get(unit.code)
            if digest is None:
                continue
            if key in digest.not_applicable:
                cov.not_applicable.append(unit.code)
            elif key in digest.answered or any(c in digest.values for c in codes.get(key, ())):
                cov.answered.append(unit.code)
    return out


def group_labels(outline: Outline) -> tuple[list[IndicatorGroup], dict[str, str]]:
    """The indicator groups in Phụ lục order, and indicator code → its "Phụ lục II" label."""
    groups = indicator_groups(outline)
    labels: dict[str, str] = {}
    for i, group in enumerate(groups, start=INDICATOR_APPENDIX_START):
        for _, ind in group.members:
            labels[ind.code] = f"Phụ lục {to_roman(i)}"
    return groups, labels


def draft_answers(outline: Outline, units: list[UnitRef], digests: dict[str, UnitDigest],
                  aggregates: list[Aggregate]) -> dict[str, Answer]:
    """The generated answer of every leaf that applies to at least one unit: indicator sentences,
    then the coverage line. Units are named only in indicator sentences (who lacks something)."""
    names = {u.code: short_name(u.name) or u.code for u in units}
    _, labels = group_labels(outline)
    by_key: dict[str, list[Aggregate]] = {}
    for agg in aggregates:
        by_key.setdefault(agg.node_key, []).append(agg)
    out: dict[str, Answer] = {}
    for key, cov in coverage(outline, units, digests).items():
        if not cov.size:
            continue
        lines = [f"- {sentence(agg, names, labels.get(agg.indicator.code, ''))}" for agg in by_key.get(key, [])]
        lines.append(cov.line())
        out[key] = Answer(node_key=key, text="\n".join(lines))
    return out


def opening_line(units: list[UnitRef], late: list[str], period: str, unit_name: str,
                 reports_appendix: str) -> str:
    """"Trên cơ sở báo cáo của 12/14 xã, phường (2 đơn vị chưa báo cáo: A, B), …"."""
    names = {u.code: short_name(u.name) or u.code for u in units}
    reported = [u for u in units if u.reported]
    missing = [u.code for u in units if not u.reported]
    text = f"Trên cơ sở báo cáo của {len(reported)}/{len(units)} {collective(units)}"
    notes = []
    if missing:
        notes.append(f"{len(missing)} đơn vị chưa báo cáo: {name_list(missing, names)}")
    if late:
        notes.append(f"{len(late)} đơn vị báo cáo muộn")
    if notes:
        text += " (" + "; ".join(notes) + (f"; danh sách tại {reports_appendix}" if reports_appendix else "") + ")"
    period = nfc(period).strip()
    return text + f", {unit_name or 'cơ quan tổng hợp'} tổng hợp kết quả" + (f" {period}" if period else "") + " như sau:"


__all__ = ["Coverage", "UnitDigest", "coverage", "draft_answers", "group_labels", "opening_line", "short_name"]
