"""The report editor page: outline tree on the left, the selected item in the middle, a side panel
of tabs (the previous period's answer; room for more panels) on the right. No save button: see
desktop/autosave.py for when saves and history checkpoints happen; Ctrl+S saves at once and says so.

The shell hosts this page in its QStackedWidget, hands it the window's operations runner (every
save, finalize, reopen and restore goes through it; the page redraws from the `Changed` values it
publishes) and its file actions (print, DOCX, PDF, bundle: `set_file_actions`), and wires:
``back_requested`` (show the list), ``saved(iso)``, ``status_message(text)``,
``report_changed(id)`` (status changed), and calls ``flush()`` before leaving the page or closing
the window. Hiding the page (a page switch, the window closing; not a minimise) also runs
``close_report()``: flush plus a history checkpoint when something changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSplitter,
                               QStackedWidget, QStyle, QToolBar, QVBoxLayout, QWidget)

from desktop.autosave import Autosaver
from desktop.ops import Changed, editing
from models.errors import UserError
from models.outline import Outline
from models.report import Answer, Report
from ui.fonts import emphasize
from ui.ops_runner import OpsRunner

from .appendix_editor import AppendixEditor
from .item_editor import ItemEditor
from .outline_panel import APPENDIX_KEY, OutlinePanel
from .previous_panel import PreviousPanel
from .province_extras import ProvinceExtras
from .search import Hit, SearchBar
from .side_panel import SidePanel
from .status_actions import ReportStatusActions

SAVED_STYLE = "color: #2e7d32;"
PENDING_STYLE = "color: #8a5300;"
FLASH_STYLE = "color: white; background: #2e7d32; padding: 0 4px;"


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


class EditorPage(ReportStatusActions, QWidget):
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
        self.autosaver.pending_changed.connect(self._on_pending)
        self._build()
        self.autosaver.answer_saved.connect(self.outline_panel.mark_saved)
        QApplication.instance().applicationStateChanged.connect(self._on_app_state)

    # ---- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Reports"), self)
        self.back_button.setToolTip(self.tr("Back to the list of reports (everything is saved)"))
        self.back_button.clicked.connect(self.go_back)
        self.heading = ElidedLabel(self)
        emphasize(self.heading)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("save_state")
        self.file_bar = QToolBar(self)  # print / export actions from the window (set_file_actions)
        self.file_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
                                      self.tr("History…"), self)
        self.history_action.setToolTip(self.tr("Who saved what and when; bring back an earlier text"))
        self.history_action.triggered.connect(self.show_history)
        self.finalize_button = QPushButton(self.tr("Finalize…"), self)
        self.finalize_button.setToolTip(self.tr("Check what the final copy prints, then mark the report "
                                                "as complete (read-only)"))
        self.finalize_button.clicked.connect(self.finalize)
        self.reopen_button = QPushButton(self.tr("Reopen to edit"), self)
        self.reopen_button.clicked.connect(lambda: self.reopen())
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.file_bar)
        top.addWidget(self.finalize_button)
        top.addWidget(self.reopen_button)

        self.banner = QLabel(self.tr("Report finalized — view only"), self)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px; font-weight: bold;")
        self.banner.hide()
        self.sample_bar = QWidget(self)
        self.sample_bar.setStyleSheet("background: #e3f2fd;")
        self.sample_text = QLabel(self.tr("This is the sample report (Báo cáo mẫu), to look around: its unit "
                                          "and signer are a sample's, not yours."), self.sample_bar)
        self.sample_text.setWordWrap(True)
        self.delete_sample_button = QPushButton(self.tr("Delete the sample report"), self.sample_bar)
        self.delete_sample_button.clicked.connect(self.delete_sample)
        sample_row = QHBoxLayout(self.sample_bar)
        sample_row.setContentsMargins(6, 3, 6, 3)
        sample_row.addWidget(self.sample_text, 1)
        sample_row.addWidget(self.delete_sample_button)
        self.sample_bar.hide()
        self.search_bar = SearchBar(self)
        self.search_bar.set_source(self._search_source)
        self.search_bar.hit_chosen.connect(self.go_to_hit)
        self.search_bar.hide()

        self.outline_panel = OutlinePanel(self)
        self.outline_panel.item_selected.connect(self._on_item_selected)
        self.item_editor = ItemEditor(self)
        self.item_editor.tools.addWidget(self.saved_label)  # beside the text: "Đang soạn…" / "Đã lưu lúc …"
        self.item_editor.changed.connect(self._on_item_edited)
        self.item_editor.focus_left.connect(self._save_now_quietly)
        self.previous_panel = PreviousPanel(self)
        self.previous_panel.toggle.hide()  # the side panel's splitter handles collapsing
        self.previous_panel.copy_requested.connect(self.copy_previous)
        self.side_panel = SidePanel(self)
        self.side_panel.add_panel(self.previous_panel, self.tr("Previous period"))
        self.province = ProvinceExtras(self, self._store, self._on_saved)  # indicators, units' answers
        self.appendix_editor = AppendixEditor(self)
        self.appendix_editor.changed.connect(
            lambda: self.autosaver.schedule_appendices(self.appendix_editor.tables()))
        self.item_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.item_split.addWidget(self.item_editor)
        self.item_split.addWidget(self.side_panel)
        self.item_split.setStretchFactor(0, 3)
        self.item_split.setStretchFactor(1, 1)
        self.item_split.setSizes([640, 260])
        self.right = QStackedWidget(self)
        self.right.addWidget(self.item_split)
        self.right.addWidget(self.appendix_editor)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.outline_panel)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([360, 900])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.sample_bar)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.split, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.next_shortcut = QShortcut(QKeySequence("Ctrl+Down"), self, self.go_next_empty, context=context)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, self.search_bar.open_bar,
                                       context=context)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save_now, context=context)
        for widget in (self.item_editor.text, self.outline_panel.tree):
            widget.installEventFilter(self)

    def set_file_actions(self, actions: list[QAction]) -> None:
        """The window's print / export actions, shown in the page's bar (folded into » when narrow)."""
        self.file_bar.clear()
        for action in actions:
            self.file_bar.addAction(action)
        self.file_bar.addAction(self.history_action)

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
        self.side_panel.set_panel_available(self.previous_panel, self._previous is not None)
        if self._previous is not None:
            self.previous_panel.set_period(self._previous.period)
        title = report.title or self._outline.title
        self.heading.setText(f"{report.period} — {title}" if report.period else title)
        self.heading.setToolTip(title)
        self.saved_label.setStyleSheet(SAVED_STYLE)
        self.saved_label.setText(self.tr("Everything is saved"))
        self.sample_bar.setVisible(self._store.is_sample(report_id))
        self._current = None
        self.outline_panel.set_outline(self._outline, report.unit_type, report.answers)
        self.appendix_editor.set_tables(report.appendices)
        self.province.open_report(report, self._outline)
        self._apply_status()
        first = self.outline_panel.next_empty(None) or next(iter(self.outline_panel.applicable_leaves()),
                                                            None)
        if first:
            self.select_item(first)

    def flush(self) -> bool:
        """Save pending edits now. True when nothing is left unsaved."""
        return self.autosaver.flush()

    def save_now(self) -> bool:
        """Ctrl+S: save at once and show it (the save state flashes green)."""
        if self._report is None:
            return False
        if self._current is not None and self._current != APPENDIX_KEY and not self.is_read_only():
            self.autosaver.schedule(self.item_editor.answer())
        ok = self.flush()
        if ok:
            when = self.autosaver.last_saved_at
            text = (self.tr("Saved at {0}").format(_hhmmss(when)) if when
                    else self.tr("Everything is saved"))
            self.saved_label.setText(text)
            self.saved_label.setStyleSheet(FLASH_STYLE)
            label = self.saved_label
            QTimer.singleShot(900, label, lambda: label.setStyleSheet(SAVED_STYLE))  # dropped with the label
            self.status_message.emit(text)
        return ok

    def _save_now_quietly(self) -> None:
        """The text lost the focus (another field, another window): save what is pending."""
        if self.autosaver.has_pending:
            self.flush()

    def _on_app_state(self, state) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self._save_now_quietly()

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
        self.province.leave_item()
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
        self.province.item_selected(node)
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

    # ---- status -----------------------------------------------------------------------------
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
        self.province.set_read_only(final)

    def _reload_status(self) -> None:
        if self._report is not None:
            self._report = self._store.get_report(self._report.id)
            self._apply_status()
            self.report_changed.emit(self._report.id)

    def _on_changed(self, changed: Changed) -> None:
        """Redraw when an operation changed the open report's status or rewrote its answers."""
        self.province.on_changed(changed)
        if self._report is None or changed.report_id != self._report.id:
            return
        if changed.content:
            self.reload()
        elif changed.status:
            self._reload_status()

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
    def _on_pending(self, pending: bool) -> None:
        if pending:
            self.saved_label.setStyleSheet(PENDING_STYLE)
            self.saved_label.setText(self.tr("Writing…"))
            self.saved_label.setToolTip(self.tr("Saved automatically within 2 seconds (Ctrl+S saves now)"))

    def _on_saved(self, iso: str) -> None:
        text = self.tr("Saved at {0}").format(_hhmmss(iso))
        self.saved_label.setStyleSheet(SAVED_STYLE)
        self.saved_label.setText(text)
        self.saved_label.setToolTip(self.tr("Everything typed is on disk"))
        self.saved.emit(iso)

    def _on_save_failed(self, message: str) -> None:
        self.saved_label.setStyleSheet("color: #b00020;")
        self.saved_label.setText(self.tr("Not saved"))
        self.saved_label.setToolTip(message)
        self.status_message.emit(message)
