"""What the request letter says about itself: RequestMeta from its header and body.

- **Agency.** The letterhead's upper-case lines (left column; columns split at tabs or runs of five
  or more spaces) make names: a line that starts with an agency word ("BỘ", "SỞ", "UBND", "ỦY
  BAN", "VĂN PHÒNG", "HỘI" …) starts a name, the next line without one continues it ("BỘ VĂN HÓA,
  THỂ THAO" / "VÀ DU LỊCH"; "ỦY BAN NHÂN DÂN" / "THỊ XÃ HƯƠNG THỦY"). The last name is the agency,
  the one above it the parent agency ("UBND TỈNH QUẢNG NGÃI" / "SỞ NỘI VỤ"). When the letter
  writes the name out in its text ("Sở Khoa học và Công nghệ đề nghị …"), that spelling is kept
  (matched without case, accents or punctuation, one slip per name allowed). Without a letterhead,
  the sender is the name before "đề nghị / yêu cầu / hướng dẫn" in the body.
- **Number and date.** "Số: 12/SNV-VP" (also "Số 12/…", "Số:.", a blank number "Số:   /SKHCN"),
  "Công văn số 1238", or a number alone on a header line ("2825/BVHTTDL-KHTC"); the date from
  "Quảng Ngãi, ngày 16 tháng 9 năm 2025" or "ngày 07-9-2015" on the number's line.
- **Subject.** The "V/v" / "Về việc" line with its wrapped lines (a next line that starts in lower
  case or a digit, even across one blank line; another next line only when it follows at once, is
  short, is not the place-and-date, a number, the motto or upper case, and the subject has not
  closed with a quote, ")" or "."), without the prefix and the final period.
- **Period.** See ``find_period``: from the subject, else the outline title, else (only the
  unambiguous kinds) the letter's text.
- **Deadline.** See ``find_deadline``; ``deadline_text`` keeps the letter's own words.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from models.outline import RequestMeta
from models.text import fold

from .lines import clean_line

TO = re.compile(r"^kính\s+gửi\b", re.IGNORECASE)
_NUMBER = re.compile(r"^số\s*[:.]*\s*((?=\S*[/\d])[\w&.\-]*\s*/\s*[\w&.\-]+|(?=\S*\d)[\w&.\-]+)", re.IGNORECASE)
_LETTER_NO = re.compile(r"^công\s+văn\s+số\s+((?=\S*\d)[\w&./\-]+)", re.IGNORECASE)
_BARE_NO = re.compile(r"^(\d{1,5}\s*/\s*[A-ZĐ][\w&.]*(?:-[\w&.]+)*)$")
_SUBJECT = re.compile(r"(?:^|(?<=\s))(?:V/v|Về\s+việc|VỀ\s+VIỆC|v/v)\s*:?\s*(.*)$")
_PLACE_DATE = re.compile(
    r"^([^\d,;:()]{2,40}?)\s*,\s*ngày\s*([0-9]{1,2})\s*(?:tháng\s*([0-9]{1,2})\s*năm\s*([0-9]{4})"
    r"|[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4}))", re.IGNORECASE)
_LINE_DATE = re.compile(r"\bngày\s+([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})", re.IGNORECASE)
_COLUMNS = re.compile(r"\t| {5,}")
_AGENCY_START = ("bo", "so", "ubnd", "uy ban", "van phong", "ban", "hoi", "bao hiem", "tong cuc", "cuc",
                 "vu", "chi cuc", "phong", "trung tam", "truong", "cong an", "dang uy", "huyen uy", "tinh uy",
                 "thanh uy", "mat tran", "lien doan", "doan", "kho bac", "ngan hang", "chinh phu",
                 "thu tuong", "quoc hoi", "hdnd", "toa an", "vien", "thanh tra", "bo chi huy", "hoi dong")
_DOC_TYPES = ("bao cao", "cong van", "ke hoach", "thong bao", "huong dan", "quyet dinh", "de cuong", "to trinh",
              "chi thi", "phu luc")
_NOT_IN_NAME = r"(?!(?:đã|đang|sẽ|được|cũng|có|là|đề|tổ|thực|triển|tiếp|ban|và\s+các)\b)"
_SENDER = re.compile(
    r"((?:Sở|Bộ|Ủy ban|Uỷ ban|UBND|Văn phòng|Hội đồng|Hội|Ban|Cục|Tổng cục|Bảo hiểm|Kho bạc|Thanh tra)"
    r"(?:\s+" + _NOT_IN_NAME + r"[^\s,.;:()]+){0,12}?)\s+(?:\([^)]{0,60}\)\s+)?(?:trân\s+trọng\s+)?"
    r"(?:đề\s+nghị|yêu\s+cầu|hướng\s+dẫn|thông\s+báo)\b")


def _iso(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def header_cells(raw_lines: list[str]) -> list[str]:
    """Header lines split into their columns, cleaned (empty cells kept as blank-line marks)."""
    return [cell for cell, _ in _columns(raw_lines)]


def _columns(raw_lines: list[str]) -> list[tuple[str, int]]:
    cells: list[tuple[str, int]] = []
    for raw in raw_lines:
        column = 0
        for part in _COLUMNS.split(raw.strip("\n")):
            part = clean_line(part)
            if part or not cells or cells[-1][0]:
                cells.append((part, column))
            column += bool(part)
    return cells


def _is_upper_name(cell: str) -> bool:
    letters = [c for c in cell if c.isalpha()]
    return len(letters) >= 2 and cell.upper() == cell


def _starts_agency(cell: str) -> bool:
    words = fold(cell).replace(",", " ").split()
    return any(words[:len(s.split())] == s.split() for s in _AGENCY_START)


def _national(cell: str) -> bool:
    return fold(cell).startswith(("cong hoa", "doc lap"))


def _letterhead_names(cells: list[tuple[str, int]]) -> list[str]:
    """Agency names in the letterhead; a motto line in the first column ends the open name (its
    own wrapped tail is not a name), one in a right-hand column does not."""
    names: list[str] = []
    open_name = False
    for cell, column in cells:
        if _national(cell):
            open_name = open_name and column > 0
            continue
        if not cell or set(cell) <= set("-–—_=*~ "):
            continue
        candidate = cell if _is_upper_name(cell) else _upper_run(cell)
        folded = fold(candidate or "")
        if not candidate or any(folded.startswith(t) for t in _DOC_TYPES):
            open_name = False
            continue
        if _BLANKS.search(candidate):  # "XÃ ..........": a form's blank, not a name
            if open_name and names:
                names.pop()
            open_name = False
            continue
        if _starts_agency(candidate) and not (names and _incomplete(names[-1]) and open_name):
            names.append(candidate)
        elif open_name:
            names[-1] = f"{names[-1]} {candidate}"
        else:
            continue
        open_name = candidate == cell
    return names


def _incomplete(name: str) -> bool:
    return fold(name) in ("uy ban nhan dan", "ubnd", "hoi dong nhan dan")


_BLANKS = re.compile(r"(?:\.\s?){4,}|…{2,}|…\.|\.…")
_UPPER_RUN = re.compile(r"\b([A-ZĐÀ-ỸẠ-Ỹ]{2,}(?:,?\s+[A-ZĐÀ-ỸẠ-Ỹ]+){2,})")


def _upper_run(cell: str) -> str | None:
    """An upper-case agency name inside a mixed line ("… Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -")."""
    for m in _UPPER_RUN.finditer(cell):
        if _starts_agency(m.group(1)):
            return m.group(1)
    return None


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(fold(m.group(0)), m.start(), m.end()) for m in re.finditer(r"\w+", text)]


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 2:
        return False
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1:] for i in range(len(b))) or \
        (len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1)


def written_form(name: str, text: str) -> str:
    """The spelling the letter's own text gives ``name`` (see the module docstring), else ``name``."""
    target = [w for w, _, _ in _words(name)]
    if not target:
        return name
    words = _words(text)
    for i in range(len(words) - len(target) + 1):
        if words[i][0] != target[0]:
            continue
        window = words[i:i + len(target)]
        slips = sum(not (w == t) for (w, _, _), t in zip(window, target))
        if slips > 1 or not all(_close(w, t) for (w, _, _), t in zip(window, target)):
            continue
        span = text[window[0][1]:window[-1][2]]
        if span.upper() != span:
            return " ".join(span.split())
    return name


def find_agency(cells: list[tuple[str, int]], text: str) -> tuple[str | None, str | None]:
    names = _letterhead_names(cells)
    if names:
        agency = written_form(names[-1], text)
        parent = written_form(names[-2], text) if len(names) > 1 else None
        return agency, parent
    for m in _SENDER.finditer(text):
        before = text[:m.start()].rstrip()
        if not before or before.endswith((",", ";", ".", ":", ")")) or "\n" in text[len(before):m.start() + 1]:
            return " ".join(m.group(1).split()), None
    return None, None


def _number_cell(cells: list[str]) -> tuple[int, str, re.Match[str]] | None:
    for i, cell in enumerate(cells):
        if re.fullmatch(r"số\s*[:.]*", cell, re.IGNORECASE):
            following = next((c for c in cells[i + 1:i + 4] if c), "")
            cell = f"{cell} {following}"  # "Số:" wrapped away from its number
        m = _NUMBER.match(cell) or _LETTER_NO.search(cell) or _BARE_NO.match(cell)
        if m:
            return i, cell, m
    return None


def find_number(cells: list[str]) -> str | None:
    """The letter's number; None when it is a form's blank ("Số: /BC- . . . . . .")."""
    found = _number_cell(cells)
    if found is None:
        return None
    _, cell, m = found
    if _BLANKS.match(cell[m.end():].strip()) or _BLANKS.search(m.group(1)):
        return None
    return re.sub(r"\s+", "", m.group(1)).strip(".")


def find_date(cells: list[str]) -> tuple[str | None, str | None]:
    """(ISO letter date, place)."""
    for i, cell in enumerate(cells):
        m = _PLACE_DATE.match(cell)
        if not m and ", ngày" in cell and i + 1 < len(cells):
            m = _PLACE_DATE.match(f"{cell} {cells[i + 1]}")  # date wrapped over two lines
        if m:
            when = _iso(int(m.group(2)), int(m.group(3) or m.group(5)), int(m.group(4) or m.group(6)))
            if when is not None:
                place = clean_line(m.group(1)).strip(" .…")
                return when.isoformat(), place or None
    found = _number_cell(cells)
    if found is not None:  # "Công văn số 1238 ngày 8/11/2016", "Số 924/SNV-CCHC Ngày 07-9-2015"
        d = _LINE_DATE.search(found[1])
        when = _iso(int(d.group(1)), int(d.group(2)), int(d.group(3))) if d else None
        if when is not None:
            return when.isoformat(), None
    return None, None


def find_subject(cells: list[str]) -> str | None:
    for i, cell in enumerate(cells):
        m = _SUBJECT.search(cell)
        if not m:
            continue
        parts = [m.group(1)] if m.group(1) else []
        blank = 0
        for nxt in cells[i + 1:i + 12]:
            if not nxt:
                blank += 1
                if blank > 1:
                    break
                continue
            lower_start = (nxt[:1].isalpha() and nxt[:1].islower()) or \
                (nxt[:1].isdigit() and any(ch.isalpha() for ch in nxt))
            last = parts[-1] if parts else ""
            if not lower_start and (blank or last.endswith(("”", '"', ")", ".", ";")) or len(nxt) > 150
                                    or _PLACE_DATE.match(nxt) or ", ngày" in nxt or TO.match(nxt)
                                    or _NUMBER.match(nxt) or _national(nxt) or nxt.upper() == nxt):
                break
            parts.append(nxt)
            blank = 0
        text = " ".join(" ".join(parts).split()).rstrip(" .")
        return text or None
    return None


# ---- period ---------------------------------------------------------------------------------
_YEAR = r"[0-9]{4}"
_RANGE = _YEAR + r"\s*[-–]\s*" + _YEAR
_PERIOD_KINDS = (
    ("months", r"(?:[0-9]{1,2}|sáu|chín|ba)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+" + _YEAR + ")?"),
    ("quarter", r"quý\s+(?:IV|III|II|I|[1-4])(?:\s*(?:năm|/)\s*" + _YEAR + ")?"),
    ("recurring", r"(?<=báo\scáo\s)(?:[^\s\d]+\s){0,2}(?:hàng|hằng)\s+(?:tháng|quý|năm)"),
    ("school", r"năm\s+học\s+" + _RANGE),
    ("term", r"(?:(?:giữa|đầu|cuối)\s+)?(?:nhiệm\s+kỳ|giai\s+đoạn)\s+" + _RANGE),
    ("review", r"(?<=kết\s)[0-9]{1,2}\s+năm(?:[^()]{0,120}?(\(" + _RANGE + r"\)))?"),
    ("month", r"(?<!ngày\s)(?<![0-9]\s)tháng\s+[0-9]{1,2}\s*(?:năm|/)\s*" + _YEAR),
    ("span", r"(?<!ngày\s)\b[0-9]{1,2}\s+tháng\b(?!\s+(?:đầu|cuối|năm|[0-9]))"),
    ("year", r"(?<!đến\s)(?<!tới\s)(?<!từ\s)(?<!trước\s)(?<!sau\s)(?<!hết\s)năm\s+" + _YEAR
     + r"(?:\s*[-–]\s*" + _YEAR + r")?"),
)
_PERIOD_RE = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _PERIOD_KINDS]
_BODY_KINDS = ("months", "quarter", "recurring", "span")


def _periods(text: str, kinds: tuple[str, ...] | None = None) -> list[tuple[int, int, str, str]]:
    found: list[tuple[int, int, str, str]] = []
    for kind, pattern in _PERIOD_RE:
        if kinds is not None and kind not in kinds:
            continue
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e, _, _ in found):
                continue
            value = m.group(0)
            if kind == "recurring":
                value = re.search(r"(?:hàng|hằng)\s+\S+$", value).group(0)  # type: ignore[union-attr]
            if kind == "review":
                value = value.split(" năm")[0] + " năm" + (f" {m.group(1)}" if m.group(1) else "")
            found.append((m.start(), m.end(), clean_line(value), kind))
    return sorted(found)


def find_period(*texts: str | None, year: int | None = None, body: bool = False) -> str | None:
    """The first period phrase of the first text that has one: "9 tháng đầu năm 2025", "quý III
    năm 2015", "năm học 2007-2008", "nhiệm kỳ 2007 - 2011", "giai đoạn 2018-2021", "03 năm
    (2016-2018)" after "sơ/tổng kết", "tháng 10 năm 2025", "năm 2025" (not "đến năm 2020"), "hàng
    tháng" after "báo cáo"; two joined by "và" stay together. "6 tháng đầu năm" without a year
    takes the next year the text names, else ``year``. With ``body`` only the unambiguous kinds count
    (months, quarter, recurring), and only when the text names no other period (not even a bare
    "6 tháng")."""
    for text in texts:
        if not text:
            continue
        found = _periods(text, _BODY_KINDS if body else None)
        if not found:
            continue
        if body and len({v.lower() for _, _, v, _ in found}) > 1:
            return None  # the letter's text names several periods ("Báo cáo tháng", "Quý I", "6 tháng" …)
        if body and found[0][3] == "span":
            return None  # a bare "6 tháng" says how long, not which months
        start, end, value, _ = found[0]
        if len(found) > 1 and re.fullmatch(r"\s+và\s+", text[end:found[1][0]]):
            value = f"{value} và {found[1][2]}"
        if re.search(r"tháng\s+(?:đầu|cuối)\s+năm$", value, re.IGNORECASE):
            later = re.search(_YEAR, text[end:])
            fill = later.group(0) if later else (str(year) if year else None)
            value = f"{value} {fill}" if fill else value
        return value
    return None


# ---- deadline -------------------------------------------------------------------------------
_DATE = r"ngày\s*([0-9]{1,2})\s*(?:[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})|tháng\s*([0-9]{1,2})\s*năm\s*([0-9]{4}))"
_DEADLINE = re.compile(
    r"(chậm\s+nhất|trước|hạn\s+chót|hạn\s+cuối|thời\s+hạn|không\s+muộn\s+hơn|hạn)\b([^.;]{0,80}?)" + _DATE,
    re.IGNORECASE)
_RECURRING = re.compile(r"(?:chậm\s+nhất(?:\s+là)?|trước|hạn)\s+(?:ngày\s+[0-9]{1,2}\s+(?:hàng|hằng)\s+(?:tháng|quý|năm)"
                        r"|(?:ngày\s+)?[0-9]{1,2}/[0-9]{1,2}/(?![0-9]))", re.IGNORECASE)  # "trước 15/11/": a blank year
_TIME = re.compile(r"([0-9]{1,2})\s*(?:giờ|h|:)\s*([0-9]{1,2})?", re.IGNORECASE)


def find_deadline(text: str) -> str | None:
    return find_deadline_with_words(text)[0]


def find_deadline_with_words(text: str) -> tuple[str | None, str | None]:
    """(ISO deadline, the letter's words). A time given with the date is kept ("chậm nhất vào lúc
    14 giờ 00 phút ngày 22/9/2025" → 2025-09-22T14:00); otherwise the end of the day (23:59), and
    "trước ngày D" — strictly before D — the end of the day before (see docs/outline-import.md).
    A deadline that recurs ("trước ngày 28 hàng tháng") or leaves its year blank ("trước 15/11/")
    keeps only its words."""
    for m in _DEADLINE.finditer(text):
        day = int(m.group(3))
        month = int(m.group(4) or m.group(6))
        year = int(m.group(5) or m.group(7))
        when = _iso(day, month, year)
        if when is None:
            continue
        words = " ".join(m.group(0).split())
        t = _TIME.search(m.group(2))
        if t and int(t.group(1)) < 24 and int(t.group(2) or 0) < 60:
            return f"{when.isoformat()}T{int(t.group(1)):02d}:{int(t.group(2) or 0):02d}", words
        if m.group(1).lower() == "trước":
            return f"{(when - timedelta(days=1)).isoformat()}T23:59", words
        return f"{when.isoformat()}T23:59", words
    recurring = _RECURRING.search(text)
    return None, (" ".join(recurring.group(0).split()) if recurring else None)


_DATES = re.compile(r"ngày\s*\S*\s*tháng\s*\S*\s*năm\s*\S*|ngày\s*[0-9/.\-]+", re.IGNORECASE)


def extract_meta(header_lines: list[str], letter_text: str, outline_title: str | None,
                 rest_text: str = "") -> RequestMeta:
    """RequestMeta from the letter's header lines (raw, so columns split) and its text."""
    columns = _columns(header_lines)
    cells = [cell for cell, _ in columns]
    meta = RequestMeta()
    meta.agency, meta.parent_agency = find_agency(columns, letter_text + "\n" + rest_text)
    meta.letter_number = find_number(cells)
    meta.letter_date, meta.place = find_date(cells)
    meta.subject = find_subject(cells)
    meta.deadline, meta.deadline_text = find_deadline_with_words(letter_text)
    if meta.deadline is None and meta.deadline_text is None:
        meta.deadline, meta.deadline_text = find_deadline_with_words(rest_text)
    year = int(meta.letter_date[:4]) if meta.letter_date else int(meta.deadline[:4]) if meta.deadline else None
    header = _DATES.sub(" ", " ".join(c for c in cells if _is_upper_name(c)))
    meta.period = find_period(meta.subject, outline_title, header, year=year) or \
        find_period(letter_text, rest_text, year=year, body=True)
    return meta
