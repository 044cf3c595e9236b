"""Indicators: definitions, values typed in Vietnamese notation, values from outside, the outline."""

from __future__ import annotations

import json

import pytest

from models.errors import UserError
from models.indicators import (Indicator, check_indicator, check_outline_indicators, check_value, check_values,
                               format_value, input_text, parse_value)
from models.outline import Outline
from resources import resource_path
from tests.province_helpers import indicator_outline

COUNT = Indicator("MAY_TINH", "Số máy tính", "count", unit="bộ")
NUMBER = Indicator("KP", "Kinh phí", "number", unit="triệu đồng")
RATIO = Indicator("HS", "Hồ sơ trực tuyến", "ratio", unit="hồ sơ")
PERCENT = Indicator("TL", "Tỷ lệ thanh toán", "percent")
YES_NO = Indicator("MLS", "Có máy lấy số", "yes_no")
CHOICE = Indicator("ATTT", "Cấp độ", "choice", options=["Đã phê duyệt", "Đang xây dựng"])


@pytest.mark.parametrize("indicator, typed, stored, shown", [
    (COUNT, "1.234", "1234", "1.234 bộ"),
    (COUNT, " 12 ", "12", "12 bộ"),
    (NUMBER, "1.250,5", "1250.5", "1.250,5 triệu đồng"),
    (NUMBER, "-3", "-3", "-3 triệu đồng"),
    (RATIO, "45/60", {"num": "45", "den": "60"}, "45/60 hồ sơ (75%)"),
    (RATIO, "1.200 / 3.000", {"num": "1200", "den": "3000"}, "1.200/3.000 hồ sơ (40%)"),
    (RATIO, "0/0", {"num": "0", "den": "0"}, "0/0 hồ sơ (—)"),
    (PERCENT, "95,17%", "95.17", "95,17%"),
    (PERCENT, "40", "40", "40%"),
    (YES_NO, "Có", True, "Có"),
    (YES_NO, "chưa", False, "Chưa"),
    (YES_NO, "Không", False, "Chưa"),
    (CHOICE, "đang XÂY DỰNG", "Đang xây dựng", "Đang xây dựng"),
])
def test_typed_values_become_canonical_data(indicator, typed, stored, shown):
    value = parse_value(indicator, typed)
    assert value == stored
    assert format_value(indicator, value) == shown
    assert check_value(indicator, json.loads(json.dumps(value))) == value  # survives a JSON trip
    assert parse_value(indicator, input_text(indicator, value)) == value  # the edit field gives it back


@pytest.mark.parametrize("indicator, typed, words", [
    (COUNT, "12,5", "số nguyên"),
    (COUNT, "-1", "số nguyên"),
    (COUNT, "95%", "phần trăm"),
    (NUMBER, "1,2,3", "không phải là số hợp lệ"),
    (NUMBER, "45/60", "tỷ lệ"),
    (RATIO, "60/45", "tử số lớn hơn mẫu số"),
    (RATIO, "45", "tử số/mẫu số"),
    (RATIO, "4,5/6", "số nguyên"),
    (PERCENT, "120%", "0–100"),
    (YES_NO, "có lẽ", "Có"),
    (CHOICE, "Xong", "không phải một phương án"),
])
def test_bad_values_are_refused_with_the_indicator_named(indicator, typed, words):
    with pytest.raises(UserError) as err:
        parse_value(indicator, typed)
    assert err.value.vi.startswith(f"Chỉ tiêu \"{indicator.label}\"") and words in err.value.vi
    assert err.value.en.startswith(f"Indicator \"{indicator.label}\"")


def test_blank_is_no_value():
    assert parse_value(COUNT, "  ") is None and parse_value(RATIO, None) is None


@pytest.mark.parametrize("indicator, value", [
    (COUNT, 12), (COUNT, "1e3"), (COUNT, "-2"), (COUNT, "1.5"), (RATIO, "45/60"), (RATIO, {"num": "7", "den": "5"}),
    (RATIO, {"num": "1", "den": "2", "x": "3"}), (PERCENT, "101"), (YES_NO, "true"), (CHOICE, "Khác"),
    (NUMBER, "9" * 40),
])
def test_values_from_outside_are_checked(indicator, value):
    with pytest.raises(UserError):
        check_value(indicator, value)


def test_check_values_names_unknown_codes_and_drops_blanks():
    outline = indicator_outline()
    assert check_values(outline, {"MAY_TINH": "3", "TT_KTM": None}) == {"MAY_TINH": "3"}
    with pytest.raises(UserError, match="NOPE"):
        check_values(outline, {"NOPE": "1"})


@pytest.mark.parametrize("indicator, words", [
    (Indicator("bad code", "Nhãn", "count"), "mã chỉ tiêu"),
    (Indicator("X", "Nhãn", "sum"), "loại"),
    (Indicator("X", "", "count"), "tên chỉ tiêu"),
    (Indicator("X", "Nhãn", "choice", options=["A"]), "hai phương án"),
    (Indicator("X", "Nhãn", "choice", options=["A", "a"]), "hai phương án"),
    (Indicator("X", "Nhãn", "count", options=["A", "B"]), "chỉ chỉ tiêu lựa chọn"),
])
def test_definitions_are_checked(indicator, words):
    with pytest.raises(UserError, match=words):
        check_indicator(indicator)


def test_outline_codes_unique_and_only_on_leaves():
    outline = indicator_outline()
    check_outline_indicators(outline)
    outline.find("I.2.1").indicators.append(Indicator("MAY_TINH", "Lặp", "count"))
    with pytest.raises(UserError, match="trùng"):
        check_outline_indicators(outline)
    outline = indicator_outline()
    outline.find("I.1").indicators.append(Indicator("X", "Trên tiêu đề", "count"))
    with pytest.raises(UserError, match="mục con"):
        check_outline_indicators(outline)


def test_indicators_round_trip_and_change_the_outline_id():
    outline = indicator_outline()
    again = Outline.from_dict(json.loads(outline.canonical_json()))
    assert again.sha256 == outline.sha256
    assert again.find("I.2.1").indicators[0].options == ["Đã phê duyệt", "Đang xây dựng"]
    bare = indicator_outline()
    for node in bare.walk():
        node.indicators = []
    assert bare.sha256 != outline.sha256
    assert "indicators" not in json.dumps(bare.to_dict())


def test_the_shipped_outline_keeps_its_id():
    from models.outline_import import load_default_outline

    raw = json.loads(resource_path("outlines", "default.json").read_text(encoding="utf-8"))
    outline = load_default_outline()
    assert outline.to_dict() == raw  # no "indicators" key appears on a node without any
    assert outline.sha256 == Outline.from_dict(raw).sha256


def test_saving_an_outline_keeps_its_indicators_and_notes():
    """The cleaning at the door (models.cleaning.clean_outline) keeps what a clean outline carries,
    so its id does not change."""
    from models.cleaning import clean_outline

    outline = indicator_outline()
    outline.notes = ["Lưu ý: số liệu tính đến ngày 15/9/2025."]
    cleaned = clean_outline(outline)
    assert cleaned.sha256 == outline.sha256
    assert cleaned.find("I.2.1").indicators[0].options == ["Đã phê duyệt", "Đang xây dựng"]
    assert cleaned.notes == outline.notes
