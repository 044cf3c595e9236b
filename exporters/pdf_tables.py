"""Data tables in the PDF: widths, alignment and bold rows from exporters.table_layout (the same
layout as the DOCX), header rows repeated on each page, rows that may split across pages.

A cell whose text fits its column on one line (measured with the same metrics as the layout) is
drawn as a plain string, in the row's font and the column's alignment; only a cell that must wrap
is a Paragraph. The province's Phụ lục hold thousands of short cells ("Có", "12", "57/96"), and a
Paragraph parses markup and breaks lines for each one."""

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
from .table_layout import CELL_PAD_MM, SLACK_PT, layout_table, printed_rows
from .ttf import text_width

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
    pad = CELL_PAD_MM * mm
    room = [w * mm - 2 * pad - SLACK_PT for w in layout.widths_mm]  # points for the text of a cell
    size = layout.size_pt
    rows = []
    for r, row in enumerate(printed_rows(table)):
        bold = layout.bold(r)
        rows.append([text if "\n" not in text and text_width(text, size, bold=bold) <= room[c]
                     else Paragraph(escape(text), _cell_style(size, bold, layout.align(r, c)))
                     for c, text in enumerate(row)])
    t = Table(rows, colWidths=[w * mm for w in layout.widths_mm], repeatRows=layout.header_count,
              hAlign="CENTER", splitInRow=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, black),
             ("FONT", (0, 0), (-1, -1), REGULAR, size, round(size * 1.15, 2)),  # not reportlab's Helvetica
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
             ("TOPPADDING", (0, 0), (-1, -1), nd30.TABLE_CELL_BEFORE_PT),
             ("BOTTOMPADDING", (0, 0), (-1, -1), nd30.TABLE_CELL_AFTER_PT + 2)]
    # the plain-string cells: alignment per column, centred headers, bold header and total rows
    style += [("ALIGN", (c, 0), (c, -1), align.upper()) for c, align in enumerate(layout.aligns)]
    style.append(("ALIGN", (0, 0), (-1, layout.header_count - 1), "CENTER"))
    style += [("FONT", (0, r), (-1, r), BOLD, size, round(size * 1.15, 2))
              for r in range(len(rows)) if layout.bold(r)]
    t.setStyle(TableStyle(style))
    return t
