"""A small question with a text field: a reason, a column name, a passphrase.

Unlike QInputDialog its explanation wraps (a long sentence never widens the window past the
screen) and its buttons speak the UI language. A passphrase being *created* is typed twice.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget)

from ui.screen_fit import fit_to_screen

WIDTH = 520


class PromptDialog(QDialog):
    """``check(text, repeat)`` returns an error message to show, or "" to accept."""

    def __init__(self, parent: QWidget | None, title: str, label: str, text: str = "", *,
                 password: bool = False, repeat_label: str = "", ok_text: str = "",
                 check: Callable[[str, str], str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._check = check
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.edit = QLineEdit(text)
        self.repeat = QLineEdit()
        self.repeat_label = QLabel(repeat_label)
        self.repeat_label.setWordWrap(True)
        for edit in (self.edit, self.repeat):
            if password:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.repeat_label)
        layout.addWidget(self.repeat)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.repeat_label.setVisible(bool(repeat_label))
        self.repeat.setVisible(bool(repeat_label))
        self.label.setMinimumWidth(280)
        height = self.layout().totalHeightForWidth(WIDTH)  # the wrapped explanation, not one long line
        fit_to_screen(self, WIDTH, height if height > 0 else self.sizeHint().height())

    def value(self) -> str:
        return self.edit.text()

    def _accept(self) -> None:
        problem = self._check(self.edit.text(), self.repeat.text()) if self._check else ""
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "", **kwargs) -> str | None:
    """The text typed, or None when cancelled."""
    dialog = PromptDialog(parent, title, label, text, **kwargs)
    return dialog.value() if dialog.exec() else None
