"""Footnotes of an item: "Chèn chú thích" puts ``[^N]`` at the cursor (shown as a raised number)
and adds a row here where the officer types the footnote's text (usually the legal document it
cites). Shown in the "Chú thích" tab under the text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from models.report import Footnote


def next_footnote_id(footnotes: list[Footnote], text: str = "") -> str:
    """The smallest positive integer id not used by a footnote or an anchor in the text."""
    from models.report import FOOTNOTE_ANCHOR

    used = {f.id for f in footnotes} | set(FOOTNOTE_ANCHOR.findall(text))
    n = 1
    while str(n) in used:
        n += 1
    return str(n)


class FootnotesWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Footnote text")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(30)
        self.table.itemChanged.connect(self._on_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def set_footnotes(self, footnotes: list[Footnote]) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for fn in footnotes:
            self._append(fn.id, fn.text)
        self._loading = False

    def _append(self, fid: str, text: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        id_item = QTableWidgetItem(fid)
        id_item.setFlags(id_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, id_item)
        self.table.setItem(row, 1, QTableWidgetItem(text))
        return row

    def add(self, fid: str, text: str = "") -> None:
        self._loading = True
        row = self._append(fid, text)
        self._loading = False
        self.table.setCurrentCell(row, 1)
        self.changed.emit()

    def edit_last(self) -> None:
        row = self.table.rowCount() - 1
        if row >= 0:
            self.table.setFocus()
            self.table.editItem(self.table.item(row, 1))

    def set_text(self, fid: str, text: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == fid:
                self.table.item(row, 1).setText(text)

    def footnotes(self) -> list[Footnote]:
        return [Footnote(id=self.table.item(r, 0).text(), text=self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]

    def _on_changed(self, _item) -> None:
        if not self._loading:
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if read_only else
                                   QTableWidget.EditTrigger.DoubleClicked
                                   | QTableWidget.EditTrigger.EditKeyPressed
                                   | QTableWidget.EditTrigger.AnyKeyPressed)
