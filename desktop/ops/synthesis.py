"""The province's synthesis: its own report on an outline, drafted from the units' bundles.

- `gather` reads, in one snapshot, what the synthesis is made of: the outline, the units (expected
  ∪ reporting, by code), their statuses, the newest received report of each, the aggregates.
- `draft_synthesis` creates the province's report on the outline (flagged as its synthesis, with
  the province profile), each item pre-filled with the aggregated indicators as sentences and
  "n/N đơn vị đã báo cáo nội dung này" — never the units' texts. `redraft` rewrites every item from
  the current bundles after a checkpoint, so nothing written before is lost.
- `compile_synthesis` drafts it when there is none yet, then writes the synthesis (body + Phụ lục
  tables + the list of units that did not report / reported late) and, when asked, the separate
  "Tập báo cáo của các đơn vị" with every unit's report in full.
The editor's units panel (every unit's answer to the current item) is in desktop/ops/units_panel.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from desktop.ops import Changed
from desktop.ops.editing import refuse_if_final
from desktop.ops.province import get_province_profile
from desktop.ops.sync import inbox_status
from exporters.document import agency_name
from models.errors import UserError
from models.indicator_aggregate import Aggregate, UnitRef, aggregate
from models.outline import Outline
from models.report import Answer, Report
from models.sync_types import UnitStatus
from models.synthesis_draft import UnitDigest, draft_answers, short_name

if TYPE_CHECKING:
    from exporters.nodes import Document

Progress = Callable[[int, int, str], None]


@dataclass
class SynthesisData:
    outline_id: str
    outline: Outline
    units: list[UnitRef]  # expected ∪ reporting, by code
    statuses: list[UnitStatus]
    digests: dict[str, UnitDigest] = field(default_factory=dict)  # unit code → its newest report, digested
    aggregates: list[Aggregate] = field(default_factory=list)

    @property
    def names(self) -> dict[str, str]:
        return {u.code: short_name(u.name) or u.code for u in self.units}

    def unit_type(self) -> str:
        """The unit type the synthesis answers as: commune when any unit is one."""
        return "commune" if any(u.unit_type == "commune" for u in self.units) or not self.units else "department"


def gather(store, outline_id: str) -> SynthesisData:
    """What the synthesis is made of. A unit whose every bundle was set aside (state "refused") has
    not reported: a listed unit counts as missing, a unit only seen is left out."""
    with store.read():
        outline = store.get_outline(outline_id)
        statuses = [replace(s, state="missing", refusal=None) if s.state == "refused" else s
                    for s in inbox_status(store, outline_id) if s.state != "refused" or s.expected]
        digests = store.inbox_digests(outline_id)
        types = {u.code: u.unit_type for u in store.list_units()}
    units: list[UnitRef] = []
    for status in statuses:
        digest = digests.get(status.code)
        unit_type = digest.unit_type if digest else types.get(status.code, "commune")
        units.append(UnitRef(status.code, status.name or (digest.name if digest else ""), unit_type,
                             reported=digest is not None))
    values = {code: d.values for code, d in digests.items()}
    return SynthesisData(outline_id, outline, units, statuses, digests, aggregate(outline, units, values))


def _require_reports(data: SynthesisData) -> None:
    if not data.digests:
        raise UserError("Chưa nhận được báo cáo nào cho đề cương này.", "No reports received for this outline.")


def draft_synthesis(store, outline_id: str, author: str = "", *, redraft: bool = False) -> Changed:
    """The province's synthesis report on the outline (`report_id`), made now if there is none."""
    with store.transaction():
        existing = store.synthesis_report_id(outline_id)
        if existing and not redraft:
            return Changed(report_id=existing)
        data = gather(store, outline_id)
        _require_reports(data)
        answers = draft_answers(data.outline, data.units, data.digests, data.aggregates)
        if existing:
            refuse_if_final(store, existing)
            store.add_revision(existing, author, "checkpoint", "Trước khi soạn lại từ các báo cáo đã nhận")
            current = store.get_report(existing)
            for key in set(current.answers) - set(answers):
                store.save_answer(existing, Answer(node_key=key))
            for answer in answers.values():
                store.save_answer(existing, answer)
            store.add_revision(existing, author, "checkpoint", "Soạn lại từ các báo cáo đã nhận")
            return Changed(report_list=True, report_id=existing, content=True, count=len(answers))
        profile = get_province_profile(store).unit
        req = data.outline.request
        if not profile.name.strip() and req.agency:  # no profile yet: the office that asked compiles
            profile.name, profile.place = agency_name(req.agency), profile.place or (req.place or "")
        report = Report(id=str(uuid.uuid4()), outline_id=outline_id, period=req.period or "",
                        unit_type=data.unit_type(), unit=profile, request=req, title=data.outline.title,
                        answers=answers)
        store.create_report(report)
        store.set_synthesis_report(outline_id, report.id)
        store.add_revision(report.id, author, "created", "Dự thảo tổng hợp từ các báo cáo đã nhận")
    return Changed(report_list=True, report_id=report.id, count=len(answers))


def compile_synthesis(store, outline_id: str, out: str | Path, *, units_out: str | Path | None = None,
                      author: str = "", redraft: bool = False, progress: Progress | None = None,
                      today: date | None = None) -> Changed:
    """Write the synthesis to `out` (.docx/.pdf), drafting it first when there is none; with
    `units_out`, also the "Tập báo cáo của các đơn vị". `path` is the synthesis, `count` the units
    whose reports it is based on, `report_id` the synthesis report."""
    from exporters.writers import writer_for_path

    out = Path(out)
    writer = writer_for_path(out)
    annex_writer = writer_for_path(units_out) if units_out else None
    changed = draft_synthesis(store, outline_id, author, redraft=redraft)
    with store.read():
        report = store.get_report(changed.report_id)
        data = gather(store, outline_id)
    _require_reports(data)
    writer.write(synthesis_tree(store, report, data, today=today), out, progress=progress)
    if annex_writer is not None:
        _write_units_annex(store, data, report.unit, annex_writer, Path(units_out), today)
    return changed.merge(Changed(path=out, count=len(data.digests)))


def export_units_annex(store, outline_id: str, out: str | Path, *, progress: Progress | None = None,
                       today: date | None = None) -> Changed:
    """Only the "Tập báo cáo của các đơn vị" (every unit's latest report, whole) to `out`, headed
    with the province's profile; `count` is the number of units in it."""
    from exporters.writers import writer_for_path

    out = Path(out)
    writer = writer_for_path(out)
    with store.read():
        data = gather(store, outline_id)
        profile = get_province_profile(store).unit
    _require_reports(data)
    _write_units_annex(store, data, profile, writer, out, today, progress)
    return Changed(path=out, count=len(data.digests))


def _write_units_annex(store, data: SynthesisData, profile, writer, out: Path, today: date | None,
                       progress: Progress | None = None) -> None:
    from exporters.units_annex import build_units_annex

    received = {s.report_id: s.received_at or "" for s in data.statuses if s.report_id}
    with store.read():
        reports = store.latest_reports(data.outline_id)
    annex = build_units_annex(data.outline, reports, profile=profile, received=received, today=today)
    writer.write(annex, out, progress=progress)


def synthesis_tree(store, report: Report, data: SynthesisData | None = None, *, draft: bool | None = None,
                   today: date | None = None) -> Document:
    """The document tree of the province's synthesis report (its Phụ lục from the inbox as it is
    now); `draft=None` means "draft unless the report is final"."""
    from exporters.synthesis import SynthesisSource, build_synthesis

    outline_id = store.synthesis_outline_id(report.id)
    if outline_id is None:
        raise UserError("Báo cáo này không phải báo cáo tổng hợp của tỉnh.",
                        "This report is not the province's synthesis.")
    from desktop.ops.export import fills_number_date

    data = data or gather(store, outline_id)
    kinh_gui = get_province_profile(store).kinh_gui or _requester(data.outline, report)
    source = SynthesisSource(report, data.outline, data.units, data.statuses, data.aggregates, kinh_gui)
    return build_synthesis(source, draft=report.status != "final" if draft is None else draft, today=today,
                           fill_number_date=fills_number_date(store))


def _requester(outline: Outline, report: Report) -> list[str]:
    """Without a Kính gửi in the profile: the agency of the request letter, unless that is us."""
    agency = agency_name(outline.request.agency)
    return [agency] if agency and agency.casefold() != report.unit.name.strip().casefold() else []


__all__ = ["SynthesisData", "compile_synthesis", "draft_synthesis", "gather", "synthesis_tree"]
