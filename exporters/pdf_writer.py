"""PDF writer: renders a `Document` tree with reportlab platypus in the Decree 30/2020 layout,
with embedded Liberation Serif (Times New Roman metrics), footnotes at the bottom of the page that
references them, page numbers top centre from page 2, a "DỰ THẢO" mark on every page of a draft,
and (optionally) an empty signature field over the signer block of a final.
"""

from __future__ import annotations

import io
import os
from typing import Callable
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from models.atomic import atomic_write_bytes

from .document import Appendix, Bullet, Document, FigureTable, Heading, Paragraph as DocParagraph
from .document import Table as DocTable
from .pdf_fonts import BOLD, REGULAR, register_fonts
from .pdf_frames import NoteParagraph, ReportDocTemplate, SectionStart
from .pdf_signature import SignatureSpace

# Flate-only streams: the same pages, a smaller file, no ASCII85 pass. Set once for the process
# (a per-build toggle would race with a second export running on another thread).
rl_config.useA85 = 0

Progress = Callable[[int, str], None] | None

MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
TEXT_W = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
HEADER_COLS = (65 * mm, 100 * mm)
CLOSING_COLS = (62 * mm, 103 * mm)
BODY_PT, LEADING = 14, 16.1  # single line spacing of a Times-metric font
RED = Color(0.75, 0, 0)
REF_PT, REF_RISE = 9.5, 5  # footnote marks in the body (superscript of 14 pt)


def _style(name: str, size: float = BODY_PT, *, font: str = REGULAR, align=TA_JUSTIFY,
           before: float = 0, indent: float = 0, leading: float | None = None, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=leading or round(size * 1.15, 2), alignment=align,
                          spaceBefore=before, spaceAfter=0, firstLineIndent=indent, **kw)


def _styles() -> dict[str, ParagraphStyle]:
    family = register_fonts()
    body = _style("body", before=6, indent=10 * mm, leading=LEADING)
    return {
        "body": body,
        "keep": ParagraphStyle("keep", parent=body, keepWithNext=1),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, keepWithNext=1),
        "center13": _style("center13", 13, align=TA_CENTER),
        "center13b": _style("center13b", 13, font=BOLD, align=TA_CENTER),
        "center12b": _style("center12b", 12, font=BOLD, align=TA_CENTER),
        "center14": _style("center14", 14, align=TA_CENTER),
        "center14b": _style("center14b", 14, font=BOLD, align=TA_CENTER),
        "cell": _style("cell", 12, align=TA_LEFT),
        "cellc": _style("cellc", 12, align=TA_CENTER),
        "cellb": _style("cellb", 12, font=BOLD, align=TA_CENTER),
        "fig": _style("fig", 13, align=TA_LEFT),
        "figc": _style("figc", 13, align=TA_CENTER),
        "figb": _style("figb", 13, font=BOLD, align=TA_CENTER),
        "noinh": _style("noinh", 12, align=TA_LEFT),
        "noinl": _style("noinl", 11, align=TA_LEFT),
        "note": _style("note", 11, align=TA_JUSTIFY, fontFamily=family),
    }


def write_pdf(doc: Document, path: str | os.PathLike[str], *, signature_field: bool = False,
              progress: Progress = None) -> None:
    """Render `doc` and write it atomically to `path` (UserError if the place is not writable)."""
    data = render_pdf(doc, signature_field=signature_field, progress=progress)
    atomic_write_bytes(path, data)
    if progress:
        progress(100, "Đã ghi tệp PDF")


def render_pdf(doc: Document, *, signature_field: bool = False, progress: Progress = None) -> bytes:
    st = _styles()
    buf = io.BytesIO()
    notes = {f.number: escape(f.text) for f in doc.footnotes}
    template = ReportDocTemplate(
        buf, notes=notes, note_style=st["note"], draft=doc.draft, pagesize=A4,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=doc.meta.get("title", ""),
        author=doc.meta.get("author", ""), subject=doc.meta.get("subject", ""),
        creator="baocao", initialFontName=REGULAR, initialFontSize=BODY_PT)
    story = _Story(doc, st, signature_field).build(progress)
    if progress:
        progress(60, "Đang dàn trang PDF")
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


def _rule(length: float) -> Rule:
    return Rule(length)


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
        self._header()
        self._title()
        total = max(len(self.doc.blocks), 1)
        for i, block in enumerate(self.doc.blocks):
            self._block(block)
            if progress and i % 20 == 0:
                progress(5 + 50 * i // total, "Đang dựng nội dung báo cáo")
        self._closing()
        for appendix in self.doc.appendices:
            self._appendix(appendix)
        return self.out

    def P(self, text: str, style: str) -> Paragraph:
        return Paragraph(escape(text), self.st[style])

    def _header(self) -> None:
        h = self.doc.header
        left = ([self.P(h.parent_agency, "center13")] if h.parent_agency else [])
        left += [self.P(line, "center13b") for line in h.unit_lines]
        longest = max((len(x) for x in h.unit_lines), default=10)
        left.append(_rule(min(max(0.4 * 2.9 * longest, 15), 30) * mm))
        right = [self.P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "center12b"),
                 Paragraph("Độc lập - Tự do - Hạnh phúc", _bold13()), _rule(56 * mm)]
        number = Paragraph(escape(h.number_line), self.st["center13"])
        date = Paragraph(f"<i>{escape(h.place_date)}</i>", self.st["center14"])
        t = _borderless([[left, right], [number, date]], HEADER_COLS)
        t.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, 1), 6)]))
        self.out.append(t)

    def _title(self) -> None:
        self.out += [Spacer(1, 18), self.P(self.doc.doc_type, "center14b"),
                     self.P(self.doc.title, "center14b"), _rule(40 * mm)]
        to = self.doc.recipients_to
        if len(to) == 1:
            self.out += [Spacer(1, 8), self.P(f"Kính gửi: {to[0]}.", "center14")]
        elif to:
            self.out += [Spacer(1, 8), self.P("Kính gửi:", "center14")]
            style = ParagraphStyle("to", parent=self.st["body"], firstLineIndent=0,
                                   leftIndent=55 * mm, spaceBefore=0)
            self.out += [Paragraph(escape(f"- {n}{'.' if i == len(to) - 1 else ';'}"), style)
                         for i, n in enumerate(to)]
        self.out.append(Spacer(1, 10))

    def _block(self, block) -> None:
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
        if figure:
            widths, body, center, head = [115 * mm, 50 * mm], "fig", "figc", "figb"
        else:
            from .docx_writer import _column_widths

            widths, body, center, head = [w * mm for w in _column_widths(table)], "cell", "cellc", "cellb"
        rows = [[self.P(c, head) for c in table.columns]]
        for row in table.rows:
            rows.append([self.P(text, center if (figure and c == 1) or len(text) <= 12 else body)
                         for c, text in enumerate(row[:len(table.columns)])])
        t = Table(rows, colWidths=widths, repeatRows=1, hAlign="CENTER")
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, black), ("FONT", (0, 0), (-1, -1), REGULAR, 12),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    def _closing(self) -> None:
        left = [Paragraph(f"<b><i>Nơi nhận:</i></b>", self.st["noinh"])]
        left += [self.P(line, "noinl") for line in self.doc.noi_nhan]
        sig = self.doc.signature
        right = [self.P(line, "center14b") for line in [*sig.authority_lines, sig.title]]
        right.append(SignatureSpace(CLOSING_COLS[1] - 30 * mm, 80, field=self.signature_field))
        right.append(self.P(sig.name or " ", "center14b"))
        t = _borderless([[left, right]], CLOSING_COLS)
        t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 12)]))
        self.out.append(t)

    def _appendix(self, appendix: Appendix) -> None:
        self.out += [PageBreak(), SectionStart(), self.P(appendix.label, "center14b"),
                     self.P(appendix.title, "center14b"),
                     Paragraph(f"<i>{escape(appendix.caption)}</i>", self.st["center13"]),
                     _rule(40 * mm), Spacer(1, 8), self._table(appendix.table, figure=False)]
        if appendix.note:
            style = ParagraphStyle("apnote", parent=self.st["body"], fontSize=12, leading=13.8)
            self.out.append(Paragraph(f"<i>{escape(appendix.note)}</i>", style))


def _bold13() -> ParagraphStyle:
    return _style("motto", 13, font=BOLD, align=TA_CENTER)

