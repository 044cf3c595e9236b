"""Turning a node's raw text into title, guidance and applies_to.

Rules:
- Trailing ";" "." ":" "," (and "./.") are trimmed from titles; a trailing "…" is kept.
- A trailing parenthetical is peeled off the title (up to three of them):
  * if it names a unit type ("(đối với các địa phương)", "(đối với cấp sở, ngành)") it sets
    ``applies_to`` and is dropped from the title;
  * otherwise it becomes ``guidance`` (without the parentheses) — unless it is a reference that
    reads as part of the title: it starts with "theo"/"kèm theo"/"tại", or it is one word without
    spaces such as an abbreviation "(CNTT)". Those stay in the title.
- A unit-type phrase that leads the sentence ("Đối với cấp sở, ngành báo cáo …") sets
  ``applies_to`` and stays in the title.
- "Đối với Trung ương", "đối với cấp tỉnh" and the like are not a unit type: applies_to stays None.
"""

from __future__ import annotations

import re

_TRIM = " ;.:,"

_COMMUNE = (
    r"(?:các\s+)?địa\s+phương",
    r"(?:ubnd\s+|ủy\s+ban\s+nhân\s+dân\s+|uỷ\s+ban\s+nhân\s+dân\s+)?(?:các\s+)?cấp\s+xã",
    r"(?:ubnd\s+|ủy\s+ban\s+nhân\s+dân\s+|uỷ\s+ban\s+nhân\s+dân\s+)?(?:các\s+)?xã\s*(?:,|/|và)\s*phường",
    r"(?:ubnd\s+|ủy\s+ban\s+nhân\s+dân\s+)?(?:các\s+)?(?:xã|phường|đặc\s+khu)\b",
)
_DEPARTMENT = (
    r"(?:các\s+)?cấp\s+sở",
    r"(?:các\s+)?sở\s*(?:,|/)?\s*(?:ban\s*(?:,|/)?\s*)?ngành",
    r"(?:các\s+)?sở\b",
    r"(?:các\s+)?cơ\s+quan\s+(?:chuyên\s+môn\s+)?(?:cấp\s+tỉnh|thuộc\s+ubnd\s+tỉnh)",
)
_LEAD = r"(?:đối\s+với|riêng|áp\s+dụng\s+(?:đối\s+)?(?:với|cho)|dành\s+cho|chỉ\s+áp\s+dụng\s+(?:đối\s+)?(?:với|cho))\s+"
_COMMUNE_RE = re.compile(_LEAD + "(?:" + "|".join(_COMMUNE) + ")", re.IGNORECASE)
_DEPARTMENT_RE = re.compile(_LEAD + "(?:" + "|".join(_DEPARTMENT) + ")", re.IGNORECASE)
_REFERENCE = re.compile(r"^(?:theo|kèm\s+theo|tại|căn\s+cứ)\b", re.IGNORECASE)


def unit_type_of(phrase: str) -> str | None:
    """"commune"/"department" when the phrase starts with a unit-type marker, else None."""
    phrase = phrase.strip()
    if _DEPARTMENT_RE.match(phrase):
        return "department"
    if _COMMUNE_RE.match(phrase):
        return "commune"
    return None


def trim_title(text: str) -> str:
    text = text.strip()
    if text.endswith("/."):
        text = text[:-2]
    return text.strip(_TRIM).strip()


def _trailing_parenthetical(text: str) -> tuple[str, str] | None:
    """Split "title (inner)" into ("title", "inner") when the text ends with a balanced group."""
    if not text.endswith(")"):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                head = text[:i].rstrip()
                return (head, text[i + 1:-1].strip()) if head else None
    return None


def split_title(raw: str) -> tuple[str, str | None, str | None]:
    """(title, guidance, applies_to) from a node's joined text."""
    title = trim_title(raw)
    guidance: list[str] = []
    applies_to: str | None = None
    for _ in range(3):
        split = _trailing_parenthetical(title)
        if split is None:
            break
        head, inner = split
        unit = unit_type_of(inner)
        if unit is not None:
            applies_to = applies_to or unit
        elif _REFERENCE.match(inner) or " " not in inner or not inner:
            break
        else:
            guidance.insert(0, trim_title(inner))
        title = trim_title(head)
    if applies_to is None:
        applies_to = unit_type_of(title)
    text = "; ".join(g for g in guidance if g) or None
    return title, text, applies_to
