"""From lines to paragraphs: which line breaks are hard wraps and which end a paragraph.

Text reaches us one paragraph per line (Word, web pages) or hard-wrapped at some width (PDF
extractions, e-mail). A non-marker line continues the paragraph above when:
- it starts with a lower-case letter, or the line above ends with "," or a word that cannot end a
  sentence ("và", "của", "các" …);
- the wrap explains the break: the line above is long enough that the first word of this line
  would not have fitted on it (its length + 1 + that word > 90 % of the document's wrap width —
  see ``wrap_width``; a text of whole paragraphs has none);
- both lines are upper case (a heading wrapped over two lines);
- it starts with a digit ("… của đơn vị năm" / "2024.");
and none of these holds when the line above ends a sentence (".", "!", "?"), or ends with ":"
where the wrap does not explain the break, except the lower-case start. A blank line ends a paragraph unless the line after it starts in lower case or
with a digit, or the line before ends on a connector — and blank lines say nothing at all when the
document puts one after almost every line (PDF copies do).

A line indented further than the one above starts a paragraph, unless it starts in lower case or
the line above stops on a connector.

Also here: a marker alone on its line ("1.", "-", "Phần I", "PHỤ LỤC 1") takes the next line as its
text; a bare number alone on its line is a table row's STT cell (its text is the next line) unless
the next line starts in lower case — then it was a page number and is dropped; rule lines
("-------", "|"), table header rows ("STT | Nội dung"), Công báo page headers and a document site's
cut summaries ("… Hạnh p[.]") are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import (STT_HEADER, Marker, clean_line, is_rule, parse_marker, restore_punctuation,
                    table_row)

CONNECTORS = {"và", "của", "các", "những", "theo", "tại", "với", "cho", "để", "về", "từ", "là", "hoặc",
               "hay", "đối", "giữa", "nhằm", "thuộc", "gồm", "bao", "cùng", "mà"}
SIGNATURE = re.compile(r"^(?:(?:KT|TM|TL|TUQ|Q)\.\s*[A-ZĐÀ-Ỹ]|\(\s*(?:đã\s+)?ký|(?:PHÓ\s+)?(?:GIÁM\s+ĐỐC|CHỦ\s+TỊCH|"
                       r"BỘ\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+BAN|THỦ\s+TRƯỞNG)$)")
SITE_CUT = re.compile(r"\[(?:\.|\.\.\.|…)\]\s*$")  # a document site's cut summary: "… Hạnh p[.]"
_GAZETTE = re.compile(r"^(?:[0-9]{1,4}\s+)?CÔNG\s+BÁO\s*/\s*Số\b.*$|^CÔNG\s+BÁO\s*/.*[0-9]{1,4}$",
                      re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^[0-9]{1,3}$")


@dataclass
class Para:
    text: str
    first: int  # index of its first source line
    last: int  # index of its last source line
    marker: Marker | None = None
    tail: str = ""  # its last physical line (for the wrap test)

    def __post_init__(self) -> None:
        self.tail = self.tail or self.text


@dataclass
class Paragraphs:
    paras: list[Para] = field(default_factory=list)
    dropped: list[tuple[int, str]] = field(default_factory=list)  # (line index, text)


def wrap_width(lines: list[str]) -> int:
    """The width the text was hard-wrapped at, or 0 when it was not: the 95th percentile of the
    line lengths, when that is at most 140 characters and at least four lines, and 15 % of them,
    come within 80 % of it (a text of whole paragraphs has lengths all over the place)."""
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return 0
    width = lengths[-1] if len(lengths) < 8 else lengths[min(len(lengths) - 1, int(len(lengths) * 0.95))]
    near = [n for n in lengths if n >= 0.8 * width]
    if width > 140 or len(near) < 4:
        return 0
    return width if len(near) >= 0.4 * len(lengths) or len(near) >= 0.15 * len(lengths) else 0


def _blank_lines_meaningful(lines: list[str]) -> bool:
    transitions = blanks = 0
    previous_filled = False
    gap = False
    for line in lines:
        if not line:
            gap = True
            continue
        if previous_filled:
            transitions += 1
            blanks += gap
        previous_filled, gap = True, False
    return transitions == 0 or blanks / transitions < 0.6


def continues(tail: str, line: str, width: int, after_blank: bool = False) -> bool:
    """Whether ``line`` (no marker) goes on with the paragraph whose last line is ``tail``; across a
    blank line that separates paragraphs only the lower-case start, a trailing connector or a
    leading digit ("… năm" / "2024.") count."""
    first = line[:1]
    if first.isalpha() and first.islower():
        return True
    if tail.endswith((".", "!", "?", "./.")):
        return False
    if tail.endswith(":") and (after_blank or not width or len(tail) + 1 + len(line.split(" ", 1)[0]) <= 0.9 * width):
        return False
    last_word = tail.rsplit(" ", 1)[-1].lower()
    if tail.endswith((",", "-", "–", "(", "/")) or last_word in CONNECTORS or first.isdigit():
        return True
    if after_blank:
        return False
    next_word = line.split(" ", 1)[0]
    if width and len(tail) + 1 + len(next_word) > 0.9 * width:
        return True
    return tail.isupper() and line.isupper()


def _indent(raw: str) -> int:
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip(" \u00a0"))


def split_paragraphs(raw_lines: list[str]) -> Paragraphs:
    cleaned = [clean_line(restore_punctuation(line)) for line in raw_lines]
    width = wrap_width(cleaned)
    blanks = _blank_lines_meaningful(cleaned)
    out = Paragraphs()
    paras = out.paras
    gap = ruled = False
    i = 0
    while i < len(cleaned):
        line = cleaned[i]
        if not line:
            gap = True
            i += 1
            continue
        after_blank, gap = gap and blanks, False
        hard, ruled = ruled, False  # a rule line ("-------") always ends the paragraph above
        row = table_row(raw_lines[i])
        first_cell = clean_line(raw_lines[i].strip("\t ").split("\t")[0]) if "\t" in raw_lines[i] else ""
        if row is not None:
            paras.append(Para(row.text, i, i, row))
        elif (first_cell and STT_HEADER.match(first_cell)) or STT_HEADER.match(line):
            out.dropped.append((i, line))  # a table's header row, or its "STT" cell alone
        elif is_rule(line) or _GAZETTE.match(line) or SITE_CUT.search(line):
            out.dropped.append((i, line))
            ruled = ruled or is_rule(line)
        elif _BARE_NUMBER.match(line):
            i = _bare_number(cleaned, i, out)
            continue
        else:
            marker = parse_marker(line)
            prev = paras[-1] if paras else None
            if hard or SIGNATURE.match(line):
                paras.append(Para(line, i, i, marker))
            elif prev is not None and marker is None and not after_blank and prev.marker is not None \
                    and not prev.marker.text and prev.marker.style not in ("placeholder", "rule"):
                prev.marker = Marker(prev.marker.style, prev.marker.number, line, prev.marker.cells)
                prev.text, prev.tail, prev.last = line, line, i  # a marker alone takes the next line
            elif prev is not None and marker is None and prev.marker is not None \
                    and prev.marker.style == "placeholder":
                paras.append(Para(line, i, i, None))
            elif prev is not None and marker is None and continues(prev.tail, line, width, after_blank) \
                    and not _indented_start(raw_lines, i, prev, line):
                prev.text = f"{prev.text} {line}"
                prev.tail, prev.last = line, i
                if prev.marker is not None:
                    m = prev.marker
                    prev.marker = Marker(m.style, m.number, f"{m.text} {line}".strip(), m.cells)
            else:
                paras.append(Para(line, i, i, marker))
        i += 1
    return out


def _indented_start(raw_lines: list[str], i: int, prev: Para, line: str) -> bool:
    """A line indented further than the line above starts a paragraph (a first-line indent, or the
    space an automatic number left), unless it starts in lower case or the line above stops on a
    connector."""
    if _indent(raw_lines[i]) <= _indent(raw_lines[prev.last]):
        return False
    first = line[:1]
    last_word = prev.tail.rsplit(" ", 1)[-1].lower()
    return not (first.isalpha() and first.islower()) and not prev.tail.endswith(",") and last_word not in CONNECTORS


def _bare_number(cleaned: list[str], i: int, out: Paragraphs) -> int:
    """A bare number alone on its line: a table row's STT (the next line is its text) or a page
    number (the next line starts in lower case); returns the index to go on from."""
    j = i + 1
    while j < len(cleaned) and not cleaned[j]:
        j += 1
    following = cleaned[j] if j < len(cleaned) else ""
    if not following or (following[:1].isalpha() and following[:1].islower()) or parse_marker(following):
        out.dropped.append((i, cleaned[i]))
        return i + 1
    marker = Marker("stt", cleaned[i], following)
    out.paras.append(Para(following, i, j, marker))
    return j + 1


# ---- statistic tables pasted one cell per line ------------------------------------------------
_CELL_MAX = 40


def _cell(para: Para) -> bool:
    """A short line without a marker or end punctuation, an empty cell ("........"), or a short
    parenthesised remark under a column header."""
    text = para.text
    if para.marker is not None:
        return para.marker.style == "placeholder"
    if text.startswith("(") and text.endswith(")"):
        return len(text) <= 60
    return len(text) <= _CELL_MAX and not text.endswith((".", ":", ";", "!", "?"))


def drop_table_cells(paras: list[Para]) -> tuple[list[Para], list[tuple[int, str]]]:
    """Remove the cells of statistic tables pasted one cell per line: a run of four or more cells
    (see ``_cell``) with at least two of them text, with the row labels inside it (a bullet or STT
    line between two cells, or after the last cell at the end of the text)."""
    keep = [True] * len(paras)
    i = 0
    while i < len(paras):
        if not _cell(paras[i]):
            i += 1
            continue
        j = i
        cells = texts = 0
        while j < len(paras):
            if _cell(paras[j]):
                cells += 1
                texts += paras[j].marker is None
            elif not (paras[j].marker is not None and paras[j].marker.style.startswith(("bullet", "stt"))
                      and (j + 1 == len(paras) or _cell(paras[j + 1]))
                      and j > i and _cell(paras[j - 1]) and len(paras[j].text) <= 60):
                break
            j += 1
        if cells >= 4 and texts >= 2:
            for k in range(i, j):
                keep[k] = False
        i = max(j, i + 1)
    dropped = [(p.first, p.text) for p, k in zip(paras, keep) if not k]
    return [p for p, k in zip(paras, keep) if k], dropped


# ---- a whole letter flattened onto one line ---------------------------------------------------
FLAT_LINE = 600
_FLAT_BREAKS = re.compile(
    r"\s+(?=(?:Số\s*:|Số\s+\d|V/v\b|Kính\s+gửi\b|CỘNG\s+HO[AÀ]|Độc\s+lập\b|Căn\s+cứ\b|Căn\s+(?:Quyết|Công|Nghị|Thông|Kế)"
    r"|Nơi\s+nhận\b|Nội\s+dung\s+báo\s+cáo\b|[-–+]\s|[IVX]{1,4}\s+[A-ZĐÀ-Ỹ]{2,}\s|\d{1,2}\.\d{1,2}\.?\s+[A-ZĐÀ-Ỹ]"
    r"|\d{1,2}\.\s+[A-ZĐÀ-Ỹ]|(?:SỞ|UBND|ỦY\s+BAN|BỘ)\s+[A-ZĐÀ-Ỹ]))")
_FLAT_ROMAN = re.compile(r"^([IVX]{1,4})\s+(?=[A-ZĐÀ-Ỹ]{2,}\s)")
_LANDMARKS = (re.compile(r"\bV/v\b"), re.compile(r"\bKính\s+gửi\b"), re.compile(r"CỘNG\s+HO[AÀ]|Độc\s+lập\s+-"),
              re.compile(r"\bSố\s*:?\s*\d+\s*/"))


def unflatten(raw_lines: list[str]) -> list[str]:
    """A line of more than 600 characters holding two or more of a letter's landmarks ("V/v",
    "Kính gửi", the motto, "Số: 12/…") is a whole letter a document site flattened: it is cut
    again before the letter's landmarks ("Số:", "V/v", "Kính gửi", the motto, "Căn cứ", agency
    names in capitals), list markers ("- ", "I ", "2.1 ", "1. ") and "Nội dung báo cáo"; a Roman
    number that lost its dot gets it back."""
    out: list[str] = []
    for raw in raw_lines:
        if len(raw) <= FLAT_LINE or sum(1 for mark in _LANDMARKS if mark.search(raw)) < 2 \
                or SITE_CUT.search(raw):
            out.append(raw)
            continue
        for piece in _FLAT_BREAKS.split(raw):
            piece = piece.strip()
            if piece:
                out.append(_FLAT_ROMAN.sub(r"\1. ", piece))
    return out
