"""PDF writer: renders a `Document` tree with reportlab platypus in the Decree 30/2020 layout,
with embedded Liberation Serif (Times New Roman metrics), footnotes at the bottom of the page that
references them, page numbers top centre from page 2, a "DỰ THẢO" mark on every page of a draft
(drawn as outlines, outside the text layer), headings kept with the first lines of their text,
long paragraphs laid out in linear time, and (optionally) an empty signature field centred on
the signer column of a final.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from models.atomic import atomic_write_bytes

from . import nd30
from .nodes import Appendix, Bullet, Document, Heading, Paragraph as DocParagraph
from .nodes import Table as DocTable
from .pdf_flowables import Rule, body_paragraph, mark_keep_next, run_atoms, with_keeps
from .pdf_fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts
from .pdf_footnotes import FlushNotes
from .pdf_frames import ReportDocTemplate, SectionStart
from .pdf_signature import SignatureSpace
from .pdf_tables import data_table
from .writers import Progress, WriterOptions, clean_document, render_in_order

# Flate-only streams: the same pages, a smaller file, no ASCII85 pass. Set once for the process
# (a per-build toggle would race with a second export running on another thread).
rl_config.useA85 = 0

HEADER_COLS = tuple(w * mm for w in nd30.HEADER_COLS_MM)
CLOSING_COLS = tuple(w * mm for w in nd30.CLOSING_COLS_MM)
BODY_PT, LEADING = nd30.BODY_PT, 16.1  # single line spacing of a Times-metric font
REF_PT, REF_RISE = 9.5, 5  # footnote marks in the body (superscript of 14 pt)
CELL_PAD = 2  # pt, left and right, in the borderless header and closing tables
FACES = {(False, False): REGULAR, (True, False): BOLD, (False, True): ITALIC, (True, True): BOLD_ITALIC}


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
    "number": (nd30.NUMBER_PT, REGULAR, TA_CENTER), "place_date": (nd30.PLACE_DATE_PT, ITALIC, TA_CENTER),
    "title": (nd30.TITLE_PT, BOLD, TA_CENTER), "noinh": (nd30.NOI_NHAN_LABEL_PT, BOLD_ITALIC, TA_LEFT),
    "noinl": (nd30.NOI_NHAN_PT, REGULAR, TA_LEFT), "signature": (nd30.SIGNATURE_PT, BOLD, TA_CENTER),
    "caption": (nd30.APPENDIX_CAPTION_PT, ITALIC, TA_CENTER),
}


def paragraph_styles() -> dict[str, ParagraphStyle]:
    """The PDF paragraph styles by name (body, h1–h9, kinh_gui, note …), fonts registered."""
    family = register_fonts()
    body = _style("body", before=nd30.BODY_BEFORE_PT, indent=nd30.BODY_INDENT_MM * mm, leading=LEADING,
                  allowWidows=0, allowOrphans=0)
    styles = {name: _style(name, size, font=font, align=align) for name, (size, font, align) in _STYLES.items()}
    for level in range(1, 10):
        styles[f"h{level}"] = ParagraphStyle(f"h{level}", parent=body, fontName=FACES[nd30.heading_format(level)])
    return {**styles, "body": body,
            "missing": ParagraphStyle("missing", parent=body, fontName=ITALIC, textColor="#C00000"),
            "kinh_gui": ParagraphStyle("kinh_gui", parent=body, alignment=TA_LEFT, spaceBefore=nd30.KINH_GUI_BEFORE_PT,
                                       firstLineIndent=nd30.KINH_GUI_INDENT_MM * mm),
            "kinh_gui_list": ParagraphStyle("kinh_gui_list", parent=body, alignment=TA_LEFT, spaceBefore=0,
                                            firstLineIndent=0, leftIndent=nd30.KINH_GUI_LIST_INDENT_MM * mm),
            "note": _style("note", nd30.FOOTNOTE_PT, align=TA_JUSTIFY, fontFamily=family),
            "apnote": _style("apnote", nd30.APPENDIX_NOTE_PT, font=ITALIC, before=nd30.BODY_BEFORE_PT)}


def write_pdf(doc: Document, path: str | os.PathLike[str], *, signature_field: bool = False,
              progress: Progress = None) -> None:
    """Render `doc` and write it atomically to `path` (UserError if the place is not writable)."""
    data = render_pdf(doc, signature_field=signature_field, progress=progress)
    atomic_write_bytes(path, data)
    if progress:
        progress(100, 100, "Đã ghi tệp PDF")


def render_pdf(doc: Document, *, signature_field: bool = False, progress: Progress = None) -> bytes:
    doc = clean_document(doc)
    st = paragraph_styles()
    buf = io.BytesIO()
    notes = {f.number: escape(f.text) for f in doc.footnotes}
    template = ReportDocTemplate(
        buf, notes=notes, note_style=st["note"], draft=doc.draft, pagesize=A4,
        leftMargin=nd30.MARGIN_LEFT_MM * mm, rightMargin=nd30.MARGIN_RIGHT_MM * mm,
        topMargin=nd30.MARGIN_TOP_MM * mm, bottomMargin=nd30.MARGIN_BOTTOM_MM * mm,
        title=doc.meta.get("title", ""), author=doc.meta.get("author", ""), subject=doc.meta.get("subject", ""),
        keywords=nd30.DRAFT_MARK if doc.draft else "",
        creator="baocao", initialFontName=REGULAR, initialFontSize=BODY_PT)
    story = _Story(doc, st, signature_field, template.width).build(progress)
    if progress:
        progress(60, 100, "Đang dàn trang PDF")
    template.build(story)
    return buf.getvalue()


def _borderless(rows, widths) -> Table:
    t = Table(rows, colWidths=list(widths), splitInRow=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), REGULAR, 12),
                           ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


class _Story:
    def __init__(self, doc: Document, st: dict[str, ParagraphStyle], signature_field: bool, width: float) -> None:
        self.doc, self.st, self.signature_field, self.width = doc, st, signature_field, width
        self.out: list = []

    def build(self, progress: Progress) -> list:
        render_in_order(self.doc, self, progress, start=5, span=50)
        return with_keeps(self.out) + [FlushNotes()]

    def P(self, text: str, style: str) -> Paragraph:
        return Paragraph(escape(text), self.st[style])

    def header(self) -> None:
        h = self.doc.header
        left = ([self.P(h.parent_agency, "parent")] if h.parent_agency else [])
        left += [self.P(line, "agency") for line in h.unit_lines]
        left.append(Rule(nd30.agency_rule_mm(h.unit_lines) * mm))
        right = [self.P(nd30.NATIONAL_TITLE, "national"), self.P(nd30.MOTTO, "motto"),
                 Rule(nd30.MOTTO_RULE_MM * mm)]
        t = _borderless([[left, right], [self.P(h.number_line, "number"), self.P(h.place_date, "place_date")]],
                        HEADER_COLS)
        t.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, 1), nd30.NUMBER_ROW_BEFORE_PT)]))
        self.out.append(t)

    def title_block(self) -> None:
        self.out += [Spacer(1, nd30.TITLE_BEFORE_PT), self.P(self.doc.doc_type, "title"),
                     self.P(self.doc.title, "title"), Rule(nd30.TITLE_RULE_MM * mm)]
        to = self.doc.recipients_to
        if len(to) == 1:
            self.out.append(self.P(f"Kính gửi: {to[0]}.", "kinh_gui"))
        elif to:
            self.out.append(self.P("Kính gửi:", "kinh_gui"))
            self.out += [self.P(f"- {n}{'.' if i == len(to) - 1 else ';'}", "kinh_gui_list") for i, n in enumerate(to)]
        self.out.append(Spacer(1, 10))

    def block(self, block) -> None:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 9)
            self.out.append(mark_keep_next(Paragraph(escape(block.full_text), self.st[f"h{level}"])))
        elif isinstance(block, DocParagraph):
            atoms = [f"{block.marker} "] if isinstance(block, Bullet) else []
            for run in block.runs:
                if run.footnote is not None:
                    atoms.append(f'<super size="{REF_PT}" rise="{REF_RISE}">{run.footnote}</super>')
                    continue
                tags = ("<b>" if run.bold else "") + ("<i>" if run.italic else "")
                ends = ("</i>" if run.italic else "") + ("</b>" if run.bold else "")
                atoms += run_atoms(escape(run.text), tags, ends)
            style = self.st["missing" if block.kind == "missing" else "body"]
            pieces = body_paragraph(atoms, style, block.footnote_refs, self.width)
            if block.kind == "closing":
                mark_keep_next(pieces[-1])
            self.out += pieces
        elif isinstance(block, DocTable):
            self.out += [Spacer(1, 4), data_table(block)]

    def closing(self) -> None:
        left = [self.P("Nơi nhận:", "noinh")] + [self.P(line, "noinl") for line in self.doc.noi_nhan]
        sig = self.doc.signature
        right = [self.P(line, "signature") for line in [*sig.authority_lines, sig.title]]
        right.append(SignatureSpace(nd30.SIGNATURE_SPACE_PT, field=self.signature_field))
        right.append(self.P(sig.name or " ", "signature"))
        t = _borderless([[left, right]], CLOSING_COLS)
        t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), nd30.CLOSING_BEFORE_PT)]))
        t._baocao_whole = True  # kept whole with the closing sentence
        self.out.append(t)

    def appendix(self, appendix: Appendix) -> None:
        self.out += [PageBreak(), SectionStart(), self.P(appendix.label, "title"), self.P(appendix.title, "title"),
                     self.P(appendix.caption, "caption"), Rule(nd30.TITLE_RULE_MM * mm), Spacer(1, 8),
                     data_table(appendix.table)]
        if appendix.note:
            self.out.append(self.P(appendix.note, "apnote"))
