"""Aggregating indicator values across units: sums, k/N with who lacks what, Σ/Σ rates, min/max."""

from __future__ import annotations

from decimal import Decimal

from models.indicator_aggregate import UnitRef, aggregate, indicator_groups, sentence
from tests.province_helpers import indicator_outline

UNITS = [UnitRef("A1", "Xã An"), UnitRef("B2", "Xã Bình"), UnitRef("C3", "Phường Cát"),
         UnitRef("D4", "Xã Đông", reported=False), UnitRef("S9", "Sở Y tế", "department")]
VALUES = {
    "A1": {"MAY_LAY_SO": True, "MAY_TINH": "10", "HS_TT": {"num": "9", "den": "10"}, "TT_KTM": "90",
           "KINH_PHI": "1250.5", "ATTT": "Đã phê duyệt", "DAU_MOI": "Ông A", "TO_CNS": "4"},
    "B2": {"MAY_LAY_SO": False, "MAY_TINH": "5", "HS_TT": {"num": "10", "den": "990"}, "TT_KTM": "40",
           "ATTT": "Đang xây dựng", "TO_CNS": "oops"},
    "C3": {"MAY_TINH": "7", "HS_TT": {"num": "0", "den": "0"}, "TT_KTM": "40", "ATTT": "Đã phê duyệt"},
    "S9": {"MAY_LAY_SO": True, "MAY_TINH": "100", "TO_CNS": "50"},
}
NAMES = {u.code: u.name for u in UNITS}


def _by_code():
    return {a.indicator.code: a for a in aggregate(indicator_outline(), UNITS, VALUES)}


def test_counts_and_numbers_are_summed_over_the_units_that_gave_them():
    aggs = _by_code()
    assert aggs["MAY_TINH"].total == 122 and aggs["MAY_TINH"].n == 4 and aggs["MAY_TINH"].size == 5
    assert aggs["MAY_TINH"].figure() == "122 bộ"
    assert aggs["KINH_PHI"].figure() == "1.250,5 triệu đồng" and aggs["KINH_PHI"].n == 1


def test_yes_no_is_k_of_n_with_the_units_lacking_it_named():
    agg = _by_code()["MAY_LAY_SO"]
    assert agg.figure() == "2/5"
    assert (agg.yes, agg.no, agg.blank, agg.not_reported) == (["A1", "S9"], ["B2"], ["C3"], ["D4"])
    assert sentence(agg, NAMES) == ("Có 2/5 đơn vị được trang bị máy lấy số xếp hàng tự động; còn 1 đơn vị "
                                    "chưa: Xã Bình; 1 đơn vị chưa cho biết: Phường Cát; 1 đơn vị chưa báo cáo: Xã Đông.")


def test_a_ratio_is_the_sum_of_numerators_over_the_sum_of_denominators():
    agg = _by_code()["HS_TT"]
    assert (agg.total, agg.base) == (19, 1000)
    assert agg.figure() == "19/1.000 hồ sơ (1,9%)"  # the units' rates average 45,5%: never that
    assert "đạt 1,9% (3/5 đơn vị có số liệu; chi tiết tại Phụ lục II)" in sentence(agg, NAMES, "Phụ lục II")


def test_a_percent_is_never_averaged_only_its_lowest_and_highest_are_shown():
    agg = _by_code()["TT_KTM"]
    assert (agg.low, agg.high) == (Decimal(40), Decimal(90))
    assert agg.figure() == "40%–90%"
    text = sentence(agg, NAMES)
    assert text == ("Tỷ lệ thanh toán không dùng tiền mặt: thấp nhất 40% (Xã Bình, Phường Cát), cao nhất 90% "
                    "(Xã An) (3/5 đơn vị có số liệu).")
    assert "56,67" not in text and "bình quân" not in text


def test_choices_are_counted_and_texts_listed_per_unit():
    aggs = _by_code()
    assert aggs["ATTT"].option_counts() == [("Đã phê duyệt", 2), ("Đang xây dựng", 1)]
    assert aggs["ATTT"].figure() == "Đã phê duyệt: 2; Đang xây dựng: 1"
    assert aggs["DAU_MOI"].cell("A1") == "Ông A" and aggs["DAU_MOI"].cell("B2") == "–"


def test_the_population_follows_applies_to_and_bad_values_count_as_not_given():
    agg = _by_code()["TO_CNS"]  # part II applies to communes only: the department is not counted
    assert [u.code for u in agg.population] == ["A1", "B2", "C3", "D4"]
    assert agg.total == 4 and agg.values == {"A1": "4"}  # B2's "oops" is not a count
    assert "1/4 đơn vị có số liệu" in sentence(agg, NAMES)


def test_groups_follow_the_group_name_else_the_section():
    groups = indicator_groups(indicator_outline())
    assert [(g.title, [i.code for _, i in g.members]) for g in groups] == [
        ("Trang thiết bị", ["MAY_LAY_SO", "MAY_TINH"]), ("Chính quyền số", ["HS_TT", "TT_KTM", "KINH_PHI"]),
        ("An toàn thông tin", ["ATTT", "DAU_MOI"]), ("XÃ HỘI SỐ", ["TO_CNS"])]


def test_communes_only_are_called_xa_phuong():
    communes = [u for u in UNITS if u.unit_type == "commune"]
    agg = {a.indicator.code: a for a in aggregate(indicator_outline(), communes, VALUES)}["MAY_LAY_SO"]
    assert sentence(agg, NAMES).startswith("Có 1/4 xã, phường được trang bị")
