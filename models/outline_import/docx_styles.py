"""What a .docx's styles.xml and numbering.xml say about its paragraphs: Word's automatic numbers
and the font each run is typed in.

Numbering: a paragraph carries w:numPr (w:numId, w:ilvl) directly or through its paragraph style
(followed through w:basedOn; a style without w:ilvl takes the level whose w:pStyle names it).
numbering.xml maps numId → abstractNum → per-level w:numFmt, w:lvlText ("%1.", "%1.%2.") and
w:start; an abstractNum with w:numStyleLink borrows the levels of the list style it names (Word's
"list style" lists). ``Counter`` replays the counters per numId (a level restarts when a higher level
advances) and gives the label Word would display. Bullets become "-" (first level), "+" (second),
"*" (level 2) and "•" (deeper) — counting only the list's bullet levels — unless the glyph is itself a
dash or a plus.

Fonts: a run's w:rFonts (w:hAnsi, else w:ascii), else its character style's, else its paragraph
style's, else the document default. Only the name matters here: ".VnTime…" fonts are TCVN3 (and
"….H" names draw upper case), "VNI-…" fonts are VNI (see legacy_vn.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from models.text import to_roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BULLET_BY_LEVEL = ("-", "+", "*", "•")


def val(el: ET.Element | None, default: str | None = None) -> str | None:
    return el.get(f"{W}val", default) if el is not None else default


def to_int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _clamp(start: int) -> int:
    """Keep hostile start values from producing huge labels."""
    return max(0, min(start, 9999))


def font_of(rpr: ET.Element | None) -> str | None:
    fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
    if fonts is None:
        return None
    return fonts.get(f"{W}hAnsi") or fonts.get(f"{W}ascii")


def legacy_kind(font: str | None) -> str | None:
    """"tcvn3", "tcvn3-upper", "vni" or None for a font name."""
    if not font:
        return None
    name = font.strip().lower()
    if name.startswith(".vn"):
        return "tcvn3-upper" if name.endswith("h") else "tcvn3"
    if name.startswith(("vni-", "vni ")):
        return "vni"
    return None


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    style: str | None = None  # w:pStyle linked to this level


@dataclass
class Styles:
    numbering: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)  # styleId → numPr
    fonts: dict[str, str] = field(default_factory=dict)  # styleId → font (after basedOn)
    default_paragraph: str | None = None
    default_font: str | None = None
    list_styles: dict[str, str] = field(default_factory=dict)  # numbering styleId → numId


def parse_styles(root: ET.Element | None) -> Styles:
    styles = Styles()
    if root is None:
        return styles
    own_num: dict[str, tuple[str | None, int | None]] = {}
    own_font: dict[str, str] = {}
    based: dict[str, str] = {}
    defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    styles.default_font = font_of(defaults)
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId", "")
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            ilvl = val(num_pr.find(f"{W}ilvl"))
            num_id = val(num_pr.find(f"{W}numId"))
            own_num[sid] = (num_id, to_int(ilvl, 0) if ilvl is not None else None)
            if style.get(f"{W}type") == "numbering" and num_id:
                styles.list_styles[sid] = num_id
        font = font_of(style.find(f"{W}rPr"))
        if font:
            own_font[sid] = font
        parent = val(style.find(f"{W}basedOn"))
        if parent:
            based[sid] = parent
        if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true", "on"):
            styles.default_paragraph = sid
    for table, out in ((own_num, styles.numbering), (own_font, styles.fonts)):
        for sid in set(table) | set(based):
            seen, cur = set(), sid
            while cur and cur not in table and cur not in seen:
                seen.add(cur)
                cur = based.get(cur, "")
            if cur in table:
                out[sid] = table[cur]  # type: ignore[assignment]
    return styles


@dataclass
class Numbering:
    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    num_to_abstract: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → start
    style_links: dict[str, str] = field(default_factory=dict)  # abstractNum → list style it borrows

    def levels(self, num_id: str, styles: Styles, _seen: frozenset[str] = frozenset()) -> dict[int, Level]:
        abstract = self.num_to_abstract.get(num_id, "")
        link = self.style_links.get(abstract)
        if link and link in styles.list_styles and num_id not in _seen:
            return self.levels(styles.list_styles[link], styles, _seen | {num_id})
        return self.abstract.get(abstract, {})

    def start(self, num_id: str, ilvl: int, level: Level | None) -> int:
        override = self.overrides.get(num_id, {}).get(ilvl)
        if override is not None:
            return override
        return level.start if level else 1


def parse_numbering(root: ET.Element | None) -> Numbering:
    numbering = Numbering()
    if root is None:
        return numbering
    for absn in root.iter(f"{W}abstractNum"):
        abstract_id = absn.get(f"{W}abstractNumId", "")
        levels: dict[int, Level] = {}
        for lvl in absn.findall(f"{W}lvl"):
            ilvl = to_int(lvl.get(f"{W}ilvl"), 0)
            levels[ilvl] = Level(fmt=val(lvl.find(f"{W}numFmt"), "decimal") or "decimal",
                                 text=val(lvl.find(f"{W}lvlText"), "") or "",
                                 start=_clamp(to_int(val(lvl.find(f"{W}start")), 1)),
                                 style=val(lvl.find(f"{W}pStyle")))
        numbering.abstract[abstract_id] = levels
        link = val(absn.find(f"{W}numStyleLink"))
        if link:
            numbering.style_links[abstract_id] = link
    for num in root.iter(f"{W}num"):
        num_id = num.get(f"{W}numId", "")
        numbering.num_to_abstract[num_id] = val(num.find(f"{W}abstractNumId"), "") or ""
        for override in num.findall(f"{W}lvlOverride"):
            start = override.find(f"{W}startOverride")
            if start is not None:
                ilvl = to_int(override.get(f"{W}ilvl"), 0)
                numbering.overrides.setdefault(num_id, {})[ilvl] = _clamp(to_int(val(start), 1))
    return numbering


def _letters(n: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    if n <= 0:
        return ""
    return alphabet[(n - 1) % 26] * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return to_roman(n)
    if fmt == "lowerRoman":
        return to_roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _bullet(lvl: Level, ilvl: int, levels: dict[int, Level]) -> str:
    """A dash or plus glyph as itself; any other glyph by its depth among the list's bullet levels."""
    glyph = lvl.text.strip()
    if glyph and glyph in "-–—‐‑−":
        return "-"
    if glyph in ("+", "*"):
        return glyph
    depth = sum(1 for k, other in levels.items() if k < ilvl and other.fmt == "bullet")
    return _BULLET_BY_LEVEL[min(depth, len(_BULLET_BY_LEVEL) - 1)]


class Counter:
    """Replays Word's list counters per numId."""

    def __init__(self, numbering: Numbering, styles: Styles):
        self.numbering = numbering
        self.styles = styles
        self.counts: dict[str, dict[int, int]] = {}

    def level_for_style(self, num_id: str, style_id: str | None) -> int:
        for ilvl, level in self.numbering.levels(num_id, self.styles).items():
            if style_id and level.style == style_id:
                return ilvl
        return 0

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.numbering.levels(num_id, self.styles)
        ilvl = max(0, min(ilvl, 8))
        lvl = levels.get(ilvl)
        if lvl is None or num_id in ("", "0"):
            return ""
        counts = self.counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, self.numbering.start(num_id, ilvl, lvl) - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if lvl.fmt == "bullet":
            return _bullet(lvl, ilvl, levels)

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            other = levels.get(k)
            value = counts.get(k, self.numbering.start(num_id, k, other))
            return format_number(value, lvl.fmt if k == ilvl else (other.fmt if other else "decimal"))

        return re.sub(r"%([1-9])", sub, lvl.text).strip()
