"""PDF writer: renders a `Document` tree with reportlab platypus in the Decree 30/2020 layout,
with embedded Liberation Serif (Times New Roman metrics), footnotes at the bottom of the page that
references them, page numbers top centre from page 2, a "DỰ THẢO" mark on every page of a draft,
and (optionally) an empty signature field over the signer block of a final.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from models.atomic import atomic_write_bytes

from . import nd30
from .nodes import Appendix, Bullet, Document, FigureTable, Heading, Paragraph as DocParagraph
from .nodes import Table as DocTable
from .pdf_fonts import BOLD, REGULAR, register_fonts
from .pdf_frames import NoteParagraph, ReportDocTemplate, SectionStart
from .pdf_signature import SignatureSpace
from .writers import Progress, WriterOptions, render_in_order

# Flate-only streams: the same pages, a smaller file, no ASCII85 pass. Set once for the process
# (a per-build toggle would race with a second export running on another thread).
rl_config.useA85 = 0

HEADER_COLS = tuple(w * mm for w in nd30.HEADER_COLS_MM)
CLOSING_COLS = tuple(w * mm for w in nd30.CLOSING_COLS_MM)
BODY_PT, LEADING = nd30.BODY_PT, 16.1  # single line spacing of a Times-metric font
REF_PT, REF_RISE = 9.5, 5  # footnote marks in the body (superscript of 14 pt)


class PdfWriter:
    format = "pdf"
    suffix = ".pdf"

    def write(self, doc: Document, path: str | os.PathLike[str], *, progress: Progress = None,
              options: WriterOptions | None = None) -> Path:
        write_pdf(doc, path, signature_field=bool(options and options.signature_field), progress=progress)
        return Path(path)


WRITER = PdfWriter()


def _style(name: str, size: float = BODY_PT, *, font: str = REGULAR, align=TA_JUSTIFY,
           before: float = 0, indent: float = 0, leading: float | None = None, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=leading or round(size * 1.15, 2), alignment=align,
                          spaceBefore=before, spaceAfter=0, firstLineIndent=indent, **kw)


# paragraph style → (size, font, alignment), sizes from exporters.nd30
_STYLES = {
    "parent": (nd30.AGENCY_PT, REGULAR, TA_CENTER), "agency": (nd30.AGENCY_PT, BOLD, TA_CENTER),
    "national": (nd30.NATIONAL_TITLE_PT, BOLD, TA_CENTER), "motto": (nd30.MOTTO_PT, BOLD, TA_CENTER),
    "number": (nd30.NUMBER_PT, REGULAR, TA_CENTER), "place_date": (nd30.PLACE_DATE_PT, REGULAR, TA_CENTER),
    "title": (nd30.TITLE_PT, BOLD, TA_CENTER), "kinh_gui": (nd30.BODY_PT, REGULAR, TA_CENTER),
    "cell": (nd30.TABLE_PT, REGULAR, TA_LEFT), "cellc": (nd30.TABLE_PT, REGULAR, TA_CENTER),
    "cellb": (nd30.TABLE_PT, BOLD, TA_CENTER), "fig": (nd30.FIGURE_PT, REGULAR, TA_LEFT),
    "figc": (nd30.FIGURE_PT, REGULAR, TA_CENTER), "figb": (nd30.FIGURE_PT, BOLD, TA_CENTER),
    "noinh": (nd30.NOI_NHAN_LABEL_PT, REGULAR, TA_LEFT), "noinl": (nd30.NOI_NHAN_PT, REGULAR, TA_LEFT),
    "signature": (nd30.SIGNATURE_PT, BOLD, TA_CENTER), "caption": (nd30.APPENDIX_CAPTION_PT, REGULAR, TA_CENTER),
}


def _styles() -> dict[str, ParagraphStyle]:
    family = register_fonts()
    body = _style("body", before=nd30.BODY_BEFORE_PT, indent=nd30.BODY_INDENT_MM * mm, leading=LEADING)
    styles = {name: _style(name, size, font=font, align=align) for name, (size, font, align) in _STYLES.items()}
    return {**styles, "body": body,
            "keep": ParagraphStyle("keep", parent=body, keepWithNext=1),
            "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, keepWithNext=1),
            "note": _style("note", nd30.FOOTNOTE_PT, align=TA_JUSTIFY, fontFamily=family)}


def write_pdf(doc: Document, path: str | os.PathLike[str], *, signature_field: bool = False,
              progress: Progress = None) -> None:
    """Render `doc` and write it atomically to `path` (UserError if the place is not writable)."""
    data = render_pdf(doc, signature_field=signature_field, progress=progress)
    atomic_write_bytes(path, data)
    if progress:
        progress(100, 100, "Đã ghi tệp PDF")


def render_pdf(doc: Document, *, signature_field: bool = False, progress: Progress = None) -> bytes:
    st = _styles()
    buf = io.BytesIO()
    notes = {f.number: escape(f.text) for f in doc.footnotes}
    template = ReportDocTemplate(
        buf, notes=notes, note_style=st["note"], draft=doc.draft, pagesize=A4,
        leftMargin=nd30.MARGIN_LEFT_MM * mm, rightMargin=nd30.MARGIN_RIGHT_MM * mm,
        topMargin=nd30.MARGIN_TOP_MM * mm, bottomMargin=nd30.MARGIN_BOTTOM_MM * mm,
        title=doc.meta.get("title", ""),
        author=doc.meta.get("author", ""), subject=doc.meta.get("subject", ""),
        creator="baocao", initialFontName=REGULAR, initialFontSize=BODY_PT)
    story = _Story(doc, st, signature_field).build(progress)
    if progress:
        progress(60, 100, "Đang dàn trang PDF")
    template.build(story)
    return buf.getvalue()


class Rule(Flowable):
    """A centred solid rule `length` long, 0.75 pt, with a little room above and below."""

    def __init__(self, length: float, above: float = 6, below: float = 3) -> None:
        super().__init__()
        self.length, self.above, self.below = length, above, below

    def wrap(self, aW, aH):
        self._aw = aW
        return aW, self.above + self.below

    def draw(self) -> None:
        x = (self._aw - self.length) / 2
        self.canv.setLineWidth(0.75)
        self.canv.line(x, self.below, x + self.length, self.below)


def _borderless(rows, widths, valign="TOP") -> Table:
    t = Table(rows, colWidths=list(widths))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), valign), ("FONT", (0, 0), (-1, -1), REGULAR, 12),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


class _Story:
    def __init__(self, doc: Document, st: dict[str, ParagraphStyle], signature_field: bool) -> None:
        self.doc, self.st, self.signature_field = doc, st, signature_field
        self.out: list = []

    def build(self, progress: Progress) -> list:
        render_in_order(self.doc, self, progress, start=5, span=50)
        return self.out

    def P(self, text: str, style: str) -> Paragraph:
        return Paragraph(escape(text), self.st[style])

    def header(self) -> None:
        h = self.doc.header
        left = ([self.P(h.parent_agency, "parent")] if h.parent_agency else [])
        left += [self.P(line, "agency") for line in h.unit_lines]
        left.append(Rule(nd30.agency_rule_mm(h.unit_lines) * mm))
        right = [self.P(nd30.NATIONAL_TITLE, "national"), self.P(nd30.MOTTO, "motto"),
                 Rule(nd30.MOTTO_RULE_MM * mm)]
        number = self.P(h.number_line, "number")
        date = Paragraph(f"<i>{escape(h.place_date)}</i>", self.st["place_date"])
        t = _borderless([[left, right], [number, date]], HEADER_COLS)
        t.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, 1), nd30.NUMBER_ROW_BEFORE_PT)]))
        self.out.append(t)

    def title_block(self) -> None:
        self.out += [Spacer(1, nd30.TITLE_BEFORE_PT), self.P(self.doc.doc_type, "title"),
                     self.P(self.doc.title, "title"), Rule(nd30.TITLE_RULE_MM * mm)]
        to = self.doc.recipients_to
        if len(to) == 1:
            self.out += [Spacer(1, 8), self.P(f"Kính gửi: {to[0]}.", "kinh_gui")]
        elif to:
            self.out += [Spacer(1, 8), self.P("Kính gửi:", "kinh_gui")]
            style = ParagraphStyle("to", parent=self.st["body"], firstLineIndent=0,
                                   leftIndent=nd30.KINH_GUI_INDENT_MM * mm, spaceBefore=0)
            self.out += [Paragraph(escape(f"- {n}{'.' if i == len(to) - 1 else ';'}"), style)
                         for i, n in enumerate(to)]
        self.out.append(Spacer(1, 10))

    def block(self, block) -> None:
        if isinstance(block, Heading):
            text = escape(block.full_text)
            self.out.append(Paragraph(f"<i>{text}</i>" if block.level >= 3 else text,
                                      self.st["heading"]))
        elif isinstance(block, DocParagraph):
            parts = [f"{block.marker} "] if isinstance(block, Bullet) else []
            for run in block.runs:
                if run.footnote is not None:
                    parts.append(f'<super size="{REF_PT}" rise="{REF_RISE}">{run.footnote}</super>')
                    continue
                text = escape(run.text)
                if run.bold:
                    text = f"<b>{text}</b>"
                if run.italic:
                    text = f"<i>{text}</i>"
                parts.append(text)
            markup = "".join(parts)
            if block.kind == "missing":
                markup = f'<font color="#C00000">{markup}</font>'
            style = "keep" if block.kind in ("item", "closing") else "body"
            self.out.append(NoteParagraph(markup, self.st[style], refs=block.footnote_refs))
        elif isinstance(block, DocTable):
            self.out.append(Spacer(1, 4))
            self.out.append(self._table(block, figure=isinstance(block, FigureTable)))

    def _table(self, table: DocTable, *, figure: bool) -> Table:
        widths = nd30.FIGURE_COLS_MM if figure else nd30.column_widths_mm(table)
        body, center, head = ("fig", "figc", "figb") if figure else ("cell", "cellc", "cellb")
        rows = [[self.P(c, head) for c in table.columns]]
        for row in table.rows:
            rows.append([self.P(text, center if nd30.cell_centred(text, c, figure=figure) else body)
                         for c, text in enumerate(row[:len(table.columns)])])
        t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="CENTER")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, black),
                               ("FONT", (0, 0), (-1, -1), REGULAR, nd30.TABLE_PT),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    def closing(self) -> None:
        left = [Paragraph("<b><i>Nơi nhận:</i></b>", self.st["noinh"])]
        left += [self.P(line, "noinl") for line in self.doc.noi_nhan]
        sig = self.doc.signature
        right = [self.P(line, "signature") for line in [*sig.authority_lines, sig.title]]
        right.append(SignatureSpace(CLOSING_COLS[1] - 30 * mm, nd30.SIGNATURE_SPACE_PT,
                                    field=self.signature_field))
        right.append(self.P(sig.name or " ", "signature"))
        t = _borderless([[left, right]], CLOSING_COLS)
        t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), nd30.CLOSING_BEFORE_PT)]))
        self.out.append(t)

    def appendix(self, appendix: Appendix) -> None:
        self.out += [PageBreak(), SectionStart(), self.P(appendix.label, "title"),
                     self.P(appendix.title, "title"),
                     Paragraph(f"<i>{escape(appendix.caption)}</i>", self.st["caption"]),
                     Rule(nd30.TITLE_RULE_MM * mm), Spacer(1, 8), self._table(appendix.table, figure=False)]
        if appendix.note:
            size = nd30.APPENDIX_NOTE_PT
            style = ParagraphStyle("apnote", parent=self.st["body"], fontSize=size, leading=round(size * 1.15, 2))
            self.out.append(Paragraph(f"<i>{escape(appendix.note)}</i>", style))

