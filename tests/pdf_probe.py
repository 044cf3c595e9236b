"""Reading our PDFs back with pypdf: text per page, footnote marks and labels, page numbers."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from pypdf import PdfReader

from exporters.pdf_draft_mark import FORM as DRAFT_FORM

BODY_REF_PT = 9.5  # footnote marks in 14 pt body text
NOTE_LABEL_PT = 7.5  # footnote numbers before 11 pt footnote text


@dataclass
class PageProbe:
    text: str
    refs: list[int] = field(default_factory=list)  # footnote marks in the body
    labels: list[int] = field(default_factory=list)  # footnote numbers at the page bottom
    top_numbers: list[str] = field(default_factory=list)  # digits printed in the top margin
    draft_mark: bool = False  # the "DỰ THẢO" outlines (a form XObject) are drawn on the page

    @property
    def flat(self) -> str:
        return " ".join(unicodedata.normalize("NFC", self.text).split())


def probe(path) -> list[PageProbe]:
    pages = []
    for page in PdfReader(str(path)).pages:
        top = float(page.mediabox.top)
        found = PageProbe(text="")

        def visit(text, cm, tm, font, size, found=found, top=top):
            word = text.strip()
            if not word.isdigit():
                return
            if abs(size - BODY_REF_PT) < 0.2:  # sizes used for nothing else
                found.refs.append(int(word))
            elif abs(size - NOTE_LABEL_PT) < 0.2:
                found.labels.append(int(word))
            elif cm[5] + tm[5] * cm[3] > top - 60 and size >= 13:
                found.top_numbers.append(word)

        found.text = page.extract_text(visitor_text=visit)
        xobjects = page["/Resources"].get("/XObject") or {}
        found.draft_mark = any(DRAFT_FORM in str(name) for name in xobjects)
        pages.append(found)
    return pages
