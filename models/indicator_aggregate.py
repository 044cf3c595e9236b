"""Aggregating indicator values across units (the province's synthesis). Pure: no DB, no Qt.

Rules (docs/indicators.md):
- N (the population of an indicator) is every unit it applies to: the expected units plus any other
  unit that reported, whose unit type the item (and its headings) applies to;
- ``number``/``count``: the sum of the values given; ``yes_no``: "k/N" with the units answering no
  and those that gave nothing listed by name; ``ratio``: Σ numerators / Σ denominators and that
  rate (never an average of the units' rates); ``percent``: the lowest and highest value and who
  has them (never averaged); ``choice``: how many units chose each option; ``text``: listed per unit.
A value that does not fit its indicator (e.g. from an old bundle) counts as not given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .indicators import Indicator, check_value, format_value, outline_indicators, rate_text
from .numbers import format_vn_number
from .outline import Outline
from .text import nfc

MAX_NAMES = 20  # names listed in a sentence before "… và N đơn vị khác"


@dataclass(frozen=True)
class UnitRef:
    code: str
    name: str
    unit_type: str = "commune"
    reported: bool = True  # a report of this unit was received


@dataclass
class Aggregate:
    node_key: str
    indicator: Indicator
    population: list[UnitRef]  # N, in the order given (units sorted by code)
    values: dict[str, Any] = field(default_factory=dict)  # unit code → canonical value (given only)
    total: Decimal = Decimal(0)  # number/count: the sum; ratio: Σ numerators
    base: Decimal = Decimal(0)  # ratio: Σ denominators
    low: Decimal | None = None  # percent
    high: Decimal | None = None

    # ---- counts -------------------------------------------------------------------------------
    @property
    def n(self) -> int:
        """How many units gave a value."""
        return len(self.values)

    @property
    def size(self) -> int:
        """N."""
        return len(self.population)

    def codes_where(self, test) -> list[str]:
        return [u.code for u in self.population if u.code in self.values and test(self.values[u.code])]

    @property
    def yes(self) -> list[str]:
        return self.codes_where(lambda v: v is True)

    @property
    def no(self) -> list[str]:
        return self.codes_where(lambda v: v is False)

    @property
    def blank(self) -> list[str]:
        """Units that reported but gave no value."""
        return [u.code for u in self.population if u.reported and u.code not in self.values]

    @property
    def not_reported(self) -> list[str]:
        return [u.code for u in self.population if not u.reported]

    def option_counts(self) -> list[tuple[str, int]]:
        counts = {o: 0 for o in self.indicator.options}
        for value in self.values.values():
            counts[value] = counts.get(value, 0) + 1
        return list(counts.items())

    def at(self, value: Decimal | None) -> list[str]:
        return self.codes_where(lambda v: Decimal(v) == value) if value is not None else []

    # ---- text ----------------------------------------------------------------------------------
    def figure(self) -> str:
        """The aggregate as one cell: "57/96", "1.234 máy", "4.500/6.000 hồ sơ (75%)", "40%–98%"."""
        ind, kind = self.indicator, self.indicator.kind
        unit = f" {ind.unit}" if ind.unit else ""
        if not self.values and kind != "yes_no":
            return "–"
        if kind in ("number", "count"):
            return format_vn_number(self.total) + unit
        if kind == "yes_no":
            return f"{_n(len(self.yes))}/{_n(self.size)}"
        if kind == "ratio":
            return f"{format_vn_number(self.total)}/{format_vn_number(self.base)}{unit} ({rate_text(self.total, self.base)})"
        if kind == "percent":
            low, high = format_vn_number(self.low), format_vn_number(self.high)
            return f"{low}%" if low == high else f"{low}%–{high}%"
        if kind == "choice":
            return "; ".join(f"{o}: {c}" for o, c in self.option_counts() if c)
        return f"{_n(self.n)} đơn vị"

    def cell(self, code: str) -> str:
        """One unit's value as printed in a per-unit table ("–" when not given)."""
        value = self.values.get(code)
        return "–" if value is None else format_value(self.indicator, value, with_unit=False)


def _n(count: int) -> str:
    """A count the Vietnamese way: 3.321."""
    return format_vn_number(count)


def lower_first(text: str) -> str:
    """"Được trang bị …" → "được trang bị …"; an acronym ("UBND …", "CNTT") is kept."""
    text = nfc(text).strip()
    if len(text) > 1 and text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def name_list(codes: list[str], names: dict[str, str], limit: int = MAX_NAMES) -> str:
    shown = [names.get(c, c) for c in codes[:limit]]
    more = len(codes) - len(shown)
    return ", ".join(shown) + (f" và {_n(more)} đơn vị khác" if more > 0 else "")


def collective(population: list[UnitRef]) -> str:
    """What the units are called together: "xã, phường" when all are communes, else "đơn vị"."""
    return "xã, phường" if population and all(u.unit_type == "commune" for u in population) else "đơn vị"


def sentence(agg: Aggregate, names: dict[str, str], where: str = "") -> str:
    """The aggregate as a sentence for the synthesis, e.g. "Có 57/96 xã, phường được trang bị máy lấy
    số; còn 36 đơn vị chưa: A, B, C; 3 đơn vị chưa báo cáo: X, Y, Z." `where` cites the Phụ lục."""
    ind, kind = agg.indicator, agg.indicator.kind
    label = nfc(ind.label).strip().rstrip(".")
    base = f"{_n(agg.n)}/{_n(agg.size)} đơn vị có số liệu"
    cite = f"; chi tiết tại {where}" if where else ""
    if kind == "yes_no":
        text = f"Có {agg.figure()} {collective(agg.population)} {lower_first(label)}"
        if agg.no:
            text += f"; còn {_n(len(agg.no))} đơn vị chưa: {name_list(agg.no, names)}"
        if agg.blank:
            text += f"; {_n(len(agg.blank))} đơn vị chưa cho biết: {name_list(agg.blank, names)}"
        if agg.not_reported:
            text += f"; {_n(len(agg.not_reported))} đơn vị chưa báo cáo: {name_list(agg.not_reported, names)}"
        return text + "."
    if not agg.values:
        return f"{label}: chưa đơn vị nào có số liệu ({base}{cite})."
    if kind in ("number", "count"):
        return f"{label}: {agg.figure()} ({base}{cite})."
    if kind == "ratio":
        unit = f" {ind.unit}" if ind.unit else ""
        return (f"{label}: {format_vn_number(agg.total)}/{format_vn_number(agg.base)}{unit}, "
                f"đạt {rate_text(agg.total, agg.base)} ({base}{cite}).")
    if kind == "percent":
        low, high = agg.at(agg.low), agg.at(agg.high)
        if agg.low == agg.high:
            return f"{label}: {format_vn_number(agg.low)}% ở cả {_n(agg.n)} đơn vị có số liệu ({base}{cite})."
        return (f"{label}: thấp nhất {format_vn_number(agg.low)}% ({name_list(low, names, 3)}), "
                f"cao nhất {format_vn_number(agg.high)}% ({name_list(high, names, 3)}) ({base}{cite}).")
    if kind == "choice":
        parts = "; ".join(f"{o}: {_n(c)} đơn vị" for o, c in agg.option_counts() if c)
        return f"{label}: {parts} ({base}{cite})."
    return f"{label}: {base}{cite or ''}."


# ---- groups: one Phụ lục table each ---------------------------------------------------------------
@dataclass
class IndicatorGroup:
    title: str
    members: list[tuple[str, Indicator]] = field(default_factory=list)  # (leaf key, indicator)


def indicator_groups(outline: Outline) -> list[IndicatorGroup]:
    """The indicators grouped for the Phụ lục tables, in document order: by `Indicator.group` when
    set, else by the heading (section) the item sits under."""
    groups: dict[str, IndicatorGroup] = {}
    for node, ind in outline_indicators(outline):
        title = ind.group
        if not title:
            parent = outline.parent_of(node.key)
            title = nfc((parent or node).title).strip() or node.key
        groups.setdefault(title.casefold(), IndicatorGroup(title)).members.append((node.key, ind))
    return list(groups.values())


# ---- the engine -----------------------------------------------------------------------------------
def population_of(outline: Outline, units: list[UnitRef]) -> dict[str, list[UnitRef]]:
    """Leaf key → the units it applies to (a leaf is hidden from a unit type when it or a heading
    above it applies to another type)."""
    by_type: dict[str, set[str]] = {}
    out: dict[str, list[UnitRef]] = {}
    for unit in units:
        keys = by_type.get(unit.unit_type)
        if keys is None:
            keys = by_type[unit.unit_type] = {n.key for n in outline.leaves(unit.unit_type)}
        for key in keys:
            out.setdefault(key, []).append(unit)
    return out


def aggregate(outline: Outline, units: list[UnitRef], values: dict[str, dict[str, Any]]) -> list[Aggregate]:
    """One Aggregate per indicator of the outline, in document order. `units` are the population
    (expected ∪ reporting, in print order); `values` maps a unit code to its indicator values."""
    populations = population_of(outline, units)
    out: list[Aggregate] = []
    for node, ind in outline_indicators(outline):
        population = populations.get(node.key, [])
        agg = Aggregate(node.key, ind, population)
        for unit in population:
            raw = values.get(unit.code, {}).get(ind.code)
            if raw is None:
                continue
            try:
                value = check_value(ind, raw)
            except Exception:  # noqa: BLE001 - a value that does not fit counts as not given
                continue
            if value is not None:
                agg.values[unit.code] = value
        _accumulate(agg)
        out.append(agg)
    return out


def _accumulate(agg: Aggregate) -> None:
    kind = agg.indicator.kind
    if kind in ("number", "count"):
        agg.total = sum((Decimal(v) for v in agg.values.values()), Decimal(0))
    elif kind == "ratio":
        agg.total = sum((Decimal(v["num"]) for v in agg.values.values()), Decimal(0))
        agg.base = sum((Decimal(v["den"]) for v in agg.values.values()), Decimal(0))
    elif kind == "percent" and agg.values:
        numbers = [Decimal(v) for v in agg.values.values()]
        agg.low, agg.high = min(numbers), max(numbers)


__all__ = ["Aggregate", "IndicatorGroup", "MAX_NAMES", "UnitRef", "aggregate", "indicator_groups", "collective", "lower_first", "name_list",
           "population_of", "sentence"]
