"""Asks the officer's name once per session (a shared PC: several officers, one Windows account)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.retranslate import Retranslatable


class OfficerDialog(Retranslatable, QDialog):
    def __init__(self, suggested: str = "", recent: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems([n for n in (recent or []) if n])
        self.name.setEditText(suggested)
        self.name.setMinimumWidth(360)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self.retranslate_ui()


    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Who is working?"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.label.setText(self.tr("Your full name is recorded with each saved version of the report."))
        self.name.lineEdit().setPlaceholderText(self.tr("Officer's full name"))

    def officer_name(self) -> str:
        return self.name.currentText().strip()

    def _accept(self) -> None:
        if self.officer_name():
            self.accept()


def ask_officer_name(parent: QWidget | None, suggested: str, recent: list[str]) -> str | None:
    dialog = OfficerDialog(suggested, recent, parent)
    return dialog.officer_name() if dialog.exec() else None
