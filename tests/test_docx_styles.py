"""The DOCX carries its formatting in Word styles: body paragraphs are plain "Normal" with no
direct font or size, headings use the built-in Heading 1–3 (so the navigation pane and a table of
contents work), footnotes use Word's own footnote styles, and an officer who changes Normal once
changes the whole body."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn

from exporters.document import build_document
from exporters.docx_writer import render_docx
from exporters.nodes import Heading
from tests.docx_probe import Styles, direct_run_formatting, paragraph_style_id
from tests.export_fixtures import make_outline, make_report, sample_report

FONT_TAGS = {"rFonts", "sz", "szCs"}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    report, outline = sample_report(tmp_path_factory.mktemp("styles"))
    doc = build_document(report, outline, draft=False)
    data = render_docx(doc)
    return doc, data


def _body_paragraphs(d):
    """Paragraphs of the body outside tables (header table, data tables, closing table)."""
    return [p for p in d.paragraphs if p.text.strip()]


def test_no_body_paragraph_has_direct_font_or_size(rendered):
    d = docx.Document(io.BytesIO(rendered[1]))
    checked = 0
    for p in _body_paragraphs(d):
        if paragraph_style_id(p) in (None, "Heading1", "Heading2", "Heading3"):
            for run in p.runs:
                assert not direct_run_formatting(run) & FONT_TAGS, (p.text[:60], direct_run_formatting(run))
            checked += 1
    assert checked > 150


def test_headings_use_the_built_in_heading_styles(rendered):
    doc, d = rendered[0], docx.Document(io.BytesIO(rendered[1]))
    st = Styles(d)
    for level in (1, 2, 3):
        style = st.by_id[f"Heading{level}"]
        assert st.name(f"Heading{level}") == f"heading {level}"  # Word's built-in name
        assert style.get(qn("w:customStyle")) is None
        assert style.find(qn("w:pPr")).find(qn("w:keepNext")) is not None
        assert style.find(qn("w:pPr")).find(qn("w:outlineLvl")).get(qn("w:val")) == str(level - 1)
    by_text = {p.text: paragraph_style_id(p) for p in d.paragraphs}
    headings = [b for b in doc.blocks if isinstance(b, Heading)]
    assert {b.level for b in headings} == {1, 2, 3}
    for b in headings:
        assert by_text[b.full_text] == f"Heading{b.level}", b.full_text
    part = next(p for p in d.paragraphs if p.text.startswith("I. KẾT QUẢ"))
    assert st.bold(part.runs[0], part) and st.size_pt(part.runs[0], part) == 14
    assert st.font(part.runs[0], part) == "Times New Roman"  # not the template's theme font


def test_footnote_styles_are_words_own(rendered):
    d = docx.Document(io.BytesIO(rendered[1]))
    st = Styles(d)
    for style_id, name in (("FootnoteText", "footnote text"), ("FootnoteReference", "footnote reference")):
        assert st.name(style_id) == name and st.by_id[style_id].get(qn("w:customStyle")) is None
    names = [st.name(sid) for sid in st.by_id]
    assert "Footnote Text" not in names and "Footnote Reference" not in names  # no custom copies


def test_changing_normal_changes_the_whole_body(rendered):
    """What an officer does in Word: Normal set to 13 pt; every body run and heading follows."""
    d = docx.Document(io.BytesIO(rendered[1]))
    normal = d.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='Normal']")
    for tag in ("w:sz", "w:szCs"):
        normal.find(qn("w:rPr")).find(qn(tag)).set(qn("w:val"), "26")
    st = Styles(d)  # headings take their size from Normal too
    sizes = {st.size_pt(r, p) for p in _body_paragraphs(d)
             if paragraph_style_id(p) in (None, "Heading1", "Heading2", "Heading3") for r in p.runs if r.text}
    assert sizes == {13.0}


def test_named_styles_for_header_kinh_gui_noi_nhan_and_signature():
    doc = build_document(make_report(), make_outline(), draft=False)
    doc.recipients_to = ["Sở Khoa học và Công nghệ", "Sở Nội vụ"]
    d = docx.Document(io.BytesIO(render_docx(doc)))
    st = Styles(d)
    used = {st.name(paragraph_style_id(p)) for p in d.paragraphs}
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                used |= {st.name(paragraph_style_id(p)) for p in cell.paragraphs}
    assert {"Quốc hiệu", "Tiêu ngữ", "Cơ quan ban hành", "Số, ký hiệu", "Địa danh, ngày tháng",
            "Tên loại, trích yếu", "Kính gửi", "Kính gửi - danh sách", "Nơi nhận - tiêu đề", "Nơi nhận",
            "Chữ ký - chức vụ, họ tên", "Bảng - chữ", "Bảng - tiêu đề cột"} <= used
    kinh_gui = next(p for p in d.paragraphs if p.text == "Kính gửi:")
    assert st.ind(kinh_gui, "firstLine") == 1984 and st.jc(kinh_gui) == "left"  # Mẫu 1.5: 3.5 cm
    listed = next(p for p in d.paragraphs if p.text == "- Sở Nội vụ.")
    assert st.ind(listed, "left") == 2551  # 4.5 cm


def test_sub_headings_typed_in_answers_use_heading_styles():
    """"1. Đối với …" lines in an answer print as the section headings of part I do (issue: part
    V's printed regular while part I's were bold)."""
    report, outline = make_report(), make_outline()
    report.answers["III.1"].text = "1. Đối với UBND tỉnh\n- Hỗ trợ máy tính.\n2. Đối với Sở\n- Tập huấn."
    d = docx.Document(io.BytesIO(render_docx(build_document(report, outline, draft=False))))
    styles = {p.text: paragraph_style_id(p) for p in d.paragraphs}
    assert styles["1. Đối với UBND tỉnh"] == styles["2. Đối với Sở"] == "Heading2"
    assert styles["1. Xã hội số"] == "Heading2"  # the outline's own section heading
