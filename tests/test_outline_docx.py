"""Word input: typed numbers, automatic numbering that lives only in numbering.xml, and bad files."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml import parse_xml

from models.errors import UserError
from models.outline_import import import_outline_file
from models.outline_import.docx_reader import docx_text

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

NUMBERING = f"""
<w:numbering {W_NS}>
  <w:abstractNum w:abstractNumId="90">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="91">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="7"><w:abstractNumId w:val="90"/></w:num>
  <w:num w:numId="8"><w:abstractNumId w:val="91"/></w:num>
</w:numbering>
"""


def _numbered(document, text: str, num_id: int, ilvl: int) -> None:
    p = document.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _install_numbering(document) -> None:
    part = document.part.numbering_part
    new = parse_xml(NUMBERING)
    for child in list(part.element):
        part.element.remove(child)
    for child in list(new):
        part.element.append(child)


@pytest.fixture
def auto_numbered_docx(tmp_path):
    d = docx.Document()
    _install_numbering(d)
    d.add_paragraph("ĐỀ CƯƠNG")
    d.add_paragraph("Báo cáo chuyển đổi số quý III năm 2025")
    _numbered(d, "Kết quả thực hiện", 7, 0)
    _numbered(d, "Công tác chỉ đạo, điều hành", 7, 1)
    _numbered(d, "Ban hành kế hoạch chuyển đổi số;", 8, 0)
    _numbered(d, "Số điểm phục vụ bưu chính (đối với cấp xã)", 8, 0)
    _numbered(d, "Chi tiết theo từng thôn", 8, 1)
    _numbered(d, "Chính quyền số", 7, 1)
    _numbered(d, "Hệ thống quản lý văn bản", 7, 2)
    _numbered(d, "Dịch vụ công trực tuyến", 7, 2)
    _numbered(d, "Hồ sơ trực tuyến toàn trình", 7, 3)
    _numbered(d, "Hồ sơ trực tuyến một phần", 7, 3)
    _numbered(d, "Đề xuất, kiến nghị", 7, 0)
    _numbered(d, "Kiến nghị với tỉnh", 7, 1)
    d.add_paragraph("…………………………")
    path = tmp_path / "auto.docx"
    d.save(path)
    return path


def test_numbers_live_only_in_numbering_xml(auto_numbered_docx):
    with zipfile.ZipFile(auto_numbered_docx) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
    assert "Kết quả thực hiện" in body and "I. Kết" not in body and "2.1" not in body
    text = docx_text(auto_numbered_docx.read_bytes())
    assert "I. Kết quả thực hiện" in text
    assert "2.1. Hệ thống quản lý văn bản" in text
    assert "2.2. Dịch vụ công trực tuyến" in text
    assert "b) Hồ sơ trực tuyến một phần" in text
    assert "II. Đề xuất, kiến nghị" in text
    assert "1. Kiến nghị với tỉnh" in text  # decimal level restarts under the new part


def test_auto_numbered_docx_tree(auto_numbered_docx):
    outline = import_outline_file(auto_numbered_docx)
    assert outline.title == "Báo cáo chuyển đổi số quý III năm 2025"
    assert [(n.key, n.kind, n.number) for n in outline.walk()] == [
        ("I", "part", "I"),
        ("I.1", "section", "1"),
        ("I.1.1", "item", "-"),
        ("I.1.2", "item", "-"),
        ("I.2", "section", "2"),
        ("I.2.1", "subsection", "2.1"),
        ("I.2.2", "subsection", "2.2"),
        ("I.2.2.1", "subsection", "a"),
        ("I.2.2.2", "subsection", "b"),
        ("II", "part", "II"),
        ("II.1", "section", "1"),
        ("II.1.1", "placeholder", ""),
    ]
    assert outline.find("I.1.1").title == "Ban hành kế hoạch chuyển đổi số"
    assert outline.find("I.1.2").applies_to == "commune"
    assert outline.find("I.1.2").title == "Số điểm phục vụ bưu chính"
    assert outline.find("I.1.2").guidance == "+ Chi tiết theo từng thôn"  # a "+" line is part of its item
    assert outline.request.period == "quý III năm 2025"


def test_start_override_and_style_numbering(tmp_path):
    d = docx.Document()
    _install_numbering(d)
    part = d.part.numbering_part.element
    part.append(parse_xml(f'<w:num {W_NS} w:numId="9"><w:abstractNumId w:val="90"/>'
                          f'<w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'))
    _numbered(d, "Tiếp tục từ mục 3", 9, 1)
    _numbered(d, "Mục kế tiếp", 9, 1)
    text = docx_text(_save(d, tmp_path / "o.docx").read_bytes())
    assert text.splitlines() == ["3. Tiếp tục từ mục 3", "4. Mục kế tiếp"]


def _save(document, path):
    document.save(path)
    return path


def test_typed_numbers_and_header_table(tmp_path):
    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "UBND TỈNH QUẢNG NGÃI"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    table.cell(1, 0).text = "Số: 1007/SNV-VP\nV/v báo cáo công tác chuyển đổi số"
    table.cell(1, 1).text = "Quảng Ngãi, ngày 16/9/2025"
    d.add_paragraph("Kính gửi:")
    d.add_paragraph("- UBND các xã, phường;")
    d.add_paragraph("- Các Sở, ban, ngành.")
    d.add_paragraph("Đề nghị gửi báo cáo trước ngày 20/12/2025 để tổng hợp.")
    d.add_paragraph("ĐỀ CƯƠNG")
    d.add_paragraph("Báo cáo công tác chuyển đổi số năm 2025")
    d.add_paragraph("I.\tKết quả thực hiện")
    d.add_paragraph("1)\tThể chế số:")
    d.add_paragraph("–\tBan hành kế hoạch năm 2025;")
    d.add_paragraph("–\tKết quả khác (nếu có).")
    d.add_paragraph("II. Kiến nghị")
    d.add_paragraph("......")
    outline = import_outline_file(_save(d, tmp_path / "typed.docx"))
    assert [n.key for n in outline.leaves()] == ["I.1.1", "I.1.2", "II.1"]
    assert outline.find("I.1").title == "Thể chế số"
    assert outline.find("I.1.1").title == "Ban hành kế hoạch năm 2025"
    assert outline.find("I.1.2").guidance == "nếu có"
    req = outline.request
    assert req.agency == "UBND TỈNH QUẢNG NGÃI"
    assert req.letter_number == "1007/SNV-VP"
    assert req.letter_date == "2025-09-16" and req.place == "Quảng Ngãi"
    assert req.subject == "báo cáo công tác chuyển đổi số"
    assert req.period == "năm 2025"
    assert req.deadline == "2025-12-19T23:59"  # "trước ngày 20/12" = strictly before the 20th


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04broken"])
def test_corrupt_docx(tmp_path, content):
    path = tmp_path / "hong.docx"
    path.write_bytes(content)
    with pytest.raises(UserError) as err:
        import_outline_file(path)
    assert "Word" in err.value.vi and "damaged" in err.value.en


def test_docx_without_document_part_or_with_broken_xml(tmp_path):
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "x")
    with pytest.raises(UserError):
        import_outline_file(path)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(UserError):
        import_outline_file(path)


def test_docx_without_outline(tmp_path):
    d = docx.Document()
    d.add_paragraph("Chỉ là một đoạn văn, không có mục nào.")
    with pytest.raises(UserError) as err:
        import_outline_file(_save(d, tmp_path / "plain.docx"))
    assert "đề cương" in err.value.vi


def test_old_doc_format(tmp_path):
    path = tmp_path / "cu.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(UserError) as err:
        import_outline_file(path)
    assert ".docx" in err.value.vi


def test_dangling_numbering_references_do_not_crash(tmp_path):
    d = docx.Document()
    _install_numbering(d)
    part = d.part.numbering_part.element
    part.append(parse_xml(f'<w:num {W_NS} w:numId="12"><w:abstractNumId w:val="404"/></w:num>'))
    part.append(parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="93"><w:lvl w:ilvl="0">'
                          f'<w:start w:val="999999999"/><w:numFmt w:val="lowerLetter"/>'
                          f'<w:lvlText w:val="%1.%9)"/></w:lvl></w:abstractNum>'))
    part.append(parse_xml(f'<w:num {W_NS} w:numId="13"><w:abstractNumId w:val="93"/></w:num>'))
    _numbered(d, "Không có định nghĩa", 12, 0)
    _numbered(d, "Bắt đầu rất lớn", 13, 0)
    _numbered(d, "Mức không tồn tại", 7, 7)
    lines = docx_text(_save(d, tmp_path / "odd.docx").read_bytes()).splitlines()
    assert lines[0] == "Không có định nghĩa"
    assert len(lines[1]) < 1000 and lines[1].endswith("Bắt đầu rất lớn")
    assert lines[2] == "Mức không tồn tại"


def test_list_style_numbering_is_followed(tmp_path):
    """An abstractNum with w:numStyleLink borrows the levels of the list style it names (Word's
    "list style" lists); a heading style linked to a level (w:pStyle in w:lvl) takes that level."""
    from tests import outline_hostile as hostile

    ns = hostile.W_NS
    numbering = (
        f'<w:numbering xmlns:w="{ns}">'
        '<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="OutlineList"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>'
        '<w:pStyle w:val="Heading1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
        '</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="OutlineList"/></w:abstractNum>'
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num></w:numbering>')
    styles = (
        f'<w:styles xmlns:w="{ns}">'
        '<w:style w:type="numbering" w:styleId="OutlineList"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr>'
        '</w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr>'
        '</w:pPr></w:style></w:styles>')
    body = (hostile.paragraph("Kết quả", style="Heading1") + hostile.paragraph("Thể chế số", num=(4, 1))
            + hostile.paragraph("Chính quyền số", num=(4, 1)) + hostile.paragraph("Kiến nghị", style="Heading1"))
    text = docx_text(hostile.docx(body, styles, numbering))
    assert text.splitlines() == ["I. Kết quả", "1. Thể chế số", "2. Chính quyền số", "II. Kiến nghị"]
