"""Vietnamese number parsing under random input: round trips, and only UserError for bad text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from models.errors import UserError
from models.numbers import VnNumber, format_vn_number, parse_vn_number

decimals = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=4,
                       allow_nan=False, allow_infinity=False)
naturals = st.integers(min_value=0, max_value=10**12)


@settings(max_examples=500, deadline=None)
@given(decimals)
def test_format_then_parse_round_trips(value):
    text = format_vn_number(value)
    parsed = parse_vn_number(text)
    assert parsed.kind == "number"
    assert parsed.value == value.normalize() or parsed.value == value
    assert "," not in text or not text.endswith("0")  # no trailing decimal zeros


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=Decimal("0"), max_value=Decimal("1e6"), places=4, allow_nan=False,
                   allow_infinity=False))
def test_percent_round_trips(value):
    parsed = parse_vn_number(format_vn_number(value) + "%")
    assert parsed.kind == "percent" and parsed.value == value


@settings(max_examples=300, deadline=None)
@given(naturals, naturals.filter(lambda n: n > 0))
def test_ratio_round_trips(a, b):
    parsed = parse_vn_number(f"{format_vn_number(a)}/{format_vn_number(b)}")
    assert parsed == VnNumber("ratio", Decimal(a), Decimal(b))


NUMBERISH = st.text(alphabet="0123456789.,%/- \u00a0", max_size=20)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.text(max_size=40), NUMBERISH))
def test_arbitrary_text_gives_a_value_or_a_user_error(text):
    try:
        parsed = parse_vn_number(text)
    except UserError as err:
        assert err.vi and err.en
        return
    assert parsed.kind in ("number", "percent", "ratio")
    assert isinstance(parsed.value, Decimal)
