"""The window's "Export DOCX/PDF…" action: pick a file, write it off the UI thread with progress.

A draft is rendered with the draft mark: its document tree is built on the UI thread (quick, reads
the store) and only the writer runs in the worker, so typing is never blocked by a database lock.
A final report goes through ``desktop.ops.export.export_report(final=True)``, which also records the
"exported" revision.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

translate = QCoreApplication.translate


def suggested_name(report: Any) -> str:
    base = f"Bao cao {report.period or ''} {report.unit.name or ''}".strip()
    base = re.sub(r"[\\/:*?\"<>|]+", " ", base)
    return re.sub(r"\s+", " ", base).strip()[:80] or "bao-cao"


def export_report(window: Any, report_id: str | None) -> Any:
    """Called by MainWindow.export_report; returns the running Task (or None when cancelled)."""
    if not report_id:
        return None
    from desktop.ops import export as export_ops

    store = window.store
    report = store.get_report(report_id)
    path, selected = QFileDialog.getSaveFileName(
        window, translate("ExportActions", "Export report"), suggested_name(report),
        translate("ExportActions", "Word document (*.docx);;PDF document (*.pdf)"))
    if not path:
        return None
    fmt = "pdf" if path.lower().endswith(".pdf") or ("pdf" in selected.lower() and not path.lower().endswith(".docx")) else "docx"
    if not path.lower().endswith("." + fmt):
        path += "." + fmt
    return start_export(window, report_id, fmt, Path(path))


def start_export(window: Any, report_id: str, fmt: str, path: Path) -> Any:
    from desktop.ops import export as export_ops

    store = window.store
    final = store.get_report(report_id).status == "final"
    if final:
        author = window.session.officer()

        def work(progress):
            return export_ops.export_report(store, report_id, fmt, path, final=True, author=author,
                                            progress=lambda pct, msg="": progress(pct, 100, msg))
    else:
        doc = export_ops.document_for(store, report_id, draft=True)
        writer = export_ops.WRITERS[fmt]

        def work(progress):
            return writer(doc, path, False, lambda pct, msg="": progress(pct, 100, msg))

    def done(_result: Any) -> None:
        window.show_status(translate("ExportActions", "Exported to %1").replace("%1", str(path)))
        window.report_list.refresh()

    task = window.runner.start(work, with_progress=True, on_done=done, on_error=window.show_error)
    window.track_task(task, translate("ExportActions", "Exporting the report…"))
    return task
