"""Look-alike unit codes and names: what makes a new unit suspicious next to the units already held.

A code that differs from an existing one only by invisible characters, white space, letter case,
compatibility forms (full-width "Ｈ") or Cyrillic/Greek letters that look like Latin ones would be
shown as a second unit under the real one's name; `lookalike_problem` says why such a code is
refused (Vietnamese, English). A code with a Cyrillic/Greek look-alike letter is refused even
when nothing resembles it yet (unit codes are Latin), so the order of arrival does not matter.
Pure: no database.
"""

from __future__ import annotations

import unicodedata
from typing import Iterable

from .bundle_schema import INVISIBLE

# Cyrillic and Greek letters drawn like a Latin letter or a digit.
CONFUSABLES = {
    **dict(zip("АВСЕНІЈКМОРЅТХУҮЗбЬԁһԛԝӏӀԚԜаеорсхуѕіј",
               "ABCEHIJKMOPSTXYY36bdhqwlIQWaeopcxysij")),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧορικνχυ", "ABEZHIKMNOPTYXopikvxu")),
}


def _visible(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc") and ch not in INVISIBLE)


def _no_space(text: str) -> str:
    return "".join(text.split())


def skeleton(text: str) -> str:
    """What a code looks like on screen: visible characters, compatibility forms folded (NFKC),
    look-alike letters mapped to Latin, case folded, white space removed."""
    folded = unicodedata.normalize("NFKC", _visible(text))
    return _no_space("".join(CONFUSABLES.get(ch, ch) for ch in folded).casefold())


def _points(chars: Iterable[str]) -> str:
    return ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in dict.fromkeys(chars))


def confusable_letters(code: str) -> str:
    """The Cyrillic/Greek look-alike and compatibility letters in `code`, described ("" when none)."""
    odd = [ch for ch in code if ch in CONFUSABLES or unicodedata.normalize("NFKC", ch) != ch]
    return _points(odd)


def why_alike(new: str, old: str) -> tuple[str, str]:
    """How `new` differs from `old` when both have the same skeleton (Vietnamese, English)."""
    if _visible(new) == _visible(old):
        hidden = _points(ch for ch in new + old if ch not in _visible(new + old))
        return f"chỉ khác ở ký tự vô hình {hidden}", f"differs only by the invisible character(s) {hidden}"
    if _no_space(_visible(new)) == _no_space(_visible(old)):
        return "chỉ khác ở khoảng trắng", "differs only by white space"
    if _no_space(_visible(new)).casefold() == _no_space(_visible(old)).casefold():
        return "chỉ khác ở chữ hoa/chữ thường", "differs only by upper/lower case"
    letters = confusable_letters(new) or confusable_letters(old)
    return (f"chỉ khác ở chữ trông giống chữ Latinh {letters}",
            f"differs only by letter(s) that look like Latin ones: {letters}")


def lookalike_problem(code: str, existing: Iterable[str]) -> tuple[str, str] | None:
    """Why a NEW unit code must be refused (two sentences: Vietnamese, English), or None.
    `existing`: the codes already held."""
    key = skeleton(code)
    for old in existing:
        if old != code and skeleton(old) == key:
            vi, en = why_alike(code, old)
            return (f"Mã đơn vị \"{code}\" gần như trùng mã đã có \"{old}\": {vi}.",
                    f"The unit code \"{code}\" looks like the existing code \"{old}\": {en}.")
    letters = confusable_letters(code)
    if letters:
        return (f"Mã đơn vị \"{code}\" chứa chữ Kirin/Hy Lạp hoặc chữ toàn khổ trông giống chữ Latinh: {letters}.",
                f"The unit code \"{code}\" contains Cyrillic/Greek or full-width letters that look like Latin ones: "
                f"{letters}.")
    return None


def name_key(name: str) -> str:
    """A unit name for comparison: NFC, look-alikes mapped, case folded, white space collapsed
    (diacritics kept: "Ba Tơ" and "Ba Tô" are different communes)."""
    text = unicodedata.normalize("NFC", _visible(name))
    return " ".join("".join(CONFUSABLES.get(ch, ch) for ch in text).casefold().split())


__all__ = ["CONFUSABLES", "confusable_letters", "lookalike_problem", "name_key", "skeleton", "why_alike"]
