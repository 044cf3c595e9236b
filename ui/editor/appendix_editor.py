"""Appendix tables (Phụ lục): a simple grid editor. Pick a table, edit its title, column headers
(double-click a header), cells and note; add or remove tables, rows and columns."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from models.report import AppendixTable
from ui.text_prompt import ask_text


class AppendixEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._tables: list[AppendixTable] = []
        self._current = -1
        self._loading = False
        self._read_only = False
        self.picker = QComboBox(self)
        self.picker.currentIndexChanged.connect(self._show_table)
        self.add_table_button = QPushButton(self.tr("New table"), self)
        self.add_table_button.clicked.connect(self.add_table)
        self.remove_table_button = QPushButton(self.tr("Delete table"), self)
        self.remove_table_button.clicked.connect(self.remove_table)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title, e.g. \"Phụ lục I: …\""))
        self.title.textEdited.connect(self._on_edit)
        self.grid = QTableWidget(0, 0, self)
        self.grid.itemChanged.connect(lambda _i: self._on_edit())
        self.grid.horizontalHeader().sectionDoubleClicked.connect(self.rename_column)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note under the table (optional)"))
        self.note.textEdited.connect(self._on_edit)
        self.buttons: list[QPushButton] = []
        row_bar = QHBoxLayout()
        for label, slot in ((self.tr("Add row"), self.add_row), (self.tr("Remove row"), self.remove_row),
                            (self.tr("Add column"), self.add_column),
                            (self.tr("Remove column"), self.remove_column),
                            (self.tr("Rename column"), lambda: self.rename_column(self.grid.currentColumn()))):
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            row_bar.addWidget(button)
            self.buttons.append(button)
        row_bar.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Appendix table:"), self))
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_table_button)
        top.addWidget(self.remove_table_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addLayout(row_bar)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.note)
        self._refresh_enabled()

    # ---- model <-> widgets ------------------------------------------------------------------
    def set_tables(self, tables: list[AppendixTable]) -> None:
        self._tables = [AppendixTable(t.title, list(t.columns), [list(r) for r in t.rows], t.note)
                        for t in tables]
        self._current = -1
        self._reload_picker(0 if self._tables else -1)

    def tables(self) -> list[AppendixTable]:
        self._store_current()
        return [AppendixTable(t.title, list(t.columns), [list(r) for r in t.rows], t.note)
                for t in self._tables]

    def _reload_picker(self, index: int) -> None:
        self._loading = True
        self.picker.clear()
        for i, table in enumerate(self._tables):
            self.picker.addItem(table.title or self.tr("Table {0}").format(i + 1))
        self._loading = False
        self._current = -1
        if index >= 0:
            self.picker.setCurrentIndex(index)
        self._show_table(index)

    def _store_current(self) -> None:
        if not (0 <= self._current < len(self._tables)):
            return
        grid = self.grid
        columns = [(grid.horizontalHeaderItem(c).text() if grid.horizontalHeaderItem(c) else "")
                   for c in range(grid.columnCount())]
        rows = [[(grid.item(r, c).text() if grid.item(r, c) else "") for c in range(grid.columnCount())]
                for r in range(grid.rowCount())]
        self._tables[self._current] = AppendixTable(self.title.text(), columns, rows, self.note.text())

    def _show_table(self, index: int) -> None:
        if self._loading:
            return
        self._store_current()
        self._loading = True
        self._current = index
        if 0 <= index < len(self._tables):
            table = self._tables[index]
            self.title.setText(table.title)
            self.note.setText(table.note)
            self.grid.setColumnCount(len(table.columns))
            self.grid.setHorizontalHeaderLabels(table.columns)
            self.grid.setRowCount(len(table.rows))
            for r, row in enumerate(table.rows):
                for c in range(len(table.columns)):
                    self.grid.setItem(r, c, QTableWidgetItem(row[c] if c < len(row) else ""))
        else:
            self.title.clear()
            self.note.clear()
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
        self._loading = False
        self._refresh_enabled()

    # ---- operations -------------------------------------------------------------------------
    def add_table(self) -> None:
        self._store_current()
        n = len(self._tables) + 1
        self._tables.append(AppendixTable(title=f"Phụ lục {n}", columns=["TT", "Nội dung", "Kết quả"],
                                          rows=[["1", "", ""]]))
        self._reload_picker(len(self._tables) - 1)
        self.changed.emit()

    def remove_table(self) -> None:
        if 0 <= self._current < len(self._tables):
            del self._tables[self._current]
            self._current = -1
            self._reload_picker(min(len(self._tables) - 1, 0) if self._tables else -1)
            self.changed.emit()

    def add_row(self) -> None:
        if self._current < 0:
            return
        self.grid.insertRow(self.grid.rowCount())
        self._on_edit()

    def remove_row(self) -> None:
        row = self.grid.currentRow() if self.grid.currentRow() >= 0 else self.grid.rowCount() - 1
        if self._current >= 0 and row >= 0:
            self.grid.removeRow(row)
            self._on_edit()

    def add_column(self, name: str = "") -> None:
        if self._current < 0:
            return
        col = self.grid.columnCount()
        self.grid.insertColumn(col)
        self.grid.setHorizontalHeaderItem(col, QTableWidgetItem(name or self.tr("Column {0}").format(col + 1)))
        self._on_edit()

    def remove_column(self) -> None:
        col = self.grid.currentColumn() if self.grid.currentColumn() >= 0 else self.grid.columnCount() - 1
        if self._current >= 0 and col >= 0:
            self.grid.removeColumn(col)
            self._on_edit()

    def rename_column(self, col: int, name: str | None = None) -> None:
        if self._read_only or not (0 <= col < self.grid.columnCount()):
            return
        header = self.grid.horizontalHeaderItem(col)
        if name is None:
            name = ask_text(self, self.tr("Column name"), self.tr("Column name:"),
                            header.text() if header else "")
            if name is None:
                return
        self.grid.setHorizontalHeaderItem(col, QTableWidgetItem(name))
        self._on_edit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._refresh_enabled()

    def _refresh_enabled(self) -> None:
        editable = not self._read_only
        has_table = 0 <= self._current < len(self._tables)
        self.add_table_button.setEnabled(editable)
        self.remove_table_button.setEnabled(editable and has_table)
        for button in self.buttons:
            button.setEnabled(editable and has_table)
        self.title.setReadOnly(not editable)
        self.note.setReadOnly(not editable)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if not editable else
                                  QTableWidget.EditTrigger.DoubleClicked
                                  | QTableWidget.EditTrigger.EditKeyPressed
                                  | QTableWidget.EditTrigger.AnyKeyPressed)

    def _on_edit(self) -> None:
        if self._loading or self._read_only:
            return
        self._store_current()
        if 0 <= self._current < len(self._tables):
            self.picker.setItemText(self._current, self._tables[self._current].title
                                    or self.tr("Table {0}").format(self._current + 1))
        self.changed.emit()
