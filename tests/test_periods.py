"""Period rules: cut-off dates and labels computed from resources/period_rules.json."""

from __future__ import annotations

import json
from datetime import date

import pytest

from models.errors import UserError
from models.clock import days_until
from models.periods import compute_period, guess_period, load_rules, parse_rules


def test_nine_months_default_rule_runs_from_15_december_to_14_september():
    period = compute_period("nine_months", 2025)
    assert (period.start, period.end) == (date(2024, 12, 15), date(2025, 9, 14))
    assert period.label_vi == "9 tháng đầu năm 2025"


def test_month_quarter_half_and_year():
    march = compute_period("month", 2025, 3)
    assert (march.start, march.end) == (date(2025, 2, 15), date(2025, 3, 14))
    assert march.label_vi == "tháng 3 năm 2025"
    january = compute_period("month", 2025, 1)
    assert january.start == date(2024, 12, 15)
    q3 = compute_period("quarter", 2025, 3)
    assert (q3.first_month, q3.last_month) == (7, 9)
    assert (q3.start, q3.end) == (date(2025, 6, 15), date(2025, 9, 14))
    assert q3.label_vi == "quý III năm 2025"
    h2 = compute_period("half", 2024, 2)
    assert (h2.start, h2.end) == (date(2024, 6, 15), date(2024, 12, 14))
    assert h2.label_vi == "6 tháng cuối năm 2024"
    assert h2.label("en") == "second half of 2024"
    year = compute_period("year", 2025)
    assert (year.start, year.end) == (date(2024, 12, 15), date(2025, 12, 14))


def test_out_of_range_number_and_unknown_kind_are_user_errors():
    with pytest.raises(UserError):
        compute_period("quarter", 2025, 5)
    with pytest.raises(UserError):
        compute_period("fortnight", 2025)


def test_rules_are_data_a_kind_may_override_the_cutoff(tmp_path):
    data = json.loads(load_rules.__globals__["_rules_path"]().read_text(encoding="utf-8"))
    data["kinds"]["month"]["cutoff"] = {"start_month_offset": 0, "start_day": 1, "end_day": 31}
    rules = parse_rules(data)
    feb = compute_period("month", 2024, 2, rules)
    assert (feb.start, feb.end) == (date(2024, 2, 1), date(2024, 2, 29))  # clamped to month end
    assert compute_period("quarter", 2025, 1, rules).start == date(2024, 12, 15)  # default kept


def test_load_rules_from_a_file(tmp_path):
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"default_cutoff": {"start_day": 20, "end_day": 19},
                                "kinds": {"month": {"count": 12, "months": 1}}}), encoding="utf-8")
    period = compute_period("month", 2025, 5, load_rules(path))
    assert (period.start, period.end) == (date(2025, 4, 20), date(2025, 5, 19))
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(UserError):
        load_rules(bad)


@pytest.mark.parametrize("text, expected", [
    ("9 tháng đầu năm 2025", ("nine_months", 2025, 1)),
    ("Quý III năm 2025", ("quarter", 2025, 3)),
    ("quý 2/2024", ("quarter", 2024, 2)),
    ("6 tháng cuối năm 2024", ("half", 2024, 2)),
    ("6 tháng đầu năm 2025", ("half", 2025, 1)),
    ("tháng 8 năm 2025", ("month", 2025, 8)),
    ("năm 2023", ("year", 2023, 1)),
    ("không rõ", None),
    (None, None),
])
def test_guess_period(text, expected):
    assert guess_period(text) == expected


def test_days_until():
    today = date(2025, 9, 19)
    assert days_until("2025-09-22T14:00", today) == 3
    assert days_until("2025-09-17", today) == -2
    assert days_until(None, today) is None
    assert days_until("soon", today) is None
