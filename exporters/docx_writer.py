"""DOCX writer: renders a `Document` tree with python-docx in the Decree 30/2020 layout.

A4 with the margins, sizes and widths of exporters.nd30; Times New Roman; formatting in Word
styles (exporters.docx_styles: Normal, Heading 1–9, footnote text, named styles for the header
block, Kính gửi, tables, Nơi nhận and the signature), runs carry only what their text needs
(bold, italic); the two-column borderless header table; page numbers centred in the top margin
from page 2; Word footnotes; "Nơi nhận" + signature in a borderless table that does not split;
appendices in their own sections with page numbers restarting at 1. Every part validates against
the ECMA-376 transitional schemas (tests/test_docx_schema.py).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from models.atomic import atomic_write_bytes

from . import nd30
from .docx_body import BodyAppender
from .docx_footnotes import Footnotes
from .docx_layout import (add_field, add_text, bottom_rule, box_border, cant_split, cell_paragraph,
                          fixed_table, set_section_property, styled)
from .docx_styles import install_styles
from .docx_tables import write_table
from .nodes import Appendix, Bullet, Document, Heading, Paragraph, Table
from .writers import Progress, WriterOptions, clean_document, render_in_order

RED = "C00000"
FIRST_PAGE_MARK_PT = 13  # the boxed draft mark of page 1, which has no page number
CORE_PROPERTY_MAX = 255  # python-docx refuses longer core properties (title, subject, author …)


class DocxWriter:
    format = "docx"
    suffix = ".docx"

    def write(self, doc: Document, path: str | os.PathLike[str], *, progress: Progress = None,
              options: WriterOptions | None = None) -> Path:
        write_docx(doc, path, progress=progress)
        return Path(path)


WRITER = DocxWriter()


def write_docx(doc: Document, path: str | os.PathLike[str], *, progress: Progress = None) -> None:
    """Render `doc` and write it atomically to `path` (UserError if the place is not writable)."""
    data = render_docx(doc, progress=progress)
    atomic_write_bytes(path, data)
    if progress:
        progress(100, 100, "Đã ghi tệp DOCX")


def render_docx(doc: Document, *, progress: Progress = None) -> bytes:
    w = _Writer(clean_document(doc))
    w.build(progress)
    buf = io.BytesIO()
    w.d.save(buf)
    return buf.getvalue()


def core_property(text: str) -> str:
    """A file property as Word keeps it: at most 255 characters, cut at a word with "…"."""
    text = " ".join(text.split())
    if len(text) <= CORE_PROPERTY_MAX:
        return text
    cut = text[:CORE_PROPERTY_MAX - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[100:] else cut) + "…"


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.d = docx.Document()
        install_styles(self.d)
        self.notes = Footnotes(self.d)
        self.body = BodyAppender(self.d)

    def build(self, progress: Progress) -> None:
        self._section_layout(self.d.sections[0])
        self._page_headers(self.d.sections[0])
        render_in_order(self.doc, self, progress, start=5, span=75)
        self.notes.attach()
        zoom = self.d.settings.element.find(qn("w:zoom"))
        if zoom is not None and zoom.get(qn("w:percent")) is None:  # required by the schema
            zoom.set(qn("w:percent"), "100")
        props = self.d.core_properties
        props.title = core_property(self.doc.meta.get("title", ""))
        props.author = core_property(self.doc.meta.get("author", ""))
        props.subject = core_property(self.doc.meta.get("subject", ""))
        props.comments = nd30.DRAFT_MARK if self.doc.draft else ""

    # ---- page setup ------------------------------------------------------------------------
    def _section_layout(self, section) -> None:
        section.page_width, section.page_height = Mm(nd30.PAGE_W_MM), Mm(nd30.PAGE_H_MM)
        section.top_margin, section.bottom_margin = Mm(nd30.MARGIN_TOP_MM), Mm(nd30.MARGIN_BOTTOM_MM)
        section.left_margin, section.right_margin = Mm(nd30.MARGIN_LEFT_MM), Mm(nd30.MARGIN_RIGHT_MM)
        section.header_distance = section.footer_distance = Mm(nd30.HEADER_DISTANCE_MM)
        section.different_first_page_header_footer = True

    def _page_headers(self, section) -> None:
        """Page number centred in the top margin from page 2 (style Header); in a draft, a red
        DỰ THẢO mark at the right of the number, and boxed on page 1."""
        p = styled(section.header.paragraphs[0], "Header", jc="left" if self.doc.draft else "")
        if self.doc.draft:
            add_text(p, "\t")
        add_field(p, "PAGE", "2")
        if self.doc.draft:
            add_text(p, "\t" + nd30.DRAFT_MARK, bold=True, color=RED, size=nd30.DRAFT_MARK_PT)
            first = styled(section.first_page_header.paragraphs[0], "Header")
            add_text(first, nd30.DRAFT_MARK, bold=True, color=RED, size=FIRST_PAGE_MARK_PT)
            box_border(first)

    # ---- first page ------------------------------------------------------------------------
    def header(self) -> None:
        h = self.doc.header
        t = self.body.table(rows=2, cols=2)
        cols = nd30.HEADER_COLS_MM
        fixed_table(t, list(cols), borders=False)
        left, right = t.cell(0, 0), t.cell(0, 1)
        first = True
        if h.parent_agency:
            add_text(styled(cell_paragraph(left, first), "CoQuanChuQuan"), h.parent_agency)
            first = False
        for line in h.unit_lines:
            add_text(styled(cell_paragraph(left, first), "CoQuanBanHanh"), line)
            first = False
        bottom_rule(left.add_paragraph(), cols[0], nd30.agency_rule_mm(h.unit_lines))
        add_text(styled(right.paragraphs[0], "QuocHieu"), nd30.NATIONAL_TITLE)
        add_text(styled(right.add_paragraph(), "TieuNgu"), nd30.MOTTO)
        bottom_rule(right.add_paragraph(), cols[1], nd30.MOTTO_RULE_MM)
        add_text(styled(t.cell(1, 0).paragraphs[0], "SoKyHieu"), h.number_line)
        add_text(styled(t.cell(1, 1).paragraphs[0], "DiaDanhNgayThang"), h.place_date)

    def title_block(self) -> None:
        add_text(styled(self.body.paragraph(), "TenLoaiVanBan", before=nd30.TITLE_BEFORE_PT), self.doc.doc_type)
        add_text(styled(self.body.paragraph(), "TenLoaiVanBan"), self.doc.title)
        bottom_rule(self.body.paragraph(), nd30.TEXT_W_MM, nd30.TITLE_RULE_MM)
        to = self.doc.recipients_to
        if len(to) == 1:
            add_text(styled(self.body.paragraph(), "KinhGui"), f"Kính gửi: {to[0]}.")
        elif to:
            add_text(styled(self.body.paragraph(), "KinhGui"), "Kính gửi:")
            for i, name in enumerate(to):
                add_text(styled(self.body.paragraph(), "KinhGuiDanhSach"),
                         f"- {name}{'.' if i == len(to) - 1 else ';'}")
        self.body.paragraph()

    # ---- body --------------------------------------------------------------------------------
    def block(self, block) -> None:
        if isinstance(block, Heading):
            add_text(styled(self.body.paragraph(), f"Heading{min(max(block.level, 1), 9)}"), block.full_text)
        elif isinstance(block, Paragraph):
            style = "ChuaCoNoiDung" if block.kind == "missing" else None
            p = styled(self.body.paragraph(), style, keep_next=block.kind == "closing")
            if isinstance(block, Bullet):
                add_text(p, f"{block.marker} ")
            for run in block.runs:
                if run.footnote is not None:
                    self.notes.reference(p, run.footnote, self.doc.footnote(run.footnote).text)
                else:
                    add_text(p, run.text, bold=run.bold, italic=run.italic)
        elif isinstance(block, Table):
            write_table(self.body, block)

    # ---- closing -------------------------------------------------------------------------------
    def closing(self) -> None:
        t = self.body.table(rows=1, cols=2)
        fixed_table(t, list(nd30.CLOSING_COLS_MM), borders=False)
        cant_split(t)
        left, right = t.cell(0, 0), t.cell(0, 1)
        add_text(styled(left.paragraphs[0], "NoiNhanTieuDe"), "Nơi nhận:")
        for line in self.doc.noi_nhan:
            add_text(styled(left.add_paragraph(), "NoiNhan"), line)
        sig = self.doc.signature
        for i, line in enumerate([*sig.authority_lines, sig.title]):
            p = styled(cell_paragraph(right, i == 0), "ChuKy", before=nd30.CLOSING_BEFORE_PT if i == 0 else None)
            add_text(p, line)
        add_text(styled(right.add_paragraph(), "ChuKy", before=nd30.SIGNATURE_SPACE_PT), sig.name or " ")

    # ---- appendices ----------------------------------------------------------------------------
    def appendix(self, appendix: Appendix) -> None:
        section = self.body.section(WD_SECTION.NEW_PAGE)
        self._section_layout(section)
        set_section_property(section._sectPr, parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>'))
        for text in (appendix.label, appendix.title):
            add_text(styled(self.body.paragraph(), "TenLoaiVanBan"), text)
        add_text(styled(self.body.paragraph(), "PhuLucTrichDan"), appendix.caption)
        bottom_rule(self.body.paragraph(), nd30.TEXT_W_MM, nd30.TITLE_RULE_MM)
        self.body.paragraph()
        write_table(self.body, appendix.table)
        if appendix.note:
            add_text(styled(self.body.paragraph(), "GhiChuBang"), appendix.note)
