"""An answer's key figures in the printed report: printed once, never twice.

Figures are data (the province adds them up, checks read them); the body never repeats them in a
table under the answer. A figure whose number is already written in its answer's text is not
printed again anywhere; the others are gathered, in reading order, into one appendix table
"Biểu số liệu" after the report's own appendices (docs/export-rules.md, "Figures").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from models.errors import UserError
from models.numbers import parse_vn_number
from models.report import Figure
from models.text import fold_key, nfc

from .nodes import Table

FIGURES_TITLE = "Biểu số liệu"
COLUMNS = ["TT", "Mục", "Chỉ tiêu", "Đơn vị tính", "Số liệu"]
_INT = r"\d{1,3}(?:\.\d{3})+|\d+"
_TOKEN = re.compile(rf"(?<![\d,.])(?P<int>{_INT})(?:,(?P<frac>\d+))?(?P<pct>\s?%)?"
                    rf"(?:\s?/\s?(?P<den>{_INT}))?(?![\d])")


def _value(int_part: str, frac: str | None) -> Decimal:
    return Decimal(int_part.replace(".", "") + (f".{frac}" if frac else ""))


def text_numbers(text: str) -> set[tuple[str, Decimal, Decimal | None]]:
    """The figures written in `text` as (kind, value, denominator): "957.600" → number 957600,
    "95,17%" → percent 95.17, "57/96" → ratio 57 of 96 ("09" is the number 9)."""
    out = set()
    for m in _TOKEN.finditer(text):
        value = _value(m["int"], m["frac"])
        if m["den"]:
            out.add(("ratio", value, _value(m["den"], None)))
        out.add(("percent" if m["pct"] else "number", value, None))
    return out


def figure_key(fig: Figure) -> tuple[str, Decimal, Decimal | None] | None:
    try:
        parsed = parse_vn_number(nfc(fig.value))
    except UserError:
        return None
    kind = "percent" if parsed.kind == "percent" or nfc(fig.unit).strip().startswith("%") else parsed.kind
    return kind, parsed.value, parsed.total


def written_in(fig: Figure, text: str) -> bool:
    """Is the figure's number already in the answer's text? A value that is not a number
    ("nhiều") counts as written when the same words appear in the text."""
    key = figure_key(fig)
    if key is None:
        value = fold_key(fig.value)
        return bool(value) and value in fold_key(text)
    return key in text_numbers(nfc(text))


@dataclass
class FigureRow:
    ref: str  # the outline place it belongs to: "I.1", "II.3"
    figure: Figure


def figures_table(rows: list[FigureRow]) -> Table:
    """The "Biểu số liệu" table: TT, the outline place, the label, the unit, the figure."""
    body = []
    for i, row in enumerate(rows, start=1):
        fig = row.figure
        value, unit = nfc(fig.value).strip(), nfc(fig.unit).strip()
        if unit.startswith("%"):
            value, unit = value + unit, "%"
        elif value.endswith("%"):
            unit = unit or "%"
        body.append([str(i), row.ref, nfc(fig.label).strip(), unit, value])
    return Table(columns=list(COLUMNS), rows=body)
