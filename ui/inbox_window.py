"""The province's "Tổng hợp" window: the inbox table, import (also by drag-and-drop), compile.

All work goes through desktop.ops.sync, run by the window's operations runner (imports and the
compile off the UI thread, with progress); the table redraws from the `Changed` it publishes. Methods taking paths (`import_files`, `compile_to`, `add_units_csv`) are what the
buttons call after their file dialogs, so tests drive them directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMainWindow,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from desktop.keys import KeyStore
from desktop.ops import Changed, sync, synthesis
from models.errors import UserError
from ui import file_dialogs, messages
from ui.inbox_table import InboxTable
from ui.ops_runner import OpsRunner
from ui.screen_fit import elide_combo, fit_to_screen
from ui.workers import Task, join, show_progress_dialog

BUNDLE_SUFFIXES = (".zip", ".enc")


def _lang() -> str:
    from desktop import i18n

    return i18n.current_language()


class InboxWindow(QMainWindow):
    def __init__(self, store: Any, parent: QWidget | None = None, *, keys: KeyStore | None = None,
                 confirm_keys: Callable[[list[sync.ImportOutcome]], bool] | None = None,
                 runner: OpsRunner | None = None, before_compile: Callable[[], bool] | None = None,
                 open_report: Callable[[str], Any] | None = None):
        super().__init__(parent)
        self.setObjectName("inbox_window")
        self.store = store
        self.keys = keys or KeyStore()
        self._own_keys = keys is None  # injected keys (tests, tools) are used as given
        self.confirm_keys = confirm_keys or self._ask_trust
        self.before_compile = before_compile  # e.g. ask for the province's own name and signer first
        self.open_report = open_report  # the main window's editor, for the province's synthesis
        self.runner = runner or OpsRunner(store, self)
        self.runner.changed.connect(self._on_changed)
        self._tasks: list[Task] = []  # this window's imports and compiles, joined when it closes
        self.last_outcomes: list[sync.ImportOutcome] = []
        self.setAcceptDrops(True)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        self.outline_label = QLabel(central)
        self.outline_combo = QComboBox(central)
        self.outline_combo.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.outline_label)
        top.addWidget(self.outline_combo, 1)
        layout.addLayout(top)
        self.outline_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hint = QLabel(central)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = InboxTable(central)
        layout.addWidget(self.table, 1)
        self.summary = QLabel(central)
        layout.addWidget(self.summary)
        self.log = QPlainTextEdit(central)
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(120)
        layout.addWidget(self.log)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(central)
        self.import_button.clicked.connect(self._choose_bundles)
        self.units_button = QPushButton(central)
        self.units_button.clicked.connect(self._choose_units_csv)
        self.compile_button = QPushButton(central)
        self.compile_button.clicked.connect(self._choose_compile_target)
        self.write_button = QPushButton(central)  # the synthesis in the editor, beside the units' answers
        self.write_button.clicked.connect(self.write_synthesis)
        self.write_button.setVisible(open_report is not None)
        self.annex_button = QPushButton(central)
        self.annex_button.clicked.connect(self._choose_annex_target)
        for b in (self.import_button, self.units_button):  # what comes in …
            buttons.addWidget(b)
        buttons.addStretch(1)
        outputs = QHBoxLayout()  # … and, on a row of its own (it fits 1024 px), what goes out
        outputs.addStretch(1)
        for b in (self.write_button, self.compile_button, self.annex_button):
            outputs.addWidget(b)
        layout.addLayout(buttons)
        layout.addLayout(outputs)
        self.setCentralWidget(central)
        self.retranslate_ui()
        self.reload_outlines()
        fit_to_screen(self, 1100, 680)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Compile (province level)") + " — baocao")
        self.outline_label.setText(self.tr("Outline:"))
        self.hint.setText(self.tr("Drop bundle files (.baocao.zip, .baocao.enc) here to import them."))
        self.import_button.setText(self.tr("Import bundles…"))
        self.units_button.setText(self.tr("Import unit list (CSV)…"))
        self.compile_button.setText(self.tr("Compile…"))
        self.compile_button.setToolTip(self.tr("Save the province's synthesis report (drafted from the units' "
                                               "reports if it is not written yet) as DOCX or PDF"))
        self.write_button.setText(self.tr("Write the synthesis"))
        self.write_button.setToolTip(self.tr("Open the province's synthesis report in the editor, with every "
                                             "unit's answer beside each item"))
        self.annex_button.setText(self.tr("Units' reports…"))
        self.annex_button.setToolTip(self.tr("Save every unit's report in full as one file, for the archive"))

    # ---- data --------------------------------------------------------------------------------
    def reload_outlines(self, select: str | None = None) -> None:
        current = select or self.outline_id()
        self.outline_combo.blockSignals(True)
        self.outline_combo.clear()
        for info in self.store.list_outlines():
            self.outline_combo.addItem(f"{info.title} ({info.period or ''}) — {info.id[:8]}", info.id)
        index = self.outline_combo.findData(current) if current else -1
        self.outline_combo.setCurrentIndex(index if index >= 0 else 0)
        elide_combo(self.outline_combo)
        self.outline_combo.blockSignals(False)
        self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed.outlines:
            self.reload_outlines()
        elif changed.inbox:
            self.refresh()

    def outline_id(self) -> str | None:
        return self.outline_combo.currentData()

    def refresh(self) -> None:
        outline_id = self.outline_id()
        rows = sync.inbox_status(self.store, outline_id) if outline_id else []
        self.table.set_rows(rows)
        c = self.table.model_.counts()
        summary = (self.tr("Received: %1 · Late: %2 · Missing: %3")
                   .replace("%1", str(c["received"])).replace("%2", str(c["late"])).replace("%3", str(c["missing"])))
        if c["refused"]:
            summary += " · " + self.tr("Refused: %1").replace("%1", str(c["refused"]))
        self.summary.setText(summary)
        received = bool(outline_id) and (c["received"] + c["late"]) > 0
        for button in (self.compile_button, self.write_button, self.annex_button):
            button.setEnabled(received)

    # ---- import ------------------------------------------------------------------------------
    def import_files(self, paths: list[str | Path], *, trust_new: bool = False) -> None:
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self._own_keys and any(_is_encrypted_file(p) for p in paths) and not self._unlock_box_key():
            return
        task = self.runner.start(sync.import_bundles, paths, trust_new=trust_new, keys=self.keys,
                                 on_done=self._imported, on_error=self._failed)
        self._track(task)
        show_progress_dialog(self, task, self.tr("Importing bundles…"))

    def _track(self, task: Task) -> None:
        self._tasks = [t for t in self._tasks if t.is_running()] + [task]

    def _unlock_box_key(self) -> bool:
        """Encrypted bundles need the province's decryption key; without an OS keyring that is the
        passphrase-protected key file, so ask for its passphrase here, before the background task."""
        from ui.key_access import is_no_keyring, no_keyring_text, with_keys

        try:
            self.keys = with_keys(self, lambda k: (k.box_key(), k)[1])
        except UserError as err:
            messages.warn(self, self.tr("Cannot open the bundles"),
                          no_keyring_text() if is_no_keyring(err) else err.message(_lang()))
            return False
        return True

    def _imported(self, changed: Changed) -> None:
        outcomes = self.last_outcomes = changed.outcomes
        en = _lang() == "en"
        for o in outcomes:
            self.log.appendPlainText(o.message_en if en else o.message)
        unknown = [o for o in outcomes if o.unknown_key]
        if unknown and self.confirm_keys(unknown):
            self.import_files([o.path for o in unknown], trust_new=True)

    def _ask_trust(self, unknown: list[sync.ImportOutcome]) -> bool:
        lines = "\n".join(f"{o.unit_code}: {o.unknown_key}" for o in unknown)
        return messages.confirm(
            self, self.tr("Unknown signing keys"),
            self.tr("These units' signing keys are not registered yet. Compare each fingerprint with the "
                    "unit (by phone) before accepting.") + "\n\n" + lines + "\n\n" + self.tr("Accept these keys?"),
            self.tr("Accept the keys"))

    def _failed(self, exc: BaseException) -> None:
        from ui.workers import Cancelled

        if isinstance(exc, Cancelled):
            self.log.appendPlainText(self.tr("Cancelled."))
        elif isinstance(exc, UserError):
            messages.warn(self, self.tr("Cannot do that"), exc.message(_lang()))
        else:
            messages.warn(self, self.tr("Cannot do that"), self.tr("Unexpected error: %1").replace("%1", str(exc)))

    def _choose_bundles(self) -> None:
        files = file_dialogs.open_files(self, self.tr("Import bundles"),
                                        self.tr("Report bundles") + " (*.baocao.zip *.baocao.enc *.zip *.enc)")
        self.import_files(files)

    def add_units_csv(self, path: str | Path) -> int:
        try:
            return self.runner.run(sync.import_units_csv, path).count
        except UserError as err:
            self._failed(err)
            return 0

    def _choose_units_csv(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Import unit list"), "CSV (*.csv)")
        if path:
            self.add_units_csv(path)

    # ---- compile -----------------------------------------------------------------------------
    def compile_to(self, out: str | Path) -> None:
        self._write_file(sync.compile_inbox, out, self.tr("Compiling reports…"))

    def _write_file(self, op: Callable[..., Changed], out: str | Path, label: str) -> None:
        """Run an operation writing a file of the chosen outline, off the UI thread, with progress."""
        outline_id = self.outline_id()
        if not outline_id:
            return
        task = self.runner.start(op, outline_id, Path(out), on_done=self._compiled, on_error=self._failed)
        self._track(task)
        show_progress_dialog(self, task, label)

    def _compiled(self, changed: Changed) -> None:
        self.log.appendPlainText(self.tr("Compiled: %1").replace("%1", str(changed.path)))

    def _choose_compile_target(self) -> None:
        if self.before_compile is not None and not self.before_compile():
            return
        path = file_dialogs.save_file(self, self.tr("Compile"), "tong-hop.docx", "Word (*.docx);;PDF (*.pdf)")
        if path:
            self.compile_to(path)

    def write_synthesis(self) -> str | None:
        """Draft the synthesis if there is none, then open it in the main window's editor."""
        outline_id = self.outline_id()
        if not outline_id or self.open_report is None:
            return None
        if self.before_compile is not None and not self.before_compile():
            return None
        try:
            changed = self.runner.run(synthesis.draft_synthesis, outline_id)
        except UserError as exc:
            self._failed(exc)
            return None
        self.open_report(changed.report_id)
        parent = self.parentWidget()
        if parent is not None:
            parent.raise_()
            parent.activateWindow()
        return changed.report_id

    def export_units_to(self, out: str | Path) -> None:
        self._write_file(synthesis.export_units_annex, out, self.tr("Writing the units' reports…"))

    def _choose_annex_target(self) -> None:
        if self.before_compile is not None and not self.before_compile():
            return
        path = file_dialogs.save_file(self, self.tr("Units' reports"), "tap-bao-cao-cac-don-vi.docx",
                                      "Word (*.docx);;PDF (*.pdf)")
        if path:
            self.export_units_to(path)

    # ---- drag and drop -----------------------------------------------------------------------
    @staticmethod
    def _bundle_paths(event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in BUNDLE_SUFFIXES]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._bundle_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = self._bundle_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        join([t for t in self._tasks if t.is_running()])
        self._tasks.clear()
        super().closeEvent(event)


def _is_encrypted_file(path: Path) -> bool:
    from models.bundle_crypto import MAGIC

    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False  # the import itself reports the unreadable file
