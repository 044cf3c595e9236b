"""Helpers for the editor tests: a store with the default outline and reports made directly."""

from __future__ import annotations

import uuid

from models.outline import Outline
from models.outline_import import load_default_outline
from models.report import Answer, Report, UnitProfile
from models.store import Store


def new_store(path) -> Store:
    return Store(path)


def make_report(store: Store, *, unit_type: str = "commune", outline: Outline | None = None,
                period: str = "9 tháng đầu năm 2025", unit_name: str = "UBND xã Ba Tơ",
                created_at: str = "", answers: dict[str, Answer] | None = None) -> str:
    outline = outline or load_default_outline()
    outline_id = store.save_outline(outline)
    report = Report(id=str(uuid.uuid4()), outline_id=outline_id, period=period, unit_type=unit_type,
                    unit=UnitProfile(name=unit_name, unit_type=unit_type, signer_name="Nguyễn Văn Bình"),
                    created_at=created_at,
                    answers=dict(answers or {}))
    return store.create_report(report)


def fill_all(store: Store, report_id: str, skip: tuple[str, ...] = ()) -> list[str]:
    """Fill every applicable item except `skip`; returns the keys filled."""
    report = store.get_report(report_id)
    outline = store.get_outline(report.outline_id)
    keys = [n.key for n in outline.leaves(report.unit_type) if n.key not in skip]
    for key in keys:
        store.save_answer(report_id, Answer(node_key=key, text=f"Nội dung mục {key}."))
    return keys
