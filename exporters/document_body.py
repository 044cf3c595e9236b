"""The body of the document tree: outline nodes and answers → headings, paragraphs, bullets,
figure tables and renumbered footnotes; report appendix tables → appendices.

Rules (docs/export-rules.md): nodes that do not apply to the unit type are omitted; an answer
marked "không phát sinh" prints "Không phát sinh." under its item; an empty item prints
"[Chưa có nội dung]" in a draft and nothing at all in a final, where a heading left with no
content is omitted too. Footnotes are renumbered 1..N in reading order, one per anchor.
"""

from __future__ import annotations

import re

from models.outline import Outline, OutlineNode
from models.report import FOOTNOTE_ANCHOR, Answer, Report
from models.text import nfc, to_roman, vn_upper

from .nodes import Appendix, Block, Bullet, FigureTable, Footnote, Heading, Paragraph, Run, Table

NOT_APPLICABLE_TEXT = "Không phát sinh."
MISSING_TEXT = "[Chưa có nội dung]"
HEADING_LEVELS = {"group": 1, "part": 1, "section": 2, "subsection": 3}  # outline node kind → heading level
_BULLET = re.compile(r"^\s*([-–•+*])\s+")
_ONLY_DOTS = re.compile(r"^[\s.…_-]*$")
_APPENDIX_LABEL = re.compile(r"^(phụ lục(?:\s+[IVXLC\d]+\b)?)\s*[:.–-]?\s*(.*)$", re.IGNORECASE | re.S)


def heading_number(node: OutlineNode) -> str:
    """The printed number of a node's heading: "I.", "1.", "a)"; a dash item has none."""
    num = nfc(node.number).strip()
    if num in ("-", "–", "+", "•"):
        return ""
    if num and not num.endswith((".", ")")):
        num += "."
    return num


def node_heading(node: OutlineNode) -> Heading:
    """The heading of a part / section / subsection (a part's title upper case)."""
    level = HEADING_LEVELS.get(node.kind, 3)
    title = nfc(node.title).strip()
    return Heading(level=level, number=heading_number(node), text=vn_upper(title) if level == 1 else title)


def leaf_title(node: OutlineNode) -> Block | None:
    """What prints above a leaf's answer: a heading for a section without items, the item's title
    in italics for an item, nothing for a placeholder made of dots."""
    if node.kind in HEADING_LEVELS:
        return node_heading(node)
    title = nfc(node.title).strip()
    if title and not _ONLY_DOTS.match(title):
        return Paragraph([Run(f"- {title}", italic=True)], kind="item")
    return None


class BodyBuilder:
    def __init__(self, unit_type: str | None, draft: bool):
        self.unit_type = unit_type
        self.draft = draft
        self.footnotes: list[Footnote] = []

    # ---- outline ---------------------------------------------------------------------------
    def outline_blocks(self, outline: Outline, report: Report) -> list[Block]:
        out: list[Block] = []
        for node in outline.nodes:
            out += self._node(node, report)
        return out

    def _node(self, node: OutlineNode, report: Report) -> list[Block]:
        if not node.applies(self.unit_type):
            return []
        if node.is_leaf:
            return self._leaf(node, report.answers.get(node.key))
        inner: list[Block] = []
        for child in node.children:
            inner += self._node(child, report)
        if not inner and not self.draft:
            return []
        return [node_heading(node), *inner]

    def _leaf(self, node: OutlineNode, answer: Answer | None) -> list[Block]:
        filled = answer is not None and answer.is_filled
        if not filled and not self.draft:
            return []
        title = leaf_title(node)
        out: list[Block] = [title] if title is not None else []
        if not filled:
            out.append(Paragraph([Run(MISSING_TEXT, italic=True)], kind="missing"))
        elif answer.not_applicable:
            out.append(Paragraph([Run(NOT_APPLICABLE_TEXT)], kind="note"))
        else:
            out += self.answer_blocks(answer)
        return out

    # ---- one answer ------------------------------------------------------------------------
    def answer_blocks(self, answer: Answer) -> list[Block]:
        notes = {f.id: nfc(f.text).strip() for f in answer.footnotes}
        used: set[str] = set()
        out: list[Block] = []
        for line in nfc(answer.text).replace("\r\n", "\n").split("\n"):
            if not line.strip():
                continue
            m = _BULLET.match(line)
            if m:
                marker = "+" if m.group(1) in "+*" else "-"
                out.append(Bullet(self._runs(line[m.end():].strip(), notes, used), marker=marker))
            else:
                out.append(Paragraph(self._runs(line.strip(), notes, used)))
        leftover = [fid for fid in notes if fid not in used and notes[fid]]
        if leftover:  # footnotes without an anchor attach to the end of the answer's last text
            if not out or not isinstance(out[-1], Paragraph):
                out.append(Paragraph([]))
            for fid in leftover:
                out[-1].runs.append(self._note_run(notes[fid]))
        if answer.figures:
            rows = [[nfc(f.label).strip(), _figure_value(f.value, f.unit)] for f in answer.figures]
            out.append(FigureTable(columns=["Chỉ tiêu", "Kết quả"], rows=rows))
        return out

    def _runs(self, text: str, notes: dict[str, str], used: set[str]) -> list[Run]:
        runs: list[Run] = []
        pos = 0
        for m in FOOTNOTE_ANCHOR.finditer(text):
            fid = m.group(1)
            if fid not in notes:
                continue  # an unknown anchor stays visible as typed
            if m.start() > pos:
                runs.append(Run(text[pos:m.start()]))
            runs.append(self._note_run(notes[fid]))
            used.add(fid)
            pos = m.end()
        if pos < len(text):
            runs.append(Run(text[pos:]))
        return runs

    def _note_run(self, text: str) -> Run:
        number = len(self.footnotes) + 1
        self.footnotes.append(Footnote(number=number, text=text))
        return Run(footnote=number)


def _figure_value(value: str, unit: str) -> str:
    value, unit = nfc(value).strip(), nfc(unit).strip()
    if not unit:
        return value
    return f"{value}{unit}" if unit.startswith("%") else f"{value} {unit}"


def appendices_for(report: Report, caption: str) -> list[Appendix]:
    out: list[Appendix] = []
    many = len(report.appendices) > 1
    for i, table in enumerate(report.appendices, start=1):
        raw = nfc(table.title).strip()
        m = _APPENDIX_LABEL.match(raw)
        if m and m.group(1):
            label, title = m.group(1).strip(), m.group(2).strip()
            label = "Phụ lục" + label[7:]
        else:
            label, title = (f"Phụ lục {to_roman(i)}" if many else "Phụ lục"), raw
        columns = [nfc(c) for c in table.columns]
        rows = [[nfc(c) for c in row] + [""] * (len(columns) - len(row)) for row in table.rows]
        out.append(Appendix(label=label, title=vn_upper(title), caption=caption,
                            table=Table(columns=columns, rows=rows), note=nfc(table.note).strip()))
    return out
