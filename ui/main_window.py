"""The main window: home (report list) ↔ editor page in a QStackedWidget, menus, toolbar, status bar.

Every action runs its operation through ``self.runner`` (ui/ops_runner.py); the report list, the
editor, the outbox count in the status bar and the dialogs redraw from the `Changed` it publishes.
Print, export, sync bundle and compile live in their own modules (imported when first used, to
keep start-up fast) and take this window.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QStackedWidget, QWidget

from desktop import i18n
from desktop.ops import Changed
from desktop.session import Session
from models import clock
from models.errors import UserError
from ui import main_actions, messages, window_flows
from ui.fonts import apply_font_size
from ui.ops_runner import OpsRunner
from ui.report_list import ReportListPage
from ui.retranslate import Retranslatable

if TYPE_CHECKING:
    from ui.editor.page import EditorPage
    from ui.inbox_window import InboxWindow


class MainWindow(Retranslatable, QMainWindow):
    """The application window. ``store`` is injected; ``session`` supplies the officer's name."""

    def __init__(self, store: Any, session: Session | None = None, parent: QWidget | None = None,
                 today: Callable[[], date] = clock.today):
        super().__init__(parent)
        self.store = store
        self.session = session or Session(store, ask=self._ask_officer)
        if self.session.ask is None:
            self.session.ask = self._ask_officer
        self.runner = OpsRunner(store, self)
        self.runner.failed.connect(self.show_error)
        self.setObjectName("main_window")
        self.setMinimumSize(640, 440)
        from ui.icons import app_icon

        self.setWindowIcon(app_icon())

        self.stack = QStackedWidget(self)
        self.report_list = ReportListPage(store, self, today=today)
        self.report_list.open_requested.connect(self.open_report)
        self.report_list.restore_requested.connect(self.restore_report)
        self.report_list.selection_changed.connect(self._update_actions)
        self.stack.addWidget(self.report_list)
        self.stack.currentChanged.connect(self._page_changed)
        self.runner.changed.connect(self.report_list.on_changed)
        self.runner.changed.connect(self._on_changed)
        self.editor: EditorPage | None = None
        self.started = False  # first_start ran: the database passed its check
        self.inbox_window: InboxWindow | None = None  # "Tổng hợp", opened on first use
        self.open_report_id: str | None = None
        self.setCentralWidget(self.stack)

        self.actions_ = main_actions.build_actions(self)
        self.menus = main_actions.build_menus(self, self.actions_)
        self.toolbar = main_actions.build_toolbar(self, self.actions_)
        self._connect_actions()
        self.status_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(240)
        self.progress_bar.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.pending_count = 0
        self.pending_label = QLabel()  # "3 gói chưa gửi": opens the outbox
        self.pending_label.setObjectName("pending_uploads")
        self.pending_label.setTextFormat(Qt.TextFormat.RichText)
        self.pending_label.linkActivated.connect(lambda _link: self.open_outbox())
        self.pending_label.hide()
        self.statusBar().addPermanentWidget(self.pending_label)
        lang_action = self.actions_.lang_en if i18n.current_language() == "en" else self.actions_.lang_vi
        lang_action.setChecked(True)
        self.retranslate_ui()
        self._update_actions()
        self.restore_window_geometry()
        QTimer.singleShot(0, self.refresh_pending_uploads)  # after the window is up

    # ---- wiring --------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        a = self.actions_
        a.new_report.triggered.connect(self.new_report)
        a.open_report.triggered.connect(lambda: self.open_report(self.current_report_id()))
        a.duplicate_report.triggered.connect(self.duplicate_report)
        a.delete_report.triggered.connect(self.delete_report)
        a.import_outline.triggered.connect(self.import_outline)
        a.import_request.triggered.connect(self.import_request)
        a.print_report.triggered.connect(self.print_report)
        a.export_docx.triggered.connect(lambda: self.export_report("docx"))
        a.export_pdf.triggered.connect(lambda: self.export_report("pdf"))
        a.export_bundle.triggered.connect(self.export_bundle)
        a.compile_reports.triggered.connect(self.compile_reports)
        a.back_to_list.triggered.connect(self.show_home)
        a.settings.triggered.connect(self.open_settings)
        a.change_officer.triggered.connect(self.session.change_officer)
        a.lang_vi.triggered.connect(lambda: self.set_language("vi"))
        a.lang_en.triggered.connect(lambda: self.set_language("en"))
        a.about.triggered.connect(self.show_about)
        a.quit.triggered.connect(self.close)


    def retranslate_ui(self) -> None:
        main_actions.retranslate(self.actions_, self.menus, self.toolbar)
        self.setWindowTitle(self.tr("Periodic reports") + " — baocao")
        if not self.status_label.text():
            self.status_label.setText(self.tr("Ready"))
        self._show_pending_uploads()

    def _update_actions(self) -> None:
        home = self.stack.currentWidget() is self.report_list
        summary = self.report_list.selected_summary()
        has_live = bool(summary and not summary.deleted_at)
        target = self.current_report_id()
        a = self.actions_
        a.open_report.setEnabled(home and has_live)
        a.duplicate_report.setEnabled(home and has_live)
        a.delete_report.setEnabled(home and has_live)
        for action in (a.print_report, a.export_docx, a.export_pdf, a.export_bundle):
            action.setEnabled(bool(target))
        a.back_to_list.setEnabled(not home)
        a.back_to_list.setVisible(not home)
        a.new_report.setEnabled(home)

    # ---- navigation ----------------------------------------------------------------------------
    def current_report_id(self) -> str | None:
        """The report open in the editor, else the one selected in the list (if not deleted)."""
        if self.editor is not None and self.stack.currentWidget() is self.editor:
            return self.open_report_id
        summary = self.report_list.selected_summary()
        return summary.id if summary and not summary.deleted_at else None

    def _ensure_editor(self) -> EditorPage:
        if self.editor is None:
            from ui.editor.page import EditorPage

            self.editor = EditorPage(self.store, self.session.officer, self, runner=self.runner)
            a = self.actions_
            self.editor.set_file_actions([a.print_report, a.export_docx, a.export_pdf, a.export_bundle])
            self.editor.back_requested.connect(self.show_home)
            self.editor.status_message.connect(self.show_status)
            self.editor.report_changed.connect(lambda _id: self._update_actions())
            self.stack.addWidget(self.editor)
        return self.editor

    def open_report(self, report_id: str | None) -> None:
        if not report_id:
            return
        editor = self._ensure_editor()
        try:
            if self.stack.currentWidget() is editor:
                editor.flush()
            editor.open_report(report_id)
        except UserError as err:
            self.show_error(err)
            return
        self.open_report_id = report_id
        self.stack.setCurrentWidget(editor)
        self.toolbar.setVisible(False)
        self.pending_label.hide()
        self._update_actions()

    def show_home(self) -> None:
        if self.editor is not None and self.stack.currentWidget() is self.editor:
            try:
                self.editor.flush()
            except UserError as err:
                self.show_error(err)
                return
        self.stack.setCurrentWidget(self.report_list)
        self.toolbar.setVisible(True)
        self.runner.notice_external_changes()  # e.g. a report filled from the command line meanwhile
        self._show_pending_uploads()
        self._update_actions()

    def _page_changed(self, _index: int) -> None:
        if self.stack.currentWidget() is self.report_list:
            self.report_list.redraw_if_stale()

    def _on_changed(self, changed: Changed) -> None:
        if changed.outbox:
            self.refresh_pending_uploads()
        if changed.report_list or changed.status:
            self._update_actions()

    # ---- report actions ------------------------------------------------------------------------
    def new_report(self) -> str | None:
        from ui.new_report_wizard import NewReportWizard

        wizard = NewReportWizard(self.store, self.session.officer, self, runner=self.runner)
        if wizard.exec() and wizard.created_report_id:
            self.open_report(wizard.created_report_id)
            return wizard.created_report_id
        return None

    def run_op(self, op: Callable[..., Changed], *args: Any, **kwargs: Any) -> Changed | None:
        """Run a short operation; a refusal is shown, not raised."""
        try:
            return self.runner.run(op, *args, **kwargs)
        except UserError as err:
            self.show_error(err)
            return None

    def duplicate_report(self) -> str | None:
        from desktop.ops import reports as ops

        report_id = self.current_report_id()
        if not report_id:
            return None
        changed = self.run_op(ops.duplicate_report, report_id, author=self.session.officer())
        if changed is None:
            return None
        self.report_list.select_report(changed.report_id)
        self.show_status(self.tr("Report duplicated."))
        return changed.report_id

    def delete_report(self) -> bool:
        from desktop.ops import reports as ops

        summary = self.report_list.selected_summary()
        if not summary or summary.deleted_at:
            return False
        text = self.tr("Delete the report \"%1\" (%2)?\n\nIt can be restored later from \"Show deleted reports\".")
        text = text.replace("%1", summary.unit_name or summary.outline_title).replace("%2", summary.period)
        if not messages.confirm(self, self.tr("Delete report"), text, self.tr("Delete")):
            return False
        if self.run_op(ops.delete_report, summary.id) is None:
            return False
        self.show_status(self.tr("Report deleted. It can be restored from \"Show deleted reports\"."))
        return True

    def restore_report(self, report_id: str) -> bool:
        from desktop.ops import reports as ops

        if self.run_op(ops.restore_report, report_id) is None:
            return False
        self.show_status(self.tr("Report restored."))
        return True

    def import_outline(self) -> str | None:
        from ui.outline_import_dialog import OutlineImportDialog

        dialog = OutlineImportDialog(self.store, self, runner=self.runner)
        if dialog.exec() and dialog.saved_outline_id:
            self.show_status(self.tr("Outline saved."))
            return dialog.saved_outline_id
        return None

    def open_settings(self) -> bool:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self, runner=self.runner)
        if dialog.exec():
            self.apply_settings(dialog.saved_settings)
            return True
        return False

    def apply_settings(self, settings: Any) -> None:
        if settings is None:
            return
        apply_font_size(settings.font_size)
        if settings.language != i18n.current_language():
            self.set_language(settings.language, save=False)
        self.show_status(self.tr("Settings saved."))

    def set_language(self, lang: str, save: bool = True) -> None:
        if save:
            from desktop.ops.settings import set_language

            self.run_op(set_language, lang)
        i18n.switch_language(lang)
        (self.actions_.lang_en if lang == "en" else self.actions_.lang_vi).setChecked(True)

    # ---- file actions (each in its own module) ------------------------------------------------
    def _file_action(self, action: Callable[..., Any], with_report: bool = True) -> Any:
        """Call ``action(window, report_id)`` for the report shown or selected (pending edits saved
        first); a refusal is shown, not raised."""
        report_id = self.current_report_id()
        try:
            if self.editor is not None and self.stack.currentWidget() is self.editor:
                self.editor.flush()
            return action(self, report_id) if with_report else action(self)
        except UserError as err:
            self.show_error(err)
            return None

    def print_report(self) -> Any:
        from ui.print_preview import print_report

        return self._file_action(print_report)

    def export_report(self, fmt: str = "docx") -> Any:
        """"Xuất DOCX…" / "Xuất PDF…"."""
        from ui.export_actions import export_report

        return self._file_action(lambda window, report_id: export_report(window, report_id, fmt))

    def export_bundle(self) -> Any:
        from ui.sync_dialogs import export_bundle

        def run(window: Any, report_id: str | None) -> Any:
            from desktop.ops.sync import refuse_sample_bundle

            if report_id:
                refuse_sample_bundle(self.store, report_id)
                if not window_flows.ensure_identity(self, "bundle", report_id):
                    return None
            return export_bundle(window, report_id)

        return self._file_action(run)

    def compile_reports(self) -> Any:
        from ui.sync_dialogs import compile_reports

        return self._file_action(compile_reports, with_report=False)

    def import_request(self) -> Any:
        from ui.request_import import import_request  # "Nhập gói yêu cầu của tỉnh…"

        return self._file_action(import_request, with_report=False)

    # ---- outbox: bundles exported but not yet uploaded -------------------------------------------
    def refresh_pending_uploads(self) -> int:
        try:
            self.pending_count = self.store.pending_uploads()
        except Exception:  # noqa: BLE001 - a status-bar count must never break the window
            import logging

            logging.getLogger(__name__).exception("counting pending uploads failed")
            self.pending_count = 0
        self._show_pending_uploads()
        return self.pending_count

    def _show_pending_uploads(self) -> None:
        text = self.tr("%n bundle(s) not yet uploaded", "", self.pending_count)
        self.pending_label.setText(f'<a href="outbox">{text}</a>')
        self.pending_label.setToolTip(self.tr("Open the outbox to mark bundles as uploaded"))
        self.pending_label.setVisible(self.pending_count > 0 and self.stack.currentWidget() is self.report_list)

    def open_outbox(self) -> Any:
        from ui.sync_dialogs import open_outbox

        return open_outbox(self)

    # ---- messages ------------------------------------------------------------------------------
    def show_error(self, err: BaseException) -> None:
        from ui.key_access import is_no_keyring, no_keyring_text

        if is_no_keyring(err):
            text = no_keyring_text()  # in plain words: no settings or documents to look up
        elif isinstance(err, UserError):
            text = err.message(i18n.current_language())
        else:
            text = self.tr("Unexpected error: %1").replace("%1", str(err))
        messages.warn(self, self.tr("Cannot do that"), text)

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        self.status_label.setText(text)
        self.statusBar().showMessage(text, timeout_ms)

    def show_about(self) -> None:
        from desktop import __version__

        messages.inform(self, self.tr("About baocao"),
                        self.tr("baocao %1 — periodic reports for commune offices, offline.").replace(
                            "%1", __version__))

    def first_start(self) -> bool:
        """Just after the window is shown and the database passed its check: the welcome on a PC
        never set up, else the officer's name only when this PC user has none yet
        (ui/window_flows.py). From then on closing the window remembers its geometry."""
        self.started = True
        return window_flows.first_start(self)

    def ensure_officer(self) -> str:
        return self.session.officer()

    def _ask_officer(self, suggested: str, recent: list[str]) -> str | None:
        from ui.officer_dialog import ask_officer_name

        return ask_officer_name(self, suggested, recent)

    def track_task(self, task: Any, label: str) -> None:
        """Show a running task's progress in the status bar."""
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.show_status(label, 0)

        def on_progress(done: int, total: int, message: str) -> None:
            self.progress_bar.setRange(0, max(total, 0))
            self.progress_bar.setValue(done)
            if message:
                self.status_label.setText(message)

        task.progress.connect(on_progress)
        task.finished.connect(lambda: (self.progress_bar.hide(), self.statusBar().clearMessage()))

    # ---- geometry and closing ------------------------------------------------------------------
    def restore_window_geometry(self) -> None:
        """The size and place of the last session, clamped to this screen; first time: the screen."""
        from desktop.settings import load_settings
        from ui.screen_fit import restore_geometry

        saved = load_settings(self.store).window_geometry
        try:
            data = bytes.fromhex(saved) if saved else None
        except ValueError:
            data = None
        restore_geometry(self, data, QSize(1366, 768))

    def save_window_geometry(self) -> None:
        from desktop.ops.settings import save_window_geometry
        from ui.screen_fit import saved_geometry

        try:
            self.runner.run(save_window_geometry, saved_geometry(self))
        except Exception:  # noqa: BLE001 - never lose the close over a window size
            import logging

            logging.getLogger(__name__).exception("saving the window geometry failed")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None:
            try:
                self.editor.flush()
            except UserError as err:
                self.show_error(err)
            except Exception:  # never lose the close: the autosaver has kept the last draft
                import logging

                logging.getLogger(__name__).exception("flush on close failed")
        if self.started:  # never write to a database the start-up check did not pass
            self.save_window_geometry()
        self.runner.join_all()
        event.accept()


__all__ = ["MainWindow", "apply_font_size"]
