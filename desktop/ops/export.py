"""Export operations: a report → document tree → DOCX or PDF file, and the draft PDF for printing.

A final export (`final=True`) first finalizes the report when it is not final yet (through
desktop.ops.editing.finalize, which refuses with the list of missing items), renders without the
draft mark (a final PDF also gets an empty signature field), writes the file atomically and
records an "exported" revision — all in one transaction, so a file that cannot be written
leaves the report as it was. Exports of a report already final carry no mark either.
Progress callbacks are plain callables (percent, message): no Qt here.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Callable

from desktop.ops import Changed
from exporters.document import Document, build_document
from exporters.writers import WriterOptions, formats, get_writer
from models.errors import UserError

Progress = Callable[[int, str], None] | None


def _writer(fmt: str) -> Callable[[Document, Path, bool, Progress], None]:
    """The registered writer of `fmt` (exporters.writers), called as (doc, out, final, progress)."""
    def write(doc: Document, out: Path, final: bool, progress: Progress) -> None:
        percent = (lambda done, total, msg: progress(done * 100 // max(total, 1), msg)) if progress else None
        get_writer(fmt, takes="document").write(doc, out, progress=percent,
                                                options=WriterOptions(signature_field=final))
    return write


# format → writer, from the one registry of writers
WRITERS: dict[str, Callable[[Document, Path, bool, Progress], None]] = {
    fmt: _writer(fmt) for fmt in formats("document")}


def document_for(store, report_id: str, *, draft: bool | None = None,
                 today: date | None = None) -> Document:
    """The document tree of a stored report; `draft=None` means "draft unless the report is final"."""
    report = store.get_report(report_id)
    outline = store.get_outline(report.outline_id)
    if draft is None:
        draft = report.status != "final"
    return build_document(report, outline, draft=draft, today=today)


def _finalize(store, report_id: str, author: str) -> None:
    try:
        from desktop.ops.editing import finalize
    except ImportError:  # pragma: no cover - the editor module ships with the app
        finalize = None
    if finalize is not None:
        finalize(store, report_id, author)
        return
    report = store.get_report(report_id)  # pragma: no cover
    report.status, report.revision = "final", report.revision + 1
    store.update_report(report)
    store.add_revision(report_id, author, "finalized", f"revision {report.revision}")


def export_report(store, report_id: str, fmt: str, out: str | os.PathLike[str], *,
                  final: bool = False, author: str = "", progress: Progress = None) -> Changed:
    """Write the report as `fmt` ("docx", "pdf") to `out`. See the module docstring for `final`."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise UserError(f"Định dạng không hỗ trợ: {fmt}. Chọn một trong: {', '.join(WRITERS)}.",
                        f"Unsupported format: {fmt}. Choose one of: {', '.join(WRITERS)}.")
    out = Path(out)
    if out.is_dir():
        raise UserError(f"{out} là một thư mục; hãy ghi rõ tên tệp cần tạo.",
                        f"{out} is a folder; give the name of the file to create.")
    if progress:
        progress(1, "Đang chuẩn bị xuất báo cáo")
    changed = Changed(report_id=report_id)
    with store.transaction():
        report = store.get_report(report_id)
        if final and report.status != "final":
            _finalize(store, report_id, author)
            changed.report_list = True
        is_final = final or store.get_report(report_id).status == "final"
        doc = document_for(store, report_id, draft=not is_final)
        writer(doc, out, is_final, progress)
        if final:
            store.add_revision(report_id, author, "exported", f"{fmt}: {out.name}")
            changed.report_list = True
    return changed


def export_docx(store, report_id: str, out, *, final: bool = False, author: str = "",
                progress: Progress = None) -> Changed:
    return export_report(store, report_id, "docx", out, final=final, author=author, progress=progress)


def export_pdf(store, report_id: str, out, *, final: bool = False, author: str = "",
               progress: Progress = None) -> Changed:
    return export_report(store, report_id, "pdf", out, final=final, author=author, progress=progress)


def export_pdf_for_print(store, report_id: str, *, progress: Progress = None) -> Path:
    """A PDF for the print preview in a temp file (draft mark unless the report is final).
    The caller may delete it after printing; old ones are left to the system's temp cleaner."""
    doc = document_for(store, report_id)
    fd, name = tempfile.mkstemp(prefix="baocao-in-", suffix=".pdf")
    os.close(fd)
    WRITERS["pdf"](doc, Path(name), False, progress)
    return Path(name)
