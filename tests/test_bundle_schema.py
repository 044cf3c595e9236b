"""The door's JSON checks (models.bundle_schema) and look-alike codes (models.unit_codes)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models import bundle_schema as bs
from models.unit_codes import lookalike_problem, name_key, skeleton

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10 ** 6, 10 ** 6) | st.text(alphabet="ab[]{}\"\\,:đ\u202e", max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text("[]{}k\"", max_size=3), inner, max_size=3),
    max_leaves=30)


def _depth(value) -> int:
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    return 0


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_nesting_depth_matches_the_parsed_value(value):
    raw = json.dumps(value, ensure_ascii=False).encode("utf-8")
    assert bs.nesting_depth(raw, 100) == _depth(value)
    assert bs.nesting_depth(raw, _depth(value) - 1) == _depth(value) if _depth(value) else True


@pytest.mark.parametrize("raw, why", [
    (b'{"a": 1, "a": 2}', "duplicate"), (b'{"a": NaN}', "NaN"), (b'{"a": 1e999}', "range"),
    (b'{"a": ' + b"9" * 40 + b"}", "too long"), (b"[1]", "object"), (b"\xef\xbb\xbf{}", "JSON"),
    (b"{" * 50 + b"}" * 50, "deeply"), (b'{"a": "' + b"x" * 200 + b'"}', "large"),
])
def test_load_json_refusals(raw, why):
    with pytest.raises(bs.SchemaError) as caught:
        bs.load_json(raw, "part.json", max_bytes=100, max_depth=8) if why == "large" else \
            bs.load_json(raw, "part.json", max_bytes=10_000, max_depth=8)
    assert why in caught.value.en and "part.json" in caught.value.vi and "\n" not in caught.value.vi


@pytest.mark.parametrize("value, ok", [
    ("000.00.31.H48", True), ("UBND xã Ba Tơ", True), ("", True), (" a", False), ("a ", False), ("a  b", False),
    ("a\u00a0b", False), ("a\u200bb", False), ("a\u202eb", False), ("a\x00b", False), ("xa\u0300", False),
    ("a\u2028b", False), ("a\ue000b", False), ("a\u00adb", False), ("a\tb", False),
])
def test_line_problem(value, ok):
    assert (bs.line_problem(value) is None) == ok


@pytest.mark.parametrize("value", [True, 0, -5, 1.9, "3", None, 2 ** 70, bs.MAX_REVISION])
def test_revision_refusals(value):
    with pytest.raises(bs.SchemaError):
        bs.revision(value, "manifest.json")
    assert bs.revision(bs.MAX_REVISION - 1, "manifest.json") == bs.MAX_REVISION - 1


def test_skeletons_and_reasons():
    assert skeleton("000.00.31.\u041d48") == skeleton("000.00.31.h48") == skeleton("000.00.31 .H48")
    assert skeleton("A1") != skeleton("A2")
    assert lookalike_problem("000.00.31.H49", ["000.00.31.H48"]) is None
    assert "chữ hoa" in lookalike_problem("a1", ["A1"])[0]
    assert "U+0410" in lookalike_problem("\u04101", ["B2"])[1]  # Cyrillic A, nothing like it held yet
    assert name_key("UBND  xã BA TƠ") == name_key("UBND xã Ba Tơ") != name_key("UBND xã Ba Tô")
