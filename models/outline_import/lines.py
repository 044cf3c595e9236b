"""Line-level work: normalising text and recognising the marker a line starts with.

A *marker* is what opens a new outline node: a lettered group above parts ("A.", "B."), a Roman part ("I.", "Phần II"), a numbered section
("1.", "1)"), a dotted subsection ("2.1.", "2.1"), a lettered point ("a)", "b."), a bullet ("-", "–",
"+", "*", "•") or a placeholder line made only of dots ("……", "......"). Whether a candidate marker
really opens a node (or is a hard-wrapped continuation such as "2025 …") is decided by the tree
builder, which knows the numbering seen so far.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from models.text import roman_value, to_roman  # noqa: F401 - re-exported for the tree builder

# Characters that look like whitespace in pasted Word text.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

DASHES = "-–—‐‑−"  # hyphen-minus, en dash, em dash, hyphen, non-breaking hyphen, minus
BULLETS = "•●▪■◦○·\uf0b7\uf0a7\uf0d8"  # round/square bullets incl. Symbol/Wingdings private glyphs

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_PART_WORD = re.compile(r"^PHẦN\s+(?:THỨ\s+)?((?-i:" + _ROMAN + r")|[0-9]{1,2})\b\s*[.:)\-–]?\s*(.*)$",
                        re.IGNORECASE)
_PART = re.compile(r"^(" + _ROMAN + r")\s*[.)]\s*(.*)$")
_DOTTED = re.compile(r"^([0-9]{1,2}(?:\.[0-9]{1,2}){1,3})\.?(?:\s+|\)\s*|$)(.*)$")
_SECTION = re.compile(r"^([0-9]{1,2})\s*([.)])(?:\s+|$|(?=[^\W\d_]))(.*)$")
_LETTER = re.compile(r"^([a-zđ])\s*([.)])(?:\s+|$)(.*)$")
_GROUP = re.compile(r"^([A-H])\s*[.)]\s+(\S.*)$")  # "A. KẾT QUẢ", "B. PHƯƠNG HƯỚNG" above parts
_BULLET = re.compile(r"^([" + re.escape(DASHES + "+*" + BULLETS) + r"])\s*(.*)$")
_PLACEHOLDER = re.compile(r"^[.…·_\s]+$")
_RULE = re.compile(r"^[-–—_=*~\s]{3,}$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_STRONG = re.compile(r"^(\*\*|__)(.+)\1$")


@dataclass(frozen=True)
class Marker:
    """A candidate marker at the start of a line.

    ``style`` tells numbering schemes apart ("part", "num.", "num)", "dotted2", "letter)",
    "bullet-", "bullet+", "placeholder" …); ``number`` is the number as written, without its
    punctuation; ``text`` is the rest of the line.
    """

    style: str
    number: str
    text: str

    @property
    def kind(self) -> str:
        if self.style in ("part", "group"):
            return "part"
        if self.style.startswith("num"):
            return "section"
        if self.style.startswith(("dotted", "letter")):
            return "subsection"
        if self.style == "placeholder":
            return "placeholder"
        return "item"


def normalise_text(text: str) -> str:
    """NFC, unified newlines, no control characters. Line structure is kept."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", text)


def clean_line(line: str) -> str:
    """Tabs and runs of (non-breaking) spaces become one space; ends are trimmed."""
    line = _SPACES.sub(" ", line).strip()
    line = _MD_HEADING.sub("", line)
    m = _MD_STRONG.match(line)
    return m.group(2).strip() if m else line


# A number followed by a tab is a list number whose punctuation was lost in a paste from Word.
_BARE_NUMBER = re.compile(r"^[ \t]*([0-9]{1,2}|[IVX]{1,4}|[a-zđ])[ ]*\t")


def _restore_punctuation(line: str) -> str:
    m = _BARE_NUMBER.match(line)
    if not m:
        return line
    mark = ")" if m.group(1).islower() else "."
    return m.group(1) + mark + " " + line[m.end():]


def split_lines(text: str) -> list[str]:
    return [clean_line(_restore_punctuation(line)) for line in normalise_text(text).split("\n")]


def is_placeholder(line: str) -> bool:
    """A line made only of dots/ellipses, at least three dots' worth ("…" counts three)."""
    if not line or not _PLACEHOLDER.match(line):
        return False
    weight = line.count(".") + 3 * line.count("…") + line.count("·") + line.count("_")
    return weight >= 3


def letter_value(letter: str) -> int:
    """a=1, b=2 … with "đ" after "d", as Vietnamese documents number their points."""
    order = "abcdđefghijklmnopqrstuvwxyz"
    return order.index(letter) + 1 if letter in order else 0


def parse_marker(line: str) -> Marker | None:
    """The candidate marker the (cleaned) line starts with, or None for a plain text line."""
    if not line:
        return None
    if is_placeholder(line):
        return Marker("placeholder", "", "")
    if _RULE.match(line):
        return Marker("rule", "", "")
    m = _PART_WORD.match(line)
    if m and m.group(1):
        return Marker("part", m.group(1), m.group(2))
    m = _PART.match(line)
    if m and m.group(1):
        return Marker("part", m.group(1), m.group(2))
    m = _GROUP.match(line)
    if m:
        return Marker("group", m.group(1), m.group(2))
    m = _DOTTED.match(line)
    if m:
        depth = m.group(1).count(".") + 1
        return Marker(f"dotted{depth}", m.group(1), m.group(2))
    m = _SECTION.match(line)
    if m:
        return Marker(f"num{m.group(2)}", str(int(m.group(1))), m.group(3))
    m = _LETTER.match(line)
    if m:
        return Marker(f"letter{m.group(2)}", m.group(1), m.group(3))
    m = _BULLET.match(line)
    if m:
        ch = m.group(1)
        symbol = "-" if ch in DASHES else "•" if ch in BULLETS else ch
        return Marker(f"bullet{symbol}", symbol, m.group(2))
    return None


def marker_value(marker: Marker) -> int:
    """The marker's ordinal among its siblings (last component for dotted numbers)."""
    if marker.style == "group":
        return ord(marker.number) - ord("A") + 1
    if marker.style == "part":
        return roman_value(marker.number) if marker.number.isalpha() else int(marker.number)
    if marker.style.startswith(("num", "dotted")):
        return int(marker.number.split(".")[-1])
    if marker.style.startswith("letter"):
        return letter_value(marker.number)
    return 0


def ends_sentence(text: str) -> bool:
    """Whether a line ends where a sentence or list entry may end."""
    return bool(text) and text[-1] in ".;:!?)…/"
