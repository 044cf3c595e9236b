"""Carry answers from an earlier report onto a new outline (pure; no DB, no Qt).

Node keys are matched first. Keys are positional, so when a new outline inserts an item the keys
after it shift: a key match whose titles disagree is dropped when the old title closely matches a
different new leaf. Remaining leaves are matched by title (difflib ratio ≥ ``threshold``), one to one,
best ratio first.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from difflib import SequenceMatcher

from models.outline import Outline, OutlineNode
from models.report import Answer

TITLE_THRESHOLD = 0.85


def normalize_title(text: str) -> str:
    """Case-folded, NFC, punctuation-free, single-spaced title for comparison."""
    text = unicodedata.normalize("NFC", text or "").casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _match_text(outline: Outline, node: OutlineNode) -> str:
    """A leaf's comparable text; a placeholder ("……") borrows its parent's title."""
    title = normalize_title(node.title)
    if title:
        return title
    parent = outline.parent_of(node.key)
    return "§ " + normalize_title(parent.title) if parent else ""


def title_ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _carry(answer: Answer, new_key: str) -> Answer:
    out = copy.deepcopy(answer)
    out.node_key = new_key
    return out


def match_answers(old_outline: Outline, old_answers: dict[str, Answer], new_outline: Outline,
                  threshold: float = TITLE_THRESHOLD) -> dict[str, Answer]:
    """Old answers mapped onto the new outline's leaves: ``{new_key: Answer(node_key=new_key)}``.

    Only filled answers are carried. Each old answer is used at most once.
    """
    filled = {k: a for k, a in old_answers.items() if a.is_filled}
    old_leaves = {n.key: n for n in old_outline.leaves() if n.key in filled}
    old_texts = {k: _match_text(old_outline, n) for k, n in old_leaves.items()}
    new_leaves = new_outline.leaves()
    new_texts = {n.key: _match_text(new_outline, n) for n in new_leaves}

    # Best title candidate for every old answer (used to detect shifted keys).
    best_new_for_old: dict[str, tuple[float, str]] = {}
    for old_key, old_text in old_texts.items():
        scored = [(title_ratio(old_text, t), k) for k, t in new_texts.items()]
        if scored:
            best_new_for_old[old_key] = max(scored)

    result: dict[str, Answer] = {}
    used_old: set[str] = set()
    for node in new_leaves:
        key = node.key
        if key not in filled or key in used_old:
            continue
        if key in old_texts:
            same = title_ratio(old_texts[key], new_texts[key])
            best_ratio, best_key = best_new_for_old.get(key, (0.0, key))
            if same < threshold and best_key != key and best_ratio >= threshold and best_ratio > same:
                continue  # the key shifted: the title match elsewhere wins
        result[key] = _carry(filled[key], key)
        used_old.add(key)

    pairs: list[tuple[float, str, str]] = []
    for new_key, new_text in new_texts.items():
        if new_key in result:
            continue
        for old_key, old_text in old_texts.items():
            if old_key in used_old:
                continue
            ratio = title_ratio(old_text, new_text)
            if ratio >= threshold:
                pairs.append((ratio, new_key, old_key))
    for ratio, new_key, old_key in sorted(pairs, key=lambda p: -p[0]):
        if new_key in result or old_key in used_old:
            continue
        result[new_key] = _carry(filled[old_key], new_key)
        used_old.add(old_key)
    return result
