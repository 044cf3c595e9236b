"""Reading a Word .docx as outline text, including Word's automatic numbering.

Word keeps list numbers out of the text: a paragraph carries w:numPr (w:numId, w:ilvl) directly or
through its paragraph style, and numbering.xml maps numId → abstractNum → per-level w:numFmt
(decimal, upperRoman, lowerLetter, bullet …), w:lvlText ("%1.", "%1.%2.") and w:start. We replay
the counters (per numId and level; a level restarts when a higher level advances) and prefix each
paragraph with the number Word would display, so the same text pipeline builds the tree.

Bullets become "-" (level 0), "+" (level 1), "*" (level 2) and "•" (deeper), whatever glyph the
document uses, so nesting follows Word's levels. Paragraphs are read in document order, table
cells included (letter headers often sit in a table). Soft line breaks become new lines.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from xml.etree import ElementTree as ET

from models.errors import UserError

from models.text import to_roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BULLET_BY_LEVEL = ("-", "+", "*", "•")
_MAX_XML_BYTES = 64 * 1024 * 1024


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _Numbering:
    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    num_to_abstract: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → start

    def level(self, num_id: str, ilvl: int) -> _Level | None:
        levels = self.abstract.get(self.num_to_abstract.get(num_id, ""), {})
        return levels.get(ilvl)

    def start(self, num_id: str, ilvl: int) -> int:
        override = self.overrides.get(num_id, {}).get(ilvl)
        if override is not None:
            return override
        lvl = self.level(num_id, ilvl)
        return lvl.start if lvl else 1


def _val(el: ET.Element | None, default: str | None = None) -> str | None:
    return el.get(f"{W}val", default) if el is not None else default


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _clamp(start: int) -> int:
    """Keep hostile start values from producing huge labels."""
    return max(0, min(start, 9999))


def _parse_numbering(root: ET.Element | None) -> _Numbering:
    numbering = _Numbering()
    if root is None:
        return numbering
    for absn in root.iter(f"{W}abstractNum"):
        levels: dict[int, _Level] = {}
        for lvl in absn.findall(f"{W}lvl"):
            ilvl = _int(lvl.get(f"{W}ilvl"), 0)
            levels[ilvl] = _Level(fmt=_val(lvl.find(f"{W}numFmt"), "decimal") or "decimal",
                                  text=_val(lvl.find(f"{W}lvlText"), "") or "",
                                  start=_clamp(_int(_val(lvl.find(f"{W}start")), 1)))
        numbering.abstract[absn.get(f"{W}abstractNumId", "")] = levels
    for num in root.iter(f"{W}num"):
        num_id = num.get(f"{W}numId", "")
        numbering.num_to_abstract[num_id] = _val(num.find(f"{W}abstractNumId"), "") or ""
        for override in num.findall(f"{W}lvlOverride"):
            start = override.find(f"{W}startOverride")
            if start is not None:
                ilvl = _int(override.get(f"{W}ilvl"), 0)
                numbering.overrides.setdefault(num_id, {})[ilvl] = _clamp(_int(_val(start), 1))
    return numbering


def _style_numbering(root: ET.Element | None) -> dict[str, tuple[str | None, int | None]]:
    """Paragraph style id → (numId, ilvl) it carries, following w:basedOn."""
    if root is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId", "")
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            ilvl = _val(num_pr.find(f"{W}ilvl"))
            own[sid] = (_val(num_pr.find(f"{W}numId")), _int(ilvl, 0) if ilvl is not None else None)
        parent = _val(style.find(f"{W}basedOn"))
        if parent:
            based[sid] = parent
    resolved: dict[str, tuple[str | None, int | None]] = {}
    for sid in set(own) | set(based):
        seen, cur = set(), sid
        while cur and cur not in own and cur not in seen:
            seen.add(cur)
            cur = based.get(cur, "")
        if cur in own:
            resolved[sid] = own[cur]
    return resolved


def _letters(n: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    if n <= 0:
        return ""
    return alphabet[(n - 1) % 26] * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman",):
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


class _Counter:
    """Replays Word's list counters per numId."""

    def __init__(self, numbering: _Numbering):
        self.numbering = numbering
        self.counts: dict[str, dict[int, int]] = {}

    def label(self, num_id: str, ilvl: int) -> str:
        lvl = self.numbering.level(num_id, ilvl)
        if lvl is None or num_id in ("", "0"):
            return ""
        ilvl = max(0, min(ilvl, 8))
        counts = self.counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, self.numbering.start(num_id, ilvl) - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if lvl.fmt == "bullet":
            return _BULLET_BY_LEVEL[min(ilvl, len(_BULLET_BY_LEVEL) - 1)]

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            other = self.numbering.level(num_id, k)
            value = counts.get(k, self.numbering.start(num_id, k))
            return format_number(value, lvl.fmt if k == ilvl else (other.fmt if other else "decimal"))

        return re.sub(r"%([1-9])", sub, lvl.text).strip()


def _paragraph_text(p: ET.Element) -> str:
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == f"{W}t":
            parts.append(el.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _corrupt(name: str) -> UserError:
    return UserError(
        f"Không đọc được tệp Word {name}: tệp bị hỏng hoặc không phải định dạng .docx.",
        f"Cannot read the Word file {name}: it is damaged or not a .docx file.")


def _read_xml(zf: zipfile.ZipFile, member: str, name: str) -> ET.Element | None:
    try:
        info = zf.getinfo(member)
    except KeyError:
        return None
    if info.file_size > _MAX_XML_BYTES:
        raise _corrupt(name)
    try:
        return ET.fromstring(zf.read(member))
    except (ET.ParseError, zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
        raise _corrupt(name) from None


def docx_text(data: bytes, name: str = "tệp") -> str:
    """The document's paragraphs as lines, with Word's displayed list numbers prefixed."""
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _corrupt(name) from None
    with zf:
        document = _read_xml(zf, "word/document.xml", name)
        if document is None:
            raise _corrupt(name)
        numbering = _parse_numbering(_read_xml(zf, "word/numbering.xml", name))
        styles = _style_numbering(_read_xml(zf, "word/styles.xml", name))
    counter = _Counter(numbering)
    body = document.find(f"{W}body")
    lines: list[str] = []
    for p in (body if body is not None else document).iter(f"{W}p"):
        text = _paragraph_text(p)
        ppr = p.find(f"{W}pPr")
        num_id: str | None = None
        ilvl: int | None = None
        if ppr is not None:
            style_id = _val(ppr.find(f"{W}pStyle"))
            if style_id and style_id in styles:
                num_id, ilvl = styles[style_id]
            num_pr = ppr.find(f"{W}numPr")
            if num_pr is not None:
                num_id = _val(num_pr.find(f"{W}numId"), num_id)
                ilvl_val = _val(num_pr.find(f"{W}ilvl"))
                ilvl = _int(ilvl_val, ilvl or 0) if ilvl_val is not None else ilvl
        label = counter.label(num_id, ilvl or 0) if num_id else ""  # empty items count too
        lines.append(f"{label} {text}" if label and text.strip() else text)
    return "\n".join(lines)
