"""Page machinery of the PDF writer: a frame that keeps footnotes on the page of their reference,
page numbers in the top margin from page 2 (restarting for each appendix) and the draft mark.

The frame reserves room at its bottom for the footnotes referenced by what it has placed: before
adding a flowable it raises its bottom by the height of the new footnotes that flowable brings,
and when a paragraph must split it splits it against the space left after those footnotes.
At the end of the page the footnotes are drawn in the reserved room, under a short rule.
"""

from __future__ import annotations

import copy
from typing import Callable

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from . import nd30
from .pdf_fonts import BOLD, REGULAR

SEP_GAP_ABOVE, SEP_GAP_BELOW = 6.0, 4.0  # around the footnote rule, pt
SEP_LENGTH = 144.0  # 2 inches, like Word's separator
LABEL_PT, LABEL_RISE = 7.5, 3.5  # the footnote's own number at the page bottom (superscript of 11 pt)


def footnote_refs(flowable) -> list[int]:
    """Footnote numbers referenced in a flowable (and in what it contains), in order: the
    superscript numbers of a NoteParagraph, whole or split (split pieces hold word lists)."""
    out: list[int] = []
    if hasattr(flowable, "footnote_refs"):
        out += _scan_frags(getattr(flowable, "frags", None) or [])
    for child in getattr(flowable, "_content", None) or []:
        out += footnote_refs(child)
    return out


def _is_ref(frag, text: str) -> bool:
    return getattr(frag, "rise", 0) > 0 and text.strip().isdigit()


def _scan_frags(frags) -> list[int]:
    out: list[int] = []
    for f in frags:
        if hasattr(f, "rise"):  # a ParaFrag
            text = getattr(f, "text", "")
            if _is_ref(f, text):
                out.append(int(text))
        elif isinstance(f, (list, tuple)):  # a split line: [width, (frag, word), ...]
            for item in f:
                if isinstance(item, tuple) and len(item) == 2 and _is_ref(item[0], str(item[1])):
                    out.append(int(item[1]))
    return out


class NoteParagraph(Paragraph):
    """A body paragraph that may carry footnote reference marks (superscript numbers)."""

    def __init__(self, text, style, refs: list[int] | None = None, **kw):
        super().__init__(text, style, **kw)
        self.footnote_refs = list(refs or [])

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:  # pieces are made by Paragraph; give them the marker attribute
            if not hasattr(part, "footnote_refs"):
                part.footnote_refs = []
        return parts


class FootnoteFrame(Frame):
    def __init__(self, *args, note_height: Callable[[list[int]], float], **kw):
        super().__init__(*args, **kw)
        self.note_height = note_height
        self.page_notes: list[int] = []
        self.reserved = 0.0

    def __deepcopy__(self, memo):  # reportlab copies the frame to try layouts; keep it shallow
        clone = copy.copy(self)
        clone.page_notes = list(self.page_notes)
        return clone

    def _reset(self):
        super()._reset()
        self._y1p = self._y1 + self._bottomPadding  # give back the room footnotes took
        self.page_notes = []
        self.reserved = 0.0

    def _extra_for(self, flowable) -> tuple[list[int], float]:
        new = [n for n in footnote_refs(flowable) if n not in self.page_notes]
        if not new:
            return [], 0.0
        return new, self.note_height(self.page_notes + new) - self.reserved

    def add(self, flowable, canv, trySplit=0):
        new, extra = self._extra_for(flowable)
        if not new:
            return super()._add(flowable, canv, trySplit)
        base = self._y1p
        if self._atTop:  # never push a flowable off an empty page: cap the room taken
            _, h = flowable.wrap(self._getAvailableWidth(), self._y - base)
            extra = max(0.0, min(extra, self._y - base - h))
        self._y1p = base + extra
        ok = super()._add(flowable, canv, trySplit)
        if ok:
            self.page_notes += new
            self.reserved += extra
        else:
            self._y1p = base
        return ok

    def split(self, flowable, canv):
        parts = super().split(flowable, canv)
        base, tried = self._y1p, 0.0
        for _ in range(6):
            if not parts:
                break
            _, extra = self._extra_for(parts[0])
            if extra <= tried + 0.01:
                break
            tried = extra
            self._y1p = base + extra
            try:
                parts = super().split(flowable, canv)
            finally:
                self._y1p = base
        return parts


class SectionStart(Flowable):
    """Zero-size marker: page numbers restart at 1 on the page where it is drawn."""

    _ZEROSIZE = True

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        self.canv._baocao_section_start = self.canv.getPageNumber()


class ReportDocTemplate(BaseDocTemplate):
    def __init__(self, filename, *, notes: dict[int, str], note_style: ParagraphStyle,
                 draft: bool, **kw):
        super().__init__(filename, **kw)
        self.notes, self.note_style, self.draft = notes, note_style, draft
        self._label_style = ParagraphStyle("note-label", parent=note_style, bulletFontName=note_style.fontName,
                                           bulletFontSize=LABEL_PT, bulletOffsetY=LABEL_RISE, bulletIndent=0)
        self._note_cache: dict[int, tuple[Paragraph, float]] = {}
        self.note_pages: dict[int, int] = {}  # footnote number → page it was drawn on
        self.body_frame = FootnoteFrame(self.leftMargin, self.bottomMargin, self.width, self.height,
                                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                                   id="body", note_height=self._notes_height)
        self.addPageTemplates([PageTemplate(id="page", frames=[self.body_frame],
                                            onPage=self._on_page, onPageEnd=self._on_page_end)])

    def _note(self, number: int) -> tuple[Paragraph, float]:
        if number not in self._note_cache:
            # The number is drawn as the paragraph's bullet, raised like a superscript: the text
            # itself stays one run, which reportlab lays out ~4x faster than inline <super> markup
            # (1,440 footnotes in a province compile).
            p = Paragraph(self.notes.get(number, ""), self._label_style, bulletText=f"{number}\u00a0")
            _, h = p.wrap(self.width, 10_000)
            self._note_cache[number] = (p, h)
        return self._note_cache[number]

    def _notes_height(self, numbers: list[int]) -> float:
        if not numbers:
            return 0.0
        return SEP_GAP_ABOVE + SEP_GAP_BELOW + sum(self._note(n)[1] for n in numbers)

    def _on_page(self, canv, doc) -> None:
        if self.draft:
            draw_draft_marks(canv, self.pagesize, self.topMargin, self.rightMargin)

    def _on_page_end(self, canv, doc) -> None:
        page = canv.getPageNumber()
        start = getattr(canv, "_baocao_section_start", 1)
        shown = page - start + 1
        if shown > 1:
            canv.setFont(REGULAR, nd30.PAGE_NUMBER_PT)
            canv.drawCentredString(self.leftMargin + self.width / 2,
                                   self.pagesize[1] - self.topMargin / 2 - 5, str(shown))
        numbers = self.body_frame.page_notes
        if not numbers:
            return
        top = self.bottomMargin + self.body_frame.reserved
        y = top - SEP_GAP_ABOVE
        canv.setLineWidth(0.5)
        canv.line(self.leftMargin, y, self.leftMargin + SEP_LENGTH, y)
        y -= SEP_GAP_BELOW
        for n in numbers:
            p, h = self._note(n)
            y -= h
            p.drawOn(canv, self.leftMargin, y)
            self.note_pages[n] = page


def draw_draft_marks(canv, pagesize, top_margin: float, right_margin: float) -> None:
    """A light diagonal "DỰ THẢO" across the page and a red one in the top margin."""
    w, h = pagesize
    canv.saveState()
    canv.setFillColor(Color(0.75, 0.75, 0.75, alpha=0.35))
    canv.translate(w / 2, h / 2)
    canv.rotate(45)
    canv.setFont(BOLD, 96)
    canv.drawCentredString(0, -30, nd30.DRAFT_MARK)
    canv.restoreState()
    canv.saveState()
    canv.setFillColor(Color(0.75, 0, 0))
    canv.setFont(BOLD, nd30.DRAFT_MARK_PT)
    canv.drawRightString(w - right_margin, h - top_margin / 2 - 4, nd30.DRAFT_MARK)
    canv.restoreState()
