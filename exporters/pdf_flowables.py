"""Flowables of the PDF writer: rules, headings kept with what follows, and long paragraphs cut
into pieces that are laid out once (linear time in the length of the text).

Keeping a heading with its text: reportlab's `keepWithNext` glues the heading to the WHOLE next
flowable, so a title followed by a long paragraph jumps to the next page and leaves a large gap.
`KeepWithNext` asks only for room for the headings and the first lines of what follows (two
lines of a paragraph, all of a block that cannot split), as Word's "keep with next" does with
widow/orphan control, and moves to a new page only when that room is missing.

Long paragraphs: when reportlab splits a paragraph at a page end, it re-breaks all the rest of it
into lines, so a paragraph of n pages costs n times its length (a 400 KB answer took 40 s). A
paragraph of more than `LONG_TEXT` characters is broken into lines once (a segment at a time),
then handed over as pieces of `PIECE_LINES` lines (continuation pieces have no first-line indent
and no space before; all but the last justify their last line), made the way reportlab's own
split makes its first part: each piece breaks into the same lines again, at the cost of its own
length only. The pieces are made when the layout reaches the paragraph, not before.
"""

from __future__ import annotations

import re
from copy import copy

from reportlab.platypus import Flowable
from reportlab.platypus.paragraph import _getFragWords, _HSFrag

from . import nd30
from .pdf_refs import NoteParagraph, footnote_refs, refs_in_lines

PIECE_LINES = 30
LONG_TEXT = 3000  # characters of markup below which a paragraph is never cut
SEGMENT_CHARS = 6000  # a long paragraph is broken into lines this much text at a time
ATOM_CHARS = 1500


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


def keeps_next(flowable) -> bool:
    return getattr(flowable, "_baocao_keep_next", False)


def mark_keep_next(flowable):
    flowable._baocao_keep_next = True
    return flowable


class KeepWithNext(Flowable):
    """Zero-size: starts a new page unless the flowables `group` and the first lines of `after`
    fit in the room left (nothing happens at the top of a page, or when they could never fit)."""

    _ZEROSIZE = True
    log: list | None = None  # when a list: (page, room left, room needed) of each page it ends

    def __init__(self, group: list, after, whole_after: bool = False) -> None:
        super().__init__()
        self.group, self.after, self.whole_after = group, after, whole_after

    def _needed(self, width: float, frame) -> float:
        """Height of the group and the first lines of `after`, plus the footnotes those lines
        bring to the page (the frame reserves their room at its bottom)."""
        total, refs = 0.0, []
        after = self.after.expand()[0] if hasattr(self.after, "expand") else self.after
        for f in self.group + [after]:
            _, h = f.wrap(width, 1e6)
            style = getattr(f, "style", None)
            if f is after and not self.whole_after and style is not None and hasattr(f, "blPara"):
                # without widows and orphans a paragraph splits only with KEEP_LINES on each side
                lines = f.blPara.lines
                keep = len(lines) if len(lines) < 2 * nd30.KEEP_LINES else nd30.KEEP_LINES
                h = min(h, keep * style.leading)
                refs += refs_in_lines(lines[:keep])
            else:
                refs += footnote_refs(f)
            total += h + f.getSpaceBefore()  # (never at the top of a page: see wrap)
        if refs and hasattr(frame, "needs"):  # the body frame: room for (the first lines of) the notes
            total += frame.needs(refs)[2]
        return total

    def wrap(self, aW, aH):
        frame = self._doctemplateAttr("frame")
        if frame is None or getattr(frame, "_atTop", 0):
            return 0, 0
        needed = self._needed(aW, frame)
        if aH < needed <= frame._aH:
            from reportlab.platypus.doctemplate import FrameBreak

            frame.add_generated_content(FrameBreak)
            if KeepWithNext.log is not None:
                KeepWithNext.log.append((self._doctemplateAttr("page"), aH, needed))
        return 0, 0

    def draw(self) -> None:
        pass


def with_keeps(story: list) -> list:
    """`story` with a `KeepWithNext` before each run of flowables marked `mark_keep_next`."""
    out: list = []
    i = 0
    while i < len(story):
        if keeps_next(story[i]):
            j = i
            while j < len(story) and keeps_next(story[j]):
                j += 1
            if j < len(story):
                after = story[j]
                out.append(KeepWithNext(story[i:j], after, whole_after=getattr(after, "_baocao_whole", False)))
            out += story[i:j]
            i = j
        else:
            out.append(story[i])
            i += 1
    return out


def run_atoms(markup: str, open_tags: str = "", close_tags: str = "") -> list[str]:
    """A run's markup cut after spaces into atoms of about `ATOM_CHARS` (each wrapped in the run's
    tags), so a long paragraph can be laid out a segment at a time."""
    if len(markup) <= ATOM_CHARS:
        return [f"{open_tags}{markup}{close_tags}"]
    out, start = [], 0
    while start < len(markup):
        stop = min(start + ATOM_CHARS, len(markup))
        if stop < len(markup):
            space = markup.rfind(" ", start, stop)
            stop = space + 1 if space > start else stop
            while markup[stop - 1] != " " and "&" in markup[max(start, stop - 8):stop]:
                stop -= 1  # never cut inside an escaped "&amp;" entity
        out.append(f"{open_tags}{markup[start:stop]}{close_tags}")
        start = stop
    return out


def body_paragraph(atoms: list[str], style, refs: list[int], width: float) -> list:
    """One body paragraph from its markup atoms: a NoteParagraph, or for a long one a
    `LongParagraph` that becomes its pieces when the layout reaches it."""
    markup = "".join(atoms)
    if len(markup) < LONG_TEXT:
        return [NoteParagraph(markup, style, refs=refs)]
    return [LongParagraph(atoms, style, refs, width)]


class LongParagraph(Flowable):
    """A long paragraph, cut into pieces only when the page layout reaches it (the document
    template calls `expand`), so a compile of many long answers never holds all their words
    at once."""

    def __init__(self, atoms: list[str], style, refs: list[int], width: float) -> None:
        super().__init__()
        self.atoms, self.style, self.refs, self.width = atoms, style, refs, width
        self._pieces: list | None = None

    def expand(self) -> list:
        if self._pieces is None:
            self._pieces = long_pieces(self.atoms, self.style, self.refs, self.width)
            self.atoms = []
        return self._pieces

    def wrap(self, aW, aH):  # only asked when it is kept with a heading: the whole height
        pieces = self.expand()
        return aW, sum(p.wrap(aW, aH)[1] for p in pieces) + sum(p.getSpaceBefore() for p in pieces[1:])

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def split(self, aW, aH):
        return self.expand()

    def draw(self) -> None:  # never drawn: replaced by its pieces
        pass


def long_pieces(atoms: list[str], style, refs: list[int], width: float) -> list:
    """A long paragraph broken into lines a segment (about `SEGMENT_CHARS`, ending between two
    words) at a time — the words of each segment's last, unfinished line carried into the next,
    so the lines are the ones a single break would give, and no break handles more than a
    segment (reportlab's line breaker slows down with the square of the number of words) —
    then handed over as pieces of `PIECE_LINES` lines."""
    rest = copy(style)
    rest.firstLineIndent = 0
    rest.spaceBefore = 0
    pieces: list = []
    carry: list = []  # reportlab's word list ("processed frags") of the line carried over
    segments = _segments(atoms)
    for k, segment in enumerate(segments):
        words = _getFragWords(NoteParagraph(segment, style).frags, width)
        if k < len(segments) - 1 and words and not isinstance(words[-1], _HSFrag):
            words[-1] = _HSFrag(words[-1])  # the segment ends between two words: keep the space
        words = carry + words
        para = NoteParagraph(None, style if k == 0 else rest, frags=words)
        para.wrap(width, 1e9)
        bl = para.blPara
        last = k == len(segments) - 1
        keep = len(bl.lines) if last else len(bl.lines) - 1
        cut = para._get_split_blParaFunc()
        for start in range(0, keep, PIECE_LINES):
            stop = min(start + PIECE_LINES, keep)
            first = k == 0 and start == 0
            piece = NoteParagraph(None, style if first else rest, frags=cut(bl, start, stop))
            piece._JustifyLast = not (last and stop == keep)  # cut inside the paragraph: justify to the end
            pieces.append(piece)
        carry = [] if last else list(cut(bl, keep, len(bl.lines)))
    return pieces or [NoteParagraph("".join(atoms), style, refs=refs)]


_CLOSING_TAGS = re.compile(r"(</\w+>)+$")


def _segments(atoms: list[str]) -> list[str]:
    """Atoms joined into segments of at least `SEGMENT_CHARS`, each ending after a space."""
    out, current, size = [], [], 0
    for atom in atoms:
        current.append(atom)
        size += len(atom)
        if size >= SEGMENT_CHARS and _CLOSING_TAGS.sub("", atom).endswith(" "):
            out.append("".join(current))
            current, size = [], 0
    if current:
        out.append("".join(current))
    return out
