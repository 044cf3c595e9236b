"""A report: the unit's answers to an outline, with figures, footnotes and appendix tables.

Answer text is plain text: paragraphs separated by newlines; a line starting with "- " is a dash
bullet; a footnote is anchored in the text as ``[^N]`` where N is the id of one of the answer's
footnotes. Exporters renumber footnotes across the whole report.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .outline import RequestMeta

FOOTNOTE_ANCHOR = re.compile(r"\[\^([A-Za-z0-9_-]+)\]")
AUTHORITIES = ("", "TM.", "KT.", "TL.", "TUQ.", "Q.")
STATUSES = ("draft", "final")


def _pick(cls, data: dict[str, Any] | None) -> dict[str, Any]:
    data = data or {}
    return {k: data[k] for k in cls.__dataclass_fields__ if k in data}


@dataclass
class Footnote:
    id: str
    text: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Footnote":
        return cls(id=str(data["id"]), text=data.get("text", ""))


@dataclass
class Figure:
    """A key figure, written the Vietnamese way: "957.600" lượt, "95,17" %, "57/96" địa phương."""

    label: str
    value: str
    unit: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Figure":
        return cls(**_pick(cls, data))


@dataclass
class Answer:
    node_key: str
    text: str = ""
    footnotes: list[Footnote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    not_applicable: bool = False  # "không phát sinh"

    @property
    def is_filled(self) -> bool:
        return self.not_applicable or bool(self.text.strip()) or bool(self.figures)

    def anchors(self) -> list[str]:
        return FOOTNOTE_ANCHOR.findall(self.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Answer":
        return cls(
            node_key=data["node_key"],
            text=data.get("text", "") or "",
            footnotes=[Footnote.from_dict(f) for f in data.get("footnotes", []) or []],
            figures=[Figure.from_dict(f) for f in data.get("figures", []) or []],
            not_applicable=bool(data.get("not_applicable", False)),
        )


@dataclass
class AppendixTable:
    title: str
    columns: list[str]
    rows: list[list[str]]
    note: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "AppendixTable":
        return cls(title=data.get("title", ""), columns=list(data.get("columns", [])),
                   rows=[list(map(str, r)) for r in data.get("rows", [])], note=data.get("note", ""))


@dataclass
class UnitProfile:
    """What exports need to know about the reporting unit."""

    name: str = ""  # "UBND xã Ba Tơ" (issuing agency, as printed in the header)
    parent_agency: str = ""  # "UBND tỉnh Quảng Ngãi"
    unit_type: str = "commune"  # "commune" | "department"
    code: str = ""  # mã định danh điện tử, e.g. "000.00.31.H48"
    place: str = ""  # for the date line: "Ba Tơ"
    doc_code: str = "BC-UBND"  # "Số: …/BC-UBND"
    signer_name: str = ""
    signer_title: str = "CHỦ TỊCH"  # "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    signer_authority: str = "TM."  # TM. / KT. / TL. / TUQ. / Q. / ""
    authority_body: str = "ỦY BAN NHÂN DÂN"  # printed after TM.: "TM. ỦY BAN NHÂN DÂN"
    recipients: list[str] = field(default_factory=list)  # default "Nơi nhận"
    archive_abbr: str = "VP"  # "- Lưu: VT, VP."

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "UnitProfile":
        return cls(**_pick(cls, data))


@dataclass
class Report:
    id: str  # UUID, never changes
    outline_id: str  # sha256 of the outline's canonical JSON
    period: str  # "9 tháng đầu năm 2025"
    unit_type: str = "commune"
    unit: UnitProfile = field(default_factory=UnitProfile)
    request: RequestMeta = field(default_factory=RequestMeta)
    title: str = ""  # the trích yếu; defaults to the outline title
    number: str = ""  # the report's own number, "" leaves "Số:     /BC-UBND" blank for the office
    report_date: str | None = None  # ISO date for the date line; None → the export date
    period_kind: str = ""  # month | quarter | half | nine_months | year
    year: int | None = None
    period_start: str | None = None  # data cut-off dates, ISO
    period_end: str | None = None
    status: str = "draft"
    revision: int = 0
    answers: dict[str, Answer] = field(default_factory=dict)
    appendices: list[AppendixTable] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""
    # indicator code → canonical value (models/indicators.py); written only when there are some
    indicator_values: dict[str, Any] = field(default_factory=dict)

    def answer(self, key: str) -> Answer:
        return self.answers.get(key) or Answer(node_key=key)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["answers"] = {k: a.to_dict() for k, a in self.answers.items()}
        if not self.indicator_values:
            del data["indicator_values"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Report":
        base = _pick(cls, data)
        base["unit"] = UnitProfile.from_dict(data.get("unit"))
        base["request"] = RequestMeta.from_dict(data.get("request"))
        base["answers"] = {k: Answer.from_dict({**a, "node_key": k})
                           for k, a in (data.get("answers") or {}).items()}
        base["appendices"] = [AppendixTable.from_dict(t) for t in data.get("appendices") or []]
        base["indicator_values"] = dict(data.get("indicator_values") or {})
        return cls(**base)
