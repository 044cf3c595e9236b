"""Indicator suggestions from an item's wording and from the letter's statistic tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.indicator_suggest import indicator_for, suggest, suggest_from_table, suggest_from_wording
from models.indicators import check_indicator
from models.outline import Outline, OutlineNode
from models.outline_import import import_outline_text, load_default_outline

CORPUS = Path(__file__).resolve().parent / "data" / "outlines"


@pytest.mark.parametrize("text, kind, unit", [
    ("Số lượng doanh nghiệp công nghệ số", "count", "doanh nghiệp"),
    ("- Số điểm phục vụ của mạng bưu chính công cộng", "count", "điểm"),
    ("Tổng số hồ sơ tiếp nhận", "count", "hồ sơ"),
    ("tỷ lệ thanh toán không dùng tiền mặt", "ratio", ""),
    ("Tỉ lệ hồ sơ trực tuyến", "ratio", "hồ sơ"),
    ("Kinh phí thực hiện", "number", "triệu đồng"),
    ("Đã thành lập Tổ Công nghệ số cộng đồng hay chưa", "yes_no", ""),
    ("Có/chưa có bộ phận một cửa hiện đại", "yes_no", ""),
])
def test_wording_gives_a_kind_and_a_unit(text, kind, unit):
    indicator = indicator_for(text, set())
    assert (indicator.kind, indicator.unit) == (kind, unit)
    check_indicator(indicator)  # every suggestion is a valid definition as it stands


@pytest.mark.parametrize("text", ["Kết quả triển khai phong trào", "Công tác tuyên truyền", "Số", "…"])
def test_plain_items_suggest_nothing(text):
    assert indicator_for(text, set()) is None


def test_the_default_outline_clause_by_clause():
    found = {(s.node_key, s.indicator.kind, s.indicator.label) for s in suggest_from_wording(load_default_outline())}
    assert ("II.3.2", "count", "Số lượng doanh nghiệp công nghệ số") in found
    assert ("II.3.2", "ratio", "Tỷ lệ thanh toán không dùng tiền mặt") in found
    assert any(k == "II.3.3" and kind == "count" for k, kind, _ in found)


def test_codes_are_unique_and_leaves_with_indicators_are_skipped():
    node = OutlineNode("I.1", "item", "-", "Số lượng máy tính; số lượng máy tính xách tay")
    done = OutlineNode("I.2", "item", "-", "Số lượng máy in", indicators=[indicator_for("Số máy in", set())])
    found = suggest_from_wording(Outline("T", [node, done]))
    codes = [s.indicator.code for s in found]
    assert len(codes) == 2 and len(set(codes)) == 2 and all(s.node_key == "I.1" for s in found)


def test_table_rows_with_their_unit_column():
    found = suggest_from_table("II.1", ["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"],
                               [["1", "Số hộ nghèo", "hộ", ""], ["2", "Tỷ lệ hộ nghèo", "%", ""],
                                ["3", "Dân số trung bình", "người", ""], ["a", "", "", ""]], group="Biểu 01")
    assert [(s.indicator.label, s.indicator.kind, s.indicator.unit, s.indicator.group) for s in found] == [
        ("Số hộ nghèo", "count", "hộ", "Biểu 01"), ("Tỷ lệ hộ nghèo", "percent", "", "Biểu 01"),
        ("Dân số trung bình", "number", "người", "Biểu 01")]


def test_cells_of_a_letter_table_become_suggestions_on_the_item_before_them():
    outline = import_outline_text((CORPUS / "23_thcs-tongket-namhoc-mau-bangso.txt").read_text(encoding="utf-8"))
    tables = [s for s in suggest(outline) if s.source == "table"]
    assert tables and all(outline.find(s.node_key).is_leaf for s in tables)
    assert any(s.indicator.label == "Tổng số Giáo viên" for s in tables)
