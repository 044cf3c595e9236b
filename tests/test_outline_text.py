"""Pasted-text outlines: line joining, numbering variants, applies_to/guidance, hand-made shapes."""

from __future__ import annotations

import unicodedata

from models.outline_import import import_outline_text

QUARTERLY = """UBND TỈNH QUẢNG NGÃI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 215/SKHCN-CĐS
V/v báo cáo tình hình thực hiện công tác chuyển đổi
số quý I năm 2024
Quảng Ngãi, ngày 05 tháng 3 năm 2024
Kính gửi: UBND các xã, phường.
Đề nghị các đơn vị gửi báo cáo về Sở trước 16 giờ ngày 15/3/2024 theo đề cương dưới đây.

ĐỀ CƯƠNG BÁO CÁO
Kết quả tình hình thực hiện công tác chuyển đổi số quý I năm 2024

I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN

1. Công tác chỉ đạo, điều hành

- Triển khai thực hiện các nhiệm vụ chuyển đổi số của đơn vị năm

2024.

- Tổ chức quán triệt, truyền thông về chuyển đổi số và Đề án

06 trong năm 2024 đến các phòng, đơn vị.

2. Kết quả thực hiện

2.1. Hạ tầng số
- Số lượng máy tính được trang bị, tỷ lệ kết nối mạng
chuyên dùng.
2.2 Dữ liệu số
- Số hồ sơ thủ tục hành chính được số hóa; trong đó có
1.5 triệu trang tài liệu (ước tính).
3. Tình hình giải quyết thủ tục hành chính
- Tổng số hồ sơ tiếp nhận: trực tuyến, trực tiếp, qua bưu
chính công ích.
- Hạ tầng, điều kiện thực tiễn về khoa học
- công nghệ của đơn vị
- Số hồ sơ giải quyết đúng hạn, trễ hạn (đối với xã, phường)
II. ĐỊNH HƯỚNG TRIỂN KHAI CÔNG TÁC TRỌNG TÂM TRONG
QUÝ II NĂM 2024
......................................................
"""

POINTS = """ĐỀ CƯƠNG BÁO CÁO
Tổng kết công tác khoa học và công nghệ năm 2025
(Kèm theo Kế hoạch số 88/KH-SKHCN
ngày 02/12/2025)

Phần I
ĐÁNH GIÁ KẾT QUẢ
1. Công tác quản lý nhà nước
a) Việc ban hành văn bản:
+ Số văn bản ban hành;
+ Số văn bản sửa đổi, bổ sung.
b) Thanh tra, kiểm tra (Nêu số cuộc, số vi phạm, số tiền xử phạt)
2. Hoạt động nghiên cứu
a) Nhiệm vụ cấp tỉnh
* Số nhiệm vụ chuyển tiếp
* Số nhiệm vụ mở mới (đối với cấp sở, ngành)
b) Nhiệm vụ cấp cơ sở (Đối với cấp xã)
Phần II
KIẾN NGHỊ
1) Đối với Trung ương
2) Đối với UBND tỉnh
"""

WORD_PASTE = ("Báo cáo tháng 10 năm 2025\r\nI.\tKết quả\r\n1\tCông tác chỉ đạo\r\n\t•\tBan hành văn bản"
              " chỉ đạo;\r\n\t•\tKiểm tra, đôn đốc.\r\n2\tKết quả cụ thể\r\n\t•\tSố liệu\u00a0\u00a0thống"
              " kê\r\nII.\tKhó khăn\r\n\t…\r\n")


def _shape(outline):
    return [(n.key, n.kind, n.number) for n in outline.walk()]


def test_hard_wrapped_lines_are_joined():
    o = import_outline_text(QUARTERLY)
    assert o.find("I.1.1").title == "Triển khai thực hiện các nhiệm vụ chuyển đổi số của đơn vị năm 2024"
    assert o.find("I.1.2").title == ("Tổ chức quán triệt, truyền thông về chuyển đổi số và Đề án 06 trong "
                                     "năm 2024 đến các phòng, đơn vị")
    assert o.find("I.2.1.1").title == "Số lượng máy tính được trang bị, tỷ lệ kết nối mạng chuyên dùng"
    # "1.5 triệu" inside section 2 is text, not subsection 1.5
    assert o.find("I.2.2.1").title == "Số hồ sơ thủ tục hành chính được số hóa; trong đó có 1.5 triệu trang tài liệu"
    assert o.find("I.2.2.1").guidance == "ước tính"
    # a dash followed by a lower-case word after an unfinished line is a wrapped "khoa học - công nghệ"
    assert o.find("I.3.2").title == "Hạ tầng, điều kiện thực tiễn về khoa học - công nghệ của đơn vị"
    assert o.find("II").title == "ĐỊNH HƯỚNG TRIỂN KHAI CÔNG TÁC TRỌNG TÂM TRONG QUÝ II NĂM 2024"


def test_quarterly_shape_and_meta():
    o = import_outline_text(QUARTERLY)
    assert _shape(o) == [
        ("I", "part", "I"), ("I.1", "section", "1"), ("I.1.1", "item", "-"), ("I.1.2", "item", "-"),
        ("I.2", "section", "2"), ("I.2.1", "subsection", "2.1"), ("I.2.1.1", "item", "-"),
        ("I.2.2", "subsection", "2.2"), ("I.2.2.1", "item", "-"),
        ("I.3", "section", "3"), ("I.3.1", "item", "-"), ("I.3.2", "item", "-"), ("I.3.3", "item", "-"),
        ("II", "part", "II"), ("II.1", "placeholder", ""),
    ]
    assert o.find("I.3.3").applies_to == "commune"
    assert o.title == "Kết quả tình hình thực hiện công tác chuyển đổi số quý I năm 2024"
    r = o.request
    assert (r.letter_number, r.letter_date, r.place) == ("215/SKHCN-CĐS", "2024-03-05", "Quảng Ngãi")
    # two-line letterhead: the sending department, under its parent body
    assert r.agency == "SỞ KHOA HỌC VÀ CÔNG NGHỆ" and r.parent_agency == "UBND TỈNH QUẢNG NGÃI"
    assert r.subject == "báo cáo tình hình thực hiện công tác chuyển đổi số quý I năm 2024"
    assert r.period == "quý I năm 2024"
    assert r.deadline == "2024-03-15T16:00"
    # "Kính gửi: UBND các xã, phường." is not an outline item
    assert all("Kính gửi" not in n.title for n in o.walk())


def test_points_plus_and_star_bullets():
    o = import_outline_text(POINTS)
    assert o.title == "Tổng kết công tác khoa học và công nghệ năm 2025"
    assert _shape(o) == [
        ("I", "part", "Phần I"), ("I.1", "section", "1"),
        ("I.1.1", "subsection", "a"), ("I.1.1.1", "item", "+"), ("I.1.1.2", "item", "+"),
        ("I.1.2", "subsection", "b"),
        ("I.2", "section", "2"),
        ("I.2.1", "subsection", "a"), ("I.2.1.1", "item", "*"), ("I.2.1.2", "item", "*"),
        ("I.2.2", "subsection", "b"),
        ("II", "part", "Phần II"), ("II.1", "section", "1"), ("II.2", "section", "2"),
    ]
    assert o.find("I").title == "ĐÁNH GIÁ KẾT QUẢ"
    assert o.find("I.1.1").title == "Việc ban hành văn bản"
    assert o.find("I.1.2").guidance == "Nêu số cuộc, số vi phạm, số tiền xử phạt"
    assert o.find("I.2.1.2").applies_to == "department"
    assert o.find("I.2.2").applies_to == "commune" and o.find("I.2.2").title == "Nhiệm vụ cấp cơ sở"
    assert o.find("II.1").applies_to is None  # "Đối với Trung ương" is not a unit type
    assert o.find("II.1").title == "Đối với Trung ương"
    assert o.request.period == "năm 2025"


def test_word_paste_with_lost_numbering_punctuation_and_tabs():
    o = import_outline_text(WORD_PASTE)
    assert o.title == "Báo cáo tháng 10 năm 2025"
    assert o.request.period == "tháng 10 năm 2025"
    assert _shape(o) == [
        ("I", "part", "I"), ("I.1", "section", "1"), ("I.1.1", "item", "•"), ("I.1.2", "item", "•"),
        ("I.2", "section", "2"), ("I.2.1", "item", "•"), ("II", "part", "II"), ("II.1", "placeholder", ""),
    ]
    assert o.find("I.2.1").title == "Số liệu thống kê"


def test_numbering_variants():
    text = "1) Thứ nhất\n- mục một\n2) Thứ hai\n* mục hai;\n3. Thứ ba:\n– Mục ba.\n• Mục bốn\n"
    o = import_outline_text(text)
    assert [(n.key, n.number, n.title) for n in o.nodes] == [
        ("1", "1", "Thứ nhất"), ("2", "2", "Thứ hai"), ("3", "3", "Thứ ba")]
    assert [c.title for c in o.find("3").children] == ["Mục ba"]
    assert [c.number for c in o.find("3.1").children] == ["•"]  # a new bullet symbol nests
    assert o.find("2.1").number == "*" and o.find("2.1").title == "mục hai"


def test_paren_numbers_under_dot_numbers_nest():
    o = import_outline_text("1. Hạ tầng\n1) Máy tính\n2) Mạng\n2. Dữ liệu\n- Số hóa\n")
    assert _shape(o) == [("1", "section", "1"), ("1.1", "section", "1"), ("1.2", "section", "2"),
                         ("2", "section", "2"), ("2.1", "item", "-")]


def test_nfc_and_whitespace():
    decomposed = unicodedata.normalize("NFD", "I. Kết quả\n1.   Công\ttác  chỉ đạo ;\n- Mục\u00a0một.")
    o = import_outline_text(decomposed)
    assert o.find("I.1").title == "Công tác chỉ đạo"
    assert o.find("I").title == unicodedata.normalize("NFC", "Kết quả")
    assert o.find("I.1.1").title == "Mục một"


def test_roman_part_word_and_dotted_without_final_dot():
    o = import_outline_text("PHẦN I: TÌNH HÌNH\n1. Chung\n1.1 Một\n1.2. Hai\n1.2.1 Ba\nPhần II - GIẢI PHÁP\n……")
    assert _shape(o) == [("I", "part", "PHẦN I"), ("I.1", "section", "1"), ("I.1.1", "subsection", "1.1"),
                         ("I.1.2", "subsection", "1.2"), ("I.1.2.1", "subsection", "1.2.1"),
                         ("II", "part", "Phần II"), ("II.1", "placeholder", "")]
    assert o.find("II").title == "GIẢI PHÁP"


def test_outline_without_parts_gets_numeric_top_keys():
    o = import_outline_text("1. Một\n- a\n2. Hai\n- b\n")
    assert [n.key for n in o.leaves()] == ["1.1", "2.1"]


def _rewrap(text: str, width: int) -> str:
    import textwrap

    out: list[str] = []
    for line in text.split("\n"):
        out.extend(textwrap.wrap(line, width, break_on_hyphens=False) or [""])
    return "\n".join(out)


def test_seed_hard_wrapped_at_any_width_gives_same_outline(seed_004_text):
    reference = import_outline_text(seed_004_text)
    expected = [(n.key, n.kind, n.number, n.title, n.guidance, n.applies_to) for n in reference.walk()]
    for width in range(20, 120, 7):
        wrapped = _rewrap(seed_004_text, width)
        assert wrapped.count("\n") > seed_004_text.count("\n")
        outline = import_outline_text(wrapped)
        got = [(n.key, n.kind, n.number, n.title, n.guidance, n.applies_to) for n in outline.walk()]
        assert got == expected, width
        assert outline.title == reference.title, width
        if width >= 27:
            assert outline.request == reference.request, width


def test_letter_groups_above_parts_and_continued_section_numbers():
    o = import_outline_text("ĐỀ CƯƠNG\nBÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2025\nA. KẾT QUẢ ĐẠT ĐƯỢC\n"
                            "I. Công tác chỉ đạo\n1. Ban hành văn bản\n2. Tuyên truyền\nII. Kết quả cụ thể\n"
                            "3. Hạ tầng số\n4. Dữ liệu số:\nNêu rõ số cơ sở dữ liệu đã xây dựng,\n"
                            "số dữ liệu được chia sẻ.\nB. PHƯƠNG HƯỚNG\nI. Nhiệm vụ\n………………\n")
    assert o.title == "BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2025"
    assert _shape(o) == [
        ("I", "group", "A"), ("I.1", "part", "I"), ("I.1.1", "section", "1"), ("I.1.2", "section", "2"),
        ("I.2", "part", "II"), ("I.2.1", "section", "3"), ("I.2.2", "section", "4"),
        ("II", "group", "B"), ("II.1", "part", "I"), ("II.1.1", "placeholder", ""),
    ]
    # prose under a heading ending with ":" is its guidance, not part of its title
    assert o.find("I.2.2").title == "Dữ liệu số"
    assert o.find("I.2.2").guidance == "Nêu rõ số cơ sở dữ liệu đã xây dựng, số dữ liệu được chia sẻ"


def test_seed_as_docx_paragraphs_equals_text(tmp_path, seed_004_text):
    import docx

    from models.outline_import import import_outline_file

    document = docx.Document()
    for line in seed_004_text.split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "seed.docx"
    document.save(path)
    assert import_outline_file(path).to_dict() == import_outline_text(seed_004_text).to_dict()
