"""The province's synthesis as a document tree: its own report on the outline (what the province
wrote, footnotes only where it cites them), then the Phụ lục — one table per indicator group with a
row per reporting unit and a total row, and the list of units that did not report or reported
late. The units' full reports go to a separate file (exporters/units_annex.py).

Pure: the operations layer (desktop/ops/synthesis.py) reads the store and hands over a
`SynthesisSource`; the same writers render the tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from models.indicator_aggregate import Aggregate, UnitRef
from models.outline import Outline
from models.report import Report
from models.sync_types import UnitStatus
from models.synthesis_draft import group_labels, opening_line
from models.text import nfc, to_roman

from .document import appendix_caption, build_document, figures_note, noi_nhan_lines, report_date
from .nodes import Appendix, Document, Paragraph, Run
from .synthesis_tables import indicator_appendices, status_appendix


@dataclass
class SynthesisSource:
    report: Report  # the province's synthesis report: its answers are the body
    outline: Outline
    units: list[UnitRef]  # the population: expected ∪ reporting units, in print order
    statuses: list[UnitStatus]  # received / late / missing (store.inbox_status)
    aggregates: list[Aggregate]
    kinh_gui: list[str] = field(default_factory=list)


def build_synthesis(source: SynthesisSource, *, draft: bool, today: date | None = None,
                    fill_number_date: bool = False) -> Document:
    """The synthesis tree; `fill_number_date` as for exporters.document.build_document."""
    report, outline = source.report, source.outline
    doc = build_document(report, outline, draft=draft, today=today, fill_number_date=fill_number_date)
    caption = appendix_caption(report, report_date(report, today), fill_number_date=fill_number_date)
    groups, _ = group_labels(outline)
    appendices: list[Appendix] = indicator_appendices(groups, source.aggregates, source.units, caption)
    status_label = f"Phụ lục {to_roman(len(groups) + 1)}"
    listed = status_appendix(source.statuses, status_label, caption, outline.request.deadline or "")
    if listed is not None:
        appendices.append(listed)
    following = len(groups) + 1 + (listed is not None)
    relabel: dict[str, str] = {}
    for number, own in enumerate(doc.appendices, start=following):  # the province's own tables follow
        relabel[own.label] = f"Phụ lục {to_roman(number)}"
        appendices.append(replace(own, label=relabel[own.label]))
    notes = {figures_note(old): figures_note(new) for old, new in relabel.items()}
    late = [s.code for s in source.statuses if s.state == "late"]
    unit_name = nfc(report.unit.name).strip()
    opening = opening_line(source.units, late, report.period, unit_name, status_label if listed else "")
    closing = f"Trên đây là báo cáo tổng hợp{_period(report)} của {unit_name or 'cơ quan tổng hợp'}./."
    body = [Paragraph([Run(notes[b.text])], kind=b.kind) if isinstance(b, Paragraph) and b.text in notes else b
            for b in doc.blocks[1:-1]]
    blocks = [Paragraph([Run(opening)], kind="opening"), *body, Paragraph([Run(closing)], kind="closing")]
    kinh_gui = [nfc(k).strip() for k in source.kinh_gui if nfc(k).strip()]
    return replace(doc, recipients_to=kinh_gui, blocks=blocks, appendices=appendices,
                   noi_nhan=noi_nhan_lines(report.unit, kinh_gui),
                   meta={**doc.meta, "title": f"Báo cáo tổng hợp {doc.title[:1].lower()}{doc.title[1:]}".strip()})


def _period(report: Report) -> str:
    period = nfc(report.period).strip()
    return f" {period}" if period else ""


__all__ = ["SynthesisSource", "build_synthesis"]
