"""The layout of a data table, shared by the DOCX and the PDF writer (one set of widths for both).

    layout = layout_table(table)              # an exporters.nodes.Table
    layout.widths_mm, layout.aligns, layout.size_pt, layout.bold(printed_row)

Column widths come from the measured width of the text (the bundled font's metrics, which are
Times New Roman's): a column can never be narrower than its widest unbreakable token — a
number, a percentage, a ratio, "TT", the longest word — plus the cell padding, so no figure is
ever split across two lines. Beyond that, the room left is shared in proportion to how much
each column would like to have (its widest cell on one line), the usual automatic table layout:
number columns end at their figures' width and text columns take the rest. When even the
minimum widths do not fit at 12 pt, the table is set at 11 and then 10 pt before anything is
squeezed.

Alignment is per column, never per cell: a sequence column (TT, STT, I, 1, a) is centred; a
column whose cells are all figures (957.600, 95,17%, 57/96, -, empty) is right-aligned so the
digits line up; any other column is left-aligned. Header rows are bold and centred, total rows
bold. The province's synthesis tables (Phụ lục) go through the same function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import nd30
from .nodes import Table
from .ttf import text_width

PT_PER_MM = 72 / 25.4
CELL_PAD_MM = 1.9  # left and right cell padding, as Word's default (108 twips); both writers set it
SLACK_PT = 1.5  # rounding between renderers: a token measured to fit still fits
SIZES_PT = (nd30.TABLE_PT, 11, 10)  # tried in turn until the minimum widths fit

_FIGURE = re.compile(r"^[-+−]?\d[\d.,]*(\s?%|\s?/\s?\d[\d.,]*)?$")
_SEQUENCE = re.compile(r"^([IVXLCivxlc]{1,6}|\d{1,3}(\.\d{1,3})*|[a-zđ])[.)]?$")
_SEQ_HEADERS = {"tt", "stt", "số tt", "số thứ tự", "thứ tự"}
_EMPTY = {"", "-", "–", "—", "x"}
_TOTAL = re.compile(r"^(tổng cộng|tổng số|tổng|cộng|toàn (xã|phường|tỉnh|huyện))\b", re.IGNORECASE)


def is_figure(text: str) -> bool:
    """A cell that holds one figure: "1.124", "83,27%", "57/96", "-5"."""
    return bool(_FIGURE.match(text.strip()))


def looks_like_total(row: list[str]) -> bool:
    """A row whose first text cell reads "Tổng cộng", "Tổng số", "Cộng" … (for trees built from
    plain tables; a tree builder that knows its totals sets `Table.total_rows` directly)."""
    first = next((c.strip() for c in row if c.strip() and not _SEQUENCE.match(c.strip())), "")
    return bool(_TOTAL.match(first))


@dataclass(frozen=True)
class TableLayout:
    widths_mm: list[float]
    aligns: list[str]  # per column: "left" | "center" | "right"
    kinds: list[str]  # per column: "sequence" | "figure" | "text"
    size_pt: float
    header_count: int  # printed rows that form the header (repeated on each page)
    total_printed: frozenset[int]  # printed row indices (0 = `columns`) of total rows

    def bold(self, printed_row: int) -> bool:
        return printed_row < self.header_count or printed_row in self.total_printed

    def align(self, printed_row: int, column: int) -> str:
        return "center" if printed_row < self.header_count else self.aligns[column]


def printed_rows(table: Table) -> list[list[str]]:
    """The header row then every row, each cut or padded to the number of columns."""
    n = len(table.columns)
    return [list(table.columns)] + [(list(r) + [""] * n)[:n] for r in table.rows]


def column_kind(header: str, cells: list[str], index: int) -> str:
    """"sequence" for a TT column (by its header, or a first column of 1, 2 … / I, II … / a, b …),
    "figure" when every filled cell is a figure, else "text"."""
    filled = [c.strip() for c in cells if c.strip() not in _EMPTY]
    if header.strip().casefold() in _SEQ_HEADERS or (
            index == 0 and filled and all(_SEQUENCE.match(c) and len(c) <= 5 for c in filled)):
        return "sequence"
    if filled and all(is_figure(c) for c in filled):
        return "figure"
    return "text"


def _min_width(text: str, size: float, bold: bool, whole: bool) -> float:
    """Widest piece of `text` that cannot break: the whole cell for a figure, else its longest word."""
    if whole or is_figure(text):
        return text_width(text.strip(), size, bold=bold)
    return max((text_width(w, size, bold=bold) for w in text.split()), default=0.0)


def layout_table(table: Table, width_mm: float = nd30.TEXT_W_MM) -> TableLayout:
    rows = printed_rows(table)
    n = len(table.columns)
    header_count = 1 + max(0, min(table.header_rows, len(table.rows)))
    totals = frozenset(1 + i for i in table.total_rows if 0 <= i < len(table.rows))
    body = [i for i in range(header_count, len(rows)) if i not in totals]
    kinds = [column_kind(rows[0][c], [rows[i][c] for i in body], c) for c in range(n)]
    pad = 2 * CELL_PAD_MM * PT_PER_MM + SLACK_PT
    total_pt = width_mm * PT_PER_MM
    for size in SIZES_PT:
        mins, cells, prefs = [], [], []
        for c in range(n):
            lo = body = head = 0.0
            for i, row in enumerate(rows):
                bold = i < header_count or i in totals
                text = row[c]
                whole = kinds[c] != "text" and i >= header_count
                lo = max(lo, _min_width(text, size, bold, whole))
                line = text_width(text.strip(), size, bold=bold)
                if i < header_count:  # a header may take two lines (it wraps between words)
                    head = max(head, line / 2)
                else:  # a cell would like one
                    body = max(body, line)
            mins.append(lo + pad)
            cells.append(max(body, lo) + pad)
            prefs.append(max(head, body, lo) + pad)
        if sum(mins) <= total_pt or size == SIZES_PT[-1]:
            break
    widths = _share(mins, cells, prefs, kinds, total_pt)
    aligns = [{"sequence": "center", "figure": "right"}.get(k, "left") for k in kinds]
    return TableLayout(widths_mm=[w / PT_PER_MM for w in widths], aligns=aligns, kinds=kinds,
                       size_pt=size, header_count=header_count, total_printed=totals)


def _share(mins: list[float], cells: list[float], prefs: list[float], kinds: list[str], total: float) -> list[float]:
    """Widths (pt) summing to `total`: every column its minimum; then room for each column's cells
    on one line (a name such as "Xã Nghĩa Hành" is not broken so that a header can take fewer
    lines); then room for the headers on two lines; room left over after that goes to the text
    columns. At each step a column short of room gets it in proportion to what it still wants."""
    widths = list(mins)
    for target in (cells, prefs):
        wants = [max(0.0, t - w) for t, w in zip(target, widths)]
        room = total - sum(widths)
        if room <= 0:
            break
        if sum(wants) >= room:
            return [w + room * want / sum(wants) for w, want in zip(widths, wants)]
        widths = [w + want for w, want in zip(widths, wants)]
    floor = sum(widths)
    if floor > total:  # even the minimums do not fit: squeeze evenly (tokens may wrap)
        return [w * total / floor for w in widths]
    spare = total - floor
    takers = [i for i, k in enumerate(kinds) if k == "text"] or list(range(len(widths)))
    weight = sum(widths[i] for i in takers)
    for i in takers:
        widths[i] += spare * widths[i] / weight
    return widths
