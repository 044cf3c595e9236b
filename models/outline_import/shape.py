"""From drafts to outline nodes: kinds, titles and guidance, keys, and the doubts and source spans
the import screen shows.

Kinds: "Phụ lục", "Biểu", "A." and "Phần …" are a ``group`` when they hold Roman parts, else a
``part``; "I." is a ``part``; "1."/"1)" a ``section``; a table row (STT) a ``section`` when it holds
rows, else an ``item``; "1.1", "a)", "i." a ``subsection``; bullets and unnumbered paragraphs an
``item``; dot lines a ``placeholder``.

Title and guidance: the node's own line(s) go through titles.split_title; every paragraph under it
(and the further cells of a table row, and "+" lines under a "-" item) is guidance, one per line.

In a letter whose outline is inline: a numbered point that announces the contents ("1. Thực hiện
báo cáo đầy đủ nội dung như sau:") gives way to the items under it, and its sibling points (the
letter's own instructions, such as "2. Thời gian nộp báo cáo:") are left out; points about
logistics ("Thời gian …", "Mục đích, yêu cầu", "Tổ chức thực hiện", "Kinh phí" …) are left out;
and when every point only says to report on an attached annex or form, there is no outline here.
"""

from __future__ import annotations

import re

from models.outline import OutlineNode, assign_keys
from models.text import fold

from .letter import Region, attachment_refusal
from .report import Doubt, ImportReport
from .titles import split_title, trim_title
from .tree import Built, Draft

_GROUPING = ("annex", "form", "group", "phan")
_ANNOUNCES = re.compile(r"\b(?:bao cao|noi dung)\b")
_LOGISTICS = re.compile(r"^(?:thoi\s+(?:gian|han)|to\s+chuc\s+thuc\s+hien|muc\s+dich|yeu\s+cau|kinh\s+phi|dia\s+diem"
                        r"|ho\s+so|thanh\s+phan|phuong\s+thuc|che\s+do\s+bao\s+cao)\b")
_POINTER = re.compile(r"\b(?:theo|tai)\s+(?:mau|phu\s+luc|bieu)\b.*\b(?:kem\s+theo|gui\s+kem|dinh\s+kem)\b")
LONG_TITLE = 200


def _kind(draft: Draft) -> str:
    style = draft.style
    if style in _GROUPING:
        return "group" if any(c.style in ("part", "caps") + _GROUPING for c in draft.children) else "part"
    if style == "part":
        return "part"
    if style == "stt":
        return "section" if draft.children else "item"
    if style == "caps":
        return "section"
    if style.startswith("num"):
        return "section"
    if style.startswith(("dotted", "letter", "lroman")):
        return "subsection"
    if style == "placeholder":
        return "placeholder"
    return "item"


def _text(draft: Draft) -> str:
    return " ".join(draft.title)


def _announcing(draft: Draft) -> bool:
    text = _text(draft).rstrip()
    return bool(draft.children) and text.endswith(":") and bool(_ANNOUNCES.search(fold(text)))


def _reshape_inline(roots: list[Draft], dropped: list[tuple[int, str]], doubts: list[Doubt]) -> list[Draft]:
    if any(_announcing(d) for d in roots):
        out: list[Draft] = []
        for draft in roots:
            if _announcing(draft):
                out.extend(draft.children)
            else:
                dropped.append((draft.first, _text(draft)))
        doubts.append(Doubt(None, "hoisted"))
        roots = out
    kept = []
    for draft in roots:
        if _LOGISTICS.match(fold(_text(draft))) and not draft.style.startswith("bullet"):
            dropped.append((draft.first, _text(draft)))
        else:
            kept.append(draft)
    if kept and all(_POINTER.search(fold(" ".join(d.title + d.guidance))) for d in kept):
        raise attachment_refusal()
    return kept


def _guidance(draft: Draft, from_title: str | None) -> str | None:
    parts = [from_title] if from_title else []
    parts += [trim_title(p) for p in draft.guidance]
    parts += [trim_title(c) for c in draft.cells]
    return "\n".join(p for p in parts if p) or None


def _node(draft: Draft) -> OutlineNode:
    title, from_title, applies = split_title(_text(draft))
    node = OutlineNode(key="", kind=_kind(draft), number=draft.number, title=title,
                       guidance=_guidance(draft, from_title), applies_to=applies)
    node.children = [_node(c) for c in draft.children]
    return node


def _doubts(draft: Draft, node: OutlineNode, siblings: list[Draft], index: int) -> list[Doubt]:
    out = [Doubt(node.key, code) for code in draft.doubts]
    if len(node.title) > LONG_TITLE:
        out.append(Doubt(node.key, "long_title"))
    if node.kind in ("group", "part") and not draft.children:
        out.append(Doubt(node.key, "empty_heading"))
    if draft.is_heading and draft.guidance and not _text(draft).rstrip().endswith((":", ".")):
        out.append(Doubt(node.key, "guidance_split"))
    if draft.style not in ("placeholder", "para") and not draft.style.startswith("bullet") and index:
        before = next((s for s in reversed(siblings[:index]) if s.style == draft.style), None)
        if before is not None and draft.value != before.value + 1:
            out.append(Doubt(node.key, "numbering", f"{before.number} → {draft.number}"))
    if draft.style == "para":
        out.append(Doubt(node.key, "unnumbered"))
    return out


def finish(built: Built, region: Region, report: ImportReport) -> list[OutlineNode]:
    """Outline nodes (keys assigned) from the drafts; fills ``report`` (spans, doubts, dropped)."""
    dropped = list(region.dropped) + list(built.dropped)
    roots = built.roots
    if region.mode == "inline":
        if region.announcement is not None and region.announcement.marker is not None:
            report.doubts.append(Doubt(None, "hoisted"))
        roots = _reshape_inline(roots, dropped, report.doubts)
    nodes = assign_keys([_node(d) for d in roots])

    pairs: list[tuple[Draft, OutlineNode]] = []

    def visit(drafts: list[Draft], made: list[OutlineNode]) -> None:
        for i, (draft, node) in enumerate(zip(drafts, made)):
            pairs.append((draft, node))
            report.spans[node.key] = (draft.first, draft.last)
            report.doubts.extend(_doubts(draft, node, drafts, i))
            visit(draft.children, node.children)

    visit(roots, nodes)
    for line, text in sorted(dropped):
        owner = next((n for d, n in reversed(pairs) if d.first <= line), None)
        report.dropped.append((line, text))
        if sum(ch.isalpha() for ch in text) >= 3:  # rule lines and stray marks are not worth a mark
            report.doubts.append(Doubt(owner.key if owner else None, "dropped", text[:120]))
    return nodes
