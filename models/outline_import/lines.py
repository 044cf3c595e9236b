"""Line-level work: normalising text and recognising the marker a line starts with.

A *marker* is what opens a new outline node:
- "PHỤ LỤC 1", "Phụ lục II" (style ``annex``) and "Biểu số 01", "Mẫu số 02" (``form``);
- "Phần thứ nhất", "PHẦN THỨ HAI", "Phần I", "Phần 2" (``phan``) and "A.", "B)", "C-" (``group``);
- a Roman part "I.", "II)", "III-" (``part``); a numbered section "1.", "1)", "1-" (``num.``,
  ``num)``, ``num-``);
- a dotted subsection "2.1.", "2.1" (``dotted2``, ``dotted3`` …); a lettered point "a)", "b."
  (``letter)``/``letter.``); a lower-case Roman point "i.", "ii)" (``lroman.``/``lroman)``);
- a table row whose first cell is its STT ("1⇥Nội dung⇥Ghi chú", ``stt``);
- a bullet "-", "–", "+", "*", "•" (``bullet-``, ``bullet+`` …);
- a placeholder line made only of dots ("……", "......").
Whether a candidate marker really opens a node (or is a hard-wrapped continuation such as
"2025 …") is decided by the tree builder, which knows the numbering seen so far.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from models.text import ordinal_value, roman_value

# Characters that look like whitespace in pasted Word text.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

DASHES = "-–—‐‑−"  # hyphen-minus, en dash, em dash, hyphen, non-breaking hyphen, minus
BULLETS = "•●▪■◦○·\uf0b7\uf0a7\uf0d8"  # round/square bullets incl. Symbol/Wingdings private glyphs

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_ORDINAL_WORDS = r"(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?)"
_PHAN = re.compile(r"^(PHẦN\s+(?:THỨ\s+" + _ORDINAL_WORDS + r"|(?-i:" + _ROMAN + r")|[0-9]{1,2})\b)"
                   r"\s*[.:)\-–]?\s*(.*)$", re.IGNORECASE)
_ANNEX = re.compile(r"^(PHỤ\s+LỤC(?:\s+(?:SỐ\s+)?(?:(?-i:" + _ROMAN + r")|[0-9]{1,2}[a-z]?))?)"
                    r"(?=\s*(?:[.:\-–]|$|\s+\S))\s*[.:\-–]?\s*(.*)$", re.IGNORECASE)
_FORM = re.compile(r"^((?:BIỂU(?:\s+MẪU)?|MẪU)\s+(?:SỐ\s+)?[0-9]{1,3}[a-z]?(?:/[\w-]+)?)\s*[.:\-–]?\s*(.*)$",
                   re.IGNORECASE)
_PART = re.compile(r"^(" + _ROMAN + r")\s*(?:[.)]|-(?=\s))\s*(.*)$")
_DOTTED = re.compile(r"^([0-9]{1,2}(?:\.[0-9]{1,2}){1,3})\.?(?:\s+|\)\s*|$)(.*)$")
_SECTION = re.compile(r"^([0-9]{1,2})\s*([.)]|-(?=\s))(?:\s+|$|(?=[^\W\d_]))(.*)$")
_LROMAN = re.compile(r"^(i{1,3}|iv|vi{0,3}|ix|x)\s*([.)])(?:\s+|$)(.*)$")
_LETTER = re.compile(r"^([a-zđ])\s*([.)])(?:\s+|$)(.*)$")
_GROUP = re.compile(r"^([A-H])\s*(?:[.)]|-(?=\s))\s+(\S.*)$")  # "A. KẾT QUẢ", "B- PHƯƠNG HƯỚNG"
_BULLET = re.compile(r"^([" + re.escape(DASHES + "+*" + BULLETS) + r"])\s*(.*)$")
_PLACEHOLDER = re.compile(r"^[.…·_\s]+$")
_RULE = re.compile(r"^[-–—_=*~|\s]{3,}$|^[-–—_=~]{2,}$|^\|$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_STRONG = re.compile(r"^(\*\*|__)(.+)\1$")
_STT_CELL = re.compile(r"^(?:[0-9]{1,3}|" + _ROMAN + r"|[a-zđ]|[" + re.escape(DASHES + "+*") + r"])$")
STT_HEADER = re.compile(r"^(?:stt|tt|số\s+tt|số\s+thứ\s+tự)\.?$", re.IGNORECASE)


@dataclass(frozen=True)
class Marker:
    """A candidate marker at the start of a line.

    ``style`` tells numbering schemes apart (see the module docstring); ``number`` is the number
    as written, without its punctuation ("Phần thứ hai" and "Phụ lục 1" keep their word); ``text``
    is the rest of the line; ``cells`` are the further cells of a table row.
    """

    style: str
    number: str
    text: str
    cells: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        if self.style in ("part", "group", "phan", "annex", "form"):
            return "part"
        if self.style.startswith(("num", "stt")):
            return "section"
        if self.style.startswith(("dotted", "letter", "lroman")):
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


# A letter or Roman number followed by a tab is a list number whose punctuation was lost in a
# paste from Word.
_BARE_NUMBER = re.compile(r"^[ \t]*([IVX]{1,4}|[a-zđ])[ ]*\t")


def restore_punctuation(line: str) -> str:
    m = _BARE_NUMBER.match(line)
    if not m:
        return line
    mark = ")" if m.group(1).islower() else "."
    return m.group(1) + mark + " " + line[m.end():]


def table_row(raw: str) -> Marker | None:
    """A tab-separated row (a Word table, or a table pasted from Word) whose first non-empty cell is
    a bare STT ("1", "01", "II", "a", "-") and whose next cell has text. A number with its
    punctuation before a tab ("1.⇥…") is a typed list number, not a table cell."""
    if "\t" not in raw:
        return None
    cells = [clean_line(c) for c in raw.strip("\t ").split("\t")]
    if len(cells) < 2 or not _STT_CELL.match(cells[0]) or not cells[1]:
        return None
    if _BULLET.match(cells[0]) and not cells[0][:1].isalnum():
        symbol = "-" if cells[0][0] in DASHES else cells[0][0]
        return Marker(f"bullet{symbol}", symbol, cells[1], tuple(c for c in cells[2:] if c))
    return Marker("stt", cells[0].rstrip("."), cells[1], tuple(c for c in cells[2:] if c))


def is_placeholder(line: str) -> bool:
    """A line made only of dots/ellipses, at least three dots' worth ("…" counts three)."""
    if not line or not _PLACEHOLDER.match(line):
        return False
    weight = line.count(".") + 3 * line.count("…") + line.count("·") + line.count("_")
    return weight >= 3


def is_rule(line: str) -> bool:
    return bool(_RULE.match(line))


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
    if is_rule(line):
        return Marker("rule", "", "")
    for pattern, style in ((_ANNEX, "annex"), (_FORM, "form"), (_PHAN, "phan")):
        m = pattern.match(line)
        if m:
            return Marker(style, " ".join(m.group(1).split()), m.group(2))
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
    m = _LROMAN.match(line)
    if m:
        return Marker(f"lroman{m.group(2)}", m.group(1), m.group(3))
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
    number = marker.number
    if marker.style == "group":
        return ord(number) - ord("A") + 1
    if marker.style in ("phan", "annex", "form"):
        last = number.split()[-1] if len(number.split()) > 1 else ""
        if marker.style == "phan" and len(number.split()) > 2:
            return ordinal_value(" ".join(number.split()[1:]))
        return int(last) if last.isdigit() else roman_value(last) if last else 1
    if marker.style == "part":
        return roman_value(number)
    if marker.style == "stt":
        return int(number) if number.isdigit() else roman_value(number) or letter_value(number)
    if marker.style.startswith(("num", "dotted")):
        return int(number.split(".")[-1])
    if marker.style.startswith("lroman"):
        return roman_value(number)
    if marker.style.startswith("letter"):
        return letter_value(number)
    return 0


def ends_sentence(text: str) -> bool:
    """Whether a line ends where a sentence or list entry may end."""
    return bool(text) and text[-1] in ".;:!?)…/"
