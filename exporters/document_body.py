"""The body of the document tree: outline nodes and answers → headings, paragraphs, bullets and
renumbered footnotes; report appendix tables → appendices; figures not written in their answer's
text → the "Biểu số liệu" appendix (exporters.figures).

Rules (docs/export-rules.md): nodes that do not apply to the unit type are omitted; an answer
marked "không phát sinh" prints "Không phát sinh." under its item; an empty item prints
"[Chưa có nội dung]" in a draft and nothing at all in a final, where a heading left with no
content is omitted too. Footnotes are renumbered 1..N in reading order, one per anchor.
Heading levels are the depth in the printed outline (a kind of node added above the parts
shifts everything below it one level down); nothing here is tied to a fixed set of kinds.
"""

from __future__ import annotations

import re

from models.outline import Outline, OutlineNode
from models.report import FOOTNOTE_ANCHOR, Answer, Report
from models.text import nfc, to_roman, vn_upper

from .answer_text import bullet, numbering_style, starts_with_prompt, subheading
from .figures import FigureRow, written_in
from .nodes import Appendix, Block, Bullet, Footnote, Heading, Paragraph, Run, Table
from .table_layout import looks_like_total

NOT_APPLICABLE_TEXT = "Không phát sinh."
MISSING_TEXT = "[Chưa có nội dung]"
MAX_LEVEL = 9  # Word's Heading 1–9
_ONLY_DOTS = re.compile(r"^[\s.…_-]*$")
_APPENDIX_LABEL = re.compile(r"^(phụ lục(?:\s+[IVXLC\d]+\b)?)\s*[:.–-]?\s*(.*)$", re.IGNORECASE | re.S)


def heading_number(node: OutlineNode) -> str:
    """The printed number of a node's heading: "I.", "1.", "a)", "-" for a dash item."""
    num = nfc(node.number).strip()
    if num in ("-", "–", "+", "•"):
        return "-" if node.is_leaf else ""
    if num and not num.endswith((".", ")")):
        num += "."
    return num


def node_heading(node: OutlineNode, level: int = 1) -> Heading:
    """The heading of a node at depth `level` of the printed outline; a part's title (and any
    top-level title) upper case."""
    title = nfc(node.title).strip()
    upper = level == 1 or node.kind == "part"
    return Heading(level=min(level, MAX_LEVEL), number=heading_number(node),
                   text=vn_upper(title) if upper else title, kind="item" if node.is_leaf else "node")


def has_title(node: OutlineNode) -> bool:
    """A leaf prints a title unless it is a placeholder made of dots."""
    title = nfc(node.title).strip()
    return bool(title) and not _ONLY_DOTS.match(title)


def leaf_title(node: OutlineNode, level: int, answer_text: str = "") -> Heading | None:
    """What prints above a leaf's answer: its heading, unless it is a placeholder or the answer
    already starts with the prompt's own words (exporters.answer_text.starts_with_prompt)."""
    if not has_title(node):
        return None
    if answer_text and starts_with_prompt(node.title, answer_text):
        return None
    return node_heading(node, level)


def place_ref(path: list[OutlineNode]) -> str:
    """"I.1" for an item under part I, section 1 (numbers of the ancestors, dashes left out)."""
    nums = [nfc(n.number).strip().rstrip(".)") for n in path]
    return ".".join(n for n in nums if n and n not in ("-", "–", "+", "•"))


class BodyBuilder:
    def __init__(self, unit_type: str | None, draft: bool):
        self.unit_type = unit_type
        self.draft = draft
        self.footnotes: list[Footnote] = []
        self.unprinted_figures: list[FigureRow] = []  # figures not written in their answer's text

    # ---- outline ---------------------------------------------------------------------------
    def outline_blocks(self, outline: Outline, report: Report) -> list[Block]:
        out: list[Block] = []
        for node in outline.nodes:
            out += self._node(node, report, [])
        return out

    def _node(self, node: OutlineNode, report: Report, path: list[OutlineNode]) -> list[Block]:
        if not node.applies(self.unit_type):
            return []
        level = len(path) + 1
        if node.is_leaf:
            return self._leaf(node, report.answers.get(node.key), level, path)
        inner: list[Block] = []
        for child in node.children:
            inner += self._node(child, report, path + [node])
        if not inner and not self.draft:
            return []
        return [node_heading(node, level), *inner]

    def _leaf(self, node: OutlineNode, answer: Answer | None, level: int,
              path: list[OutlineNode]) -> list[Block]:
        filled = answer is not None and answer.is_filled
        if not filled and not self.draft:
            return []
        text = nfc(answer.text) if filled and not answer.not_applicable else ""
        title = leaf_title(node, level, text)
        out: list[Block] = [title] if title is not None else []
        if not filled:
            out.append(Paragraph([Run(MISSING_TEXT, italic=True)], kind="missing"))
        elif answer.not_applicable:
            out.append(Paragraph([Run(NOT_APPLICABLE_TEXT)], kind="note"))
        else:
            below = level + 1 if has_title(node) else level
            out += self.answer_blocks(answer, subheading_level=below)
            ref = place_ref(path + ([node] if not node.is_leaf else []))
            self.unprinted_figures += [FigureRow(ref, f) for f in answer.figures
                                       if not written_in(f, answer.text)]
        return out

    # ---- one answer ------------------------------------------------------------------------
    def answer_blocks(self, answer: Answer, subheading_level: int = MAX_LEVEL) -> list[Block]:
        """The answer's text as blocks. Its figures are not printed here (exporters.figures)."""
        notes = {f.id: nfc(f.text).strip() for f in answer.footnotes}
        used: set[str] = set()
        out: list[Block] = []
        styles: list[str] = []  # sub-heading numbering families in order of appearance
        for line in nfc(answer.text).replace("\r\n", "\n").split("\n"):
            if not line.strip():
                continue
            b = bullet(line)
            sub = None if b else subheading(line)
            if b:
                out.append(Bullet(self._runs(b[1], notes, used), marker=b[0]))
            elif sub and not FOOTNOTE_ANCHOR.search(sub[1]):
                style = numbering_style(sub[0])
                if style not in styles:
                    styles.append(style)
                level = min(subheading_level + styles.index(style), MAX_LEVEL)
                out.append(Heading(level=level, number=sub[0], text=sub[1], kind="sub"))
            else:
                out.append(Paragraph(self._runs(line.strip(), notes, used)))
        leftover = [fid for fid in notes if fid not in used and notes[fid]]
        if leftover:  # footnotes without an anchor attach to the end of the answer's last text
            if not out or not isinstance(out[-1], Paragraph):
                out.append(Paragraph([]))
            for fid in leftover:
                out[-1].runs.append(self._note_run(notes[fid]))
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


def data_table(columns: list[str], rows: list[list[str]]) -> Table:
    """A table from a report (or a unit's report): rows padded to the columns, NFC, and its
    total rows ("Tổng cộng", "Cộng" …) marked."""
    columns = [nfc(c) for c in columns]
    rows = [[nfc(c) for c in row] + [""] * (len(columns) - len(row)) for row in rows]
    return Table(columns=columns, rows=rows, total_rows=[i for i, r in enumerate(rows) if looks_like_total(r)])


def appendix_label(index: int, count: int) -> str:
    return f"Phụ lục {to_roman(index)}" if count > 1 else "Phụ lục"


def appendices_for(report: Report, caption: str, extra: int = 0) -> list[Appendix]:
    """The report's appendix tables; `extra` appendices will follow (they count in the numbering)."""
    out: list[Appendix] = []
    count = len(report.appendices) + extra
    for i, table in enumerate(report.appendices, start=1):
        raw = nfc(table.title).strip()
        m = _APPENDIX_LABEL.match(raw)
        label, title = appendix_label(i, count), raw
        if m and m.group(1):  # the title names its appendix: "Phụ lục I: …" keeps its own number
            title = m.group(2).strip()
            named = "Phụ lục" + m.group(1).strip()[7:]
            label = named if named != "Phụ lục" else label
        out.append(Appendix(label=label, title=vn_upper(title), caption=caption,
                            table=data_table(table.columns, table.rows), note=nfc(table.note).strip()))
    return out
