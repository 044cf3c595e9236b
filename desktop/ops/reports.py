"""Report operations: create, duplicate, delete/restore, list, fill from JSON, the demo report,
and outline import. Each is one store transaction and returns what changed (or the new id)."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from desktop.ops import Changed
from models.clock import now_iso
from models.errors import UserError
from models.outline import UNIT_TYPES, Outline, RequestMeta
from models.report import Report, UnitProfile

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


def create_report(store: Any, outline_id: str, period: str, unit_type: str, *,
                  unit: UnitProfile | None = None, period_kind: str = "", year: int | None = None,
                  period_start: str | None = None, period_end: str | None = None,
                  request: RequestMeta | None = None, title: str | None = None, author: str = "") -> str:
    """A new draft answering the outline; snapshots the unit profile; returns the report id."""
    outline = store.get_outline(outline_id)
    _check_unit_type(unit_type)
    period = (period or "").strip() or (outline.request.period or "")
    if not period:
        raise UserError("Chưa nhập kỳ báo cáo (ví dụ \"9 tháng đầu năm 2025\").",
                        "No reporting period given (e.g. \"9 tháng đầu năm 2025\").")
    snapshot = copy.deepcopy(unit) if unit is not None else store.get_profile()
    snapshot.unit_type = unit_type
    if year is None:
        match = _YEAR.search(period)
        year = int(match.group(1)) if match else None
    report = Report(
        id=_new_id(), outline_id=outline_id, period=period, unit_type=unit_type, unit=snapshot,
        request=copy.deepcopy(request) if request is not None else RequestMeta.from_dict(outline.request.to_dict()),
        title=title if title is not None else outline.title, period_kind=period_kind, year=year,
        period_start=period_start, period_end=period_end)
    with store.transaction():
        store.create_report(report)
        store.add_revision(report.id, author, "created")
    return report.id


def duplicate_report(store: Any, report_id: str, author: str = "") -> str:
    """A new draft with the same outline, metadata, answers and appendices."""
    source = store.get_report(report_id)
    copy_ = copy.deepcopy(source)
    copy_.id = _new_id()
    copy_.status, copy_.revision, copy_.number = "draft", 0, ""
    copy_.created_at = copy_.updated_at = ""
    with store.transaction():
        store.create_report(copy_)
        store.add_revision(copy_.id, author, "created", f"Sao chép từ báo cáo {source.id}")
    return copy_.id


def delete_report(store: Any, report_id: str) -> Changed:
    with store.transaction():
        store.delete_report(report_id)
    return Changed(report_list=True, report_id=report_id)


def restore_report(store: Any, report_id: str) -> Changed:
    with store.transaction():
        store.restore_report(report_id)
    return Changed(report_list=True, report_id=report_id)


def list_reports(store: Any) -> list:
    return store.list_reports()


def fill_report(store: Any, report_id: str, data: dict[str, Any], author: str = "") -> Changed:
    """Apply a fill document (docs/fill-format.md): all of it or nothing, plus a checkpoint revision."""
    report = store.get_report(report_id)
    if report.status == "final":
        raise UserError("Báo cáo đã hoàn thành nên không điền được. Hãy mở lại để sửa trước.",
                        "The report is finalized and cannot be filled. Reopen it first.")
    from models.fill import parse_fill

    fill = parse_fill(data, store.get_outline(report.outline_id))
    meta_changed = bool(fill.report) or fill.unit is not None
    for key, value in fill.report.items():
        setattr(report, key, value)
    if fill.unit is not None:
        report.unit = UnitProfile.from_dict({**report.unit.to_dict(), **fill.unit})
        if "unit_type" in fill.unit:
            report.unit_type = report.unit.unit_type
        else:
            report.unit.unit_type = report.unit_type
    saved_at = now_iso()
    with store.transaction():
        if meta_changed:
            store.update_report(report)
        for answer in fill.answers.values():
            saved_at = store.save_answer(report_id, answer)
        if fill.appendices is not None:
            store.save_appendices(report_id, fill.appendices)
        store.add_revision(report_id, author, "checkpoint", "Điền từ tệp JSON")
    return Changed(report_list=True, report_id=report_id, answer_keys=list(fill.answers), saved_at=saved_at)


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
    """Import the default outline and the sample report; returns the sample report's id.

    The sample unit becomes the unit profile only when no profile has been saved yet."""
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
        if data.get("unit") and not store.has_profile():
            store.save_profile(unit)
        report_id = create_report(store, outline_id, meta.get("period") or outline.request.period or "",
                                  _check_unit_type(unit.unit_type), unit=unit if data.get("unit") else None,
                                  author=author)
        fill_report(store, report_id, data, author)
        store.set_setting(DEMO_SETTING, True)
    return report_id


def ensure_demo(store: Any) -> str | None:
    """Load the demo on first start: only when the database has never held a report."""
    if store.get_setting(DEMO_SETTING, False) or store.list_reports(include_deleted=True):
        return None
    return load_demo(store)


def import_outline(store: Any, path_or_text: str | Path, *, is_text: bool = False) -> str:
    """Parse an outline (a .txt/.md/.docx file, or pasted text) and store it; returns its id."""
    from models.outline_import import import_outline_file, import_outline_text

    if is_text:
        outline = import_outline_text(str(path_or_text))
        source_name = "pasted"
    else:
        path = Path(path_or_text)
        if path.is_dir():
            raise UserError(f"{path} là thư mục, không phải tệp đề cương.", f"{path} is a folder, not an outline file.")
        if not path.exists():
            raise UserError(f"Không tìm thấy tệp {path}.", f"File not found: {path}.")
        outline = import_outline_file(path)
        source_name = path.name
    if not outline.nodes:
        raise UserError("Không tìm thấy đề cương trong nội dung đã nhập.", "No outline was found in the input.")
    with store.transaction():
        return store.save_outline(outline, source_name)
