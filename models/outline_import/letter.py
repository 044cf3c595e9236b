"""The request letter around an outline: where the ĐỀ CƯƠNG starts, its title, and RequestMeta.

Deadline rules (documented choice):
- a time given with the date ("chậm nhất vào lúc 14 giờ 00 phút ngày 22/9/2025", "trước 17h ngày …")
  gives that time: "2025-09-22T14:00";
- "chậm nhất ngày D", "hạn … ngày D", "trong ngày D" without a time give D at 23:59;
- "trước ngày D" without a time means strictly before D: the day before at 23:59 (erring early is
  safe for the officer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from models.outline import RequestMeta

from .lines import clean_line, ends_sentence, parse_marker

_HEADING = re.compile(r"^đề\s+cương\b(.*)$", re.IGNORECASE)
_ANNEX_NOTE = re.compile(r"^\(\s*(?:kèm\s+theo|ban\s+hành\s+kèm)", re.IGNORECASE)
_TO = re.compile(r"^kính\s+gửi\s*:?(.*)$", re.IGNORECASE)
_CC = re.compile(r"^nơi\s+nhận\s*:?", re.IGNORECASE)
_NUMBER = re.compile(r"^số\s*:\s*([\w&./\-]*\s*/\s*[\w&./\-]+|[\w&./\-]+)", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:v/v|về\s+việc)\s*:?\s*(.*)$", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"^([^\d,;:()]{2,40}?)\s*,\s*ngày\s*([0-9]{1,2})\s*(?:tháng\s*([0-9]{1,2})\s*năm\s*([0-9]{4})"
    r"|[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4}))", re.IGNORECASE)
_NATIONAL = re.compile(r"^(?:cộng\s+hòa|cộng\s+hoà|độc\s+lập)", re.IGNORECASE)
_DATE = r"ngày\s*([0-9]{1,2})\s*(?:[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})|tháng\s*([0-9]{1,2})\s*năm\s*([0-9]{4}))"
_DEADLINE = re.compile(
    r"(chậm\s+nhất|trước|hạn\s+chót|hạn\s+cuối|thời\s+hạn|không\s+muộn\s+hơn|hạn)\b([^.;]{0,80}?)" + _DATE,
    re.IGNORECASE)
_TIME = re.compile(r"([0-9]{1,2})\s*(?:giờ|h|:)\s*([0-9]{1,2})?", re.IGNORECASE)
_PERIODS = (
    r"(?:[0-9]{1,2}|sáu|chín|ba)\s+tháng\s+(?:đầu|cuối)\s+năm\s+[0-9]{4}",
    r"quý\s+(?:IV|III|II|I|[1-4])\s+(?:năm\s+)?[0-9]{4}",
    r"(?:[0-9]{1,2}|sáu|chín)\s+tháng\s+năm\s+[0-9]{4}",
    r"tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}",
    r"(?:học\s+)?năm\s+[0-9]{4}",
)
_PERIOD_RE = [re.compile(p, re.IGNORECASE) for p in _PERIODS]


@dataclass
class LetterParts:
    """The split text: ``body`` holds the outline lines, ``letter`` the lines before it."""

    letter: list[str]
    body: list[str]
    title: str | None


def _iso(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _find_heading(lines: list[str]) -> int | None:
    """The "ĐỀ CƯƠNG" heading: upper case, or "Đề cương …" standing on its own line (not a wrapped
    "(có đề cương báo cáo kèm theo)" from the letter's prose)."""
    previous = ""
    for i, line in enumerate(lines):
        m = _HEADING.match(line)
        if m and (line[:9].isupper() or (
                line[0].isupper() and not line.endswith((")", ".", ";", ","))
                and (not previous or ends_sentence(previous)))):
            return i
        if line:
            previous = line
    return None


def _skip_block(lines: list[str], start: int) -> int:
    """Index after a "Kính gửi"/"Nơi nhận" recipient list that starts at ``start``."""
    i = start + 1
    open_entry = False
    while i < len(lines):
        line = lines[i]
        marker = parse_marker(line) if line else None
        if not line:
            i += 1
            continue
        if marker is not None and marker.style.startswith("bullet"):
            open_entry = not line.endswith((";", ".", ","))
            i += 1
            continue
        if open_entry:  # wrapped recipient line
            open_entry = not line.endswith((";", ".", ","))
            i += 1
            continue
        break
    return i


def _strip_recipient_blocks(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        to = _TO.match(line)
        if to or _CC.match(line):
            if to and to.group(1).strip() and not to.group(1).strip().startswith(("-", "–")):
                i += 1  # "Kính gửi: Sở X." on one line
                continue
            i = _skip_block(lines, i)
            continue
        out.append(line)
        i += 1
    return out


def split_letter(lines: list[str]) -> LetterParts:
    """Find the ĐỀ CƯƠNG part; without one, the whole text minus the recipient lists."""
    start = _find_heading(lines)
    if start is None:
        return LetterParts(letter=lines, body=_strip_recipient_blocks(lines), title=None)
    head_rest = _HEADING.match(lines[start]).group(1).strip(" :.-–")  # type: ignore[union-attr]
    title_lines = [head_rest] if len(head_rest.split()) > 2 else []
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if not line:
            if title_lines:
                i += 1
                break
            i += 1
            continue
        marker = parse_marker(line)
        if _ANNEX_NOTE.match(line) or (marker is not None and not (
                marker.style.startswith("bullet") and title_lines and not ends_sentence(title_lines[-1]))):
            break  # a dash inside a wrapped title ("… năm 2025 - Phục vụ …") stays in the title
        title_lines.append(line)
        i += 1
    if i < len(lines) and _ANNEX_NOTE.match(lines[i]):
        while i < len(lines) and ")" not in lines[i]:
            i += 1
        i += 1
    body = lines[i:]
    end = next((j for j, line in enumerate(body) if _CC.match(line)), len(body))
    title = " ".join(title_lines).strip() or None
    return LetterParts(letter=lines[:start], body=body[:end], title=title)


def _raw_cells(raw_lines: list[str]) -> list[str]:
    """Header lines split at tabs (side-by-side header layout), cleaned."""
    cells: list[str] = []
    for raw in raw_lines:
        for part in raw.split("\t"):
            part = clean_line(part)
            cells.append(part)
    return cells


def _agency(cells: list[str]) -> str | None:
    anchor = next((i for i, c in enumerate(cells)
                   if _NUMBER.match(c) or _SUBJECT.match(c) or _TO.match(c)), None)
    if anchor is None:
        return None
    for cell in cells[:anchor]:
        if not cell or _NATIONAL.match(cell):
            continue
        letters = [ch for ch in cell if ch.isalpha()]
        if letters and cell.upper() == cell and not _HEADING.match(cell):
            return cell
    return None


def _subject(cells: list[str]) -> str | None:
    for i, cell in enumerate(cells):
        m = _SUBJECT.match(cell)
        if not m:
            continue
        parts = [m.group(1)] if m.group(1) else []
        for nxt in cells[i + 1:i + 9]:
            if not nxt or _PLACE_DATE.match(nxt) or ", ngày" in nxt or _TO.match(nxt) or _NUMBER.match(nxt) \
                    or _NATIONAL.match(nxt) or _HEADING.match(nxt) or nxt.upper() == nxt \
                    or (parts and parts[-1].endswith((".", ";"))):
                break
            parts.append(nxt)
        text = " ".join(parts).strip()
        return text or None
    return None


def find_period(*texts: str | None) -> str | None:
    for text in texts:
        if not text:
            continue
        for pattern in _PERIOD_RE:
            m = pattern.search(text)
            if m:
                return clean_line(m.group(0))
    return None


def find_deadline(text: str) -> str | None:
    for m in _DEADLINE.finditer(text):
        day = int(m.group(3))
        month = int(m.group(4) or m.group(6))
        year = int(m.group(5) or m.group(7))
        when = _iso(day, month, year)
        if when is None:
            continue
        t = _TIME.search(m.group(2))
        if t and int(t.group(1)) < 24 and int(t.group(2) or 0) < 60:
            return f"{when.isoformat()}T{int(t.group(1)):02d}:{int(t.group(2) or 0):02d}"
        if m.group(1).lower() == "trước":
            return f"{(when - timedelta(days=1)).isoformat()}T23:59"
        return f"{when.isoformat()}T23:59"
    return None


def extract_meta(raw_letter: list[str], outline_title: str | None) -> RequestMeta:
    """RequestMeta from the letter's raw lines (tabs kept, so side-by-side headers split)."""
    cells = _raw_cells(raw_letter)
    meta = RequestMeta()
    meta.agency = _agency(cells)
    for i, cell in enumerate(cells):
        if re.fullmatch(r"số\s*:", cell, re.IGNORECASE) and i + 1 < len(cells):
            cell = f"{cell} {cells[i + 1]}"  # "Số:" wrapped away from its number
        m = _NUMBER.match(cell)
        if m:
            meta.letter_number = re.sub(r"\s+", "", m.group(1))
            break
    for i, cell in enumerate(cells):
        m = _PLACE_DATE.match(cell)
        if not m and ", ngày" in cell and i + 1 < len(cells):
            m = _PLACE_DATE.match(f"{cell} {cells[i + 1]}")  # date wrapped over two lines
        if not m:
            continue
        day = int(m.group(2))
        month = int(m.group(3) or m.group(5))
        year = int(m.group(4) or m.group(6))
        when = _iso(day, month, year)
        if when is not None:
            meta.letter_date = when.isoformat()
            meta.place = clean_line(m.group(1)) or None
            break
    meta.subject = _subject(cells)
    meta.period = find_period(meta.subject, outline_title)
    prose = " ".join(c for c in cells if c)
    meta.deadline = find_deadline(prose)
    return meta
