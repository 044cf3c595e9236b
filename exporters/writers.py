"""The one way to a file: the `Writer` interface and the registry of writers by format.

    writer = get_writer("pdf")                       # or writer_for_path("tong-hop.docx")
    writer.write(doc, "bao-cao.pdf", progress=cb, options=WriterOptions(signature_field=True))

A writer takes a tree (a `Document` from exporters.nodes, or for the bundle a
`exporters.bundle_writer.BundleSource`), a target path, a progress callback
`(done, total, message)` and `WriterOptions`; it writes the file atomically and returns its path.
Writer modules are imported only when their format is asked for, so writing a DOCX never imports
reportlab and writing a PDF never imports python-docx.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol

from models.errors import UserError
from models.text import clean_text

from .nodes import Appendix, Block, Document

Progress = Callable[[int, int, str], None] | None  # (done, total, message)


@dataclass(frozen=True)
class WriterOptions:
    signature_field: bool = False  # PDF: an empty signature field over the signer block (a final)


class Writer(Protocol):
    format: str  # "docx"
    suffix: str  # ".docx"

    def write(self, tree: Any, path: str | os.PathLike[str], *, progress: Progress = None,
              options: WriterOptions | None = None) -> Path: ...


@dataclass(frozen=True)
class _Entry:
    module: str
    takes: str  # "document" (an exporters.nodes.Document) | "bundle" (a BundleSource)


_REGISTRY: dict[str, _Entry] = {
    "docx": _Entry("exporters.docx_writer", "document"),
    "pdf": _Entry("exporters.pdf_writer", "document"),
    "bundle": _Entry("exporters.bundle_writer", "bundle"),
}


def formats(takes: str | None = None) -> tuple[str, ...]:
    """The registered formats; with `takes="document"` only those that render a document tree."""
    return tuple(f for f, e in _REGISTRY.items() if takes is None or e.takes == takes)


def get_writer(fmt: str, *, takes: str | None = None) -> Writer:
    """The writer of `fmt` (its module imported now); UserError for a format it does not know."""
    entry = _REGISTRY.get(fmt)
    if entry is None or (takes is not None and entry.takes != takes):
        known = ", ".join(formats(takes))
        raise UserError(f"Định dạng không hỗ trợ: {fmt}. Chọn một trong: {known}.",
                        f"Unsupported format: {fmt}. Choose one of: {known}.")
    return importlib.import_module(entry.module).WRITER


def writer_for_path(path: str | os.PathLike[str]) -> Writer:
    """The document writer a file name asks for by its extension (.docx, .pdf)."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in formats("document"):
        known = ", ".join(f".{f}" for f in formats("document"))
        raise UserError(f"Tên tệp phải có đuôi {known}.", f"The file name must end in {known}.")
    return get_writer(fmt)


def clean_document(doc: Document) -> Document:
    """A copy of `doc` with every string made printable by models.text.clean_text (control
    characters, U+FFFE/FFFF, lone surrogates and bidi overrides removed, NFC). Text is cleaned
    when it enters the store, but a writer takes any tree: this keeps the XML and the PDF valid
    whatever a tree holds."""
    return _clean(doc)


def _clean(value: Any) -> Any:
    """`value` cleaned; the very same object when nothing in it had to change (trees are large:
    a province compile has 20,000 blocks)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        out = [_clean(v) for v in value]
        return value if all(a is b for a, b in zip(out, value)) else out
    if isinstance(value, dict):
        out = {k: _clean(v) for k, v in value.items()}
        return value if all(out[k] is v for k, v in value.items()) else out
    names = _FIELDS.get(type(value))
    if names is None:
        if not (dataclasses.is_dataclass(value) and not isinstance(value, type)):
            return value
        names = _FIELDS[type(value)] = tuple(f.name for f in dataclasses.fields(value) if f.init)
    changed = {}
    for name in names:
        old = getattr(value, name)
        if old is None or isinstance(old, (int, float, bool)):
            continue
        new = _clean(old)
        if new is not old and new != old:
            changed[name] = new
    return dataclasses.replace(value, **changed) if changed else value


_FIELDS: dict[type, tuple[str, ...]] = {}


class DocumentParts(Protocol):
    """What a document writer renders, part by part (exporters.nodes.Document's pieces)."""

    def header(self) -> None: ...
    def title_block(self) -> None: ...
    def block(self, block: Block) -> None: ...
    def closing(self) -> None: ...
    def appendix(self, appendix: Appendix) -> None: ...


def render_in_order(doc: Document, parts: DocumentParts, progress: Progress, *, start: int, span: int) -> None:
    """Render `doc` in its Decree 30 reading order: first-page header, title block, body blocks,
    Nơi nhận + signature, appendices. Progress goes out of 100, every 20 blocks, from `start` to
    `start + span` percent (the writer reports the rest of the way itself)."""
    parts.header()
    parts.title_block()
    total = max(len(doc.blocks), 1)
    for i, block in enumerate(doc.blocks):
        parts.block(block)
        if progress and i % 20 == 0:
            progress(start + span * i // total, 100, "Đang dựng nội dung báo cáo")
    parts.closing()
    for appendix in doc.appendices:
        parts.appendix(appendix)
