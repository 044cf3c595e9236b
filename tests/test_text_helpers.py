"""The shared text helpers: Roman numerals, "Phần thứ …" ordinals, diacritic folding, the clock."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from models import clock
from models.text import ascii_fold, fold, fold_key, is_roman, ordinal_value, roman_value, to_roman, vn_upper

ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
          "XVI", "XVII", "XVIII", "XIX", "XX"]


@pytest.mark.parametrize("n,numeral", list(enumerate(ROMANS, start=1)))
def test_roman_numerals_both_ways_to_twenty(n, numeral):
    assert to_roman(n) == numeral
    assert roman_value(numeral) == n
    assert roman_value(numeral.lower()) == n


def test_roman_limits_and_malformed_numerals():
    assert to_roman(0) == "" and to_roman(-3) == "" and to_roman(4000) == ""
    assert to_roman(96) == "XCVI" and to_roman(1999) == "MCMXCIX"
    for bad in ("", "IIII", "VX", "IC", "ABC", "I I"):
        assert not is_roman(bad)
        assert roman_value(bad) == 0
    assert all(roman_value(to_roman(n)) == n for n in range(1, 400))


@pytest.mark.parametrize("words,value", [
    ("nhất", 1), ("Thứ hai", 2), ("thứ ba", 3), ("THỨ TƯ", 4), ("thứ năm", 5), ("sáu", 6), ("bảy", 7),
    ("tám", 8), ("chín", 9), ("mười", 10), ("mười một", 11), ("mười lăm", 15), ("hai mươi", 20),
    ("IV", 4), ("thứ 3", 3), ("xii", 12)])
def test_spelled_out_ordinals(words, value):
    assert ordinal_value(words) == value


def test_not_an_ordinal():
    assert ordinal_value("kết quả") == 0
    assert ordinal_value("") == 0


def test_folding_keeps_positions_and_handles_d_with_stroke():
    text = "Đề cương Báo cáo ĐỊNH KỲ"
    assert fold(text) == "de cuong bao cao dinh ky"
    assert len(fold(text)) == len(text)
    assert fold_key("  Sở   Nội\u00a0vụ ") == "so noi vu"
    assert ascii_fold("Xã Ba Tơ, Đắk Lắk") == "Xa Ba To, Dak Lak"
    assert vn_upper("ủy ban nhân dân xã ba tơ") == "ỦY BAN NHÂN DÂN XÃ BA TƠ"


def test_clock_can_be_fixed_and_restored():
    when = datetime(2025, 9, 16, 14, 5, 9)
    with clock.fixed(when) as fixed:
        assert clock.now_iso() == "2025-09-16T14:05:09"
        assert clock.today().isoformat() == "2025-09-16"
        fixed.advance(days=1)
        assert clock.today().isoformat() == "2025-09-17"
    assert clock.now() != when


# ---- cleaning at the door -------------------------------------------------------------------
from hypothesis import given, strategies as st  # noqa: E402

from models.text import clean_line, clean_text  # noqa: E402


def test_clean_text_maps_word_breaks_and_drops_hostile_characters():
    assert clean_text("một\x0bhai\x0cba\r\nbốn\rnăm") == "một\nhai\nba\nbốn\nnăm"
    assert clean_text("a\x00b\x1fc\x7fd\ufffee\ud800f") == "abcdef"
    assert clean_text("\u202eevil\u202c \u2066x\u2069 \u200bz\ufeff") == "evil x z"
    assert clean_text("Tie\u0302\u0301ng Vie\u0323\u0302t") == "Tiếng Việt"  # NFC
    assert clean_text("tab\tstays\nand line feed") == "tab\tstays\nand line feed"
    assert clean_line("  Xã\u00a0Ba\u200b Tơ \n") == "Xã Ba Tơ"


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200))
def test_clean_text_output_is_xml_safe_nfc_and_idempotent(text):
    out = clean_text(text)
    assert clean_text(out) == out
    assert unicodedata.normalize("NFC", out) == out
    for ch in out:
        code = ord(ch)
        assert ch in "\t\n" or code >= 0x20
        assert not 0xD800 <= code <= 0xDFFF and code not in (0xFFFE, 0xFFFF) and not 0x7F <= code <= 0x9F
        assert not 0x202A <= code <= 0x202E and not 0x2066 <= code <= 0x2069
    out.encode("utf-8")  # no lone surrogate survives


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200))
def test_clean_text_fast_path_agrees_with_the_full_cleaning(text):
    # a leading NUL is always removed and sends the text down the full path
    assert clean_text(text) == clean_text("\x00" + text)
