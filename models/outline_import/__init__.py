"""Outline importer: pasted text, .txt/.md files and Word .docx files → ``Outline``.

Public API:
- ``import_outline_text(text) -> Outline``
- ``import_outline_file(path) -> Outline``  (.txt, .md, .docx)
- ``load_default_outline() -> Outline``      (resources/outlines/default.json, cached)
- ``default_outline_from_seed() -> Outline`` (what default.json is regenerated from)
- ``write_default_outline(path=None) -> Path`` (``python -m models.outline_import --write-default``)

Every failure the user can cause is a ``UserError`` (Vietnamese + English).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from models.atomic import atomic_write_text
from models.errors import UserError
from models.outline import Outline

from .letter import extract_meta, find_period, split_letter
from .lines import normalise_text, parse_marker, split_lines
from .source import Source, from_file, from_text
from .tree import build_tree

__all__ = [
    "import_outline_text", "import_outline_file", "load_default_outline",
    "default_outline_from_seed", "write_default_outline", "default_outline_json",
]

DEFAULT_TITLE = "Đề cương báo cáo"


def _no_outline() -> UserError:
    return UserError(
        "Không tìm thấy đề cương trong nội dung: cần các mục đánh số (I., 1., 2.1., a)) "
        "hoặc gạch đầu dòng (-).",
        "No outline found: expected numbered headings (I., 1., 2.1., a)) or dash items (-).")


def _preamble_title(body: list[str]) -> str | None:
    """A pasted outline's own first line ("Báo cáo tháng 10 năm 2025") when it precedes the first
    numbered line and is short enough to be a title."""
    for line in body:
        if not line:
            continue
        if parse_marker(line) is not None or len(line) > 200:
            return None
        return line.strip(" .:;") or None
    return None


def import_outline_text(text: str) -> Outline:
    """Parse a pasted outline or a whole request letter."""
    return outline_from_source(from_text(text))


def import_outline_file(path: str | os.PathLike[str]) -> Outline:
    """Read an outline from a .txt/.md/.docx file."""
    return outline_from_source(from_file(path))


def outline_from_source(source: Source) -> Outline:
    text = source.text
    raw_lines = normalise_text(text).split("\n")
    lines = split_lines(text)
    parts = split_letter(lines)
    nodes = build_tree(parts.body)
    if not nodes:
        raise _no_outline()
    letter_raw = raw_lines[:len(parts.letter)]
    meta = extract_meta(letter_raw, parts.title)
    preamble = _preamble_title(parts.body) if meta.agency is None else None
    title = parts.title or meta.subject or preamble or DEFAULT_TITLE
    if meta.period is None:
        meta.period = find_period(title)
    return Outline(title=title, nodes=nodes, request=meta)


# ---- default outline ------------------------------------------------------------------------
def _resources() -> Path:
    from resources import resource_path

    return resource_path("outlines")


@lru_cache(maxsize=1)
def _default_dict() -> dict[str, Any]:
    path = _resources() / "default.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"Thiếu hoặc hỏng đề cương mặc định ({path}): {exc}",
                        f"The default outline is missing or damaged ({path}): {exc}") from None


def load_default_outline() -> Outline:
    """The shipped default outline (seed 004). The JSON is read once; each call gets a fresh copy."""
    return Outline.from_dict(_default_dict())


def default_outline_from_seed() -> Outline:
    text = (_resources() / "seed_004_request.txt").read_text(encoding="utf-8")
    return import_outline_text(text)


def default_outline_json(outline: Outline | None = None) -> str:
    outline = outline or default_outline_from_seed()
    return json.dumps(outline.to_dict(), ensure_ascii=False, indent=2) + "\n"


def write_default_outline(path: str | os.PathLike[str] | None = None) -> Path:
    target = Path(path) if path else _resources() / "default.json"
    atomic_write_text(target, default_outline_json())
    _default_dict.cache_clear()
    return target
