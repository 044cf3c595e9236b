"""Carry-forward matching: keys first, then closely matching titles."""

from __future__ import annotations

from models.carry_forward import match_answers, normalize_title, title_ratio
from models.outline import Outline, OutlineNode
from models.report import Answer


def _outline(*sections: tuple[str, list[str]]) -> Outline:
    part = OutlineNode(key="I", kind="part", number="I.", title="Kết quả")
    for s_index, (title, items) in enumerate(sections, start=1):
        section = OutlineNode(key=f"I.{s_index}", kind="section", number=f"{s_index}.", title=title)
        for i_index, item in enumerate(items, start=1):
            kind = "placeholder" if not item else "item"
            section.children.append(OutlineNode(key=f"I.{s_index}.{i_index}", kind=kind, number="-", title=item))
        part.children.append(section)
    return Outline(title="Đề cương", nodes=[part])


OLD = _outline(("Thể chế số", ["Kết quả ban hành các kế hoạch chuyển đổi số",
                               "Kết quả ban hành các văn bản chuyên đề"]),
               ("Thuận lợi", [""]))


def test_same_keys_carry_and_answers_are_copies():
    answers = {"I.1.1": Answer("I.1.1", text="Đã ban hành 3 kế hoạch."),
               "I.2.1": Answer("I.2.1", text="Thuận lợi: lãnh đạo quan tâm.")}
    result = match_answers(OLD, answers, OLD)
    assert set(result) == {"I.1.1", "I.2.1"}
    result["I.1.1"].text = "changed"
    assert answers["I.1.1"].text == "Đã ban hành 3 kế hoạch."


def test_unfilled_answers_are_not_carried():
    answers = {"I.1.1": Answer("I.1.1", text="   "), "I.1.2": Answer("I.1.2", not_applicable=True)}
    assert set(match_answers(OLD, answers, OLD)) == {"I.1.2"}


def test_inserted_item_shifts_keys_and_titles_win():
    new = _outline(("Thể chế số", ["Kết quả triển khai Nghị quyết 57",
                                   "Kết quả ban hành các kế hoạch chuyển đổi số.",
                                   "Kết quả ban hành các văn bản chuyên đề"]),
                   ("Thuận lợi", [""]))
    answers = {"I.1.1": Answer("I.1.1", text="Kế hoạch"), "I.1.2": Answer("I.1.2", text="Văn bản")}
    result = match_answers(OLD, answers, new)
    assert result["I.1.2"].text == "Kế hoạch" and result["I.1.2"].node_key == "I.1.2"
    assert result["I.1.3"].text == "Văn bản" and result["I.1.3"].node_key == "I.1.3"
    assert "I.1.1" not in result


def test_titles_match_across_moved_sections_but_not_loosely():
    new = _outline(("Chính quyền số", ["Kết quả về an toàn thông tin"]),
                   ("Thể chế số", ["KẾT QUẢ BAN HÀNH CÁC KẾ HOẠCH CHUYỂN ĐỔI SỐ",
                                   "Kết quả ban hành văn bản khác hoàn toàn về nội dung"]))
    answers = {"I.1.1": Answer("I.1.1", text="Kế hoạch"), "I.1.2": Answer("I.1.2", text="Văn bản")}
    result = match_answers(OLD, answers, new)
    # I.1.1 exists in the new outline but its old title matches I.2.1 closely: moved, not kept.
    assert result["I.2.1"].text == "Kế hoạch"
    assert "I.1.1" not in result
    # "văn bản chuyên đề" vs a loosely similar title stays below 0.85: not carried by title,
    # and its key I.1.2 no longer exists as a leaf in the new outline.
    assert "I.2.2" not in result
    assert len(result) == 1


def test_placeholders_match_by_parent_title():
    new = Outline(title="x", nodes=[OutlineNode(key="I", kind="part", number="I.", title="Khác", children=[
        OutlineNode(key="I.1", kind="section", number="1.", title="Thuận lợi", children=[
            OutlineNode(key="I.1.1", kind="placeholder", number="", title="")])])])
    answers = {"I.2.1": Answer("I.2.1", text="Thuận lợi lớn")}
    result = match_answers(OLD, answers, new)
    assert result["I.1.1"].text == "Thuận lợi lớn"


def test_key_match_kept_when_title_was_reworded_and_no_better_match():
    new = _outline(("Thể chế số", ["Kết quả xây dựng kế hoạch số hóa", "Kết quả ban hành các văn bản chuyên đề"]))
    answers = {"I.1.1": Answer("I.1.1", text="Kế hoạch")}
    assert match_answers(OLD, answers, new)["I.1.1"].text == "Kế hoạch"


def test_title_helpers():
    assert normalize_title("  Kết quả,  ban hành! ") == "kết quả ban hành"
    assert title_ratio("", "x") == 0.0
    assert title_ratio("abc", "abc") == 1.0
