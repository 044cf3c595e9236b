"""DOCX writer: renders a `Document` tree with python-docx in the Decree 30/2020 layout.

A4 with the margins, sizes and widths of exporters.nd30; Times New Roman; the two-column
borderless header table; italic place-date; body justified with a first-line indent; page numbers
centred in the top margin from page 2; Word footnotes; "Nơi nhận" + signature in a borderless
table that does not split; appendices in their own sections with page numbers restarting at 1.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from models.atomic import atomic_write_bytes

from . import nd30
from .docx_body import BodyAppender
from .docx_footnotes import Footnotes
from .docx_layout import (CENTER, FONT, JUSTIFY, LEFT, add_field, add_text, bottom_rule, box_border,
                          cant_split, cell_paragraph, fixed_table, repeat_header, set_font_names,
                          set_spacing, table_cells)
from .nodes import Appendix, Bullet, Document, FigureTable, Heading, Paragraph, Table
from .writers import Progress, WriterOptions, render_in_order

RED = RGBColor(0xC0, 0x00, 0x00)
FIRST_PAGE_MARK_PT = 13  # the boxed draft mark of page 1, which has no page number


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
    w = _Writer(doc)
    w.build(progress)
    buf = io.BytesIO()
    w.d.save(buf)
    return buf.getvalue()


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.d = docx.Document()
        self.notes = Footnotes(self.d)
        self.body = BodyAppender(self.d)

    def build(self, progress: Progress) -> None:
        self._setup()
        render_in_order(self.doc, self, progress, start=5, span=75)
        self.notes.attach()
        props = self.d.core_properties
        props.title = self.doc.meta.get("title", "")
        props.author = self.doc.meta.get("author", "")
        props.subject = self.doc.meta.get("subject", "")
        props.comments = nd30.DRAFT_MARK if self.doc.draft else ""

    # ---- page setup ------------------------------------------------------------------------
    def _setup(self) -> None:
        normal = self.d.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(nd30.BODY_PT)
        fonts = set_font_names(normal.element.get_or_add_rPr())
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)
        fmt = normal.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.0
        self._section_layout(self.d.sections[0])
        self._page_headers(self.d.sections[0])

    def _section_layout(self, section) -> None:
        section.page_width, section.page_height = Mm(nd30.PAGE_W_MM), Mm(nd30.PAGE_H_MM)
        section.top_margin, section.bottom_margin = Mm(nd30.MARGIN_TOP_MM), Mm(nd30.MARGIN_BOTTOM_MM)
        section.left_margin, section.right_margin = Mm(nd30.MARGIN_LEFT_MM), Mm(nd30.MARGIN_RIGHT_MM)
        section.header_distance = section.footer_distance = Mm(nd30.HEADER_DISTANCE_MM)
        section.different_first_page_header_footer = True

    def _page_headers(self, section) -> None:
        """Page number centred in the top margin from page 2; a red DỰ THẢO mark on every page
        of a draft (right-aligned, boxed on page 1)."""
        p = section.header.paragraphs[0]
        set_spacing(p, align=LEFT if self.doc.draft else CENTER)
        if self.doc.draft:
            tabs = p.paragraph_format.tab_stops
            tabs.add_tab_stop(Mm(nd30.TEXT_W_MM / 2), WD_TAB_ALIGNMENT.CENTER)
            tabs.add_tab_stop(Mm(nd30.TEXT_W_MM), WD_TAB_ALIGNMENT.RIGHT)
            add_text(p, "\t", nd30.PAGE_NUMBER_PT)
        add_field(p, "PAGE", "2", nd30.PAGE_NUMBER_PT)
        if self.doc.draft:
            add_text(p, "\t" + nd30.DRAFT_MARK, nd30.DRAFT_MARK_PT, bold=True, color=RED)
            first = section.first_page_header.paragraphs[0]
            set_spacing(first, align=CENTER)
            add_text(first, nd30.DRAFT_MARK, FIRST_PAGE_MARK_PT, bold=True, color=RED)
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
            add_text(set_spacing(cell_paragraph(left, first), align=CENTER), h.parent_agency, nd30.AGENCY_PT)
            first = False
        for line in h.unit_lines:
            add_text(set_spacing(cell_paragraph(left, first), align=CENTER), line, nd30.AGENCY_PT, bold=True)
            first = False
        bottom_rule(left.add_paragraph(), cols[0], nd30.agency_rule_mm(h.unit_lines))
        add_text(set_spacing(right.paragraphs[0], align=CENTER), nd30.NATIONAL_TITLE,
                 nd30.NATIONAL_TITLE_PT, bold=True)
        add_text(set_spacing(right.add_paragraph(), align=CENTER), nd30.MOTTO, nd30.MOTTO_PT, bold=True)
        bottom_rule(right.add_paragraph(), cols[1], nd30.MOTTO_RULE_MM)
        before = nd30.NUMBER_ROW_BEFORE_PT
        add_text(set_spacing(t.cell(1, 0).paragraphs[0], before=before, align=CENTER), h.number_line,
                 nd30.NUMBER_PT)
        add_text(set_spacing(t.cell(1, 1).paragraphs[0], before=before, align=CENTER), h.place_date,
                 nd30.PLACE_DATE_PT, italic=True)

    def title_block(self) -> None:
        p = set_spacing(self.body.paragraph(), before=nd30.TITLE_BEFORE_PT, align=CENTER, keep_next=True)
        add_text(p, self.doc.doc_type, nd30.TITLE_PT, bold=True)
        p = set_spacing(self.body.paragraph(), align=CENTER, keep_next=True)
        add_text(p, self.doc.title, nd30.TITLE_PT, bold=True)
        bottom_rule(self.body.paragraph(), nd30.TEXT_W_MM, nd30.TITLE_RULE_MM)
        if self.doc.recipients_to:
            p = set_spacing(self.body.paragraph(), before=12, align=CENTER)
            if len(self.doc.recipients_to) == 1:
                add_text(p, f"Kính gửi: {self.doc.recipients_to[0]}.", nd30.BODY_PT)
            else:
                add_text(p, "Kính gửi:", nd30.BODY_PT)
                last = len(self.doc.recipients_to) - 1
                for i, name in enumerate(self.doc.recipients_to):
                    q = self.body.paragraph()
                    q.paragraph_format.left_indent = Mm(nd30.KINH_GUI_INDENT_MM)
                    add_text(q, f"- {name}{'.' if i == last else ';'}", nd30.BODY_PT)
        self.body.paragraph()

    # ---- body --------------------------------------------------------------------------------
    def block(self, block) -> None:
        if isinstance(block, Heading):
            p = set_spacing(self.body.paragraph(), before=nd30.BODY_BEFORE_PT,
                            first_indent_mm=nd30.BODY_INDENT_MM, align=JUSTIFY, keep_next=True)
            add_text(p, block.full_text, nd30.BODY_PT, bold=True, italic=block.level >= 3)
        elif isinstance(block, Paragraph):
            p = set_spacing(self.body.paragraph(), before=nd30.BODY_BEFORE_PT,
                            first_indent_mm=nd30.BODY_INDENT_MM, align=JUSTIFY,
                            keep_next=block.kind in ("item", "closing"))
            if isinstance(block, Bullet):
                add_text(p, f"{block.marker} ", nd30.BODY_PT)
            color = RED if block.kind == "missing" else None
            for run in block.runs:
                if run.footnote is not None:
                    self.notes.reference(p, run.footnote, self.doc.footnote(run.footnote).text)
                else:
                    add_text(p, run.text, nd30.BODY_PT, bold=run.bold, italic=run.italic, color=color)
        elif isinstance(block, Table):
            self._table(block, figure=isinstance(block, FigureTable))

    def _table(self, table: Table, *, figure: bool) -> None:
        widths = list(nd30.FIGURE_COLS_MM) if figure else nd30.column_widths_mm(table)
        size = nd30.FIGURE_PT if figure else nd30.TABLE_PT
        t = self.body.table(rows=1 + len(table.rows), cols=len(table.columns))
        fixed_table(t, widths, borders=True)
        if figure:
            t.alignment = 1  # centre
        cells = table_cells(t)
        for c, text in enumerate(table.columns):
            add_text(set_spacing(cells[0][c].paragraphs[0], before=2, after=2, align=CENTER),
                     text, size, bold=True)
        for r, row in enumerate(table.rows, start=1):
            for c, text in enumerate(row[:len(table.columns)]):
                align = CENTER if nd30.cell_centred(text, c, figure=figure) else LEFT
                add_text(set_spacing(cells[r][c].paragraphs[0], before=2, after=2, align=align),
                         text, size)
        repeat_header(t)
        set_spacing(self.body.paragraph(), after=0)

    # ---- closing -------------------------------------------------------------------------------
    def closing(self) -> None:
        t = self.body.table(rows=1, cols=2)
        fixed_table(t, list(nd30.CLOSING_COLS_MM), borders=False)
        cant_split(t)
        left, right = t.cell(0, 0), t.cell(0, 1)
        p = set_spacing(left.paragraphs[0], before=nd30.CLOSING_BEFORE_PT, align=LEFT)
        add_text(p, "Nơi nhận:", nd30.NOI_NHAN_LABEL_PT, bold=True, italic=True)
        for line in self.doc.noi_nhan:
            add_text(set_spacing(left.add_paragraph(), align=LEFT), line, nd30.NOI_NHAN_PT)
        sig = self.doc.signature
        first = True
        for line in [*sig.authority_lines, sig.title]:
            p = set_spacing(cell_paragraph(right, first), before=nd30.CLOSING_BEFORE_PT if first else 0,
                            align=CENTER)
            add_text(p, line, nd30.SIGNATURE_PT, bold=True)
            first = False
        p = set_spacing(right.add_paragraph(), before=nd30.SIGNATURE_SPACE_PT, align=CENTER)
        add_text(p, sig.name or " ", nd30.SIGNATURE_PT, bold=True)

    # ---- appendices ----------------------------------------------------------------------------
    def appendix(self, appendix: Appendix) -> None:
        section = self.body.section(WD_SECTION.NEW_PAGE)
        self._section_layout(section)
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), "1")
        after = ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
                 "rtlGutter", "docGrid", "printerSettings")
        nxt = next((c for c in section._sectPr if c.tag.split("}")[1] in after), None)
        nxt.addprevious(pg) if nxt is not None else section._sectPr.append(pg)
        for text in (appendix.label, appendix.title):
            add_text(set_spacing(self.body.paragraph(), align=CENTER), text, nd30.TITLE_PT, bold=True)
        add_text(set_spacing(self.body.paragraph(), align=CENTER), appendix.caption,
                 nd30.APPENDIX_CAPTION_PT, italic=True)
        bottom_rule(self.body.paragraph(), nd30.TEXT_W_MM, nd30.TITLE_RULE_MM)
        self.body.paragraph()
        self._table(appendix.table, figure=False)
        if appendix.note:
            add_text(set_spacing(self.body.paragraph(), before=nd30.BODY_BEFORE_PT, align=JUSTIFY),
                     appendix.note, nd30.APPENDIX_NOTE_PT, italic=True)

