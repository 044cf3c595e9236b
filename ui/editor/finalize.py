"""The "missing items" dialog shown when "Hoàn thành" (finalize) is refused: it lists every
applicable item that is neither filled nor marked không phát sinh, and jumps to the one picked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)


class MissingItemsDialog(QDialog):
    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None):
        """`items`: (key, label) pairs in document order."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report not complete"))
        self.resize(640, 420)
        self.chosen_key: str | None = None
        intro = QLabel(self.tr("These {0} items are neither filled in nor marked \"nothing to "
                               "report\". Pick one to go to it.").format(len(items)), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for key, label in items:
            row = QListWidgetItem(label)
            row.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(row)
        if items:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(self)
        self.go_button = buttons.addButton(self.tr("Go to item"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        item = self.list.currentItem()
        self.chosen_key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        super().accept()
