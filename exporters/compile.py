"""Compile many units' reports into one Decree 30 document tree (the province's report).

Every outline item gathers the units' answers, each under the unit's name (units in code order);
key figures that share a label and unit are summed across units in one table per item with
models.numbers (numbers summed, ratios summed as a/b, percentages averaged); footnotes are kept
and renumbered 1..N across the whole document; every unit's appendix tables follow as appendices.
The result is rendered by the same DOCX/PDF writers. Pure: no DB, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from models import clock
from models.errors import UserError
from models.numbers import format_vn_number, parse_vn_number
from models.outline import Outline, OutlineNode
from models.report import Figure, Report, UnitProfile
from models.text import nfc, to_roman, vn_upper

from .document import (agency_name, header_unit_lines, noi_nhan_lines, number_line, signature_for,
                       subject_line)
from .document_body import BodyBuilder, data_table, has_title, leaf_title, node_heading
from .nodes import Appendix, Block, Document, Header, Paragraph, Run, Table
from .vn_dates import blank_date_words, date_words, place_date_line
from .writers import Progress
FIGURE_COLUMNS = ["Chỉ tiêu", "Tổng hợp", "Số đơn vị"]


@dataclass
class _Sum:
    label: str
    unit: str
    kind: str
    value: Decimal = Decimal(0)
    total: Decimal = Decimal(0)
    count: int = 0
    units: list[str] = field(default_factory=list)

    def cell(self) -> str:
        if self.kind == "ratio":
            return f"{format_vn_number(self.value)}/{format_vn_number(self.total)}"
        if self.kind == "percent":
            return f"{format_vn_number(self.value / self.count, 2)}% (bình quân)"
        text = format_vn_number(self.value)
        return f"{text} {self.unit}".strip()


def unit_label(report: Report) -> str:
    return nfc(report.unit.name).strip() or nfc(report.unit.code).strip() or "Đơn vị"


def sum_figures(entries: list[tuple[str, Figure]]) -> tuple[list[list[str]], list[tuple[str, Figure]]]:
    """Rows for the figures that parse and share label+unit (+kind); the rest returned as left over."""
    sums: dict[tuple[str, str, str], _Sum] = {}
    leftover: list[tuple[str, Figure]] = []
    for unit_name, fig in entries:
        try:
            parsed = parse_vn_number(fig.value)
        except UserError:
            leftover.append((unit_name, fig))
            continue
        label, unit = nfc(fig.label).strip(), nfc(fig.unit).strip()
        kind = "percent" if parsed.kind == "percent" or unit.startswith("%") else parsed.kind
        key = (label.casefold(), unit.casefold(), kind)
        acc = sums.setdefault(key, _Sum(label, "" if unit.startswith("%") else unit, kind))
        acc.value += parsed.value
        acc.total += parsed.total or 0
        acc.count += 1
        acc.units.append(unit_name)
    rows = [[s.label, s.cell(), str(s.count)] for s in sums.values()]
    return rows, leftover


class _Compiler:
    def __init__(self, outline: Outline, reports: list[Report], progress: Progress):
        self.outline = outline
        self.reports = sorted(reports, key=lambda r: (nfc(r.unit.code), unit_label(r)))
        self.body = BodyBuilder(unit_type=None, draft=False)
        self.progress = progress
        self.leaf_total = sum(1 for n in outline.walk() if n.is_leaf)
        self.leaf_done = 0

    def blocks(self) -> list[Block]:
        out: list[Block] = []
        for node in self.outline.nodes:
            out += self._node(node, 1)
        return out

    def _node(self, node: OutlineNode, level: int) -> list[Block]:
        if node.is_leaf:
            return self._leaf(node, level)
        inner: list[Block] = []
        for child in node.children:
            inner += self._node(child, level + 1)
        if not inner:
            return []
        return [node_heading(node, level), *inner]

    def _leaf(self, node: OutlineNode, level: int) -> list[Block]:
        self.leaf_done += 1
        if self.progress:
            self.progress(self.leaf_done, self.leaf_total, nfc(node.title).strip()[:60])
        answers: list[Block] = []
        figures: list[tuple[str, Figure]] = []
        for report in self.reports:
            if not node.applies(report.unit_type):
                continue
            answer = report.answers.get(node.key)
            if answer is None or not answer.is_filled:
                continue
            name = unit_label(report)
            answers.append(Paragraph([Run(f"{name}:", bold=True)], kind="body"))
            if answer.not_applicable:
                answers.append(Paragraph([Run("Không phát sinh.")], kind="note"))
                continue
            text_only = type(answer)(node_key=answer.node_key, text=answer.text, footnotes=answer.footnotes)
            answers += self.body.answer_blocks(text_only, subheading_level=level + has_title(node))
            figures += [(name, f) for f in answer.figures]
        if not answers:
            return []
        title = leaf_title(node, level)
        out: list[Block] = [title] if title is not None else []
        out += answers
        if figures:
            rows, leftover = sum_figures(figures)
            rows += [[f"{nfc(f.label)} ({name})", f"{nfc(f.value)} {nfc(f.unit)}".strip(), "1"]
                     for name, f in leftover]
            out.append(Table(columns=list(FIGURE_COLUMNS), rows=rows))
        return out


def compile_reports(outline: Outline, reports: list[Report], *, profile: UnitProfile,
                    progress: Progress = None, today: date | None = None,
                    fill_number_date: bool = False) -> Document:
    """One document tree from the units' reports (each the newest received revision). The
    number is left blank for the văn thư, and so are the day and month of the date line unless
    `fill_number_date` (then `today`, else the export date), as in exporters.document."""
    if not reports:
        raise UserError("Chưa có báo cáo nào để tổng hợp.", "There are no reports to compile.")
    when = today or clock.today()
    req = outline.request
    requester = agency_name(req.agency)
    if not nfc(profile.name).strip() and requester:
        # No profile set at the province yet: the compiling office is the one that asked.
        profile = replace(profile, name=requester, place=profile.place or nfc(req.place or ""))
    compiler = _Compiler(outline, reports, progress)
    parent, unit_lines = header_unit_lines(profile)
    header = Header(parent_agency=parent, unit_lines=unit_lines,
                    number_line=number_line("", profile.doc_code),
                    place_date=place_date_line(nfc(profile.place), when, blank=not fill_number_date))
    period = nfc(req.period or reports[0].period).strip()
    opening = (f"Tổng hợp báo cáo {period} của {len(reports)} đơn vị"
               + (f" theo đề nghị của {requester}" if requester else "") + ", cụ thể như sau:")
    blocks: list[Block] = [Paragraph([Run(opening)], kind="opening"), *compiler.blocks()]
    names = ", ".join(unit_label(r) for r in compiler.reports)
    blocks.append(Paragraph([Run(f"Đơn vị đã báo cáo: {names}.", italic=True)], kind="note"))
    subject = subject_line(compiler.reports[0], outline)
    title = f"Tổng hợp {subject[:1].lower()}{subject[1:]}" if subject else "Tổng hợp báo cáo"
    unit_name = nfc(profile.name).strip()
    day = date_words(when) if fill_number_date else blank_date_words(when)
    caption = f"(Kèm theo Báo cáo tổng hợp {day} của {unit_name or 'cơ quan tổng hợp'})"
    appendices: list[Appendix] = []
    for report in compiler.reports:
        for table in report.appendices:
            appendices.append(Appendix(
                label=f"Phụ lục {to_roman(len(appendices) + 1)}", caption=caption,
                title=vn_upper(f"{unit_label(report)}: {nfc(table.title).strip()}"),
                table=data_table(table.columns, table.rows), note=nfc(table.note).strip()))
    own = nfc(profile.name).strip().casefold()
    recipients = [requester] if requester and requester.casefold() != own else []
    return Document(
        header=header, doc_type="BÁO CÁO", title=title, recipients_to=recipients, blocks=blocks,
        footnotes=compiler.body.footnotes, appendices=appendices,
        noi_nhan=noi_nhan_lines(profile, recipients), signature=signature_for(profile), draft=False,
        meta={"title": title, "author": unit_name, "subject": period})


def write_compiled(doc: Document, out: str | Path, *, progress: Progress = None) -> Path:
    """Write the compiled report with the writer its file name asks for (.docx, .pdf)."""
    from .writers import writer_for_path

    return writer_for_path(out).write(doc, out, progress=progress)
