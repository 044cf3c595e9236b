"""Indicator suggestions for an imported outline, for the officer to accept or edit. Pure.

From an item's wording, clause by clause (split at commas and semicolons):
- "Số lượng …", "Số …" (số điểm, số hộ, số văn bản) → ``count`` with the counted noun as unit;
- "Tỷ lệ …" / "tỉ lệ …" → ``ratio`` (Σ tử số / Σ mẫu số; a rate with a base is never averaged);
- "Kinh phí …", "số tiền …", "tổng vốn …" → ``number`` in "triệu đồng";
- "Có … hay chưa", "đã … chưa", "có/chưa …", "có hay không" → ``yes_no``;
and from a statistic table of the letter (Phụ lục / Biểu): one suggestion per row label, its unit
from a "Đơn vị tính"/"ĐVT" column; a row measured in "%" becomes ``percent`` (no base is asked).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .indicators import CODE, Indicator
from .outline import Outline
from .text import ascii_fold, clean_line, fold, fold_key

NOUNS = ("doanh nghiệp", "hợp tác xã", "hồ sơ", "văn bản", "điểm", "máy tính", "máy", "bộ", "người", "lượt",
         "cán bộ", "công chức", "xã", "thôn", "tổ", "hộ", "cuộc", "lớp", "đơn vị", "hệ thống", "trạm", "cơ sở",
         "dự án", "nhiệm vụ", "đề tài", "sáng kiến", "tài khoản", "thủ tục", "giao dịch", "chứng thư", "sản phẩm",
         "trường", "học sinh", "giáo viên", "bệnh nhân", "camera", "km", "ha")
class _Cue:
    """The wording that prompts a suggestion (all case-insensitive)."""

    # where an item's title splits into clauses: punctuation, or "và" before another "số …" / "tỷ lệ …"
    clause = re.compile(r"[,;:]|\s+và\s+(?=(?:số|tỷ lệ|tỉ lệ)\b)", re.IGNORECASE)
    # the words that open a clause asking for a count, a rate, an amount of money
    count = re.compile(r"^(số lượng|tổng số|số)\s+(.+)$", re.IGNORECASE)
    rate = re.compile(r"^(tỷ lệ|tỉ lệ)\s+(.+)$", re.IGNORECASE)
    money = re.compile(r"^(kinh phí|tổng kinh phí|số tiền|tổng vốn|vốn đầu tư|giá trị)\b", re.IGNORECASE)
    # a yes/no question anywhere in the clause
    yes_no = re.compile(r"(\bhay chưa\b|\bhay không\b|^có\s*/\s*chưa\b|^đã\b.*\bchưa\b|^có\s*/\s*không\b)",
                        re.IGNORECASE)
    # a list marker at the start of a clause or a table row ("- ", "1.", "a)")
    lead = re.compile(r"^\s*(?:[-–•+*]|\d+[.)]|[a-zđ][.)])\s*", re.IGNORECASE)


_UNIT_HEADERS = ("don vi tinh", "dvt", "don vi")


@dataclass(frozen=True)
class Suggestion:
    node_key: str
    indicator: Indicator
    source: str  # "wording" | "table"
    reason: str  # the words that prompted it, as written


def _noun(rest: str) -> str:
    words = fold_key(rest)
    for noun in NOUNS:
        if words == fold_key(noun) or words.startswith(fold_key(noun) + " "):
            return noun
    return ""


def _code(prefix: str, label: str, taken: set[str]) -> str:
    words = [w for w in re.sub(r"[^A-Za-z0-9 ]+", " ", ascii_fold(label)).upper().split()
             if w not in ("SO", "LUONG", "TY", "TI", "LE", "CUA", "CAC", "VA", "DA", "DUOC", "CO", "TREN", "TONG")]
    base = "_".join([prefix, *words[:4]])[:36].rstrip("_") or prefix
    code, n = base, 2
    while code in taken or not CODE.match(code):
        code = f"{base}_{n}"
        n += 1
    taken.add(code)
    return code


def _clean(text: str) -> str:
    text = _Cue.lead.sub("", clean_line(text)).strip(" .…")
    return text[:1].upper() + text[1:]


def indicator_for(text: str, taken: set[str], unit_hint: str = "") -> Indicator | None:
    """The indicator one clause or table row suggests, or None."""
    clause = _clean(text)
    if len(clause) < 4:
        return None
    unit_hint = clean_line(unit_hint)
    if m := _Cue.rate.match(clause):
        if unit_hint.strip() == "%":
            return Indicator(_code("TL", clause, taken), clause, "percent")
        return Indicator(_code("TL", clause, taken), clause, "ratio", unit=unit_hint or _noun(m.group(2)))
    if _Cue.money.match(clause):
        return Indicator(_code("KP", clause, taken), clause, "number", unit=unit_hint or "triệu đồng")
    if _Cue.yes_no.search(clause):
        label = re.sub(r"\s*(hay chưa|hay không)\s*$", "", clause, flags=re.IGNORECASE)
        return Indicator(_code("CO", label, taken), label, "yes_no")
    if m := _Cue.count.match(clause):
        if unit_hint.strip() == "%":
            return Indicator(_code("TL", clause, taken), clause, "percent")
        return Indicator(_code("SL", clause, taken), clause, "count", unit=unit_hint or _noun(m.group(2)))
    return None


def suggest_from_wording(outline: Outline) -> list[Suggestion]:
    """Suggestions for the outline's leaves from their wording (leaves that have indicators already
    are skipped), in document order."""
    taken = {ind.code for node in outline.walk() for ind in node.indicators}
    out: list[Suggestion] = []
    for node in outline.walk():
        if not node.is_leaf or node.indicators:
            continue
        for clause in _Cue.clause.split(node.title or ""):
            indicator = indicator_for(clause, taken)
            if indicator is not None:
                out.append(Suggestion(node.key, indicator, "wording", clean_line(clause)))
    return out


def suggest_from_table(node_key: str, columns: list[str], rows: list[list[str]], group: str = "",
                       taken: set[str] | None = None) -> list[Suggestion]:
    """Suggestions from a statistic table's rows: the label is the first column that is not a
    number ("TT", "1", "a"), the unit from a "Đơn vị tính" column; rows that fit no kind become
    ``number`` when the table gives them a unit."""
    taken = set() if taken is None else taken
    heads = [fold_key(c) for c in columns]
    unit_col = next((i for i, h in enumerate(heads) if h in _UNIT_HEADERS), None)
    out: list[Suggestion] = []
    for row in rows:
        cells = [clean_line(c) for c in row]
        label = next((c for i, c in enumerate(cells) if i != unit_col and c and not _is_number(c)), "")
        unit = cells[unit_col] if unit_col is not None and unit_col < len(cells) else ""
        if not label:
            continue
        indicator = indicator_for(label, taken, unit)
        if indicator is None and unit:
            kind = "percent" if unit == "%" else "number"
            indicator = Indicator(_code("CT", label, taken), _clean(label), kind, unit="" if unit == "%" else unit)
        if indicator is not None:
            if group:
                indicator.group = clean_line(group)
            out.append(Suggestion(node_key, indicator, "table", label))
    return out


def suggest_from_dropped_cells(outline: Outline) -> list[Suggestion]:
    """Suggestions from the statistic-table cells the importer left out of the outline
    (``outline.import_report.dropped``), each put on the leaf whose source lines come just before it."""
    report = outline.import_report
    if report is None or not report.dropped:
        return []
    leaves = sorted((span[0], key) for key, span in report.spans.items()
                    if (node := outline.find(key)) is not None and node.is_leaf)
    taken = {ind.code for node in outline.walk() for ind in node.indicators}
    out: list[Suggestion] = []
    for line, text in report.dropped:
        before = [key for first, key in leaves if first <= line]
        if not before:
            continue
        indicator = indicator_for(text, taken)
        if indicator is not None:
            out.append(Suggestion(before[-1], indicator, "table", clean_line(text)))
    return out


def suggest(outline: Outline) -> list[Suggestion]:
    """Every suggestion for the outline: from the items' wording, then from the letter's tables."""
    found = suggest_from_wording(outline)
    labels = {(s.node_key, fold_key(s.indicator.label)) for s in found}
    for extra in suggest_from_dropped_cells(outline):
        if (extra.node_key, fold_key(extra.indicator.label)) not in labels:
            found.append(extra)
    return found


def _is_number(text: str) -> bool:
    folded = fold(text).strip().rstrip(".)")
    return folded.isdigit() or bool(re.fullmatch(r"[ivxlc]+|[a-z]", folded))


__all__ = ["NOUNS", "Suggestion", "indicator_for", "suggest", "suggest_from_dropped_cells", "suggest_from_table",
           "suggest_from_wording"]
