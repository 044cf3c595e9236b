"""Data tables in the DOCX: widths, alignment and bold rows from exporters.table_layout (the same
layout as the PDF), styles BangChu / BangTieuDe, header rows repeated on each page."""

from __future__ import annotations

from .docx_body import BodyAppender
from .docx_layout import (add_text, centre_cells_vertically, fixed_table, repeat_header, styled,
                          table_cells)
from .nd30 import TABLE_PT
from .nodes import Table
from .table_layout import CELL_PAD_MM, layout_table, printed_rows

_JC = {"left": "left", "center": "center", "right": "right"}


def write_table(body: BodyAppender, table: Table) -> None:
    """The table, then an empty paragraph (Word needs one between two tables)."""
    layout = layout_table(table)
    rows = printed_rows(table)
    t = body.table(rows=len(rows), cols=len(table.columns))
    fixed_table(t, layout.widths_mm, borders=True, pad_mm=CELL_PAD_MM, centred=True)
    size = None if layout.size_pt == TABLE_PT else layout.size_pt  # smaller only when it must be
    cells = table_cells(t)
    for r, row in enumerate(rows):
        header = r < layout.header_count
        for c, text in enumerate(row):
            p = styled(cells[r][c].paragraphs[0], "BangTieuDe" if header else "BangChu",
                       jc="" if header or layout.aligns[c] == "left" else _JC[layout.aligns[c]])
            add_text(p, text, bold=layout.bold(r) and not header, size=size)
    repeat_header(t, layout.header_count)
    centre_cells_vertically(t)
    body.paragraph()
