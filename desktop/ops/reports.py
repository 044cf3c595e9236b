"""Report operations: new report, duplicate, delete/restore, list, fill from JSON, the demo report.
Each is one store transaction and returns what changed (`report_id`: the report made or changed)."""

from __future__ import annotations

import copy
import re
from typing import Any

from desktop.ops import Changed
from models.cleaning import clean_outline, clean_profile, clean_request
from models.errors import UserError
from models.outline import UNIT_TYPES, Outline, RequestMeta
from models.report import Report, UnitProfile
from models.text import clean_line

DEMO_SETTING = "demo_loaded"
SAMPLE_PARTS = ("samples", "sample_report.json")
_YEAR = re.compile(r"\b(20\d\d)\b")


def _new_id() -> str:
    import uuid  # imported on use: uuid (and platform) stay off the window's start-up path

    return str(uuid.uuid4())


def _check_unit_type(unit_type: str) -> str:
    if unit_type not in UNIT_TYPES:
        raise UserError(f"Loại đơn vị \"{unit_type}\" không hợp lệ (commune: xã/phường, department: sở/ngành).",
                        f"Unknown unit type \"{unit_type}\" (commune or department).")
    return unit_type


def new_report(store: Any, outline: str | Outline, period: str, unit_type: str, *,
               unit: UnitProfile | None = None, unit_name: str | None = None, place: str | None = None,
               period_kind: str = "", year: int | None = None, period_start: str | None = None,
               period_end: str | None = None, request: RequestMeta | None = None, title: str | None = None,
               carry_from: str | None = None, author: str = "", remember_unit: bool = False) -> Changed:
    """A new draft answering the outline (an id, or an Outline stored here first, e.g. the shipped one).

    The unit is a snapshot: `unit` as given, else the saved unit profile with `unit_name` and
    `place` put over it when given (the wizard and `baocao report new --unit`). With
    `remember_unit` the unit type, name and place typed go to the unit profile too, so the next
    report and the exports use them (`profile` is set in the result). With `carry_from`
    the answers of that earlier report fill the new one's items (desktop.ops.editing.carry_forward).
    Everything happens in one transaction; `report_id` is the new report's id."""
    _check_unit_type(unit_type)
    period, unit_name, place = clean_line(period), clean_line(unit_name), clean_line(place)
    title = None if title is None else clean_line(title)
    if isinstance(outline, Outline):
        outline = clean_outline(outline)
    with store.transaction():
        outline_id = store.save_outline(outline, "default") if isinstance(outline, Outline) else outline
        stored = store.get_outline(outline_id)
        period = period or clean_line(stored.request.period)
        if not period:
            raise UserError("Chưa nhập kỳ báo cáo (ví dụ \"9 tháng đầu năm 2025\").",
                            "No reporting period given (e.g. \"9 tháng đầu năm 2025\").")
        snapshot = clean_profile(unit if unit is not None else store.get_profile())
        snapshot.unit_type = unit_type
        snapshot.name = unit_name or snapshot.name
        snapshot.place = place or snapshot.place
        if year is None:
            match = _YEAR.search(period)
            year = int(match.group(1)) if match else None
        report = Report(
            id=_new_id(), outline_id=outline_id, period=period, unit_type=unit_type, unit=snapshot,
            request=clean_request(request if request is not None else stored.request),
            title=title if title is not None else stored.title, period_kind=period_kind, year=year,
            period_start=period_start, period_end=period_end)
        store.create_report(report)
        store.add_revision(report.id, author, "created")
        changed = Changed(report_list=True, report_id=report.id, outlines=isinstance(outline, Outline))
        if remember_unit and unit is None:
            changed.profile = _remember_unit(store, unit_type, snapshot.name, snapshot.place)
        if carry_from:
            from desktop.ops.editing import carry_forward

            changed.merge(carry_forward(store, report.id, carry_from))
    return changed


def _remember_unit(store: Any, unit_type: str, name: str, place: str) -> bool:
    """Put the unit values typed for a report into the profile; True when it changed."""
    profile = store.get_profile()
    before = profile.to_dict()
    profile.unit_type, profile.name, profile.place = unit_type, name.strip(), place.strip()
    if profile.to_dict() == before:
        return False
    store.save_profile(profile)
    return True


def unit_differs_from_profile(store: Any, unit_type: str, name: str, place: str) -> bool:
    """Would `remember_unit` change the profile? (The wizard offers it only then.)"""
    profile = store.get_profile()
    return (profile.unit_type, profile.name.strip(), profile.place.strip()) != \
        (unit_type, (name or "").strip(), (place or "").strip())


def same_period_reports(store: Any, unit_name: str, period: str) -> list:
    """Live reports (not the sample) of this unit for this period: the wizard warns before making
    another one. Names and periods are compared ignoring case, accents' composition and spacing."""
    from models.text import fold_key

    unit_key, period_key = fold_key(unit_name or ""), fold_key(period or "")
    return [s for s in store.list_reports() if not s.sample and fold_key(s.period) == period_key
            and fold_key(s.unit_name) == unit_key]


def duplicate_report(store: Any, report_id: str, author: str = "") -> Changed:
    """A new draft with the same outline, metadata, answers and appendices (`report_id`: the copy)."""
    with store.transaction():
        source = store.get_report(report_id)
        copy_ = copy.deepcopy(source)
        copy_.id = _new_id()
        copy_.status, copy_.revision, copy_.number = "draft", 0, ""
        copy_.created_at = copy_.updated_at = ""
        store.create_report(copy_)
        if store.is_sample(report_id):  # a copy of the sample is still the sample's unit, not ours
            store.mark_sample(copy_.id)
        store.add_revision(copy_.id, author, "created", f"Sao chép từ báo cáo {source.id}")
    return Changed(report_list=True, report_id=copy_.id)


def delete_report(store: Any, report_id: str) -> Changed:
    with store.transaction():
        store.delete_report(report_id)
    return Changed(report_list=True, report_id=report_id)


def restore_report(store: Any, report_id: str) -> Changed:
    with store.transaction():
        store.restore_report(report_id)
    return Changed(report_list=True, report_id=report_id)


def list_reports(store: Any, include_deleted: bool = False) -> list:
    return store.list_reports(include_deleted=include_deleted)


def fill_report(store: Any, report_id: str, data: dict[str, Any], author: str = "") -> Changed:
    """Apply a fill document (docs/fill-format.md): all of it or nothing, plus a checkpoint revision.
    Only the metadata fields the document names are written."""
    from models.fill import parse_fill

    with store.transaction():
        report = store.get_report(report_id)
        if report.status == "final":
            raise UserError("Báo cáo đã hoàn thành nên không điền được. Hãy mở lại để sửa trước.",
                            "The report is finalized and cannot be filled. Reopen it first.")
        fill = parse_fill(data, store.get_outline(report.outline_id))
        fields = dict(fill.report)
        if fill.unit is not None:
            unit = UnitProfile.from_dict({**report.unit.to_dict(), **fill.unit})
            if "unit_type" not in fill.unit:
                unit.unit_type = report.unit_type
            fields.update(unit=unit, unit_type=unit.unit_type)
        saved_at = store.update_report_fields(report_id, **fields)
        for answer in fill.answers.values():
            saved_at = store.save_answer(report_id, answer)
        if fill.appendices is not None:
            saved_at = store.save_appendices(report_id, fill.appendices)
        if fill.indicators:
            saved_at = store.save_indicator_values(report_id, fill.indicators)
        store.add_revision(report_id, author, "checkpoint", "Điền từ tệp JSON")
    return Changed(report_list=True, report_id=report_id, answer_keys=list(fill.answers), content=True,
                   saved_at=saved_at, indicator_codes=list(fill.indicators))


def _sample_data() -> dict[str, Any]:
    from resources import resource_path

    path = resource_path(*SAMPLE_PARTS)
    try:
        raw = path.read_bytes()
    except OSError:
        raise UserError(f"Thiếu tệp báo cáo mẫu {path}.", f"The sample report is missing: {path}.") from None
    from models.fill import parse_json_text

    return parse_json_text(raw, path.name)


def load_demo(store: Any, *, outline: Outline | None = None, sample: dict[str, Any] | None = None,
              author: str = "") -> str:
    """Import the default outline and the sample report ("Báo cáo mẫu"); returns its id.

    The sample carries its own unit inside the report and is flagged as the sample; it never
    touches the unit profile or the settings the officer's own reports use."""
    if outline is None:
        from models.outline_import import load_default_outline

        outline = load_default_outline()
    data = sample if sample is not None else _sample_data()
    from models.fill import parse_fill

    parse_fill(data, outline)  # validate before writing anything
    unit = UnitProfile.from_dict(data.get("unit"))
    meta = data.get("report") or {}
    with store.transaction():
        outline_id = store.save_outline(outline, "default")
        report_id = new_report(store, outline_id, meta.get("period") or outline.request.period or "",
                               _check_unit_type(unit.unit_type), unit=unit if data.get("unit") else None,
                               author=author).report_id
        fill_report(store, report_id, data, author)
        store.mark_sample(report_id)
        store.set_setting(DEMO_SETTING, True)
    return report_id


def ensure_demo(store: Any) -> str | None:
    """Load the demo on first start: only when the database has never held a report."""
    if store.get_setting(DEMO_SETTING, False) or store.list_reports(include_deleted=True):
        return None
    return load_demo(store)
