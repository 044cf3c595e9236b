"""Data tables in the DOCX: widths, alignment and bold rows from exporters.table_layout (the same
layout as the PDF), styles BangChu / BangTieuDe, header rows repeated on each page.

A table is written as one piece of XML and parsed once: the province's Phụ lục hold thousands of
cells, and building each cell through python-docx's objects cost about 70 µs a cell. The XML is
what those objects wrote (every `tblPr`/`tcPr`/`pPr`/`rPr` child in schema order, run text as
python-docx's `run.text = …` writes it: a tab is `w:tab`, a line break `w:br`)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from .docx_body import BodyAppender
from .docx_layout import TWIPS_PER_MM
from .nd30 import TABLE_PT
from .nodes import Table
from .table_layout import CELL_PAD_MM, layout_table, printed_rows

_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")
_BORDERS = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in _SIDES)


def write_table(body: BodyAppender, table: Table) -> None:
    """The table, then an empty paragraph (Word needs one between two tables)."""
    layout = layout_table(table)
    rows = printed_rows(table)
    twips = [round(w * TWIPS_PER_MM) for w in layout.widths_mm]
    pad = round(CELL_PAD_MM * TWIPS_PER_MM)
    size = None if layout.size_pt == TABLE_PT else layout.size_pt  # smaller only when it must be
    out = [f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f'<w:tblCellMar><w:left w:w="{pad}" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>'
           f'</w:tblPr><w:tblGrid>', *(f'<w:gridCol w:w="{w}"/>' for w in twips), "</w:tblGrid>"]
    cell_pr = [f'<w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>' for w in twips]
    body_ppr = [_ppr("BangChu", "" if align == "left" else align) for align in layout.aligns]
    header_ppr = _ppr("BangTieuDe", "")
    for r, row in enumerate(rows):
        header = r < layout.header_count
        out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if header else "<w:tr>")
        rpr = _rpr(layout.bold(r) and not header, size)
        for c, text in enumerate(row):
            out.append(f"<w:tc>{cell_pr[c]}<w:p>{header_ppr if header else body_ppr[c]}"
                       f"<w:r>{rpr}{run_content(text)}</w:r></w:p></w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    body.sectPr.addprevious(parse_xml("".join(out)))
    body.paragraph()


def _ppr(style: str, jc: str) -> str:
    jc_xml = f'<w:jc w:val="{jc}"/>' if jc else ""
    return f'<w:pPr><w:pStyle w:val="{style}"/>{jc_xml}</w:pPr>'


def _rpr(bold: bool, size: float | None) -> str:
    parts = "<w:b/><w:bCs/>" if bold else ""
    if size:
        parts += f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>'
    return f"<w:rPr>{parts}</w:rPr>" if parts else ""


def run_content(text: str) -> str:
    """A run's content for `text`: text pieces in `w:t` (space-preserving when they start or end
    with a space), a tab as `w:tab`, a line break (\\n or \\r) as `w:br`."""
    out, piece = [], []

    def flush() -> None:
        chunk = "".join(piece)
        if chunk:
            space = ' xml:space="preserve"' if len(chunk.strip()) < len(chunk) else ""
            out.append(f"<w:t{space}>{escape(chunk)}</w:t>")
        piece.clear()

    if "\t" not in text and "\n" not in text and "\r" not in text:
        piece.append(text)
    else:
        for char in text:
            if char == "\t":
                flush()
                out.append("<w:tab/>")
            elif char in "\r\n":
                flush()
                out.append("<w:br/>")
            else:
                piece.append(char)
    flush()
    return "".join(out)
