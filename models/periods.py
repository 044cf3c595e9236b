"""Reporting periods and their data cut-off dates, computed from rules kept as data.

The rules live in ``resources/period_rules.json``. By default a period's data run "from the 15th of
the month before the period to the 14th of its last month" (Decree 09/2019/NĐ-CP, art. 12), e.g. the
first 9 months of 2025 cover 15/12/2024 – 14/9/2025.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from models.errors import UserError
from models.text import fold_key, roman_value, to_roman

PERIOD_KINDS = ("month", "quarter", "half", "nine_months", "year")


@dataclass(frozen=True)
class Cutoff:
    start_month_offset: int = -1
    start_day: int = 15
    end_month_offset: int = 0
    end_day: int = 14

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Cutoff":
        data = data or {}
        return cls(**{k: int(data[k]) for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class KindRule:
    kind: str
    count: int  # how many periods of this kind in a year (12 months, 4 quarters, ...)
    months: int  # months covered by one period
    label_vi: str
    label_en: str
    name_vi: str
    name_en: str
    cutoff: Cutoff


@dataclass
class PeriodRules:
    kinds: dict[str, KindRule] = field(default_factory=dict)

    def rule(self, kind: str) -> KindRule:
        try:
            return self.kinds[kind]
        except KeyError:
            raise UserError(f"Loại kỳ báo cáo không hợp lệ: {kind}",
                            f"Unknown period kind: {kind}") from None


@dataclass(frozen=True)
class Period:
    kind: str
    year: int
    number: int  # month 1–12, quarter 1–4, half 1–2; 1 for nine_months and year
    first_month: int
    last_month: int
    start: date  # first day of data
    end: date  # last day of data
    label_vi: str  # "9 tháng đầu năm 2025"
    label_en: str

    def label(self, lang: str = "vi") -> str:
        return self.label_en if lang.startswith("en") else self.label_vi


def _rules_path() -> Path:
    from resources import resource_path

    return resource_path("period_rules.json")


def parse_rules(data: dict[str, Any]) -> PeriodRules:
    default = Cutoff.from_dict(data.get("default_cutoff"))
    kinds: dict[str, KindRule] = {}
    for kind, raw in (data.get("kinds") or {}).items():
        cutoff = Cutoff.from_dict({**default.__dict__, **(raw.get("cutoff") or {})})
        kinds[kind] = KindRule(kind=kind, count=int(raw.get("count", 1)), months=int(raw["months"]),
                               label_vi=raw.get("label_vi", "{year}"), label_en=raw.get("label_en", "{year}"),
                               name_vi=raw.get("name_vi", kind), name_en=raw.get("name_en", kind),
                               cutoff=cutoff)
    return PeriodRules(kinds=kinds)


_CACHE: dict[str, PeriodRules] = {}


def load_rules(path: str | Path | None = None) -> PeriodRules:
    """The period rules from ``path`` (default: the shipped resources/period_rules.json)."""
    path = Path(path) if path else _rules_path()
    key = str(path)
    if key not in _CACHE:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise UserError(f"Không đọc được quy tắc kỳ báo cáo: {path}",
                            f"Cannot read the period rules: {path} ({err})") from err
        _CACHE[key] = parse_rules(data)
    return _CACHE[key]


def _shift(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date:
    import calendar

    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def compute_period(kind: str, year: int, number: int = 1, rules: PeriodRules | None = None) -> Period:
    """The period ``number`` of ``kind`` in ``year`` with its cut-off dates and labels."""
    rules = rules or load_rules()
    rule = rules.rule(kind)
    if not 1 <= number <= rule.count:
        raise UserError(f"Số thứ tự kỳ phải từ 1 đến {rule.count}.",
                        f"The period number must be between 1 and {rule.count}.")
    if not 1900 <= year <= 2200:
        raise UserError(f"Năm không hợp lệ: {year}", f"Invalid year: {year}")
    first = (number - 1) * rule.months + 1
    last = first + rule.months - 1
    cut = rule.cutoff
    sy, sm = _shift(year, first, cut.start_month_offset)
    ey, em = _shift(year, last, cut.end_month_offset)
    fields = {
        "number": number, "year": year, "roman": to_roman(number),
        "half_vi": "đầu" if number == 1 else "cuối", "half_en": "first" if number == 1 else "second",
    }
    return Period(kind=kind, year=year, number=number, first_month=first, last_month=last,
                  start=_safe_date(sy, sm, cut.start_day), end=_safe_date(ey, em, cut.end_day),
                  label_vi=rule.label_vi.format(**fields), label_en=rule.label_en.format(**fields))


def guess_period(text: str | None) -> tuple[str, int, int] | None:
    """(kind, year, number) read from a period phrase such as "9 tháng đầu năm 2025",
    "quý III năm 2025", "6 tháng cuối năm 2024", "tháng 8/2025", "năm 2025"; None if unclear."""
    folded = fold_key(text)
    year_match = re.search(r"(19|20|21)\d{2}", folded)
    if not year_match:
        return None
    year = int(year_match.group(0))
    if re.search(r"\b9 thang\b", folded):
        return "nine_months", year, 1
    if re.search(r"\b6 thang\b", folded):
        return "half", year, 2 if "cuoi" in folded else 1
    match = re.search(r"\bquy ([ivx]+|\d)\b", folded)
    if match:
        raw = match.group(1)
        number = int(raw) if raw.isdigit() else roman_value(raw)
        return ("quarter", year, number) if 1 <= number <= 4 else None
    match = re.search(r"\bthang (\d{1,2})\b", folded)
    if match and 1 <= int(match.group(1)) <= 12:
        return "month", year, int(match.group(1))
    if re.search(r"\bnam\b", folded):
        return "year", year, 1
    return None
