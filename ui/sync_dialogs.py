"""Entry points the main window calls (ui.main_window.ACTION_PROVIDERS): export a sync bundle,
and open the province's "Tổng hợp" window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.ops import sync
from ui import messages


translate = QCoreApplication.translate


def export_bundle(window: Any, report_id: str | None, *, folder: str | None = None) -> Any:
    """Choose a folder, export the signed bundle in the background, then show the outbox."""
    if not report_id:
        messages.inform(window, translate("SyncDialogs", "Export sync bundle"),
                        translate("SyncDialogs", "Select a report first."))
        return None
    if folder is None:
        folder = QFileDialog.getExistingDirectory(window, translate("SyncDialogs",
                                                                    "Folder for the bundle (e.g. a USB stick)"))
    if not folder:
        return None
    session = getattr(window, "session", None)
    author = session.officer() if session is not None else ""
    from ui.key_access import with_keys

    # Read (or make) the signing key here, in the window's thread: without a keyring this asks for
    # the key file's passphrase, which a background task cannot do.
    keys = with_keys(window, lambda k: (k.signing_key(), k)[1])
    from ui.workers import show_progress_dialog

    def done(result: sync.ExportedBundle) -> None:
        if hasattr(window, "report_list") and hasattr(window.report_list, "refresh"):
            window.report_list.refresh()
        if hasattr(window, "refresh_pending_uploads"):
            window.refresh_pending_uploads()
        if hasattr(window, "show_status"):
            window.show_status(translate("SyncDialogs", "Bundle written: %1").replace("%1", str(result.path)))
        open_outbox(window, report_id)

    def failed(exc: BaseException) -> None:
        if hasattr(window, "show_error"):
            window.show_error(exc)

    task = window.runner.start(sync.export_bundle, window.store, report_id, folder, author=author, keys=keys,
                               on_done=done, on_error=failed)
    show_progress_dialog(window, task, translate("SyncDialogs", "Writing the signed bundle…"))
    return task


def open_outbox(window: Any, report_id: str | None = None) -> Any:
    from ui.outbox_dialog import OutboxDialog

    dialog = OutboxDialog(window.store, window, report_id=report_id)
    if hasattr(window, "refresh_pending_uploads"):
        dialog.finished.connect(lambda _result: window.refresh_pending_uploads())
    dialog.open()
    return dialog


def compile_reports(window: Any, report_id: str | None = None) -> Any:
    """Open (or raise) the "Tổng hợp (cấp tỉnh)" inbox window."""
    from ui.inbox_window import InboxWindow

    existing = getattr(window, "_inbox_window", None)
    if existing is None:
        existing = InboxWindow(window.store, window)
        window._inbox_window = existing
    existing.reload_outlines()
    existing.show()
    existing.raise_()
    existing.activateWindow()
    return existing
