"""Footnote reference marks in the PDF writer's paragraphs: the superscript numbers of a
NoteParagraph (whole, split by reportlab, or cut into pieces by exporters.pdf_flowables)."""

from __future__ import annotations

from reportlab.platypus import Paragraph


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


def refs_in_lines(lines) -> list[int]:
    """Footnote numbers in lines broken by a Paragraph (`blPara.lines`): FragLines whose words
    are frags, or (width, words) pairs of a plain paragraph, which holds no marks."""
    out: list[int] = []
    for line in lines:
        for frag in getattr(line, "words", None) or []:
            if _is_ref(frag, getattr(frag, "text", "")):
                out.append(int(frag.text))
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
