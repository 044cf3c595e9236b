"""The "DỰ THẢO" mark of a draft PDF, drawn as glyph outlines (filled paths), not as text.

Text drawn on a page is part of its text layer: the diagonal mark's letters used to come out of
copy-paste and `pdftotext` in the middle of paragraphs ("Ự", "TH"). Outlines taken from the
bundled bold face (exporters.ttf) look the same in print and on screen but are not text. The
outlines are stored once per document as a form XObject and placed on every page: large, light
and diagonal across the page, small and red in the top margin.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.pdfgen.pathobject import PDFPathObject

from . import nd30
from .ttf import face, quadratic_segments

FORM = "baocaoDraftMark"
FORM_PT = 100.0  # the form holds the mark set at 100 pt
WATERMARK_PT = 96
WATERMARK_FILL = Color(0.75, 0.75, 0.75, alpha=0.35)
MARGIN_FILL = Color(0.75, 0, 0)


@lru_cache(maxsize=1)
def _outline():
    font = face("bold")
    contours, advance = font.text_outline(nd30.DRAFT_MARK)
    return contours, advance, font.units_per_em


def mark_width(size: float) -> float:
    _, advance, upm = _outline()
    return advance * size / upm


def _path(canv, size: float) -> PDFPathObject:
    contours, _, upm = _outline()
    k = size / upm
    path = canv.beginPath()
    for contour in contours:
        x0 = y0 = 0.0
        for seg in quadratic_segments(contour):
            if seg[0] == "M":
                x0, y0 = seg[1]
                path.moveTo(x0 * k, y0 * k)
            elif seg[0] == "L":
                x0, y0 = seg[1]
                path.lineTo(x0 * k, y0 * k)
            else:  # a quadratic Bézier as the cubic PDF draws
                (cx, cy), (x1, y1) = seg[1], seg[2]
                path.curveTo((x0 + 2 * (cx - x0) / 3) * k, (y0 + 2 * (cy - y0) / 3) * k,
                             (x1 + 2 * (cx - x1) / 3) * k, (y1 + 2 * (cy - y1) / 3) * k, x1 * k, y1 * k)
                x0, y0 = x1, y1
        path.close()
    return path


def _ensure_form(canv) -> None:
    if getattr(canv, "_baocao_draft_form", False):
        return
    width = mark_width(FORM_PT)
    canv.beginForm(FORM, lowerx=-2, lowery=-0.3 * FORM_PT, upperx=width + 2, uppery=1.2 * FORM_PT)
    canv.drawPath(_path(canv, FORM_PT), stroke=0, fill=1, fillMode=1)  # non-zero winding, as TrueType
    canv.endForm()
    canv._baocao_draft_form = True


def _place(canv, size: float) -> None:
    canv.scale(size / FORM_PT, size / FORM_PT)
    canv.doForm(FORM)


def draw_draft_marks(canv, pagesize, top_margin: float, right_margin: float) -> None:
    """A light diagonal "DỰ THẢO" across the page and a red one at the right of the top margin."""
    _ensure_form(canv)
    w, h = pagesize
    canv.saveState()
    canv.setFillColor(WATERMARK_FILL)
    canv.translate(w / 2, h / 2)
    canv.rotate(45)
    canv.translate(-mark_width(WATERMARK_PT) / 2, -30)
    _place(canv, WATERMARK_PT)
    canv.restoreState()
    canv.saveState()
    canv.setFillColor(MARGIN_FILL)
    canv.translate(w - right_margin - mark_width(nd30.DRAFT_MARK_PT), h - top_margin / 2 - 4)
    _place(canv, nd30.DRAFT_MARK_PT)
    canv.restoreState()
