"""Console output helpers for the CLI verbs: language choice, safe printing, plain tables."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import Any, Sequence

from models.errors import pick


def is_en(args: argparse.Namespace) -> bool:
    return str(getattr(args, "lang", "vi") or "vi").startswith("en")


def tr(args: argparse.Namespace, vi: str, en: str) -> str:
    """The line in the language of ``--lang``: the same rule as ``UserError`` (models/errors.py)."""
    return pick(getattr(args, "lang", None), vi, en)


def emit(text: str = "") -> None:
    """Print, even to a console whose code page cannot show Vietnamese (unknown characters → ?)."""
    stream = sys.stdout
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding) + "\n")
    stream.flush()


def emit_json(data: Any) -> None:
    emit(json.dumps(data, ensure_ascii=False, indent=2))


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A left-aligned text table; the last column is not padded."""
    cells = [[str(c) for c in headers], *[[("" if c is None else str(c)) for c in row] for row in rows]]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        parts = [cell + " " * (widths[i] - _width(cell)) if i < len(row) - 1 else cell
                 for i, cell in enumerate(row)]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def short(text: str | None, limit: int = 60) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
