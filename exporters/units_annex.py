""""Tập báo cáo của các đơn vị": every unit's report in full, one after another, for the archive —
a separate file beside the synthesis, never its body.

Each unit's report keeps its own text, footnotes (numbered on across the file) and appendix tables,
which stay right after that unit's report under the unit's own labels, so a unit's "chi tiết tại Phụ
lục II" still points to its own table. Pure: no DB, no Qt.
"""

from __future__ import annotations

from datetime import date

from models import clock
from models.report import Report, UnitProfile
from models.synthesis_draft import short_name
from models.outline import Outline
from models.text import nfc, to_roman, vn_upper

from .document import header_unit_lines, number_line
from .document_body import BodyBuilder, appendices_for
from .figures import FIGURES_TITLE, figures_table
from .nodes import Block, Document, Footnote, Header, Heading, Paragraph, Run, Signature
from .vn_dates import place_date_line
from .writers import Progress

TITLE = "Tập báo cáo của các đơn vị"


def unit_label(report: Report) -> str:
    return nfc(report.unit.name).strip() or nfc(report.unit.code).strip() or "Đơn vị"


def _unit_blocks(index: int, report: Report, outline: Outline, footnotes: list[Footnote],
                 received: str) -> list[Block]:
    body = BodyBuilder(unit_type=report.unit_type or report.unit.unit_type, draft=False)
    body.footnotes = footnotes  # one numbering across the file
    facts = [f"mã định danh {nfc(report.unit.code).strip()}" if report.unit.code.strip() else "",
             f"lần gửi r{report.revision}", f"nhận lúc {received.replace('T', ' ')[:16]}" if received else ""]
    out: list[Block] = [Heading(level=1, number=f"{to_roman(index)}.", text=vn_upper(unit_label(report))),
                        Paragraph([Run("(" + "; ".join(f for f in facts if f) + ")", italic=True)], kind="note")]
    out += body.outline_blocks(outline, report)
    if body.unprinted_figures:  # the unit's figures not written in its text, as its report prints them
        out.append(Paragraph([Run(f"{FIGURES_TITLE}: {unit_label(report)}", bold=True)], kind="item"))
        out.append(figures_table(body.unprinted_figures))
    for appendix in appendices_for(report, ""):
        out.append(Paragraph([Run(f"{appendix.label}: {appendix.title}", bold=True)], kind="item"))
        out.append(appendix.table)
        if appendix.note:
            out.append(Paragraph([Run(appendix.note, italic=True)], kind="note"))
    return out


def build_units_annex(outline: Outline, reports: list[Report], *, profile: UnitProfile,
                      received: dict[str, str] | None = None, progress: Progress = None,
                      today: date | None = None) -> Document:
    """The annex: `reports` (the newest received revision of each unit) in the order given;
    `received` maps a report id to when it arrived."""
    when = today or clock.today()
    received = received or {}
    parent, unit_lines = header_unit_lines(profile)
    period = nfc(outline.request.period or (reports[0].period if reports else "")).strip()
    names = ", ".join(short_name(unit_label(r)) for r in reports)
    blocks: list[Block] = [Paragraph([Run(
        f"Tập hợp nguyên văn báo cáo {period} của {len(reports)} đơn vị gửi {nfc(profile.name).strip() or 'cơ quan tổng hợp'}"
        f" ({names}), theo thứ tự mã đơn vị; kèm theo báo cáo tổng hợp, dùng để lưu trữ và tra cứu.")],
        kind="opening")]
    footnotes: list[Footnote] = []
    for i, report in enumerate(reports, start=1):
        if progress:
            progress(i, len(reports), unit_label(report))
        blocks += _unit_blocks(i, report, outline, footnotes, received.get(report.id, ""))
    title = f"Báo cáo {period} của các đơn vị" if period else "Báo cáo của các đơn vị"
    return Document(
        header=Header(parent_agency=parent, unit_lines=unit_lines, number_line=number_line("", profile.doc_code),
                      place_date=place_date_line(nfc(profile.place), when)),
        doc_type=vn_upper(TITLE), title=title, recipients_to=[], blocks=blocks, footnotes=footnotes,
        appendices=[], noi_nhan=[], signature=Signature(authority_lines=[], title="", name=""), draft=False,
        meta={"title": f"{TITLE} — {period}".strip(" —"), "author": nfc(profile.name).strip(), "subject": period})


__all__ = ["TITLE", "build_units_annex", "unit_label"]
