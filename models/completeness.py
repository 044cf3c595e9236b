"""How much of a report is filled in: per report, per section, and which leaves are missing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .outline import Outline, OutlineNode
from .report import Answer


@dataclass
class Completeness:
    total: int
    filled: int
    ratio: float  # 0..1; 1.0 when nothing applies
    per_section: dict[str, tuple[int, int]] = field(default_factory=dict)  # non-leaf key → (filled, total)
    missing: list[str] = field(default_factory=list)  # applicable, unfilled leaf keys in document order

    @property
    def percent(self) -> int:
        """Whole percent, rounded down so 99.6 % never shows as 100 %."""
        return int(self.ratio * 100)


def completeness(outline: Outline, answers: Mapping[str, Answer], unit_type: str | None) -> Completeness:
    filled_keys = {key for key, answer in answers.items() if answer.is_filled}
    return completeness_from_keys(outline, filled_keys, unit_type)


def completeness_from_keys(outline: Outline, filled_keys: Iterable[str],
                           unit_type: str | None) -> Completeness:
    """Same as `completeness`, given the set of keys whose answers are filled."""
    filled_set = set(filled_keys)
    per_section: dict[str, tuple[int, int]] = {}
    missing: list[str] = []

    def visit(node: OutlineNode, visible: bool) -> tuple[int, int]:
        visible = visible and node.applies(unit_type)
        if node.is_leaf:
            if not visible:
                return 0, 0
            if node.key in filled_set:
                return 1, 1
            missing.append(node.key)
            return 0, 1
        done = total = 0
        for child in node.children:
            d, t = visit(child, visible)
            done += d
            total += t
        per_section[node.key] = (done, total)
        return done, total

    done = total = 0
    for node in outline.nodes:
        d, t = visit(node, True)
        done += d
        total += t
    ratio = done / total if total else 1.0
    return Completeness(total=total, filled=done, ratio=ratio, per_section=per_section, missing=missing)


def applicable_leaf_keys(outline: Outline, unit_type: str | None) -> frozenset[str]:
    return frozenset(node.key for node in outline.leaves(unit_type))
