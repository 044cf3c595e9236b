"""Key figures of an item (label, value, unit), validated the Vietnamese way.

A value is checked with `models.numbers.parse_vn_number`: "957.600", "95,17", "95,17%", "57/96".
A bad value is shown in red with the Vietnamese message from the UserError and is left out of the
saved answer until it is corrected (the row stays on screen).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from models.errors import UserError
from models.numbers import parse_vn_number
from models.report import Figure

LABEL, VALUE, UNIT = range(3)
ERROR_COLOR = QColor("#b00020")


def check_value(text: str) -> str | None:
    """None when the value is a valid Vietnamese figure, else the user-facing message."""
    try:
        parse_vn_number(text)
    except UserError as err:
        return str(err)
    return None


class FiguresTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value"), self.tr("Unit")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(30)
        self.table.itemChanged.connect(self._on_item_changed)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.add_button = QPushButton(self.tr("Add figure"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove figure"), self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.table, 1)
        column.addWidget(self.error)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(column, 1)
        layout.addLayout(buttons)

    def set_figures(self, figures: list[Figure]) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for fig in figures:
            self._append(fig.label, fig.value, fig.unit)
        self._loading = False
        self._validate()

    def _append(self, label: str, value: str, unit: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in ((LABEL, label), (VALUE, value), (UNIT, unit)):
            self.table.setItem(row, col, QTableWidgetItem(text))
        return row

    def add_row(self) -> None:
        self._loading = True
        row = self._append("", "", "")
        self._loading = False
        self.table.setCurrentCell(row, LABEL)
        self.table.editItem(self.table.item(row, LABEL))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._validate()
            self.changed.emit()

    def set_value(self, row: int, col: int, text: str) -> None:
        """Programmatic edit (as if typed), used by tests and paste."""
        self.table.item(row, col).setText(text)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._validate()
        self.changed.emit()

    def _validate(self) -> list[str]:
        messages: list[str] = []
        self._loading = True
        for row in range(self.table.rowCount()):
            item = self.table.item(row, VALUE)
            if item is None:
                continue
            value = item.text().strip()
            problem = check_value(value) if (value or self._text(row, LABEL)) else None
            item.setForeground(QBrush(ERROR_COLOR) if problem else QBrush())
            item.setToolTip(problem or "")
            if problem:
                messages.append(f"{self._text(row, LABEL) or row + 1}: {problem}")
        self._loading = False
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))
        return messages

    def errors(self) -> list[str]:
        return self._validate()

    def figures(self) -> list[Figure]:
        """Only the valid rows: what is saved."""
        out: list[Figure] = []
        for row in range(self.table.rowCount()):
            label, value, unit = (self._text(row, c) for c in (LABEL, VALUE, UNIT))
            if value and check_value(value) is None:
                out.append(Figure(label=label, value=value, unit=unit))
        return out

    def set_read_only(self, read_only: bool) -> None:
        triggers = (QTableWidget.EditTrigger.NoEditTriggers if read_only else
                    QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
                    | QTableWidget.EditTrigger.AnyKeyPressed)
        self.table.setEditTriggers(triggers)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
