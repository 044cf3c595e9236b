"""The window's "Xuất DOCX…" and "Xuất PDF…" actions: pick a file, run the export off the UI thread.

``desktop.ops.export.export_report`` renders from a snapshot with no transaction open, so typing is
never blocked. A draft carries the draft mark; a final report is exported with ``final=True``, which
also records the "exported" revision — and asks first for the unit details a final copy prints
when they are missing (ui/window_flows.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui import file_dialogs

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
FILTERS = {"docx": lambda: translate("ExportActions", "Word document (*.docx)"),
           "pdf": lambda: translate("ExportActions", "PDF document (*.pdf)")}


def suggested_name(report: Any) -> str:
    base = f"Bao cao {report.period or ''} {report.unit.name or ''}".strip()
    base = re.sub(r"[\\/:*?\"<>|]+", " ", base)
    return re.sub(r"\s+", " ", base).strip()[:80] or "bao-cao"


def export_report(window: MainWindow, report_id: str | None, fmt: str = "docx") -> Any:
    """Called by MainWindow.export_docx / export_pdf; returns the running Task (or None when cancelled)."""
    if not report_id:
        return None
    store = window.store
    report = store.get_report(report_id)
    final = report.status == "final"
    if final:
        from ui.window_flows import ensure_identity

        if not ensure_identity(window, "final", report_id):
            return None
    title = translate("ExportActions", "Export as Word (DOCX)") if fmt == "docx" else \
        translate("ExportActions", "Export as PDF")
    path = file_dialogs.save_file(window, title, f"{suggested_name(report)}.{fmt}", FILTERS[fmt](),
                                  suffix=f".{fmt}")
    if not path:
        return None
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
