"""Outline importer: pasted text, .txt/.md files and Word .docx files → ``Outline``.

Public API:
- ``import_outline_text(text) -> Outline``
- ``import_outline_file(path) -> Outline``  (.txt, .md, .docx)
- ``request_from_text(text)`` / ``request_from_file(path) -> RequestMeta`` (the letter's metadata
  alone, also for a letter without an outline)
- ``load_default_outline() -> Outline``      (resources/outlines/default.json, cached)
- ``default_outline_from_seed() -> Outline`` (what default.json is regenerated from)
- ``write_default_outline(path=None) -> Path`` (``python -m models.outline_import --write-default``)

The pipeline: source.py (bytes → text, limits, encodings) → paragraphs.py (hard wraps vs
paragraphs) → letter.py (where the outline is) → tree.py (nodes from paragraphs) → shape.py (kinds,
titles, guidance, keys, doubts) and meta.py (the letter's number, date, agency, subject, period,
deadline). The returned Outline carries ``import_report`` (report.ImportReport: source lines per
node, dropped text, doubts) for the import screen; it is not saved.

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
from models.outline import Outline, RequestMeta

from .letter import find_region, no_outline_refusal
from .lines import normalise_text
from .meta import TO as _TO
from .meta import extract_meta, find_period
from .paragraphs import SITE_CUT, Para, drop_table_cells, split_paragraphs, unflatten
from .report import Doubt, ImportReport
from .shape import finish
from .source import Source, from_file, from_text
from .tree import build_drafts

__all__ = [
    "import_outline_text", "import_outline_file", "load_default_outline", "request_from_text",
    "request_from_file", "default_outline_from_seed", "write_default_outline", "default_outline_json",
    "forget_default_outline",
]

DEFAULT_TITLE = "Đề cương báo cáo"


def _preamble_title(paras: list[Para]) -> str | None:
    """A pasted outline's own first line ("Báo cáo tháng 10 năm 2025") when it precedes the first
    numbered line and is short enough to be a title."""
    for para in paras:
        if para.marker is not None or len(para.text) > 200:
            return None
        return para.text.strip(" .:;") or None
    return None


def import_outline_text(text: str) -> Outline:
    """Parse a pasted outline or a whole request letter."""
    return outline_from_source(from_text(text))


def import_outline_file(path: str | os.PathLike[str]) -> Outline:
    """Read an outline from a .txt/.md/.docx file."""
    return outline_from_source(from_file(path))


def _boundary(para: Para) -> bool:
    return len(para.text) > 200 or bool(_TO.match(para.text)) or \
        (para.marker is not None and para.marker.style not in ("rule", "placeholder"))


def _letter_parts(raw_lines: list[str], paras: list[Para], start: int,
                  form: bool = False) -> tuple[list[str], str, str]:
    """(header lines, the letter's text before the outline, the text from the outline on). The
    header ends before the outline, the first paragraph of prose (over 200 characters) or "Kính
    gửi" (a form's header is what comes after the last prose paragraph or numbered line before its
    title), and leaves out a site's cut summaries; short numbered headings ("2. Báo cáo Quý I") are left out of the texts (they name
    sections, not the letter's period)."""
    header_end = start if form else next((p.first for p in paras if len(p.text) > 200 or _TO.match(p.text)),
                                         start)
    header_begin = max((p.last + 1 for p in paras if form and p.last < start and _boundary(p)), default=0)
    texts = [p for p in paras if not (p.marker is not None and len(p.text) <= 60)]
    letter = "\n".join(p.text for p in texts if p.last < start)
    rest = "\n".join(p.text for p in texts if p.last >= start)
    header = [line for line in raw_lines[header_begin:min(start, header_end)] if not SITE_CUT.search(line)]
    return header, letter, rest


def outline_from_source(source: Source) -> Outline:
    raw_lines = unflatten(normalise_text(source.text).split("\n"))
    split = split_paragraphs(raw_lines)
    region = find_region(split.paras)
    region.dropped += [(line, text) for line, text in split.dropped if line >= region.start_line]
    region.paras, tables = drop_table_cells(region.paras)
    region.dropped += tables
    built = build_drafts(region.paras)
    report = ImportReport(source_lines=raw_lines, mode=region.mode, encoding=source.encoding)
    if source.converted:
        report.doubts.append(Doubt(None, "converted", source.encoding_label))
    nodes = finish(built, region, report)
    if all(node.kind == "placeholder" for node in nodes):  # nothing but blanks to write in
        raise no_outline_refusal(split.paras)
    start = region.start_line if region.mode != "pasted" else nodes_first_line(report)
    header, letter, rest = _letter_parts(raw_lines, split.paras, start, region.mode == "form")
    meta = extract_meta(header, letter, region.title, rest)
    preamble = _preamble_title(split.paras) if region.mode == "pasted" and meta.agency is None else None
    title = region.title or meta.subject or preamble or DEFAULT_TITLE
    if meta.period is None and preamble:
        meta.period = find_period(preamble)
    outline = Outline(title=title, nodes=nodes, request=meta, notes=built.notes)
    outline.import_report = report
    return outline


def nodes_first_line(report: ImportReport) -> int:
    return min((first for first, _ in report.spans.values()), default=0)


def request_from_source(source: Source) -> RequestMeta:
    """The request letter's metadata alone (also for a letter that has no outline)."""
    raw_lines = unflatten(normalise_text(source.text).split("\n"))
    paras = split_paragraphs(raw_lines).paras
    try:
        region = find_region(paras)
        start = region.start_line if region.mode != "pasted" else len(raw_lines)
        title, form = region.title, region.mode == "form"
    except UserError:
        start, title, form = len(raw_lines), None, False
    header, letter, rest = _letter_parts(raw_lines, paras, start, form)
    return extract_meta(header, letter, title, rest)


def request_from_text(text: str) -> RequestMeta:
    return request_from_source(from_text(text))


def request_from_file(path: str | os.PathLike[str]) -> RequestMeta:
    return request_from_source(from_file(path))


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


def forget_default_outline() -> None:
    """Read the default outline's JSON again at the next load (after it was rewritten; benches)."""
    _default_dict.cache_clear()


def default_outline_from_seed() -> Outline:
    text = (_resources() / "seed_004_request.txt").read_text(encoding="utf-8")
    return import_outline_text(text)


def default_outline_json(outline: Outline | None = None) -> str:
    outline = outline or default_outline_from_seed()
    return json.dumps(outline.to_dict(), ensure_ascii=False, indent=2) + "\n"


def write_default_outline(path: str | os.PathLike[str] | None = None) -> Path:
    target = Path(path) if path else _resources() / "default.json"
    atomic_write_text(target, default_outline_json())
    forget_default_outline()
    return target
