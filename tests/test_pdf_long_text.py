"""Long answers in the PDF: a paragraph is broken into lines a segment at a time and handed over
in pieces (linear time; the figures are in bench/pdf_scaling_bench.py) — with exactly the lines a
single break gives, across as many pages as it needs, nothing lost."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from exporters import pdf_flowables
from exporters.document import build_document
from exporters.pdf_writer import paragraph_styles, render_pdf
from models.report import Answer
from tests.export_fixtures import VN_PARAGRAPH, make_outline, make_report

WIDTH = 467.7  # the body frame: 165 mm


def _printed_lines(flowables) -> list[str]:
    """The lines of `flowables` as printed in a frame exactly WIDTH wide, on one tall page."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=(WIDTH, 30_000), leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    doc.addPageTemplates([PageTemplate(frames=[Frame(0, 0, WIDTH, 30_000, 0, 0, 0, 0)])])
    doc.build(list(flowables))
    text = PdfReader(io.BytesIO(buf.getvalue())).pages[0].extract_text()
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_pieces_have_the_lines_of_a_single_break(monkeypatch):
    monkeypatch.setattr(pdf_flowables, "SEGMENT_CHARS", 2500)  # many segments in a short text
    style = paragraph_styles()["body"]
    atoms = []
    for i in range(60):
        atoms += pdf_flowables.run_atoms(escape(f"Đoạn {i}: {VN_PARAGRAPH} "))
        if i % 7 == 0:
            atoms += ["<b>in đậm</b>", f'<super size="9.5" rise="5">{i + 1}</super>', " "]
    (lazy,) = pdf_flowables.body_paragraph(atoms, style, [], WIDTH)
    pieces = lazy.expand()
    whole = pdf_flowables.NoteParagraph("".join(atoms), style)
    assert len(pieces) > 10
    lines = _printed_lines(pieces)
    assert len(lines) > 150 and lines == _printed_lines([whole])
    assert pieces[0].style.firstLineIndent > 0 and all(p.style.firstLineIndent == 0 for p in pieces[1:])
    assert all(p._JustifyLast for p in pieces[:-1]) and not pieces[-1]._JustifyLast


def test_a_long_answer_runs_over_many_pages_and_nothing_is_lost():
    report = make_report(with_empty=False)
    text = " ".join(f"Câu {i}: {VN_PARAGRAPH}" for i in range(400))  # ~120 KB in one paragraph
    report.answers["II.1.2"] = Answer("II.1.2", text=text + "[^1]", footnotes=[])
    doc = build_document(report, make_outline(), draft=False)
    reader = PdfReader(io.BytesIO(render_pdf(doc)))
    assert len(reader.pages) > 25
    printed = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert all(f"Câu {i}:" in printed for i in range(400))
