"""Data tables in the PDF: widths, alignment and bold rows from exporters.table_layout (the same
layout as the DOCX), header rows repeated on each page, rows that may split across pages."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from . import nd30
from .nodes import Table as DocTable
from .pdf_fonts import BOLD, REGULAR
from .table_layout import CELL_PAD_MM, layout_table, printed_rows

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
_STYLES: dict[tuple, ParagraphStyle] = {}


def _cell_style(size: float, bold: bool, align: str) -> ParagraphStyle:
    key = (size, bold, align)
    if key not in _STYLES:
        _STYLES[key] = ParagraphStyle(f"cell-{size}-{bold}-{align}", fontName=BOLD if bold else REGULAR,
                                      fontSize=size, leading=round(size * 1.15, 2), alignment=_ALIGN[align])
    return _STYLES[key]


def data_table(table: DocTable) -> Table:
    layout = layout_table(table)
    rows = []
    for r, row in enumerate(printed_rows(table)):
        rows.append([Paragraph(escape(text), _cell_style(layout.size_pt, layout.bold(r), layout.align(r, c)))
                     for c, text in enumerate(row)])
    t = Table(rows, colWidths=[w * mm for w in layout.widths_mm], repeatRows=layout.header_count,
              hAlign="CENTER", splitInRow=1)
    pad = CELL_PAD_MM * mm
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, black),
                           ("FONT", (0, 0), (-1, -1), REGULAR, layout.size_pt),  # not reportlab's Helvetica
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                           ("TOPPADDING", (0, 0), (-1, -1), nd30.TABLE_CELL_BEFORE_PT),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), nd30.TABLE_CELL_AFTER_PT + 2)]))
    return t
