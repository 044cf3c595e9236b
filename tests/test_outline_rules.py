"""Importer rules for shapes the corpus does not have yet: levels above the Roman parts, guidance
paragraphs, "+" lines, notes, page headers, tables, lower-case Roman points, "1)" above "1.", "*"
lines inside a numbered item's write-up, numbered lines that continue a sentence, letters without an
outline, doubts and source lines."""

from __future__ import annotations

import pytest

from models.errors import UserError
from models.outline import Outline, OutlineNode
from models.outline_import import import_outline_text, request_from_text


def _shape(outline):
    return [(n.key, n.kind, n.number) for n in outline.walk()]


def _codes(outline, key=None):
    return sorted(d.code for d in outline.import_report.doubts if d.key == key)


def test_spelled_out_parts_above_roman_parts():
    o = import_outline_text(
        "ĐỀ CƯƠNG BÁO CÁO\nTổng kết năm 2025\nPHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n"
        "I. Công tác chỉ đạo\n1. Ban hành văn bản\n2. Tuyên truyền\nII. Kết quả cụ thể\n1. Hạ tầng số\n"
        "Phần thứ hai: PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026\nI. Mục tiêu\nII. Giải pháp\n")
    assert _shape(o) == [
        ("I", "group", "PHẦN THỨ NHẤT"), ("I.1", "part", "I"), ("I.1.1", "section", "1"),
        ("I.1.2", "section", "2"), ("I.2", "part", "II"), ("I.2.1", "section", "1"),
        ("II", "group", "Phần thứ hai"), ("II.1", "part", "I"), ("II.2", "part", "II")]
    assert o.find("I").title == "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"
    assert o.find("II").title == "PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026"
    assert o.title == "Tổng kết năm 2025"


def test_phan_roman_is_a_group_only_above_roman_parts():
    above = import_outline_text("Phần I. Đánh giá\nI. Kết quả\n1. Một\nPhần II. Phương hướng\nI. Nhiệm vụ\n")
    assert [(n.kind, n.number) for n in above.nodes] == [("group", "Phần I"), ("group", "Phần II")]
    alone = import_outline_text("Phần I. Đánh giá\n1. Một\n2. Hai\nPhần II. Phương hướng\n1. Ba\n")
    assert [(n.kind, n.number) for n in alone.nodes] == [("part", "Phần I"), ("part", "Phần II")]


def test_guidance_paragraph_under_a_heading_without_colon():
    o = import_outline_text(
        "I. Kết quả thực hiện\n1. Thể chế số\nNêu rõ các văn bản đã ban hành trong kỳ, số lượng và tên văn bản.\n"
        "- Kế hoạch chuyển đổi số năm 2025\n2. Hạ tầng số\nBáo cáo số máy tính, tỷ lệ kết nối mạng.\n")
    assert o.find("I.1").title == "Thể chế số"
    assert o.find("I.1").guidance == "Nêu rõ các văn bản đã ban hành trong kỳ, số lượng và tên văn bản"
    assert o.find("I.2").title == "Hạ tầng số" and o.find("I.2").guidance.startswith("Báo cáo số máy tính")
    assert "guidance_split" in _codes(o, "I.1")


def test_plus_lines_belong_to_their_dash_item():
    o = import_outline_text("1. Dữ liệu số\n- Số cơ sở dữ liệu đã xây dựng:\n+ Cấp tỉnh;\n+ Cấp xã.\n- Số dữ liệu mở\n")
    assert _shape(o) == [("1", "section", "1"), ("1.1", "item", "-"), ("1.2", "item", "-")]
    assert o.find("1.1").guidance == "+ Cấp tỉnh\n+ Cấp xã"


def test_notes_are_outline_notes_not_items():
    o = import_outline_text("ĐỀ CƯƠNG\nI. Kết quả\n- Mục một\n* Lưu ý: số liệu tính đến hết ngày 15/9/2025.\n"
                            "II. Kiến nghị\n- Mục hai\nGhi chú:\n- Gửi kèm biểu số liệu;\n- Ghi rõ nguồn.\n")
    assert [n.title for n in o.walk()] == ["Kết quả", "Mục một", "Kiến nghị", "Mục hai"]
    assert o.notes == ["* Lưu ý: số liệu tính đến hết ngày 15/9/2025.", "Ghi chú:", "- Gửi kèm biểu số liệu;",
                       "- Ghi rõ nguồn."]
    assert Outline.from_dict(o.to_dict()).notes == o.notes


def test_gazette_page_headers_and_page_numbers_are_dropped():
    o = import_outline_text(
        "CÔNG BÁO/Số 123 + 124/Ngày 15-02-2025 15\nĐỀ CƯƠNG\nBáo cáo năm 2025\nI. Kết quả\n"
        "- Số hồ sơ giải quyết đúng hạn, trễ hạn trong kỳ báo cáo của\nCÔNG BÁO/Số 123 + 124/Ngày 15-02-2025 16\n"
        "đơn vị\n- Mục hai\n17\ncủa xã\n")
    assert o.title == "Báo cáo năm 2025"
    assert [n.title for n in o.walk()] == ["Kết quả", "Số hồ sơ giải quyết đúng hạn, trễ hạn trong kỳ báo cáo "
                                           "của đơn vị", "Mục hai của xã"]
    assert any("CÔNG BÁO" in text for _, text in o.import_report.dropped)


def test_tables_pasted_with_cells_on_their_own_lines_and_tab_separated():
    pdf = import_outline_text("PHỤ LỤC 1\nNội dung báo cáo của xã\nSTT\n1\nCông tác ban hành văn bản\n2\n"
                              "Công tác tuyên truyền\nPHỤ LỤC 2: Biểu số liệu\nBiểu số 01\nTình hình giải quyết TTHC\n")
    assert _shape(pdf) == [("I", "part", "PHỤ LỤC 1"), ("I.1", "item", "1"), ("I.2", "item", "2"),
                           ("II", "group", "PHỤ LỤC 2"), ("II.1", "part", "Biểu số 01")]
    assert pdf.find("I").title == "Nội dung báo cáo của xã"
    tabs = import_outline_text("I. Kết quả\nSTT\tNội dung\tGhi chú\n1\tCông tác chỉ đạo\tSố liệu đến 30/6\n"
                               "2\tKết quả thực hiện\t\n")
    assert _shape(tabs) == [("I", "part", "I"), ("I.1", "item", "1"), ("I.2", "item", "2")]
    assert tabs.find("I.1").guidance == "Số liệu đến 30/6" and tabs.find("I.2").guidance is None


def test_lower_roman_points_and_the_letter_i():
    o = import_outline_text("1. Kết quả\na) Thể chế\ni. Văn bản\nii. Kế hoạch\niii. Quy chế\nb) Hạ tầng\n"
                            "2. Danh sách\na) A\nb) B\nc) C\nd) D\nđ) Đ\ne) E\ng) G\nh) H\ni) I\n")
    assert [(n.key, n.number) for n in o.find("1").walk()] == [
        ("1", "1"), ("1.1", "a"), ("1.1.1", "i"), ("1.1.2", "ii"), ("1.1.3", "iii"), ("1.2", "b")]
    assert [c.number for c in o.find("2").children] == ["a", "b", "c", "d", "đ", "e", "g", "h", "i"]


def test_paren_sections_above_dot_sections_nest():
    o = import_outline_text("1) Hạ tầng số\n1. Máy tính\n2. Mạng\n2) Dữ liệu số\n1. Cơ sở dữ liệu\n")
    assert _shape(o) == [("1", "section", "1"), ("1.1", "section", "1"), ("1.2", "section", "2"),
                         ("2", "section", "2"), ("2.1", "section", "1")]


def test_star_line_inside_the_write_up_of_a_numbered_item_nests_under_it():
    o = import_outline_text(
        "* Nội dung sinh hoạt:\n1- Thông báo thời sự.\n2- Phương hướng tháng tới.\n* Diễn biến cuộc họp:\n"
        "(Ghi đầy đủ ý kiến)\n1- Thông báo thời sự.\nĐồng chí A trình bày nội dung.\n* Các ý kiến tham gia:\n"
        "– Đồng chí B: ……..\n……\nĐồng chí chủ trì kết luận: ……\n2- Phương hướng tháng tới.\n")
    assert [(n.key, n.number) for n in o.walk() if n.kind != "placeholder"] == [
        ("1", "*"), ("1.1", "1"), ("1.2", "2"), ("2", "*"), ("2.1", "1"), ("2.1.1", "*"), ("2.1.1.1", "-"),
        ("2.2", "2")]
    assert o.find("2.1").guidance == "Đồng chí A trình bày nội dung\nĐồng chí chủ trì kết luận: ……"
    # an instruction in parentheses, or dash items, are not a write-up: the next "*" is a sibling
    o = import_outline_text("* Nội dung sinh hoạt:\n1- Thông báo thời sự.\n(Ghi tóm tắt)\n2- Phương hướng.\n"
                            "- Nhiệm vụ một\n* Kết luận:\n- Ý kiến chủ trì\n")
    assert [(n.key, n.number) for n in o.walk()] == [
        ("1", "*"), ("1.1", "1"), ("1.2", "2"), ("1.2.1", "-"), ("2", "*"), ("2.1", "-")]


def test_numbered_line_that_finishes_a_sentence_is_text():
    o = import_outline_text("I. Kết quả\n1. Tình hình thực hiện các chỉ tiêu theo\n2. Nghị quyết của tỉnh\n"
                            "2. Khó khăn\n")
    assert [n.title for n in o.find("I").children] == [
        "Tình hình thực hiện các chỉ tiêu theo 2. Nghị quyết của tỉnh", "Khó khăn"]
    assert "number_as_text" in _codes(o, "I.1")


def test_letter_whose_outline_is_attached_or_elsewhere_is_refused():
    header = "SỞ NỘI VỤ\nSố: 12/SNV-VP\nV/v báo cáo năm 2025\nKính gửi: UBND các xã.\n"
    with pytest.raises(UserError) as attached:
        import_outline_text(header + "Đề nghị các xã báo cáo theo đề cương gửi kèm công văn này.\n"
                            "1. Thời gian: trước ngày 20/12/2025.\n2. Địa điểm nhận: Văn phòng Sở.\n")
    assert "attachment" in attached.value.en and "đính kèm" in attached.value.vi
    with pytest.raises(UserError) as elsewhere:
        import_outline_text(header + "Đề nghị báo cáo theo đề cương tại Công văn số 466/SNV-CCHC ngày 14/5/2025.\n")
    assert "466/SNV-CCHC" in elsewhere.value.en and "466/SNV-CCHC" in elsewhere.value.vi


def test_a_report_is_not_an_outline():
    with pytest.raises(UserError) as err:
        import_outline_text("BÁO CÁO\nKết quả quý I năm 2024\nSở báo cáo kết quả như sau:\nI. KẾT QUẢ\n"
                            "1. Công tác chỉ đạo\n- Đã ban hành 09 văn bản chỉ đạo.\nTrên đây là báo cáo kết quả.\n")
    assert "report" in err.value.en and "đề cương" in err.value.vi.lower()


def test_doubts_and_source_lines():
    text = ("I. Kết quả\n1. " + "Một tiêu đề rất dài " * 12 + "\n3. Nhảy số\nII. Trống\nIII. Cuối\n- Mục\n")
    o = import_outline_text(text)
    assert "long_title" in _codes(o, "I.1")
    assert "numbering" in _codes(o, "I.2")
    assert "empty_heading" in _codes(o, "II")
    report = o.import_report
    lines = [line for _, line in report.source_for("I.2")]
    assert lines == ["3. Nhảy số"]
    assert report.source_for("III.1", context=1)[0][1] == "III. Cuối"
    assert report.doubts[0].message("vi") and report.doubts[0].message("en")


def test_two_line_letterheads_and_periods():
    r = request_from_text("UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\nSố: 5/SNV\nV/v báo cáo kế hoạch phát triển đến năm 2030\n"
                          "Kính gửi: UBND các xã.\nĐề nghị báo cáo các nội dung sau:\n- Mục một\n")
    assert (r.agency, r.parent_agency) == ("SỞ NỘI VỤ", "UBND TỈNH LÂM ĐỒNG")
    assert r.period is None  # "đến năm 2030" is an end, not a period
    r = request_from_text("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 7/UBND\nV/v báo cáo quý III/2025\n")
    assert (r.agency, r.parent_agency) == ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", None)
    assert r.period == "quý III/2025"


def test_unknown_node_keys_survive_a_round_trip():
    data = {"key": "I.1", "kind": "item", "number": "-", "title": "Số xã", "guidance": None,
            "applies_to": None, "children": [], "audit": [{"code": "CT01", "unit": "xã"}]}
    node = OutlineNode.from_dict(data)
    assert node.extra == {"audit": [{"code": "CT01", "unit": "xã"}]}
    assert node.to_dict() == data
    outline = Outline.from_dict({"title": "T", "nodes": [data], "request": {}, "version": 2})
    again = Outline.from_dict(outline.to_dict())
    assert again.to_dict() == outline.to_dict() and again.extra == {"version": 2}
    plain = Outline(title="T", nodes=[OutlineNode(key="I", kind="part", number="I", title="A")])
    assert set(plain.to_dict()) == {"title", "request", "nodes"}
    assert "parent_agency" not in plain.to_dict()["request"]


def test_a_group_prints_as_a_heading():
    from exporters.nodes import Heading
    from exporters.document_body import BodyBuilder
    from models.report import Report

    o = import_outline_text("Phần thứ nhất: ĐÁNH GIÁ\nI. Kết quả\n- Mục một\n")
    blocks = BodyBuilder("commune", draft=True).outline_blocks(o, Report(id="r", outline_id=o.sha256, period=""))
    headings = [(b.level, b.number, b.text) for b in blocks if isinstance(b, Heading)]
    # heading levels are the depth in the printed outline: the parts under a group are one down
    assert headings[:2] == [(1, "Phần thứ nhất.", "ĐÁNH GIÁ"), (2, "I.", "KẾT QUẢ")]


def test_seed_reports_are_refused_as_reports():
    """Seeds 001 and 003 are reports answering an outline; pasted as an outline they are refused."""
    from tests.conftest import SEEDS

    paths = sorted(SEEDS.glob("00[13]_*.txt"))
    if not paths:
        pytest.skip("seed texts not on this machine")
    for path in paths:
        with pytest.raises(UserError) as err:
            import_outline_text(path.read_text(encoding="utf-8"))
        assert "report" in err.value.en and "báo cáo" in err.value.vi
