"""Appending to the body of a python-docx document in constant time.

python-docx inserts every new paragraph or table before the body's closing `w:sectPr`, and finds
that `w:sectPr` by scanning all the body's children each time: writing n blocks costs O(n²)
(a 96-commune compiled report spent most of a minute there). The closing `w:sectPr` is the same
element for the life of the document (a section break copies it into a paragraph and keeps it as
the sentinel), so `BodyAppender` finds it once and inserts before it directly. The XML produced
is the same as python-docx's `add_paragraph()`, `add_table()` and `add_section()`.
"""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.table import CT_Tbl
from docx.section import Section
from docx.shared import Emu, Inches
from docx.table import Table
from docx.text.paragraph import Paragraph


class BodyAppender:
    """Adds paragraphs, tables and section breaks at the end of a document's body."""

    def __init__(self, document) -> None:
        self.document = document
        self.sectPr = document.element.body.get_or_add_sectPr()  # the sentinel: stays last

    def paragraph(self) -> Paragraph:
        """Like `document.add_paragraph()`: an empty `w:p` at the end of the body."""
        p = OxmlElement("w:p")
        self.sectPr.addprevious(p)
        return Paragraph(p, self.document._body)

    def table(self, rows: int, cols: int) -> Table:
        """Like `document.add_table(rows, cols)`: the width of the text block shared evenly
        between the columns, no table style."""
        tbl = CT_Tbl.new_tbl(rows, cols, self.block_width())
        self.sectPr.addprevious(tbl)
        table = Table(tbl, self.document._body)
        table.style = None
        return table

    def section(self, start_type: WD_SECTION = WD_SECTION.NEW_PAGE) -> Section:
        """Like `document.add_section(start_type)`: the current last section is closed by a copy
        of the sentinel `w:sectPr` in a new paragraph, and the sentinel loses its header and
        footer references (the new section inherits them)."""
        sentinel = self.sectPr
        p = OxmlElement("w:p")
        sentinel.addprevious(p)
        p.set_sectPr(sentinel.clone())
        for ref in sentinel.xpath("w:headerReference|w:footerReference"):
            sentinel.remove(ref)
        sentinel.start_type = start_type
        return Section(sentinel, self.document.part)

    def block_width(self) -> Emu:
        """The space between the margins of the last section (python-docx's `_block_width`)."""
        section = Section(self.sectPr, self.document.part)
        page_width = section.page_width or Inches(8.5)
        left = section.left_margin or Inches(1)
        right = section.right_margin or Inches(1)
        return Emu(page_width - left - right)
