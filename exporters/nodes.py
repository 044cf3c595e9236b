"""The document tree every writer renders: its node types, and nothing else.

A `Document` is one report (or a compiled report) laid out per Decree 30: the first-page header,
the title block, body blocks (headings, paragraphs, bullets, tables), footnotes, appendices, the
"Nơi nhận" list and the signature block. exporters.document and exporters.document_body build it;
the writers (exporters.writers) only ever read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass
class Run:
    text: str = ""
    bold: bool = False
    italic: bool = False
    footnote: int | None = None  # a reference mark to footnote N (then `text` is empty)


@dataclass
class Paragraph:
    runs: list[Run]
    kind: str = "body"  # body | opening | closing | item (an outline item's title) | note | missing

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def footnote_refs(self) -> list[int]:
        return [r.footnote for r in self.runs if r.footnote is not None]


@dataclass
class Bullet(Paragraph):
    marker: str = "-"


@dataclass
class Heading:
    level: int  # depth in the printed outline: 1 for the top level (parts), 2 below it …; Word's Heading N
    number: str  # "I.", "1.", "2.1.", "" for an item without a number
    text: str
    kind: str = "node"  # node (an outline node's title) | item (an item's prompt) | sub (a sub-heading typed in an answer)

    @property
    def full_text(self) -> str:
        return f"{self.number} {self.text}".strip()


@dataclass
class Table:
    """A bordered data table. `columns` is the (first) header row; the first `header_rows` of
    `rows` are further header rows (a two-level header); rows listed in `total_rows` are totals
    ("Tổng cộng"). Header rows repeat on every page and print bold and centred, like total rows
    print bold; column widths and alignment come from exporters.table_layout."""

    columns: list[str]
    rows: list[list[str]]
    total_rows: list[int] = field(default_factory=list)  # indices into `rows`
    header_rows: int = 0  # leading rows of `rows` that belong to the header

    def is_total(self, index: int) -> bool:
        return index in self.total_rows

    def is_header(self, index: int) -> bool:
        return index < self.header_rows


Block = Union[Heading, Paragraph, Bullet, Table]


@dataclass
class Footnote:
    number: int  # 1..N across the document
    text: str


@dataclass
class Appendix:
    label: str  # "Phụ lục I"
    title: str  # upper case
    caption: str  # "(Kèm theo Báo cáo số …/BC-UBND ngày … của …)"
    table: Table
    note: str = ""


@dataclass
class Header:
    parent_agency: str  # upper case, may be ""
    unit_lines: list[str]  # the issuing agency, upper case, one entry per printed line
    number_line: str  # "Số: 05/BC-UBND" or "Số:      /BC-UBND"
    place_date: str  # "Ba Tơ, ngày 05 tháng 02 năm 2025"


@dataclass
class Signature:
    authority_lines: list[str]  # ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    title: str  # "PHÓ CHỦ TỊCH"
    name: str


@dataclass
class Document:
    header: Header
    doc_type: str
    title: str
    recipients_to: list[str]
    blocks: list[Block]
    footnotes: list[Footnote]
    appendices: list[Appendix]
    noi_nhan: list[str]  # printed lines, each starting with "- "
    signature: Signature
    draft: bool
    report_id: str = ""
    meta: dict[str, str] = field(default_factory=dict)  # title/subject/author for file properties

    def footnote(self, number: int) -> Footnote:
        return self.footnotes[number - 1]

    def body_text(self) -> str:
        """All body text, one block a line (footnote marks left out) — for tests and search."""
        out = []
        for b in self.blocks:
            if isinstance(b, Heading):
                out.append(b.full_text)
            elif isinstance(b, Bullet):
                out.append(f"{b.marker} {b.text}")
            elif isinstance(b, Paragraph):
                out.append(b.text)
            else:
                out.extend(" | ".join(r) for r in [b.columns, *b.rows])
        return "\n".join(out)
