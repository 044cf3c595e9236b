"""Vietnamese before Unicode: the TCVN3 (ABC, ".VnTime") and VNI ("VNI-Times") font encodings, and a
test of whether a word is a well-formed Vietnamese syllable.

Both legacy encodings are 8-bit font encodings: the bytes are ordinary Windows-1252 characters that
the font draws as Vietnamese letters. Word keeps them in a .docx as those Windows-1252 characters
("C«ng an tØnh" is "Công an tỉnh" drawn with .VnTime), so the conversion here works on characters:
each one is turned back into its byte and the byte is mapped to the letter the font draws.

- TCVN3: one byte per letter (TCVN 5712:1993; the table below is the standard one, as glibc's
  TCVN5712-1 converter gives it). The ".VnTimeH"-style fonts (name ending in "H") draw every letter
  upper case, so text in those fonts is upper-cased after mapping.
- VNI: a base letter followed by a mark byte ("Vieät" = "Việt"); ơ, ư, đ and the i/y letters are
  single bytes.

Nothing here guesses: the mapping is fixed. Whether a text *is* in one of these encodings is decided
by counting the words that become well-formed Vietnamese syllables (``syllable_score``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Bytes 0x80-0xFF of TCVN 5712:1993 (the .VnTime fonts use 0xA0-0xFF).
TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 0x80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 0x90
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # 0xA0
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # 0xB0
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # 0xC0
    "éẹềểễếệìỉỄẾỒĩíịò"  # 0xD0
    "Ổỏõóọồổỗốộờởỡớợù"  # 0xE0
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # 0xF0
)
assert len(TCVN3_HIGH) == 128

# The .VnTime fonts (TCVN3, "ABC") use 0xA1-0xFF; 0x80-0x9F keep Windows-1252's quotes and dashes.
_TCVN3_TRANS = str.maketrans({chr(b): TCVN3_HIGH[b - 0x80] for b in range(0xA1, 0x100)})


_WORD = re.compile(r"\b(?=\w*[A-Z]\w*[A-Z])\w+")


def _upper_word(m: re.Match[str]) -> str:
    """TCVN3 has no upper-case toned letters: "TØNH" was meant as "TỈNH" (≥ 2 upper-case ASCII
    letters and no lower-case ASCII letter in the word)."""
    word = m.group(0)
    upper = sum(1 for ch in word if "A" <= ch <= "Z")
    lower = sum(1 for ch in word if "a" <= ch <= "z")
    return word.upper() if upper >= 2 and lower == 0 else word


def tcvn3_to_unicode(text: str, upper: bool = False) -> str:
    """Text typed in a .VnTime font (as Word stores it) → Unicode; ``upper`` for the "…H" fonts."""
    out = unicodedata.normalize("NFC", text.translate(_TCVN3_TRANS))
    if upper:
        return unicodedata.normalize("NFC", out.upper())
    return unicodedata.normalize("NFC", _WORD.sub(_upper_word, out))


def tcvn3_bytes_to_text(data: bytes) -> str:
    return tcvn3_to_unicode(data.decode("latin-1"))


# ---- VNI ------------------------------------------------------------------------------------
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
# mark byte (lower-case form; the upper-case form is 0x20 lower) → combining marks it adds
_VNI_MARKS = {
    0xF9: _ACUTE, 0xF8: _GRAVE, 0xFB: _HOOK, 0xF5: _TILDE, 0xEF: _DOT,
    0xE2: _CIRC, 0xE1: _CIRC + _ACUTE, 0xE0: _CIRC + _GRAVE, 0xE5: _CIRC + _HOOK, 0xE3: _CIRC + _TILDE,
    0xE4: _CIRC + _DOT,
    0xEA: _BREVE, 0xE9: _BREVE + _ACUTE, 0xE8: _BREVE + _GRAVE, 0xFA: _BREVE + _HOOK,
    0xFC: _BREVE + _TILDE, 0xEB: _BREVE + _DOT,
}
# single bytes that are letters of their own
_VNI_LETTERS = {0xF4: "o" + _HORN, 0xF6: "u" + _HORN, 0xED: "i" + _ACUTE, 0xEC: "i" + _GRAVE,
                0xE6: "i" + _HOOK, 0xF3: "i" + _TILDE, 0xF2: "i" + _DOT, 0xEE: "y" + _DOT, 0xF1: "đ"}
_VNI_BASES = "aeouyAEOUY"


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    marks: dict[str, str] = {}
    letters: dict[str, str] = {}
    for byte, mark in _VNI_MARKS.items():
        marks[chr(byte)] = mark
        marks[chr(byte - 0x20)] = mark
    for byte, letter in _VNI_LETTERS.items():
        letters[chr(byte)] = letter
        letters[chr(byte - 0x20)] = letter[0].upper() + letter[1:] if letter != "đ" else "Đ"
    return marks, letters


_VNI_MARK, _VNI_LETTER = _vni_tables()
_MARK_CLASS = "[" + "".join(sorted(_VNI_MARK)) + "]"
_TONE_CLASS = "[" + "".join(ch for ch, m in sorted(_VNI_MARK.items()) if len(m) == 1 and m not in (_CIRC, _BREVE)) + "]"
_VNI_HORNED = re.compile("([" + "".join(chr(b) for b in (0xF4, 0xD4, 0xF6, 0xD6)) + "])(" + _TONE_CLASS + ")?")
_VNI_MARKED = re.compile("([" + _VNI_BASES + "])(" + _MARK_CLASS + ")")
_VNI_SINGLE = str.maketrans(_VNI_LETTER)


def vni_to_unicode(text: str) -> str:
    """Text typed in a VNI font (as Word stores it) → Unicode."""
    text = _VNI_HORNED.sub(lambda m: _VNI_LETTER[m.group(1)] + (_VNI_MARK[m.group(2)] if m.group(2) else ""),
                           text)
    text = _VNI_MARKED.sub(lambda m: m.group(1) + _VNI_MARK[m.group(2)], text)
    return unicodedata.normalize("NFC", text.translate(_VNI_SINGLE))


def vni_bytes_to_text(data: bytes) -> str:
    return vni_to_unicode("".join(chr(b) for b in data))


# ---- well-formed syllables --------------------------------------------------------------------
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
_NUCLEI = ("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui "
           "uô uơ uy ưa ưi ươ ưu yê iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu").split()
_CODA = r"(?:ch|ng|nh|[cmnpt])?"
_SYLLABLE = re.compile("^" + _ONSET + "(?:" + "|".join(sorted(_NUCLEI, key=len, reverse=True)) + ")"
                       + _CODA + "$")
_TOKEN = re.compile(r"[^\s0-9!-/:-@\[-`{-~\u2010-\u2027\u00a0]+")


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether ``word`` (any case) is a well-formed Vietnamese syllable with at most one tone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in _TONES)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return bool(_SYLLABLE.match(bare))


def syllable_score(text: str, limit: int = 200_000) -> tuple[int, int]:
    """(well-formed, total) over the words of ``text`` that contain a non-ASCII character."""
    good = total = 0
    for token in _TOKEN.findall(text[:limit]):
        if token.isascii():
            continue
        total += 1
        good += is_syllable(token)
    return good, total
