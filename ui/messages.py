"""Message boxes whose buttons speak the UI language (Qt ships no Vietnamese for its own buttons).

Tests stub ``QMessageBox.exec``; the box's text is available as ``box.text()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate
Button = QMessageBox.StandardButton


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, Button.Ok, parent)
    box.button(Button.Ok).setText(translate("Messages", "OK"))
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text).exec()


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """Ask before doing something; the safe answer ("Cancel") is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.Yes | Button.Cancel, parent)
    box.button(Button.Yes).setText(yes_text)
    box.button(Button.Cancel).setText(translate("Messages", "Cancel"))
    box.setDefaultButton(Button.Cancel)
    return box.exec() == Button.Yes
