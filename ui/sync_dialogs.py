"""The main window's sync actions: export a sync bundle (then show the outbox), open the outbox,
and open the province's "Tổng hợp" window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.ops import sync
from ui import file_dialogs, messages


if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate


def export_bundle(window: MainWindow, report_id: str | None, *, folder: str | None = None) -> Any:
    """Choose a folder, export the signed bundle in the background, then show the outbox."""
    if not report_id:
        messages.inform(window, translate("SyncDialogs", "Export sync bundle"),
                        translate("SyncDialogs", "Select a report first."))
        return None
    if folder is None:
        folder = file_dialogs.choose_folder(window, translate("SyncDialogs",
                                                              "Folder for the bundle (e.g. a USB stick)"))
    if not folder:
        return None
    author = window.session.officer()
    from ui.key_access import with_keys

    # Read (or make) the signing key here, in the window's thread: without a keyring this asks for
    # the key file's passphrase, which a background task cannot do.
    keys = with_keys(window, lambda k: (k.signing_key(), k)[1])
    from ui.workers import show_progress_dialog

    def done(changed: Any) -> None:
        window.show_status(translate("SyncDialogs", "Bundle written: %1").replace("%1", str(changed.path)))
        open_outbox(window, report_id)

    task = window.runner.start(sync.export_bundle, report_id, folder, author=author, keys=keys,
                               refuse_sample=True, on_done=done, on_error=window.show_error)
    show_progress_dialog(window, task, translate("SyncDialogs", "Writing the signed bundle…"))
    return task


def open_outbox(window: MainWindow, report_id: str | None = None) -> Any:
    from ui.outbox_dialog import OutboxDialog

    dialog = OutboxDialog(window.store, window, report_id=report_id, runner=window.runner)
    dialog.open()
    return dialog


def compile_reports(window: MainWindow) -> Any:
    """Open (or raise) the "Tổng hợp (cấp tỉnh)" inbox window."""
    from ui.inbox_window import InboxWindow

    if window.inbox_window is None:
        from ui.window_flows import ensure_identity

        window.inbox_window = InboxWindow(window.store, window, runner=window.runner,
                                          before_compile=lambda: ensure_identity(window, "compile"),
                                          open_report=window.open_report)
    window.inbox_window.reload_outlines()
    window.inbox_window.show()
    window.inbox_window.raise_()
    window.inbox_window.activateWindow()
    return window.inbox_window
