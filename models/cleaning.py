"""Cleaning text at the door, one function per kind of value that enters the store.

Each door calls one of these once: the editor's saves and pastes (`clean_answer`, `clean_table`),
fill files (models/fill.py's `parse_fill`), the unit profile (`clean_profile`), outline
saves (`clean_outline`), new reports (`clean_line` on their fields) and received bundles
(`clean_report`). Multi-line text goes through models.text.clean_text, names, codes and titles
through clean_line; nothing else in the code cleans text again. Pure: no Qt, no database.
"""

from __future__ import annotations

from dataclasses import replace

from .outline import Outline, OutlineNode, RequestMeta
from .report import Answer, AppendixTable, Figure, Footnote, Report, UnitProfile
from .text import clean_line, clean_text


def _opt_line(value: str | None) -> str | None:
    return None if value is None else clean_line(value)


def clean_answer(answer: Answer) -> Answer:
    return Answer(
        node_key=answer.node_key, text=clean_text(answer.text),
        footnotes=[Footnote(clean_line(f.id), clean_text(f.text)) for f in answer.footnotes],
        figures=[Figure(clean_line(f.label), clean_line(f.value), clean_line(f.unit)) for f in answer.figures],
        not_applicable=bool(answer.not_applicable))


def clean_table(table: AppendixTable) -> AppendixTable:
    return AppendixTable(title=clean_line(table.title), columns=[clean_line(c) for c in table.columns],
                         rows=[[clean_text(cell) for cell in row] for row in table.rows],
                         note=clean_text(table.note))


def clean_profile(profile: UnitProfile) -> UnitProfile:
    """Every field a clean line; empty recipients dropped."""
    fields = {name: clean_line(getattr(profile, name)) for name in UnitProfile.__dataclass_fields__
              if name != "recipients"}
    return UnitProfile(**fields, recipients=[r for r in map(clean_line, profile.recipients or []) if r])


def clean_request(request: RequestMeta) -> RequestMeta:
    return RequestMeta(**{name: _opt_line(getattr(request, name)) for name in RequestMeta.__dataclass_fields__})


def clean_report(report: Report) -> Report:
    """A report's text fields cleaned (ids, dates, numbers and status left as they are)."""
    return replace(
        report, period=clean_line(report.period), unit=clean_profile(report.unit),
        request=clean_request(report.request), title=clean_line(report.title), number=clean_line(report.number),
        period_kind=clean_line(report.period_kind),
        answers={key: clean_answer(a) for key, a in report.answers.items()},
        appendices=[clean_table(t) for t in report.appendices])


def _clean_node(node: OutlineNode) -> OutlineNode:
    # everything else a node carries (its indicators, built cleaned by models.indicators; keys a newer
    # version wrote, in `extra`) is kept as it is
    return replace(node, key=clean_line(node.key), number=clean_line(node.number), title=clean_line(node.title),
                   guidance=None if node.guidance is None else clean_text(node.guidance),
                   children=[_clean_node(c) for c in node.children])


def clean_outline(outline: Outline) -> Outline:
    """Titles, numbers and keys as clean lines, guidance and notes as clean text. An outline that is
    already clean keeps its id (the sha256 of its content): its indicators, notes and unknown keys
    are kept."""
    return replace(outline, title=clean_line(outline.title), nodes=[_clean_node(n) for n in outline.nodes],
                   request=clean_request(outline.request), notes=[clean_text(n) for n in outline.notes])


__all__ = ["clean_answer", "clean_outline", "clean_profile", "clean_report", "clean_request", "clean_table"]
