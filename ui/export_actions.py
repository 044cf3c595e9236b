"""The window's "Export DOCX/PDF…" action: pick a file, run the export operation off the UI thread.

``desktop.ops.export.export_report`` renders from a snapshot with no transaction open, so typing is
never blocked. A draft carries the draft mark; a final report is exported with ``final=True``, which
also records the "exported" revision.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate


def suggested_name(report: Any) -> str:
    base = f"Bao cao {report.period or ''} {report.unit.name or ''}".strip()
    base = re.sub(r"[\\/:*?\"<>|]+", " ", base)
    return re.sub(r"\s+", " ", base).strip()[:80] or "bao-cao"


def export_report(window: MainWindow, report_id: str | None) -> Any:
    """Called by MainWindow.export_report; returns the running Task (or None when cancelled)."""
    if not report_id:
        return None
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


def start_export(window: MainWindow, report_id: str, fmt: str, path: Path) -> Any:
    from desktop.ops.export import export_report as export_op

    final = window.store.report_state(report_id).status == "final"

    def done(_changed: Any) -> None:
        window.show_status(translate("ExportActions", "Exported to %1").replace("%1", str(path)))

    task = window.runner.start(export_op, report_id, fmt, path, final=final,
                               author=window.session.officer() if final else "",
                               on_done=done, on_error=window.show_error)
    window.track_task(task, translate("ExportActions", "Exporting the report…"))
    return task
