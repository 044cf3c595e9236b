"""Export operations: a report → document tree → DOCX or PDF file, and the PDF for printing.

1. A short read takes a snapshot of the report (desktop.ops.snapshot).
2. The file is rendered from it with NO transaction open, into a staged file beside the target:
   typing in the window and saves from another program go on meanwhile.
3. Only a final export records anything: one short transaction checks the report did not change
   since the snapshot (else `ReportChanged` says what moved), finalizes it through
   desktop.ops.editing.finalize (the real completeness check) when it is not final yet, records an
   "exported" revision, and renames the staged file onto the target as its last step — so a file
   that cannot be written (open in Word) leaves the report as it was. (Should the COMMIT itself
   fail after that rename, the file is there unrecorded and the report unchanged: export again.)
A draft carries the "DỰ THẢO" mark; a final copy does not (and a final PDF gets an empty signature
field). Exports of a report already final carry no mark either. Writers come from the registry
(exporters.writers); progress is (done, total, message).
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from desktop.ops import Changed
from desktop.ops.snapshot import Snapshot, ensure_unchanged, take_snapshot
from models.atomic import discard, publish, reserve_beside
from models.errors import UserError

if TYPE_CHECKING:
    from exporters.nodes import Document

Progress = Callable[[int, int, str], None]
Writer = Callable[..., None]  # writer(doc, path, *, final: bool, progress: Progress | None)


def writer_for(fmt: str) -> Writer:
    """The registered writer of a document format (exporters.writers), as this module calls it."""
    from exporters.writers import WriterOptions, get_writer

    writer = get_writer(fmt, takes="document")  # UserError (vi + en) for a format it does not know
    return lambda doc, path, *, final, progress: writer.write(
        doc, path, progress=progress, options=WriterOptions(signature_field=final))


def _target(out: str | os.PathLike[str]) -> Path:
    out = Path(out)
    if out.is_dir():
        raise UserError(f"{out} là một thư mục; hãy ghi rõ tên tệp cần tạo.",
                        f"{out} is a folder; give the name of the file to create.")
    return out


def document_tree(store, snapshot: Snapshot, *, draft: bool, today: date | None = None) -> Document:
    """The tree of a report as exported: the province's synthesis of an outline is built with its
    Phụ lục from the inbox (desktop.ops.synthesis); any other report by exporters.document."""
    if store.synthesis_outline_id(snapshot.report.id) is not None:
        from desktop.ops.synthesis import synthesis_tree

        return synthesis_tree(store, snapshot.report, draft=draft, today=today)
    from exporters.document import build_document

    return build_document(snapshot.report, snapshot.outline, draft=draft, today=today,
                          fill_number_date=fills_number_date(store))


def document_for(store, report_id: str, *, draft: bool | None = None, today: date | None = None) -> Document:
    """The document tree of a stored report; `draft=None` means "draft unless the report is final"."""
    snapshot = take_snapshot(store, report_id)
    if draft is None:
        draft = snapshot.report.status != "final"
    return document_tree(store, snapshot, draft=draft, today=today)


def fills_number_date(store) -> bool:
    """The office's choice (Settings): print the number and date, or leave them for the văn thư."""
    from desktop.settings import load_settings

    return load_settings(store).fill_number_date


def export_report(store, report_id: str, fmt: str, out: str | os.PathLike[str], *,
                  final: bool = False, author: str = "", progress: Progress | None = None) -> Changed:
    """Write the report as `fmt` ("docx", "pdf") to `out`. See the module docstring for `final`."""
    from desktop.ops.editing import check_complete, finalize

    writer = writer_for(fmt)
    out = _target(out)
    if progress:
        progress(1, 100, "Đang chuẩn bị xuất báo cáo")
    snapshot = take_snapshot(store, report_id)
    was_final = snapshot.report.status == "final"
    if final and not was_final:
        check_complete(snapshot.outline, snapshot.report)  # refuse before rendering anything
    is_final = final or was_final
    doc = document_tree(store, snapshot, draft=not is_final)
    staged = reserve_beside(out)
    try:
        writer(doc, staged, final=is_final, progress=progress)
        changed = Changed(report_id=report_id, path=out, final=is_final)
        if final:
            with store.transaction():
                ensure_unchanged(store, snapshot)
                if not was_final:
                    changed.merge(finalize(store, report_id, author))
                store.add_revision(report_id, author, "exported", f"{fmt}: {out.name}")
                publish(staged, out)
            changed.report_list = True
        else:
            publish(staged, out)
    except BaseException:
        discard(staged)
        raise
    return changed


def print_pdf(store, report_id: str, *, progress: Progress | None = None) -> Changed:
    """Print = the export of a PDF into a temp file (draft mark unless the report is final);
    `path` is the file. The caller deletes it after printing."""
    fd, name = tempfile.mkstemp(prefix="baocao-in-", suffix=".pdf")
    os.close(fd)
    try:
        return export_report(store, report_id, "pdf", name, progress=progress)
    except BaseException:
        discard(name)
        raise
