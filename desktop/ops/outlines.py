"""Outline operations used by the window: parse (off the UI thread) and save an edited outline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.ops import Changed
from models.errors import UserError
from models.outline import Outline


def parse_outline(source: str | Path, *, is_text: bool) -> Outline:
    """Parse pasted text or a .docx/.txt/.md file into an Outline (no DB; safe off the UI thread)."""
    from models.outline_import import import_outline_file, import_outline_text

    if is_text:
        return import_outline_text(str(source))
    return import_outline_file(Path(source))


def save_outline(store: Any, outline: Outline, source_name: str = "") -> tuple[str, Changed]:
    """Store an (edited) outline; returns its id (sha256) and what changed."""
    if not outline.nodes:
        raise UserError("Đề cương trống, không có gì để lưu.", "The outline is empty; nothing to save.")
    with store.transaction():
        outline_id = store.save_outline(outline, source_name)
    return outline_id, Changed(outlines=True)


def list_outlines(store: Any) -> list:
    return store.list_outlines()


def renumber_keys(nodes: list[Any]) -> list[Any]:
    """Recompute positional keys after editing (parts: Roman numeral by position; others:
    parent key + "." + 1-based position). Mutates and returns ``nodes``."""
    from models.text import to_roman

    def visit(node: Any, key: str) -> None:
        node.key = key
        for index, child in enumerate(node.children, start=1):
            visit(child, f"{key}.{index}")

    for index, node in enumerate(nodes, start=1):
        visit(node, to_roman(index))
    return nodes
