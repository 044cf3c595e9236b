"""PDF pages that hold: a heading or an item title never ends a page (it keeps the first lines of
its text), and no page ends more than a sixth of a page early except before a forced break: a new
appendix, the closing block (the last sentence, Nơi nhận and the signature, which never split), or
a heading that had to move with the lines it keeps — and then only when those lines and the
start of their footnotes were really taller than the room left (the writer logs each such break)."""

from __future__ import annotations

import pytest

from exporters import nd30
from exporters.document import build_document
from exporters.nodes import Heading
from exporters.pdf_flowables import KeepWithNext
from exporters.pdf_writer import render_pdf
from tests.export_fixtures import generated_report, sample_report
from tests.pdf_lines import page_lines

PT_PER_MM = 72 / 25.4
BOTTOM = nd30.MARGIN_BOTTOM_MM * PT_PER_MM
FRAME_H = (nd30.PAGE_H_MM - nd30.MARGIN_TOP_MM - nd30.MARGIN_BOTTOM_MM) * PT_PER_MM
TOP_MARGIN = nd30.MARGIN_TOP_MM * PT_PER_MM
NOTE_AREA_TOP = nd30.FOOTNOTE_PT + 10  # from the first note's baseline up to the rule above the notes


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """name → (tree, PDF bytes, keep-with-next page breaks as (page, room left, room needed))."""
    sample, sample_outline = sample_report(tmp_path_factory.mktemp("pages"))
    out = {"sample": build_document(sample, sample_outline, draft=False)}
    for seed in (7, 11):
        report, outline = generated_report(seed)
        out[f"generated-{seed}"] = build_document(report, outline, draft=False)
    rendered = {}
    for name, doc in out.items():
        KeepWithNext.log = []
        try:
            rendered[name] = (doc, render_pdf(doc), KeepWithNext.log)
        finally:
            KeepWithNext.log = None
    return rendered


def _body(lines):
    """Lines below the top margin (the page number is above it)."""
    return [ln for ln in lines if ln.y < nd30.PAGE_H_MM * PT_PER_MM - TOP_MARGIN]


@pytest.mark.parametrize("name", ["sample", "generated-7", "generated-11"])
def test_no_heading_ends_a_page(documents, name):
    doc, data, _ = documents[name]
    headings = [b.full_text for b in doc.blocks if isinstance(b, Heading)]
    pages, _ = page_lines(data)
    checked = 0
    for number, lines in enumerate(pages[:-1], start=1):
        body = [ln for ln in _body(lines) if abs(ln.size - nd30.BODY_PT) < 0.1]
        if not body:
            continue
        last = body[-1]
        is_heading = not last.plain and any(last.text.strip() in h for h in headings)
        assert not is_heading, f"{name}: page {number} ends with the heading line {last.text!r}"
        checked += 1
    assert checked >= len(pages) // 2


@pytest.mark.parametrize("name", ["sample", "generated-7", "generated-11"])
def test_pages_are_filled(documents, name):
    _, data, keeps = documents[name]
    pages, _ = page_lines(data)
    kept = {page: needed for page, room, needed in keeps if needed > room}
    short = []
    for number, (lines, following) in enumerate(zip(pages, pages[1:]), start=1):
        nxt = _body(following)
        forced = nxt and (nxt[0].text.strip().startswith("Phụ lục") or nxt[0].text.strip().startswith("Trên đây là"))
        text = [ln for ln in _body(lines) if ln.size > 12.5]  # body and headings (14 pt)
        notes = [ln for ln in _body(lines) if ln.size < 12.5]  # footnotes (11 pt) at the bottom
        if forced or not text:
            continue
        floor = max(ln.y for ln in notes) + NOTE_AREA_TOP if notes else BOTTOM
        gap = min(ln.y for ln in text) - floor  # white space above the notes, or above the margin
        if gap <= FRAME_H / 6:
            continue
        assert number in kept and kept[number] > gap, \
            f"{name}: page {number} ends {gap / PT_PER_MM:.0f} mm above the bottom margin"
        short.append(number)
    assert len(short) <= max(1, len(pages) // 20), f"{name}: too many short pages {short}"


def test_the_fill_check_sees_a_short_page(documents):
    """The check itself: a page that ends half-way is found (the page before an appendix)."""
    _, data, _ = documents["sample"]
    pages, _ = page_lines(data)
    starts = [i for i, lines in enumerate(pages) if _body(lines) and _body(lines)[0].text.startswith("Phụ lục")]
    gaps = [min(ln.y for ln in _body(pages[i - 1])) - BOTTOM for i in starts]
    assert any(g > FRAME_H / 6 for g in gaps)
