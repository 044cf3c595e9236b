"""The report editor page: outline tree on the left, the selected item on the right, the previous
period's answer beside it. No save button: see desktop/autosave.py for when saves and history
checkpoints happen.

The shell hosts this page in its QStackedWidget, hands it the window's operations runner (every
save, finalize, reopen and restore goes through it; the page redraws from the `Changed` values it
publishes) and wires: ``back_requested`` (show the list), ``saved(iso)`` (status bar "Đã lưu lúc
HH:MM:SS"), ``status_message(text)``, ``report_changed(id)`` (status changed), and calls
``flush()`` before leaving the page or closing the window. Hiding the page (a page switch, the window closing; not a minimise) also runs
``close_report()``: flush plus a history checkpoint when something changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton,
                               QSizePolicy, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from desktop.autosave import Autosaver
from desktop.ops import Changed, editing
from models.errors import UserError
from models.outline import Outline
from models.report import Answer, Report
from ui.ops_runner import OpsRunner

from .appendix_editor import AppendixEditor
from .finalize import MissingItemsDialog
from .item_editor import ItemEditor
from .outline_panel import APPENDIX_KEY, OutlinePanel
from .previous_panel import PreviousPanel
from .search import Hit, SearchBar


def _hhmmss(iso: str) -> str:
    return iso[11:19] if len(iso) >= 19 else iso


class ElidedLabel(QLabel):
    """One line that ends in "…" when too long, so a long report title never widens the window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)


class EditorPage(QWidget):
    back_requested = Signal()
    saved = Signal(str)  # ISO time of the last durable save
    status_message = Signal(str)
    report_changed = Signal(str)  # report id: status or content changed (refresh the list)

    def __init__(self, store, officer_provider: Callable[[], str], parent: QWidget | None = None,
                 runner: OpsRunner | None = None):
        super().__init__(parent)
        self._store = store
        self._officer = officer_provider
        self.runner = runner or OpsRunner(store, self)
        self.runner.changed.connect(self._on_changed)
        self._report: Report | None = None
        self._outline: Outline | None = None
        self._current: str | None = None
        self._previous: editing.PreviousPeriod | None = None
        self.autosaver = Autosaver(store, officer_provider, self, run=self.runner.run)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)
        self._build()

    # ---- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Reports"), self)
        self.back_button.setToolTip(self.tr("Back to the list of reports (everything is saved)"))
        self.back_button.clicked.connect(self.go_back)
        self.heading = ElidedLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.saved_label = QLabel(self)
        self.saved_label.setStyleSheet("color: #2e7d32;")
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.clicked.connect(self.show_history)
        self.finalize_button = QPushButton(self.tr("Finalize"), self)
        self.finalize_button.setToolTip(self.tr("Mark the report as complete (read-only)"))
        self.finalize_button.clicked.connect(self.finalize)
        self.reopen_button = QPushButton(self.tr("Reopen to edit"), self)
        self.reopen_button.clicked.connect(lambda: self.reopen())
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.saved_label)
        top.addWidget(self.history_button)
        top.addWidget(self.finalize_button)
        top.addWidget(self.reopen_button)

        self.banner = QLabel(self.tr("Report finalized — view only"), self)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; font-weight: bold;")
        self.banner.hide()
        self.search_bar = SearchBar(self)
        self.search_bar.set_source(self._search_source)
        self.search_bar.hit_chosen.connect(self.go_to_hit)
        self.search_bar.hide()

        self.outline_panel = OutlinePanel(self)
        self.outline_panel.item_selected.connect(self._on_item_selected)
        self.item_editor = ItemEditor(self)
        self.item_editor.changed.connect(self._on_item_edited)
        self.previous_panel = PreviousPanel(self)
        self.previous_panel.copy_requested.connect(self.copy_previous)
        self.appendix_editor = AppendixEditor(self)
        self.appendix_editor.changed.connect(
            lambda: self.autosaver.schedule_appendices(self.appendix_editor.tables()))
        self.item_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.item_split.addWidget(self.item_editor)
        self.item_split.addWidget(self.previous_panel)
        self.item_split.setStretchFactor(0, 3)
        self.item_split.setStretchFactor(1, 1)
        self.item_split.setSizes([640, 300])
        self.right = QStackedWidget(self)
        self.right.addWidget(self.item_split)
        self.right.addWidget(self.appendix_editor)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.outline_panel)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([340, 1000])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.split, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.next_shortcut = QShortcut(QKeySequence("Ctrl+Down"), self, self.go_next_empty, context=context)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, self.search_bar.open_bar,
                                       context=context)
        for widget in (self.item_editor.text, self.outline_panel.tree):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Ctrl+Down inside the text editor or the tree (which may claim the key themselves)."""
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down and \
                event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.go_next_empty()
            return True
        return super().eventFilter(watched, event)

    # ---- opening and closing ----------------------------------------------------------------
    @property
    def report_id(self) -> str | None:
        return self._report.id if self._report is not None else None

    def open_report(self, report_id: str) -> None:
        if self._report is not None:
            self.close_report()
        report = self._store.get_report(report_id)
        self._report = report
        self._outline = self._store.get_outline(report.outline_id)
        self.autosaver.set_report(report_id, report.answers)
        try:
            self._previous = editing.previous_period(self._store, report_id)
        except UserError:
            self._previous = None
        self.previous_panel.setVisible(self._previous is not None)
        if self._previous is not None:
            self.previous_panel.set_period(self._previous.period)
        title = report.title or self._outline.title
        self.heading.setText(f"{report.period} — {title}" if report.period else title)
        self.heading.setToolTip(title)
        self.saved_label.clear()
        self._current = None
        self.outline_panel.set_outline(self._outline, report.unit_type, report.answers)
        self.appendix_editor.set_tables(report.appendices)
        self._apply_status()
        first = self.outline_panel.next_empty(None) or next(iter(self.outline_panel.applicable_leaves()),
                                                            None)
        if first:
            self.select_item(first)

    def flush(self) -> bool:
        """Save pending edits now. True when nothing is left unsaved."""
        return self.autosaver.flush()

    def close_report(self) -> None:
        """Flush and checkpoint; call before leaving the page or closing the window."""
        if self._report is None:
            return
        self._leave_current()
        self.autosaver.close()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt naming
        """The page leaves the screen (the shell switches page or the window closes, not a
        minimise): save and checkpoint as on "back"."""
        if not event.spontaneous():
            self.close_report()
        super().hideEvent(event)

    def go_back(self) -> None:
        self.close_report()
        self.back_requested.emit()

    # ---- items ------------------------------------------------------------------------------
    def select_item(self, key: str) -> bool:
        return self.outline_panel.select(key)

    def current_key(self) -> str | None:
        return self._current

    def _leave_current(self) -> None:
        if self._current is None or self._current == APPENDIX_KEY:
            self.autosaver.flush()
            return
        answer = self.item_editor.answer() if self.item_editor.key == self._current else None
        self.autosaver.flush()
        if not self.is_read_only():
            self.autosaver.item_left(answer)

    def _on_item_selected(self, key: str) -> None:
        if key == self._current or self._outline is None:
            return
        self._leave_current()
        self._current = key
        if key == APPENDIX_KEY:
            self.right.setCurrentWidget(self.appendix_editor)
            return
        node = self._outline.find(key)
        if node is None:
            return
        answer = self.outline_panel.answers().get(key) or Answer(node_key=key)
        self.item_editor.load(node, answer, self.outline_panel.is_applicable(key))
        if self._previous is not None:
            self.previous_panel.set_answer(self._previous.answers.get(key))
        self.right.setCurrentWidget(self.item_split)

    def _on_item_edited(self) -> None:
        answer = self.item_editor.answer()
        self.autosaver.schedule(answer)
        self.outline_panel.update_answer(answer)

    def go_next_empty(self) -> str | None:
        key = self.outline_panel.next_empty(self._current if self._current != APPENDIX_KEY else None)
        if key is None:
            self.status_message.emit(self.tr("Every item is filled in."))
            return None
        self.select_item(key)
        self.item_editor.text.setFocus()
        return key

    def copy_previous(self, answer: Answer) -> None:
        if self.is_read_only() or self._current is None:
            return
        self.item_editor.copy_from(Answer.from_dict({**answer.to_dict(), "node_key": self._current}))
        self.status_message.emit(self.tr("Copied the previous period's answer (Ctrl+Z to undo)."))

    # ---- search -----------------------------------------------------------------------------
    def _search_source(self):
        return (self._outline or Outline("", []), self.outline_panel.answers(),
                self._report.unit_type if self._report else None,
                self.outline_panel.show_all.isChecked())

    def go_to_hit(self, hit: Hit) -> None:
        self.select_item(hit.key)
        if hit.where == "text":
            self.item_editor.select_range(hit.start, hit.length)

    # ---- status: finalize / reopen / history ------------------------------------------------
    def is_read_only(self) -> bool:
        return self._report is not None and self._report.status == "final"

    def _apply_status(self) -> None:
        final = self.is_read_only()
        self.banner.setVisible(final)
        self.finalize_button.setVisible(not final)
        self.reopen_button.setVisible(final)
        self.item_editor.set_read_only(final)
        self.appendix_editor.set_read_only(final)
        self.previous_panel.set_read_only(final)

    def _reload_status(self) -> None:
        if self._report is not None:
            self._report = self._store.get_report(self._report.id)
            self._apply_status()
            self.report_changed.emit(self._report.id)

    def _on_changed(self, changed: Changed) -> None:
        """Redraw when an operation changed the open report's status or rewrote its answers."""
        if self._report is None or changed.report_id != self._report.id:
            return
        if changed.content:
            self.reload()
        elif changed.status:
            self._reload_status()

    def finalize(self) -> bool:
        if self._report is None:
            return False
        self._leave_current()
        try:
            self.runner.run(editing.finalize, self._report.id, self._officer())
        except editing.MissingItemsError as err:
            self._show_missing(err)
            return False
        except UserError as err:
            self._error(err)
            return False
        self.status_message.emit(self.tr("Report finalized."))
        return True

    def _show_missing(self, err: editing.MissingItemsError) -> None:
        dialog = MissingItemsDialog(list(zip(err.keys, err.lines)), self)
        if dialog.exec() and dialog.chosen_key:
            self.select_item(dialog.chosen_key)
            self.item_editor.text.setFocus()

    def reopen(self, reason: str | None = None) -> bool:
        if self._report is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Reopen to edit"),
                                              self.tr("Why is the report being reopened? "
                                                      "(kept in the history)"))
            if not ok:
                return False
        try:
            self.runner.run(editing.reopen, self._report.id, self._officer(), reason)
        except UserError as err:
            self._error(err)
            return False
        self.status_message.emit(self.tr("Report reopened for editing."))
        return True

    def show_history(self) -> None:
        if self._report is None:
            return
        from ui.history_dialog import HistoryDialog

        self._leave_current()
        self.autosaver.checkpoint("history")
        dialog = HistoryDialog(self._store, self._report.id, self._officer, self, runner=self.runner)
        dialog.exec()  # a restore reloads the page through the runner (_on_changed)

    def reload(self) -> None:
        """Re-read the report from the store (after a restore), keeping the current item."""
        if self._report is None:
            return
        key = self._current
        self.autosaver.flush()
        report_id = self._report.id
        self._report = None
        self.open_report(report_id)
        if key:
            self.select_item(key)
        self.report_changed.emit(report_id)

    # ---- feedback ---------------------------------------------------------------------------
    def _on_saved(self, iso: str) -> None:
        text = self.tr("Saved at {0}").format(_hhmmss(iso))
        self.saved_label.setStyleSheet("color: #2e7d32;")
        self.saved_label.setText(text)
        self.saved.emit(iso)
        self.status_message.emit(text)

    def _on_save_failed(self, message: str) -> None:
        self.saved_label.setStyleSheet("color: #b00020;")
        self.saved_label.setText(self.tr("Not saved"))
        self.saved_label.setToolTip(message)
        self.status_message.emit(message)

    def _error(self, err: UserError) -> None:
        QMessageBox.warning(self, self.tr("Cannot do that"), str(err))
