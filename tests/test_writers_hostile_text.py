"""Writers never crash on any string. Text is cleaned when it enters the store
(models.text.clean_text), but a writer takes any tree: C0 and C1 controls, U+FFFE/U+FFFF, lone
surrogates, bidi controls, private-use and astral characters, combining marks, markup characters
— in every field — still give a DOCX that opens and validates and a PDF that opens."""

from __future__ import annotations

import io

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from exporters.document import build_document
from exporters.docx_writer import CORE_PROPERTY_MAX, render_docx
from exporters.pdf_writer import render_pdf
from models.outline import Outline, OutlineNode, RequestMeta
from models.report import Answer, AppendixTable, Figure, Footnote, Report, UnitProfile
from tests.ooxml_schema import validate_docx

CLASSES = {
    "c0": (0x00, 0x1F), "c1": (0x7F, 0x9F), "noncharacters": (0xFFFE, 0xFFFF), "fdd0": (0xFDD0, 0xFDEF),
    "surrogates": (0xD800, 0xDFFF), "bidi": (0x202A, 0x202E), "isolates": (0x2066, 0x2069),
    "marks": (0x200B, 0x200F), "private": (0xE000, 0xF8FF), "private-astral": (0xF0000, 0xFFFFD),
    "emoji": (0x1F300, 0x1F6FF), "cjk-ext-b": (0x20000, 0x2A6DF), "math-alnum": (0x1D400, 0x1D7FF),
    "combining": (0x0300, 0x036F), "combining-ext": (0x1AB0, 0x1AFF), "separators": (0x2028, 0x2029),
}
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬỰỬỮỨỪđ "
MARKUP = ["<", ">", "&", "&amp;", "<b>", "</i>", "[^1]", "[^x]", "\n", "\r\n", "\t", "- ", "1. ", "%", "\ufeff"]
EVERY_CLASS = "".join(chr(lo) + chr(hi) + chr((lo + hi) // 2) for lo, hi in CLASSES.values()) + "".join(MARKUP)

char = st.one_of(*(st.integers(lo, hi).map(chr) for lo, hi in CLASSES.values()),
                 st.sampled_from(VIETNAMESE), st.sampled_from(MARKUP))
hostile = st.lists(char, max_size=60).map("".join)


def hostile_report(s: str, long: str = "") -> tuple[Report, Outline]:
    """Every field an export prints holds `s` (answers also `long`)."""
    outline = Outline(title=s or "x", request=RequestMeta(agency=s, letter_number=s, subject=s, period=s), nodes=[
        OutlineNode("I", "part", "I", s, children=[
            OutlineNode("I.1", "item", "-", s), OutlineNode("I.2", "item", s[:3], "Mục " + s)]),
        OutlineNode("II", "part", "II", "Kiến nghị", children=[OutlineNode("II.1", "placeholder", "", "…")])])
    unit = UnitProfile(name=s, parent_agency=s, place=s, doc_code=s, signer_name=s, signer_title=s,
                       authority_body=s, recipients=[s, s + ";"], archive_abbr=s)
    answers = {
        "I.1": Answer("I.1", text=f"{s}[^1]\n- {s}\n1. {s}\n{long}", footnotes=[Footnote("1", s), Footnote("2", s)],
                      figures=[Figure(s, s, s), Figure("Số", "1.234", s)]),
        "I.2": Answer("I.2", text=s or "x"),
        "II.1": Answer("II.1", text=f"a) {s}\n{s}"),
    }
    tables = [AppendixTable(title=s, columns=[s, "TT", s], rows=[[s, "1", s], [s], ["Tổng cộng", s, s, s]], note=s)]
    report = Report(id="r", outline_id="o", period=s, unit=unit, title=s, number=s,
                    report_date="2025-09-19", answers=answers, appendices=tables)
    return report, outline


def _render_both(s: str, long: str = "") -> None:
    report, outline = hostile_report(s, long)
    for draft in (True, False):
        doc = build_document(report, outline, draft=draft, fill_number_date=draft)
        data = render_docx(doc)
        docx.Document(io.BytesIO(data))  # opens
        assert validate_docx(data) == []
        pdf = PdfReader(io.BytesIO(render_pdf(doc, signature_field=not draft)))
        assert len(pdf.pages) >= 2
        assert pdf.pages[0].extract_text()  # readable


def test_every_code_point_class_at_once():
    _render_both(EVERY_CLASS, long=(EVERY_CLASS + " chữ ") * 200)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile)
def test_any_string_in_any_field(s):
    _render_both(s)


def test_a_title_longer_than_word_allows_in_file_properties():
    """python-docx refuses core properties over 255 characters (it raised a ValueError): the
    printed title stays whole, the file property is cut at a word."""
    report, outline = hostile_report("Báo cáo")
    report.title = "Kết quả triển khai thực hiện nhiệm vụ " * 12
    doc = build_document(report, outline, draft=False)
    d = docx.Document(io.BytesIO(render_docx(doc)))
    assert len(d.core_properties.title) <= CORE_PROPERTY_MAX and d.core_properties.title.endswith("…")
    assert any(p.text == doc.title for p in d.paragraphs)
