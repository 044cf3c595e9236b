"""DOCX writer: renders a `Document` tree with python-docx in the Decree 30/2020 layout.

A4; margins 20/20/30/15 mm; Times New Roman; the two-column borderless header table; italic
place-date; body 14 pt justified, first line indented 1 cm, 6 pt before; page numbers centred in
the top margin from page 2; Word footnotes; "Nơi nhận" + signature in a borderless table that
does not split; appendices in their own sections with page numbers restarting at 1.
"""

from __future__ import annotations

import io
import os
from typing import Callable

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from models.atomic import atomic_write_bytes

from .document import Appendix, Bullet, Document, FigureTable, Heading, Paragraph, Table
from .docx_body import BodyAppender
from .docx_footnotes import Footnotes
from .docx_layout import (CENTER, FONT, JUSTIFY, LEFT, add_field, add_text, bottom_rule, box_border,
                          cant_split, cell_paragraph, fixed_table, repeat_header, set_font_names,
                          set_spacing, table_cells)

Progress = Callable[[int, str], None] | None

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20.0, 20.0, 30.0, 15.0
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm
HEADER_COLS = (65.0, 100.0)
CLOSING_COLS = (62.0, 103.0)
BODY_PT = 14
INDENT_MM = 10.0
RED = RGBColor(0xC0, 0x00, 0x00)
DRAFT_MARK = "DỰ THẢO"


def write_docx(doc: Document, path: str | os.PathLike[str], *, progress: Progress = None) -> None:
    """Render `doc` and write it atomically to `path` (UserError if the place is not writable)."""
    data = render_docx(doc, progress=progress)
    atomic_write_bytes(path, data)
    if progress:
        progress(100, "Đã ghi tệp DOCX")


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
        self._header_table()
        self._title_block()
        total = max(len(self.doc.blocks), 1)
        for i, block in enumerate(self.doc.blocks):
            self._block(block)
            if progress and i % 20 == 0:
                progress(5 + 75 * i // total, "Đang dựng nội dung báo cáo")
        self._closing_table()
        for appendix in self.doc.appendices:
            self._appendix(appendix)
        self.notes.attach()
        props = self.d.core_properties
        props.title = self.doc.meta.get("title", "")
        props.author = self.doc.meta.get("author", "")
        props.subject = self.doc.meta.get("subject", "")
        props.comments = "DỰ THẢO" if self.doc.draft else ""

    # ---- page setup ------------------------------------------------------------------------
    def _setup(self) -> None:
        normal = self.d.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(BODY_PT)
        fonts = set_font_names(normal.element.get_or_add_rPr())
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)
        fmt = normal.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.0
        self._section_layout(self.d.sections[0])
        self._page_headers(self.d.sections[0])

    def _section_layout(self, section) -> None:
        section.page_width, section.page_height = Mm(PAGE_W), Mm(PAGE_H)
        section.top_margin, section.bottom_margin = Mm(MARGIN_TOP), Mm(MARGIN_BOTTOM)
        section.left_margin, section.right_margin = Mm(MARGIN_LEFT), Mm(MARGIN_RIGHT)
        section.header_distance, section.footer_distance = Mm(10), Mm(10)
        section.different_first_page_header_footer = True

    def _page_headers(self, section) -> None:
        """Page number centred in the top margin from page 2; a red DỰ THẢO mark on every page
        of a draft (right-aligned, boxed on page 1)."""
        p = section.header.paragraphs[0]
        set_spacing(p, align=LEFT if self.doc.draft else CENTER)
        if self.doc.draft:
            tabs = p.paragraph_format.tab_stops
            tabs.add_tab_stop(Mm(TEXT_W / 2), WD_TAB_ALIGNMENT.CENTER)
            tabs.add_tab_stop(Mm(TEXT_W), WD_TAB_ALIGNMENT.RIGHT)
            add_text(p, "\t", BODY_PT)
        add_field(p, "PAGE", "2", BODY_PT)
        if self.doc.draft:
            add_text(p, "\t" + DRAFT_MARK, 12, bold=True, color=RED)
            first = section.first_page_header.paragraphs[0]
            set_spacing(first, align=CENTER)
            add_text(first, DRAFT_MARK, 13, bold=True, color=RED)
            box_border(first)

    # ---- first page ------------------------------------------------------------------------
    def _header_table(self) -> None:
        h = self.doc.header
        t = self.body.table(rows=2, cols=2)
        fixed_table(t, list(HEADER_COLS), borders=False)
        left, right = t.cell(0, 0), t.cell(0, 1)
        first = True
        if h.parent_agency:
            add_text(set_spacing(cell_paragraph(left, first), align=CENTER), h.parent_agency, 13)
            first = False
        for line in h.unit_lines:
            add_text(set_spacing(cell_paragraph(left, first), align=CENTER), line, 13, bold=True)
            first = False
        longest = max((len(x) for x in h.unit_lines), default=10)
        bottom_rule(left.add_paragraph(), HEADER_COLS[0], min(max(0.4 * 2.9 * longest, 15), 30))
        add_text(set_spacing(right.paragraphs[0], align=CENTER),
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True)
        add_text(set_spacing(right.add_paragraph(), align=CENTER),
                 "Độc lập - Tự do - Hạnh phúc", 13, bold=True)
        bottom_rule(right.add_paragraph(), HEADER_COLS[1], 56)
        add_text(set_spacing(t.cell(1, 0).paragraphs[0], before=6, align=CENTER), h.number_line, 13)
        add_text(set_spacing(t.cell(1, 1).paragraphs[0], before=6, align=CENTER), h.place_date, 14,
                 italic=True)

    def _title_block(self) -> None:
        p = set_spacing(self.body.paragraph(), before=18, align=CENTER, keep_next=True)
        add_text(p, self.doc.doc_type, BODY_PT, bold=True)
        p = set_spacing(self.body.paragraph(), align=CENTER, keep_next=True)
        add_text(p, self.doc.title, BODY_PT, bold=True)
        bottom_rule(self.body.paragraph(), TEXT_W, 40)
        if self.doc.recipients_to:
            p = set_spacing(self.body.paragraph(), before=12, align=CENTER)
            if len(self.doc.recipients_to) == 1:
                add_text(p, f"Kính gửi: {self.doc.recipients_to[0]}.", BODY_PT)
            else:
                add_text(p, "Kính gửi:", BODY_PT)
                last = len(self.doc.recipients_to) - 1
                for i, name in enumerate(self.doc.recipients_to):
                    q = self.body.paragraph()
                    q.paragraph_format.left_indent = Mm(55)
                    add_text(q, f"- {name}{'.' if i == last else ';'}", BODY_PT)
        self.body.paragraph()

    # ---- body --------------------------------------------------------------------------------
    def _block(self, block) -> None:
        if isinstance(block, Heading):
            p = set_spacing(self.body.paragraph(), before=6, first_indent_mm=INDENT_MM,
                            align=JUSTIFY, keep_next=True)
            add_text(p, block.full_text, BODY_PT, bold=True, italic=block.level >= 3)
        elif isinstance(block, Paragraph):
            p = set_spacing(self.body.paragraph(), before=6, first_indent_mm=INDENT_MM,
                            align=JUSTIFY, keep_next=block.kind in ("item", "closing"))
            if isinstance(block, Bullet):
                add_text(p, f"{block.marker} ", BODY_PT)
            color = RED if block.kind == "missing" else None
            for run in block.runs:
                if run.footnote is not None:
                    self.notes.reference(p, run.footnote, self.doc.footnote(run.footnote).text)
                else:
                    add_text(p, run.text, BODY_PT, bold=run.bold, italic=run.italic, color=color)
        elif isinstance(block, Table):
            self._table(block, figure=isinstance(block, FigureTable))

    def _table(self, table: Table, *, figure: bool) -> None:
        widths = [115.0, 50.0] if figure else _column_widths(table)
        size = 13 if figure else 12
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
                align = CENTER if (figure and c == 1) or len(text) <= 12 else LEFT
                add_text(set_spacing(cells[r][c].paragraphs[0], before=2, after=2, align=align),
                         text, size)
        repeat_header(t)
        set_spacing(self.body.paragraph(), after=0)

    # ---- closing -------------------------------------------------------------------------------
    def _closing_table(self) -> None:
        t = self.body.table(rows=1, cols=2)
        fixed_table(t, list(CLOSING_COLS), borders=False)
        cant_split(t)
        left, right = t.cell(0, 0), t.cell(0, 1)
        p = set_spacing(left.paragraphs[0], before=12, align=LEFT)
        add_text(p, "Nơi nhận:", 12, bold=True, italic=True)
        for line in self.doc.noi_nhan:
            add_text(set_spacing(left.add_paragraph(), align=LEFT), line, 11)
        sig = self.doc.signature
        first = True
        for line in [*sig.authority_lines, sig.title]:
            p = set_spacing(cell_paragraph(right, first), before=12 if first else 0, align=CENTER)
            add_text(p, line, BODY_PT, bold=True)
            first = False
        p = set_spacing(right.add_paragraph(), before=80, align=CENTER)  # room for signature and seal
        add_text(p, sig.name or " ", BODY_PT, bold=True)

    # ---- appendices ----------------------------------------------------------------------------
    def _appendix(self, appendix: Appendix) -> None:
        section = self.body.section(WD_SECTION.NEW_PAGE)
        self._section_layout(section)
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), "1")
        after = ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
                 "rtlGutter", "docGrid", "printerSettings")
        nxt = next((c for c in section._sectPr if c.tag.split("}")[1] in after), None)
        nxt.addprevious(pg) if nxt is not None else section._sectPr.append(pg)
        add_text(set_spacing(self.body.paragraph(), align=CENTER), appendix.label, BODY_PT, bold=True)
        add_text(set_spacing(self.body.paragraph(), align=CENTER), appendix.title, BODY_PT, bold=True)
        add_text(set_spacing(self.body.paragraph(), align=CENTER), appendix.caption, 13, italic=True)
        bottom_rule(self.body.paragraph(), TEXT_W, 40)
        self.body.paragraph()
        self._table(appendix.table, figure=False)
        if appendix.note:
            add_text(set_spacing(self.body.paragraph(), before=6, align=JUSTIFY), appendix.note, 12,
                     italic=True)


def _column_widths(table: Table) -> list[float]:
    """Share the text width by content length: narrow "TT" columns, wide text columns."""
    weights = []
    for c, head in enumerate(table.columns):
        cells = [head] + [row[c] for row in table.rows if c < len(row)]
        longest = max(len(x) for x in cells)
        weights.append(min(max(longest, 4), 60))
    total = sum(weights)
    return [TEXT_W * w / total for w in weights]
