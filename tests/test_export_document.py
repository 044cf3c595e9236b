"""The document tree: header, dates, numbering, content rules, footnotes, closing block."""

from datetime import date

from exporters.document import build_document, number_line, signature_for
from exporters.document_body import MISSING_TEXT, NOT_APPLICABLE_TEXT
from exporters.nodes import Bullet, Heading, Paragraph, Table
from exporters.vn_dates import place_date_line, short_date
from models.report import UnitProfile
from tests.export_fixtures import make_outline, make_report


def test_place_date_leading_zeros():
    assert place_date_line("Ba Tơ", date(2025, 2, 5)) == "Ba Tơ, ngày 05 tháng 02 năm 2025"
    assert place_date_line("Ba Tơ", date(2025, 1, 10)) == "Ba Tơ, ngày 10 tháng 01 năm 2025"
    assert place_date_line("Ba Tơ", date(2025, 6, 29)) == "Ba Tơ, ngày 29 tháng 6 năm 2025"
    assert place_date_line("Ba Tơ", date(2025, 12, 3)) == "Ba Tơ, ngày 03 tháng 12 năm 2025"
    assert short_date(date(2025, 9, 16)) == "16/9/2025"
    assert short_date(date(2025, 2, 1)) == "01/02/2025"


def test_number_line_blank_or_padded():
    assert number_line("", "BC-UBND").startswith("Số:")
    assert number_line("", "BC-UBND").endswith("/BC-UBND")
    assert "\u00a0" * 5 in number_line("", "BC-UBND")  # room to write the number by hand
    assert number_line("5", "BC-UBND") == "Số: 05/BC-UBND"
    assert number_line("125", "BC-UBND") == "Số: 125/BC-UBND"
    assert number_line("17/BC-UBND", "BC-UBND") == "Số: 17/BC-UBND"


def test_header_title_and_opening():
    doc = build_document(make_report(), make_outline(), draft=True, fill_number_date=True)
    assert doc.header.unit_lines == ["ỦY BAN NHÂN DÂN", "XÃ BA TƠ"]
    assert doc.header.place_date == "Ba Tơ, ngày 05 tháng 02 năm 2025"
    assert doc.doc_type == "BÁO CÁO"
    assert doc.title.startswith("Kết quả triển khai")  # no "Báo cáo", no "V/v"
    assert doc.recipients_to == ["Sở Khoa học và Công nghệ"]
    opening = doc.blocks[0].text
    assert opening.startswith("Thực hiện Công văn số …/SKHCN-KH&ĐMST ngày 16/9/2025 của Sở Khoa học")
    assert opening.endswith("UBND xã Ba Tơ báo cáo như sau:")
    assert doc.blocks[-1].text.endswith("./.")


def test_report_date_defaults_to_today():
    report = make_report()
    report.report_date = None
    doc = build_document(report, make_outline(), draft=True, today=date(2025, 9, 4), fill_number_date=True)
    assert doc.header.place_date == "Ba Tơ, ngày 04 tháng 9 năm 2025"


def test_number_and_date_left_for_the_van_thu_by_default():
    report = make_report()
    report.number = "5"
    blank = build_document(report, make_outline(), draft=False)
    assert blank.header.number_line == "Số:" + "\u00a0" * 10 + "/BC-UBND"
    assert blank.header.place_date == "Ba Tơ, ngày\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0năm 2025"
    assert "ngày\u00a0" in blank.appendices[0].caption and "05" not in blank.appendices[0].caption
    filled = build_document(report, make_outline(), draft=False, fill_number_date=True)
    assert filled.header.number_line == "Số: 05/BC-UBND"
    assert filled.header.place_date == "Ba Tơ, ngày 05 tháng 02 năm 2025"
    assert filled.appendices[0].caption.startswith("(Kèm theo Báo cáo số 05/BC-UBND ngày 05 tháng 02 năm 2025")


def test_headings_and_item_rules_in_draft():
    doc = build_document(make_report(), make_outline(), draft=True)
    heads = [b.full_text for b in doc.blocks if isinstance(b, Heading)]
    assert heads[0] == "I. KẾT QUẢ CÔNG TÁC VỀ KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO"
    assert "1. Công tác lãnh đạo, chỉ đạo, điều hành" in heads
    text = doc.body_text()
    assert "Nội dung của sở, ngành" not in text  # department-only item omitted for a commune
    assert "Báo cáo kết quả các hệ thống chuyên ngành" not in text
    assert NOT_APPLICABLE_TEXT in text
    assert MISSING_TEXT in text  # I.1.2 is empty: visible in a draft
    bullets = [b for b in doc.blocks if isinstance(b, Bullet)]
    assert bullets[0].text.startswith("Tổ chức 05 hội nghị")
    assert not any(isinstance(b, Table) for b in doc.blocks)  # figures are never a table under the answer


def test_final_prints_nothing_for_empty_items():
    doc = build_document(make_report(), make_outline(), draft=False)
    text = doc.body_text()
    assert MISSING_TEXT not in text
    assert "Phát động phong trào thi đua" not in text  # the empty item's title is left out too
    assert NOT_APPLICABLE_TEXT in text
    assert not doc.draft


def test_footnotes_renumbered_in_reading_order():
    doc = build_document(make_report(), make_outline(), draft=True)
    refs = [n for b in doc.blocks if isinstance(b, Paragraph) for n in b.footnote_refs]
    assert refs == [1, 2, 3]
    assert [f.number for f in doc.footnotes] == [1, 2, 3]
    assert doc.footnote(3).text.startswith("Theo Quyết định số 327/QĐ-UBND")
    assert "[^" not in doc.body_text()


def test_noi_nhan_and_signature():
    doc = build_document(make_report(), make_outline(), draft=True)
    assert doc.noi_nhan[0] == "- Như trên;"
    assert doc.noi_nhan[-1] == "- Lưu: VT, VP."
    assert all(line.startswith("- ") and line.endswith(";") for line in doc.noi_nhan[:-1])
    assert "- Sở Khoa học và Công nghệ;" not in doc.noi_nhan  # covered by "Như trên"
    assert doc.signature.authority_lines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    assert doc.signature.title == "PHÓ CHỦ TỊCH"
    assert doc.signature.name == "Nguyễn Văn Hùng"


def test_signature_variants():
    chair = signature_for(UnitProfile(name="UBND xã A", signer_authority="TM.", signer_title="Chủ tịch"))
    assert (chair.authority_lines, chair.title) == (["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH")
    dept = signature_for(UnitProfile(name="Sở Nội vụ", signer_authority="KT.", authority_body="",
                                     signer_title="Phó Giám đốc"))
    assert (dept.authority_lines, dept.title) == (["KT. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC")


def test_no_request_letter_no_kinh_gui():
    report, outline = make_report(), make_outline()
    outline.request.agency = outline.request.letter_number = None
    doc = build_document(report, outline, draft=True)
    assert doc.recipients_to == []
    assert doc.noi_nhan[0] != "- Như trên;"
    assert doc.blocks[0].text == "UBND xã Ba Tơ báo cáo như sau:"


def test_appendix():
    doc = build_document(make_report(), make_outline(), draft=True)
    app, figures = doc.appendices
    assert figures.label == "Phụ lục II" and figures.title == "BIỂU SỐ LIỆU"
    assert app.label == "Phụ lục I"
    assert app.title == "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ"
    assert app.caption.startswith("(Kèm theo Báo cáo số") and "UBND xã Ba Tơ" in app.caption
    assert app.table.columns == ["TT", "Chỉ tiêu", "Kết quả", "Ghi chú"]
    assert len(app.table.rows) == 40
