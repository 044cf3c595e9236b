"""The DOCX read back (python-docx and the raw XML): Decree 30 page setup, fonts, header table,
footnotes, tables, closing block, page numbers, draft mark."""

import os
import re
import zipfile

import docx
import pytest
from docx.shared import Mm

from exporters.document import build_document
from exporters.docx_writer import write_docx
from tests.docx_probe import Styles, paragraph_style_id
from tests.export_fixtures import VN_PARAGRAPH, make_outline, make_report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def draft_docx(tmp_path):
    path = tmp_path / "draft.docx"
    write_docx(build_document(make_report(), make_outline(), draft=True), path)
    return path


@pytest.fixture
def final_docx(tmp_path):
    path = tmp_path / "final.docx"
    write_docx(build_document(make_report(with_empty=False), make_outline(), draft=False,
                              fill_number_date=True), path)
    return path


def _xml(path, name):
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8")


def _mm(length) -> float:
    return length / Mm(1)


def test_page_size_and_margins(final_docx):
    for section in docx.Document(final_docx).sections:
        assert round(_mm(section.page_width)) == 210 and round(_mm(section.page_height)) == 297
        assert 20 <= round(_mm(section.top_margin), 1) <= 25
        assert 20 <= round(_mm(section.bottom_margin), 1) <= 25
        assert 30 <= round(_mm(section.left_margin), 1) <= 35
        assert 15 <= round(_mm(section.right_margin), 1) <= 20


def test_fonts_and_body_paragraphs(final_docx):
    d = docx.Document(final_docx)
    st = Styles(d)
    fonts = d.styles["Normal"].element.rPr.rFonts
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert fonts.get(f"{W}{attr}") == "Times New Roman"
    body = next(p for p in d.paragraphs if p.text.startswith(VN_PARAGRAPH[:40]))
    assert paragraph_style_id(body) is None  # Normal
    assert st.jc(body) == "both"  # justified
    assert round(st.ind(body, "firstLine") / 56.7) == 10
    assert int(st.para_prop(body, "spacing").get(f"{W}before")) >= 120  # ≥ 6 pt
    for run in body.runs:
        if run.text:
            assert st.font(run, body) == "Times New Roman" and 13 <= st.size_pt(run, body) <= 14


def test_header_table(final_docx):
    d = docx.Document(final_docx)
    header = d.tables[0]
    assert len(header.columns) == 2
    left = "\n".join(p.text for p in header.column_cells(0)[0].paragraphs)
    right = "\n".join(p.text for p in header.column_cells(1)[0].paragraphs)
    assert "ỦY BAN NHÂN DÂN" in left and "XÃ BA TƠ" in left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right
    assert header.cell(1, 0).text.startswith("Số:") and header.cell(1, 0).text.endswith("/BC-UBND")
    date_p = header.cell(1, 1).paragraphs[0]
    assert date_p.text == "Ba Tơ, ngày 05 tháng 02 năm 2025"
    st = Styles(d)
    assert st.name(paragraph_style_id(date_p)) == "Địa danh, ngày tháng"
    assert all(st.italic(r, date_p) for r in date_p.runs)
    tbl = header._tbl
    assert tbl.tblPr.find(f"{W}tblLayout").get(f"{W}type") == "fixed"
    borders = tbl.tblPr.find(f"{W}tblBorders")
    assert all(b.get(f"{W}val") in ("nil", "none") for b in borders)
    grid = [int(c.get(f"{W}w")) for c in tbl.tblGrid.findall(f"{W}gridCol")]
    assert len(grid) == 2 and 3300 <= grid[0] <= 4000 and 5300 <= grid[1] <= 6300
    right_ps = header.cell(0, 1).paragraphs
    quoc_hieu = next((r, p) for p in right_ps for r in p.runs if "CỘNG HÒA" in r.text)
    assert st.bold(*quoc_hieu) and 12 <= st.size_pt(*quoc_hieu) <= 13
    motto = next((r, p) for p in right_ps for r in p.runs if "Độc lập" in r.text)
    assert st.bold(*motto) and 13 <= st.size_pt(*motto) <= 14


def test_title_block(final_docx):
    texts = [p.text for p in docx.Document(final_docx).paragraphs]
    i = texts.index("BÁO CÁO")
    assert texts[i + 1].startswith("Kết quả triển khai thực hiện")
    assert "Kính gửi: Sở Khoa học và Công nghệ." in texts


def test_word_footnotes(final_docx):
    doc_xml = _xml(final_docx, "word/document.xml")
    notes_xml = _xml(final_docx, "word/footnotes.xml")
    refs = re.findall(r'<w:footnoteReference w:id="(-?\d+)"/>', doc_xml)
    assert refs == ["1", "2", "3"]
    ids = re.findall(r'<w:footnote (?:w:type="(\w+)" )?w:id="(-?\d+)"', notes_xml)
    assert ids[:2] == [("separator", "-1"), ("continuationSeparator", "0")]
    assert [i for t, i in ids[2:]] == refs
    assert "Theo Quyết định số 327/QĐ-UBND ngày 26/5/2025." in notes_xml
    rels = _xml(final_docx, "word/_rels/document.xml.rels")
    assert "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" in rels
    types = _xml(final_docx, "[Content_Types].xml")
    assert "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml" in types
    assert re.search(r'<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference', doc_xml)
    styles = Styles(docx.Document(final_docx))
    assert styles.name("FootnoteText") == "footnote text" and styles.name("FootnoteReference") == "footnote reference"
    text_style = styles.by_id["FootnoteText"]
    assert text_style.find(f"{W}rPr/{W}sz").get(f"{W}val") == "22"  # 11 pt footnote text
    assert styles.by_id["FootnoteReference"].find(f"{W}rPr/{W}vertAlign").get(f"{W}val") == "superscript"
    assert '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' in \
        _xml(final_docx, "word/settings.xml")


def test_appendix_tables(final_docx):
    d = docx.Document(final_docx)
    st = Styles(d)
    appendix = next(t for t in d.tables if t.cell(0, 0).text == "TT")
    assert len(appendix.rows) == 41
    assert appendix._tbl.tblPr.find(f"{W}tblBorders").find(f"{W}top").get(f"{W}val") == "single"
    head = appendix.rows[0].cells[1].paragraphs[0]
    assert all(st.bold(r, head) for r in head.runs)
    assert appendix.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    value = appendix.rows[1].cells[2].paragraphs[0]  # "91,01%": a figure column, right-aligned
    assert value.text == "91,01%" and st.jc(value) == "right"
    texts = [p.text for p in d.paragraphs]
    assert "Phụ lục I" in texts and "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ" in texts
    assert "Phụ lục II" in texts and "BIỂU SỐ LIỆU" in texts  # figures not written in their answer
    assert len(d.sections) == 3  # each appendix is its own section, numbered from 1
    for section in d.sections[1:]:
        assert [el.get(f"{W}start") for el in section._sectPr.findall(f"{W}pgNumType")] == ["1"]


def test_closing_block(final_docx):
    d = docx.Document(final_docx)
    closing = next(t for t in d.tables if t.cell(0, 0).paragraphs[0].text == "Nơi nhận:")
    st = Styles(d)
    left = closing.cell(0, 0).paragraphs
    label = left[0].runs[0]
    assert st.bold(label, left[0]) and st.italic(label, left[0]) and st.size_pt(label, left[0]) == 12
    lines = [p.text for p in left[1:]]
    assert lines[0] == "- Như trên;" and lines[-1] == "- Lưu: VT, VP."
    assert all(st.size_pt(r, p) == 11 for p in left[1:] for r in p.runs)
    right = [p.text for p in closing.cell(0, 1).paragraphs if p.text.strip()]
    assert right == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hùng"]
    assert all(st.bold(r, p) for p in closing.cell(0, 1).paragraphs for r in p.runs if r.text.strip())
    assert closing.rows[0]._tr.trPr.find(f"{W}cantSplit") is not None
    assert all(b.get(f"{W}val") == "nil" for b in closing._tbl.tblPr.find(f"{W}tblBorders"))
    body = [p.text for p in d.paragraphs]
    assert any(t.endswith("./.") for t in body)


def test_page_numbers_from_page_two(final_docx):
    section = docx.Document(final_docx).sections[0]
    assert section.different_first_page_header_footer
    default = section.header._element.xml
    assert "PAGE" in default and 'w:fldCharType="begin"' in default
    assert "PAGE" not in section.first_page_header._element.xml
    assert Styles(docx.Document(final_docx)).jc(section.header.paragraphs[0]) == "center"
    assert "DỰ THẢO" not in default


def test_draft_mark_only_on_drafts(draft_docx, final_docx):
    section = docx.Document(draft_docx).sections[0]
    assert "DỰ THẢO" in section.first_page_header.paragraphs[0].text
    assert "DỰ THẢO" in section.header.paragraphs[0].text
    assert "[Chưa có nội dung]" in [p.text for p in docx.Document(draft_docx).paragraphs]
    final = docx.Document(final_docx)
    for s in final.sections:
        assert "DỰ THẢO" not in s.header._element.xml + s.first_page_header._element.xml
    assert all("DỰ THẢO" not in p.text for p in final.paragraphs)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder_gives_a_clear_message(tmp_path):
    from models.errors import UserError

    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(UserError) as err:
            write_docx(build_document(make_report(), make_outline(), draft=True), locked / "a.docx")
        assert "Không ghi được" in str(err.value)
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_file_locked_by_word_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    from models.errors import UserError

    target = tmp_path / "baocao.docx"
    target.write_bytes(b"old copy")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError) as err:
        write_docx(build_document(make_report(), make_outline(), draft=True), target)
    assert "đang mở trong chương trình khác" in str(err.value)
    assert target.read_bytes() == b"old copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baocao.docx"]
