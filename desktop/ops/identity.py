"""The unit's identity on what leaves the office: who signs, which unit, which code.

- `missing_identity(unit, purpose)`: the profile fields still empty before a final export
  ("final": unit name and signer), a bundle for the province ("bundle": also the unit code) or a
  compiled report ("compile": the province's own name and signer). The window asks for them
  (the unit setup dialog) before going on.
- `finalize_summary(store, report_id)`: what a final copy will print — unit lines, code, the
  signature block, number and date lines, and which items are marked "không phát sinh" — shown
  for confirmation before "Hoàn thành".
- `set_unit(store, unit, report_id)`: save the unit profile and, for a draft report, put the same
  unit into the report (its snapshot keeps its own unit type), in one transaction.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.ops import Changed
from models.report import UnitProfile

BLANK = "\u00a0\u00a0"  # the room left for the văn thư to write a number or a day by hand
PURPOSES = {
    "final": ("name", "signer_name"),
    "bundle": ("name", "code", "signer_name"),
    "compile": ("name", "signer_name"),
}


def missing_identity(unit: UnitProfile, purpose: str = "final") -> list[str]:
    """Names of the UnitProfile fields `purpose` needs that are empty, in form order."""
    return [name for name in PURPOSES[purpose] if not (getattr(unit, name) or "").strip()]


def report_identity_missing(store: Any, report_id: str, purpose: str = "final") -> list[str]:
    """What the report's own unit lacks for `purpose`; a bundle takes a missing code from the
    profile (desktop.ops.sync.export_bundle), so only a code missing from both counts."""
    unit = copy.deepcopy(store.get_report(report_id).unit)
    if not unit.code.strip():
        unit.code = store.get_profile().code
    return missing_identity(unit, purpose)


def profile_identity_missing(store: Any, purpose: str = "compile") -> list[str]:
    return missing_identity(store.get_profile(), purpose)


@dataclass
class FinalizeSummary:
    unit_lines: list[str]  # the header's agency lines, as printed
    unit_code: str
    signature_lines: list[str]  # "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", then the signer's name
    signer_missing: bool
    number_line: str  # "Số: 05/BC-UBND", or "Số:          /BC-UBND" (left for the office)
    number_blank: bool
    date_line: str  # "Sơn Kỳ, ngày 19 tháng 9 năm 2025", or with blanks for the office
    date_blank: bool
    not_applicable: list[str] = field(default_factory=list)  # "II.1.2 …" items marked không phát sinh
    missing: list[str] = field(default_factory=list)  # items neither filled nor không phát sinh
    sample: bool = False

    @property
    def ready(self) -> bool:
        return not self.signer_missing and not self.missing


def finalize_summary(store: Any, report_id: str, today: date | None = None) -> FinalizeSummary:
    """Read off the final copy's own document tree (exporters.document), so the summary shows
    exactly the header, number, date and signature the export prints."""
    from desktop.ops.editing import item_label, missing_keys
    from desktop.ops.export import fills_number_date
    from exporters.document import build_document

    with store.read():
        report = store.get_report(report_id)
        outline = store.get_outline(report.outline_id)
        sample = store.is_sample(report_id)
    doc = build_document(report, outline, draft=False, today=today, fill_number_date=fills_number_date(store))
    header, signature = doc.header, doc.signature
    not_applicable = [item_label(outline, n.key) for n in outline.leaves(report.unit_type)
                      if report.answer(n.key).not_applicable]
    return FinalizeSummary(
        unit_lines=[line for line in [header.parent_agency, *header.unit_lines] if line],
        unit_code=report.unit.code.strip(),
        signature_lines=[*signature.authority_lines, signature.title, signature.name],
        signer_missing=not signature.name, number_line=header.number_line,
        number_blank=BLANK in header.number_line, date_line=header.place_date,
        date_blank=BLANK in header.place_date, not_applicable=not_applicable,
        missing=[item_label(outline, k) for k in missing_keys(outline, report)], sample=sample)


def set_unit(store: Any, unit: UnitProfile, report_id: str | None = None) -> Changed:
    """Save `unit` as the profile (checked like the settings dialog does) and, when `report_id`
    names a draft report, as that report's unit too."""
    from desktop.ops.settings import check_profile

    unit = check_profile(copy.deepcopy(unit))
    changed = Changed(profile=True)
    with store.transaction():
        store.save_profile(unit)
        if report_id is not None and store.report_state(report_id).status != "final":
            mine = copy.deepcopy(unit)
            mine.unit_type = store.get_report(report_id).unit_type
            changed.saved_at = store.update_report_fields(report_id, unit=mine)
            changed.report_id, changed.report_list = report_id, True
    return changed
