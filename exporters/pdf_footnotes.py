"""Footnotes at the bottom of the page that references them, continued on the next page when
they are long — as Word does.

The body frame reserves room at its bottom for the notes of what it has placed: before adding a
flowable it raises its bottom by the height of the new notes that flowable brings. When the
whole of the last new note does not fit below it, the flowable is still placed if at least the
first `MIN_NOTE_LINES` lines of that note fit; the note then fills the rest of the page and its
remainder is drawn first on the next page, under a full-width continuation rule. A paragraph
that must split is cut after the most lines that fit together with (the first lines of) their
notes, so a long footnote a few lines below a heading no longer sends the heading and its text
to the next page, leaving a third of the page empty.
"""

from __future__ import annotations

import copy
from typing import Protocol

from reportlab.platypus import Flowable, Frame, Paragraph

from .pdf_refs import footnote_refs, refs_in_lines

SEP_GAP_ABOVE, SEP_GAP_BELOW = 6.0, 4.0  # around the footnote rule, pt
GAPS = SEP_GAP_ABOVE + SEP_GAP_BELOW
SEP_LENGTH = 144.0  # 2 inches, like Word's separator
MIN_NOTE_LINES = 2
MAX_CARRIED_SHARE = 0.5  # a continued note takes at most half of the next page


class NoteSource(Protocol):
    def note(self, number: int) -> tuple[Paragraph, float]: ...  # the note as a paragraph, its height
    def first_lines(self, number: int) -> float: ...  # height of its first MIN_NOTE_LINES lines


class FootnoteFrame(Frame):
    def __init__(self, *args, notes: NoteSource, **kw):
        self.notes = notes
        self.page_notes: list[int] = []
        self.reserved = 0.0
        self.carried: list[Paragraph] = []  # the rest of notes begun on the previous page
        self.carried_h = 0.0
        self.pending: list[Paragraph] = []  # … and what this page leaves for the next
        self.partial = False  # this page holds only the beginning of its last note
        super().__init__(*args, **kw)  # calls _reset()

    def __deepcopy__(self, memo):  # reportlab copies the frame to try layouts; keep it shallow
        clone = copy.copy(self)
        clone.page_notes = list(self.page_notes)
        return clone

    def _reset(self):
        super()._reset()
        self.page_notes, self.partial = [], False
        self.carried, self.pending = self.pending, []
        self.carried_h = min(sum(p.wrap(self._width, 1e6)[1] for p in self.carried),
                             self._height * MAX_CARRIED_SHARE - GAPS)
        self.reserved = GAPS + self.carried_h if self.carried else 0.0
        self._y1p = self._y1 + self._bottomPadding + self.reserved  # give back the room notes took

    # ---- room for notes ----------------------------------------------------------------------
    def _area(self, numbers: list[int], partial_last: bool = False) -> float:
        if not numbers and not self.carried:
            return 0.0
        heights = [self.notes.note(n)[1] for n in numbers]
        if partial_last and numbers:
            heights[-1] = min(heights[-1], self.notes.first_lines(numbers[-1]))
        return GAPS + self.carried_h + sum(heights)

    def needs(self, refs: list[int]) -> tuple[list[int], float, float]:
        """(new notes, extra room for all of them, extra room with only the first lines of the last)."""
        new = []
        for n in refs:
            if n not in self.page_notes and n not in new:
                new.append(n)
        if not new:
            return [], 0.0, 0.0
        numbers = self.page_notes + new
        return new, self._area(numbers) - self.reserved, self._area(numbers, True) - self.reserved

    def add(self, flowable, canv, trySplit=0):
        new, full, minimal = self.needs(footnote_refs(flowable))
        if not new:
            return super()._add(flowable, canv, trySplit)
        if not self._atTop and self._try(flowable, canv, trySplit, new, full, full):
            return True  # the usual case: the flowable and all its notes fit
        _, h = flowable.wrap(self._getAvailableWidth(), self._y - self._y1p)
        after = self._y - self._y1p - h - (0 if self._atTop else flowable.getSpaceBefore())
        extra = full if full <= after or minimal > after else max(after, 0.0)
        if self._atTop:  # never push a flowable off an empty page: cap the room taken
            extra = max(0.0, min(extra, after))
        return self._try(flowable, canv, trySplit, new, extra, full)

    def _try(self, flowable, canv, trySplit, new: list[int], extra: float, full: float) -> bool:
        base = self._y1p
        self._y1p = base + extra
        ok = super()._add(flowable, canv, trySplit)
        if ok:
            self.page_notes += new
            self.reserved += extra
            self.partial = self.partial or extra < full - 0.01
        else:
            self._y1p = base
        return ok

    def split(self, flowable, canv):
        """Split `flowable` so that its first part and (the first lines of) its notes fit."""
        parts = super().split(flowable, canv)
        if not parts or self.needs(footnote_refs(parts[0]))[2] <= 0.01:
            return parts
        if isinstance(flowable, Paragraph) and hasattr(flowable, "blPara"):
            return self._split_lines(flowable, canv)
        base, tried = self._y1p, 0.0  # other flowables: reserve what the first part asks, again
        for _ in range(6):
            if not parts:
                break
            extra = self.needs(footnote_refs(parts[0]))[2]
            if extra <= tried + 0.01:
                break
            tried = extra
            self._y1p = base + extra
            try:
                parts = super().split(flowable, canv)
            finally:
                self._y1p = base
        return parts

    def _split_lines(self, para, canv):
        """Cut `para` after the most lines n that fit with their new notes' first lines."""
        space = 0 if self._atTop else para.getSpaceBefore()
        room = self._y - self._y1p - space
        leading = para.style.leading
        lines = para.blPara.lines
        refs: list[int] = []
        fits = 0
        for n in range(1, min(int(room / leading), len(lines)) + 1):
            refs += refs_in_lines(lines[n - 1:n])
            if n * leading + self.needs(refs)[2] <= room + 0.01:
                fits = n
        if fits == 0:
            return []
        base = self._y1p
        self._y1p = self._y - space - fits * leading - 0.01
        try:
            return super().split(para, canv)
        finally:
            self._y1p = base

    # ---- drawing -------------------------------------------------------------------------------
    def draw_notes(self, canv, left: float, bottom: float) -> list[int]:
        """Draw the page's notes in the room reserved above `bottom` (continued notes first);
        what does not fit waits for the next page. Returns the numbers begun on this page."""
        if not self.page_notes and not self.carried:
            return []
        y = bottom + self.reserved - SEP_GAP_ABOVE
        canv.setLineWidth(0.5)
        canv.line(left, y, left + (self._width if self.carried else SEP_LENGTH), y)
        y -= SEP_GAP_BELOW
        pieces = [(p, None, None) for p in self.carried]
        for n in self.page_notes:
            para, height = self.notes.note(n)
            pieces.append((para, n, height))
        drawn, pending = [], []
        for para, number, h in pieces:
            if pending:
                pending.append(para)
                continue
            if h is None:  # a continued piece; a whole note was measured when it was made
                _, h = para.wrap(self._width, 1e6)
            if y - h >= bottom - 0.5:
                para.drawOn(canv, left, y - h)
                y -= h
            else:
                parts = para.split(self._width, y - bottom) or []
                if parts:
                    _, h = parts[0].wrap(self._width, y - bottom)
                    parts[0].drawOn(canv, left, y - h)
                    y -= h
                pending += parts[1:] if parts else [para]
                if not parts:
                    continue
            if number is not None:
                drawn.append(number)
        self.pending = pending
        return drawn


class FlushNotes(Flowable):
    """Zero-size, last in the story: when the last page ends in the middle of a footnote, a new
    page is started so the rest of the note is printed."""

    _ZEROSIZE = True

    def wrap(self, aW, aH):
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "partial", False):
            from reportlab.platypus.doctemplate import FrameBreak

            frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        pass
