"""Outline operations: read an outline from pasted text or a file, store it (edited or not).

The window parses off the UI thread (`parse_outline`, no database), lets the officer fix the tree,
then saves (`save_outline`); the command line does both at once (`import_outline`). The same
checks and messages apply to both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.ops import Changed
from models.cleaning import clean_outline
from models.errors import UserError
from models.outline import Outline


def parse_outline(source: str | Path, *, is_text: bool) -> Outline:
    """Parse pasted text or a .docx/.txt/.md file into an Outline (no database: safe off the UI thread)."""
    from models.outline_import import import_outline_file, import_outline_text

    if is_text:
        outline = import_outline_text(str(source))
    else:
        path = Path(source)
        if path.is_dir():
            raise UserError(f"{path} là thư mục, không phải tệp đề cương.", f"{path} is a folder, not an outline file.")
        if not path.exists():
            raise UserError(f"Không tìm thấy tệp {path}.", f"File not found: {path}.")
        outline = import_outline_file(path)
    if not outline.nodes:
        raise UserError("Không tìm thấy đề cương trong nội dung đã nhập.", "No outline was found in the input.")
    return outline


def save_outline(store: Any, outline: Outline, source_name: str = "") -> Changed:
    """Store an (edited) outline, cleaned here once (titles, numbers and keys as clean lines,
    guidance as clean text); `outline_id` is its id (the sha256 of the cleaned content)."""
    outline = clean_outline(outline)
    if not outline.nodes:
        raise UserError("Đề cương trống, không có gì để lưu.", "The outline is empty; nothing to save.")
    with store.transaction():
        outline_id = store.save_outline(outline, source_name)
    return Changed(outlines=True, outline_id=outline_id)


def import_outline(store: Any, source: str | Path, *, is_text: bool = False) -> Changed:
    """Parse and store an outline in one go (`baocao outline import`)."""
    outline = parse_outline(source, is_text=is_text)
    return save_outline(store, outline, "pasted" if is_text else Path(source).name)


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
