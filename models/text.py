"""Vietnamese text helpers used everywhere: NFC, upper case, diacritic folding, Roman numerals and
the spelled-out ordinals of "Phần thứ nhất / thứ hai …". One copy of each, no dependencies."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["nfc", "vn_upper", "fold", "fold_key", "ascii_fold", "to_roman", "roman_value",
           "is_roman", "ordinal_value", "ORDINALS"]


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def vn_upper(text: str | None) -> str:
    """Upper case that stays NFC ("ủy ban" → "ỦY BAN")."""
    return nfc(nfc(text).upper())


class _FoldTable(dict):
    """str.translate table for `fold`, filled one character at a time as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in "đĐ":
            folded = "d"
        else:
            base = unicodedata.normalize("NFD", ch)[0].lower()
            folded = base if len(base) == 1 else ch
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str | None) -> str:
    """Lower case without diacritics, one output character per input character (positions found in
    the folded text are positions in the original): "Đề cương" → "de cuong"."""
    return (text or "").translate(_FOLD)


def fold_key(text: str | None) -> str:
    """A comparison key: NFC, folded, white space collapsed ("  Sở   Nội vụ " → "so noi vu")."""
    return " ".join(fold(nfc(text)).split())


def ascii_fold(text: str | None) -> str:
    """Diacritics removed, case kept, anything non-ASCII dropped ("Ba Tơ" → "Ba To")."""
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# ---- Roman numerals -------------------------------------------------------------------------
_ROMAN_STEPS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(n: int) -> str:
    """Upper-case Roman numeral for 1 ≤ n ≤ 3999; "" outside that range."""
    if not 0 < n < 4000:
        return ""
    out = []
    for value, digits in _ROMAN_STEPS:
        count, n = divmod(n, value)
        out.append(digits * count)
    return "".join(out)


def is_roman(text: str) -> bool:
    """A well-formed Roman numeral (either case), e.g. "XIV"; "IIII" and "" are not."""
    return bool(text) and bool(_ROMAN_RE.match(text.upper()))


def roman_value(text: str) -> int:
    """"XIV" → 14; 0 for anything that is not a well-formed numeral."""
    if not is_roman(text):
        return 0
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    digits = [values[c] for c in text.upper()]
    return sum(-v if i + 1 < len(digits) and digits[i + 1] > v else v for i, v in enumerate(digits))


# ---- "Phần thứ nhất" ordinals ---------------------------------------------------------------
# Folded spellings (see `fold`) of the ordinals official documents use for parts and chapters.
ORDINALS: dict[str, int] = {
    "nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
    "muoi": 10, "muoi mot": 11, "muoi hai": 12, "muoi ba": 13, "muoi bon": 14, "muoi tu": 14,
    "muoi lam": 15, "muoi nam": 15, "muoi sau": 16, "muoi bay": 17, "muoi tam": 18, "muoi chin": 19,
    "hai muoi": 20,
}


def ordinal_value(words: str) -> int:
    """"nhất" → 1, "Thứ hai" → 2, "thứ mười lăm" → 15, "IV"/"4" → 4; 0 when not an ordinal."""
    key = fold_key(words)
    key = key[4:] if key.startswith("thu ") else key
    if key.isdigit():
        return int(key)
    if key in ORDINALS:
        return ORDINALS[key]
    return roman_value(key.upper()) if " " not in key else 0


# ---- cleaning text at the door ----------------------------------------------------------------
# Every text that enters the store (editor, paste, fill files, bundles, imported letters) goes
# through `clean_text` once; names and codes through `clean_line`. What they remove can crash XML
# writers (C0 controls, U+FFFE, lone surrogates) or mislead a reader (bidi overrides).
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_DROP = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"  # C0/C1 controls (tab and line feed stay)
    "\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"  # zero-width, bidi controls
    "\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"  # noncharacters, lone surrogates
    "|[\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]")


def clean_text(text: str | None) -> str:
    """Multi-line text made safe to store and print: line breaks unified to "\\n" (a vertical tab or
    form feed pasted from Word becomes a line break), control, bidi-override, zero-width and
    non-characters removed, NFC. Idempotent."""
    if not text:
        return ""
    if text.replace("\n", "").replace("\t", "").isprintable():
        # the common case, at C speed: no character of a class removed or mapped below is printable
        # (controls, format characters, separators other than the space, surrogates, non-characters)
        return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    text = _DROP.sub("", _LINE_BREAKS.sub("\n", text))
    return unicodedata.normalize("NFC", text)


def clean_line(text: str | None) -> str:
    """A one-line value (a name, a code, a title): `clean_text`, then all white space collapsed to
    single spaces and trimmed."""
    return " ".join(clean_text(text).split())
