"""Compiling many units' reports into one province document."""

from __future__ import annotations

from exporters.compile import compile_reports, sum_figures, write_compiled
from models.text import to_roman as roman
from exporters.nodes import Heading, Paragraph, Table
from models.report import Figure, UnitProfile
from tests.bundle_helpers import PROVINCE, two_unit_reports


def test_answers_gathered_under_unit_names_in_code_order():
    outline, reports = two_unit_reports()
    doc = compile_reports(outline, reports, profile=PROVINCE)
    text = doc.body_text()
    assert text.index("UBND xã A:") < text.index("UBND xã B:")
    assert "Xã B làm tốt" in text and text.count("- Kết quả chung") == 1
    assert "Không phát sinh." in text
    headings = [b.full_text for b in doc.blocks if isinstance(b, Heading)]
    assert headings[:2] == ["I. KẾT QUẢ", "1. Chuyển đổi số"]
    assert doc.header.unit_lines and "BC-SKHCN" in doc.header.number_line
    assert doc.title.startswith("Tổng hợp")


def test_footnotes_kept_and_renumbered():
    outline, reports = two_unit_reports()
    doc = compile_reports(outline, reports, profile=PROVINCE)
    assert [f.number for f in doc.footnotes] == [1, 2]
    assert [f.text for f in doc.footnotes] == ["Quyết định số 1827-QĐ/TU", "Kế hoạch 12/KH-UBND"]
    refs = [n for b in doc.blocks if isinstance(b, Paragraph) for n in b.footnote_refs]
    assert refs == [1, 2]


def test_figures_summed_by_label_and_unit():
    outline, reports = two_unit_reports()
    doc = compile_reports(outline, reports, profile=PROVINCE)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    rows = {r[0]: r[1:] for r in tables[0].rows}
    assert rows["Lượt truy cập"] == ["1.000.000 lượt", "2"]  # 957.600 + 42.400
    assert rows["Tỷ lệ hồ sơ"] == ["60/100", "2"]
    assert rows["Ghi chú (UBND xã B)"] == ["nhiều", "1"]


def test_percent_is_averaged_and_units_kept_apart():
    rows, leftover = sum_figures([("A", Figure("Tỷ lệ", "90,5%")), ("B", Figure("Tỷ lệ", "99,5%")),
                                  ("A", Figure("Số máy", "3", "máy")), ("B", Figure("Số máy", "2", "bộ"))])
    assert ["Tỷ lệ", "95,00% (bình quân)", "2"] in rows
    assert ["Số máy", "3 máy", "1"] in rows and ["Số máy", "2 bộ", "1"] in rows and not leftover


def test_appendices_carry_the_unit_name():
    outline, reports = two_unit_reports()
    doc = compile_reports(outline, reports, profile=PROVINCE)
    assert [a.label for a in doc.appendices] == ["Phụ lục I"]
    assert "UBND XÃ A" in doc.appendices[0].title
    assert roman(14) == "XIV" and roman(96) == "XCVI"


def test_compiled_docx_renders(tmp_path):
    import docx

    outline, reports = two_unit_reports()
    path = write_compiled(compile_reports(outline, reports, profile=PROVINCE), tmp_path / "tong-hop.docx")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "UBND xã A:" in text and "Xã B làm tốt" in text


def test_without_a_province_profile_the_requesting_agency_compiles():
    """A province that has not filled its profile still gets a complete header, and the
    compiled report is not addressed to its own office."""
    outline, reports = two_unit_reports()
    outline.request.agency = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    outline.request.place = "Quảng Ngãi"
    doc = compile_reports(outline, reports, profile=UnitProfile())
    assert " ".join(doc.header.unit_lines) == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert doc.header.place_date.startswith("Quảng Ngãi, ngày")
    assert doc.recipients_to == []
    assert "theo đề nghị của Sở Khoa học và Công nghệ" in doc.body_text()


def test_compiled_report_is_addressed_to_the_requester_when_another_office_compiles():
    outline, reports = two_unit_reports()
    outline.request.agency = "Văn phòng UBND tỉnh"
    doc = compile_reports(outline, reports, profile=PROVINCE)
    assert doc.recipients_to == ["Văn phòng UBND tỉnh"]
    assert "- Như trên;" in doc.noi_nhan
