"""The outline (ĐỀ CƯƠNG) a report answers: a typed tree plus the request letter's metadata.

Node kinds: ``group`` (a level above the Roman parts: "Phần thứ nhất", "Phần I" over "I.", "A."),
``part`` (I., II.), ``section`` (1., 2.), ``subsection`` (2.1., a)), ``item`` (a dash line) and
``placeholder`` (a "……" free-text area). Leaves are what an officer fills in, and a leaf may carry
typed indicators (chỉ tiêu, models/indicators.py) that every unit answers as data.
Keys are stable paths such as ``II.2.5``: a top-level group or part is keyed by its position in
Roman numerals, a top-level section by its position in digits, a child by its parent's key, a dot
and its position (``assign_keys``). An outline is identified by the sha256 of its canonical JSON,
so a bundle can say exactly which outline it answers.

Extending: keys a node or an outline does not know are kept in ``extra`` and written back
unchanged, so an outline made by a newer version survives a round trip (and keeps its hash). New
fields are written only when they are set, for the same reason: the JSON, and so the id, of an
outline that does not use them does not change.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:  # imported where an outline has indicators: opening a store or the window needs none
    from .indicators import Indicator

KINDS = ("group", "part", "section", "subsection", "item", "placeholder")
HEADING_KINDS = ("group", "part", "section", "subsection")
UNIT_TYPES = ("commune", "department")
_OPTIONAL_REQUEST = ("parent_agency", "deadline_text")  # written only when set


def _extra(data: dict[str, Any], known: Any) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


@dataclass
class RequestMeta:
    """What the request letter says: the reply cites its number and date and must meet its deadline."""

    letter_number: str | None = None  # "Số: …/SKHCN-KH&ĐMST" as written, without "Số:"
    letter_date: str | None = None  # ISO date "2025-09-16"
    agency: str | None = None  # "Sở Khoa học và Công nghệ"
    subject: str | None = None  # the "V/v …" line, without "V/v"
    period: str | None = None  # "9 tháng đầu năm 2025"
    deadline: str | None = None  # ISO datetime "2025-09-22T14:00"
    place: str | None = None  # "Quảng Ngãi"
    parent_agency: str | None = None  # "UBND TỈNH QUẢNG NGÃI" above the agency in the letterhead
    deadline_text: str | None = None  # the letter's own words: "trước ngày 25/11/2025"

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "RequestMeta":
        data = data or {}
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in _OPTIONAL_REQUEST:
            if out[key] is None:
                del out[key]
        return out


@dataclass
class OutlineNode:
    key: str
    kind: str
    number: str
    title: str
    guidance: str | None = None
    applies_to: str | None = None  # "commune", "department" or None (everyone)
    children: list["OutlineNode"] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know
    indicators: list[Indicator] = field(default_factory=list)  # on leaves; see models/indicators.py

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def applies(self, unit_type: str | None) -> bool:
        return self.applies_to is None or unit_type is None or self.applies_to == unit_type

    def walk(self) -> Iterator["OutlineNode"]:
        yield self
        for child in self.children:
            yield from child.walk()

    def to_dict(self) -> dict[str, Any]:
        out = {
            **self.extra,
            "key": self.key,
            "kind": self.kind,
            "number": self.number,
            "title": self.title,
            "guidance": self.guidance,
            "applies_to": self.applies_to,
            "children": [c.to_dict() for c in self.children],
        }
        if self.indicators:  # written only when set: an outline without indicators keeps its id
            out["indicators"] = [i.to_dict() for i in self.indicators]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "OutlineNode":
        return cls(
            key=data["key"],
            kind=data["kind"],
            number=data.get("number", ""),
            title=data.get("title", ""),
            guidance=data.get("guidance"),
            applies_to=data.get("applies_to"),
            children=[cls.from_dict(c) for c in data.get("children", [])],
            indicators=_indicators(data.get("indicators")),
            extra=_extra(data, _NODE_KEYS),
        )


def _indicators(raw: Any) -> list[Indicator]:
    if not raw:
        return []
    from .indicators import Indicator

    return [Indicator.from_dict(i) for i in raw]


_NODE_KEYS = ("key", "kind", "number", "title", "guidance", "applies_to", "children", "indicators")


def assign_keys(nodes: list[OutlineNode]) -> list[OutlineNode]:
    """Positional keys (see the module docstring); mutates and returns ``nodes``."""
    from models.text import to_roman

    def visit(node: OutlineNode, key: str) -> None:
        node.key = key
        for index, child in enumerate(node.children, start=1):
            visit(child, f"{key}.{index}")

    for index, node in enumerate(nodes, start=1):
        visit(node, to_roman(index) if node.kind in ("group", "part") else str(index))
    return nodes


@dataclass
class Outline:
    title: str
    nodes: list[OutlineNode]
    request: RequestMeta = field(default_factory=RequestMeta)
    notes: list[str] = field(default_factory=list)  # "Lưu ý: …" lines of the outline, as written
    extra: dict[str, Any] = field(default_factory=dict)
    # What the importer was unsure of, for the import screen (models.outline_import.report); never
    # saved, never part of the id.
    import_report: Any = field(default=None, compare=False, repr=False)

    # ---- traversal -------------------------------------------------------------------------
    def walk(self) -> Iterator[OutlineNode]:
        for node in self.nodes:
            yield from node.walk()

    def find(self, key: str) -> OutlineNode | None:
        return next((n for n in self.walk() if n.key == key), None)

    def leaves(self, unit_type: str | None = None) -> list[OutlineNode]:
        """Fillable nodes in document order; with a unit type, only those that apply to it
        (a node is hidden when it or any ancestor applies to another unit type)."""
        out: list[OutlineNode] = []

        def visit(node: OutlineNode, visible: bool) -> None:
            visible = visible and node.applies(unit_type)
            if node.is_leaf:
                if visible:
                    out.append(node)
                return
            for child in node.children:
                visit(child, visible)

        for node in self.nodes:
            visit(node, True)
        return out

    def parent_of(self, key: str) -> OutlineNode | None:
        for node in self.walk():
            if any(c.key == key for c in node.children):
                return node
        return None

    # ---- serialisation ---------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out = {
            **self.extra,
            "title": self.title,
            "request": self.request.to_dict(),
            "nodes": [n.to_dict() for n in self.nodes],
        }
        if self.notes:
            out["notes"] = list(self.notes)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Outline":
        return cls(
            title=data.get("title", ""),
            nodes=[OutlineNode.from_dict(n) for n in data.get("nodes", [])],
            request=RequestMeta.from_dict(data.get("request")),
            notes=[str(n) for n in data.get("notes") or []],
            extra=_extra(data, ("title", "request", "nodes", "notes")),
        )

    def canonical_json(self) -> bytes:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8")

    @property
    def sha256(self) -> str:
        import hashlib  # on use: its OpenSSL load (~3 ms) stays off the window's start-up

        return hashlib.sha256(self.canonical_json()).hexdigest()
