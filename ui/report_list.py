"""The home screen: every report with its unit, period, status, completeness and deadline.

A "Show deleted reports" toggle switches the list to the deleted ones, which can be restored.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QStyle, QStyledItemDelegate, QStyleOptionProgressBar,
                               QStyleOptionViewItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from models import clock
from models.clock import days_until
from ui.fonts import emphasize

OVERDUE_COLOR = QColor("#c62828")
SOON_COLOR = QColor("#e65100")
SAMPLE_COLOR = QColor("#1565c0")
ID_ROLE = Qt.ItemDataRole.UserRole
RATIO_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 7


translate = QCoreApplication.translate


def status_text(status: str, deleted: bool = False, sample: bool = False) -> str:
    if deleted:
        return translate("ReportList", "Deleted")
    if sample:
        return translate("ReportList", "Sample report")
    return translate("ReportList", "Completed") if status == "final" else translate("ReportList", "Draft")


def deadline_text(deadline: str | None, today: date, status: str = "draft") -> tuple[str, bool]:
    """("còn 3 ngày" / "quá hạn 2 ngày" / "hạn hôm nay", overdue?) for a draft; the date for a final report."""
    days = days_until(deadline, today)
    if days is None:
        return "—", False
    if status == "final":
        return format_date(deadline), False
    if days > 0:
        return translate("ReportList", "%n day(s) left", None, days), False
    if days == 0:
        return translate("ReportList", "due today"), False
    return translate("ReportList", "%n day(s) overdue", None, -days), True


def format_date(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        value = datetime.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    if len(str(iso)) <= 10:
        return value.strftime("%d/%m/%Y")
    return value.strftime("%d/%m/%Y %H:%M")


class _ProgressDelegate(QStyledItemDelegate):
    """Draws the completeness ratio as a progress bar with its percentage."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        ratio = index.data(RATIO_ROLE)
        if ratio is None:
            return super().paint(painter, option, index)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 5, -4, -5)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = int(round(float(ratio) * 100))
        bar.text = f"{bar.progress}%"
        bar.textVisible = True
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class ReportListPage(QWidget):
    """Lists reports; emits ``open_requested(report_id)`` on double-click / Enter."""

    open_requested = Signal(str)
    selection_changed = Signal()
    restore_requested = Signal(str)

    def __init__(self, store: Any, parent: QWidget | None = None, today: Callable[[], date] = clock.today):
        super().__init__(parent)
        self.store = store
        self._today = today
        self._summaries: list[Any] = []
        self._stale = False
        self.title = QLabel()
        emphasize(self.title, scale=1.5)
        self.count_label = QLabel()
        self.show_deleted = QCheckBox()
        self.show_deleted.toggled.connect(self.refresh)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self._restore_clicked)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(4, _ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.table.itemSelectionChanged.connect(self._selection_changed)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.show_deleted)
        filters.addStretch(1)
        filters.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.retranslate_ui()
        self.refresh()

    # ---- i18n ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and self._summaries:
            self.table.resizeColumnsToContents()  # a new font size: rows and columns follow
            self._fit_columns()
            self.table.resizeRowsToContents()
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # redraw the rows when shown again
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        self.redraw_if_stale()
        super().showEvent(event)

    def on_changed(self, changed: Any) -> None:
        """A `Changed` from the operations runner: redraw now, or when shown again if hidden."""
        if not changed.report_list:
            return
        if self.isHidden():
            self._stale = True
        else:
            self.refresh()

    def redraw_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.show_deleted.setText(self.tr("Show deleted reports"))
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Bring the selected deleted report back to the list"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Unit"), self.tr("Period"), self.tr("Outline"), self.tr("Status"),
            self.tr("Completeness"), self.tr("Deadline"), self.tr("Last saved")])

    # ---- data ----------------------------------------------------------------------------------
    @property
    def showing_deleted(self) -> bool:
        return self.show_deleted.isChecked()

    def refresh(self) -> None:
        self._stale = False
        selected = self.selected_report_id()
        everything = self.store.list_reports(include_deleted=self.showing_deleted)
        if self.showing_deleted:
            self._summaries = [s for s in everything if s.deleted_at]
        else:
            self._summaries = [s for s in everything if not s.deleted_at]
        self._summaries.sort(key=lambda s: s.updated_at or "", reverse=True)
        today = self._today()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self._summaries))
        for row, summary in enumerate(self._summaries):
            self._fill_row(row, summary, today)
        self.table.resizeColumnsToContents()
        self._fit_columns()
        self.table.resizeRowsToContents()
        self.count_label.setText(self.tr("%n report(s)", "", len(self._summaries)))
        self.empty_label.setVisible(not self._summaries)
        self.empty_label.setText(self.tr("No deleted reports.") if self.showing_deleted else
                                 self.tr("No reports yet. Click \"New report\" to start one."))
        self.restore_button.setVisible(self.showing_deleted)
        if selected:
            self.select_report(selected)
        elif self._summaries:
            self.table.selectRow(0)
        self._selection_changed()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        caps = {0: 300, 1: 200, 3: 130, 4: 140, 5: 170, 6: 170}
        for column, cap in caps.items():
            header.resizeSection(column, min(max(header.sectionSize(column) + 12, 90), cap))
        header.resizeSection(4, 130)

    def _fill_row(self, row: int, summary: Any, today: date) -> None:
        deleted = bool(summary.deleted_at)
        deadline, overdue = deadline_text(summary.deadline, today, summary.status)
        if summary.sample:  # the sample's letter is an example: its deadline never runs out
            deadline, overdue = self.tr("(sample)"), False
        cells = [summary.unit_name or "—", summary.period or "", summary.title or summary.outline_title or "",
                 status_text(summary.status, deleted, summary.sample), "", deadline,
                 format_date(summary.updated_at)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, summary.id)
            if column == 2:
                item.setToolTip(summary.outline_title or "")
            if column == 4:
                item.setData(RATIO_ROLE, float(summary.completeness or 0.0))
            if column == 3 and summary.status == "final" and not deleted:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if summary.sample and not deleted:
                item.setForeground(QBrush(SAMPLE_COLOR))
                item.setToolTip(self.tr("The sample report, to look around; it can be deleted."))
            if column == 5 and summary.deadline and not summary.sample:
                item.setToolTip(self.tr("Deadline: %1").replace("%1", format_date(summary.deadline)))
                if overdue:
                    item.setForeground(QBrush(OVERDUE_COLOR))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
            if deleted:
                item.setForeground(QBrush(QColor("#757575")))
            self.table.setItem(row, column, item)

    # ---- selection -----------------------------------------------------------------------------
    def selected_summary(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._summaries[row] if 0 <= row < len(self._summaries) else None

    def selected_report_id(self) -> str | None:
        summary = self.selected_summary()
        return summary.id if summary else None

    def select_report(self, report_id: str) -> bool:
        for row, summary in enumerate(self._summaries):
            if summary.id == report_id:
                self.table.selectRow(row)
                return True
        return False

    def summaries(self) -> list[Any]:
        return list(self._summaries)

    def row_texts(self, row: int) -> list[str]:
        return [self.table.item(row, c).text() if self.table.item(row, c) else "" for c in range(COLUMNS)]

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self._summaries) and not self._summaries[row].deleted_at:
            self.open_requested.emit(self._summaries[row].id)

    def _selection_changed(self) -> None:
        summary = self.selected_summary()
        self.restore_button.setEnabled(bool(summary and summary.deleted_at))
        self.selection_changed.emit()

    def _restore_clicked(self) -> None:
        report_id = self.selected_report_id()
        if report_id:
            self.restore_requested.emit(report_id)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            summary = self.selected_summary()
            if summary and not summary.deleted_at:
                self.open_requested.emit(summary.id)
                return
        super().keyPressEvent(event)
