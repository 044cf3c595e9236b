"""The previous period's answer to the same item, beside the editor, with "Chép vào" (copy in).

Collapsible: the header button hides the body so the text editor gets the width back.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from models.report import Answer


def answer_preview(answer: Answer, nothing_label: str = "(không phát sinh)") -> str:
    """Plain text of an answer for reading: text, footnotes, figures."""
    parts: list[str] = []
    if answer.not_applicable:
        parts.append(nothing_label)
    if answer.text.strip():
        parts.append(answer.text.strip())
    if answer.footnotes:
        parts.append("\n".join(f"[^{f.id}] {f.text}" for f in answer.footnotes))
    if answer.figures:
        parts.append("\n".join(f"{f.label}: {f.value} {f.unit}".strip() for f in answer.figures))
    return "\n\n".join(parts)


class PreviousPanel(QWidget):
    copy_requested = Signal(object)  # Answer

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._answer: Answer | None = None
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_expanded)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.body = QWidget(self)
        self.text = QPlainTextEdit(self.body)
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy in"), self.body)
        self.copy_button.setToolTip(self.tr("Replace this item's text with the previous period's "
                                            "answer (Ctrl+Z undoes it)"))
        self.copy_button.clicked.connect(self._copy)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.text, 1)
        body.addWidget(self.copy_button)
        head = QHBoxLayout()
        head.addWidget(self.toggle)
        head.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        self.set_period("")
        self.set_expanded(True)

    def set_period(self, period: str) -> None:
        self._period = period
        self.heading.setText(self.tr("Previous period: {0}").format(period) if period
                             else self.tr("Previous period"))

    def set_answer(self, answer: Answer | None) -> None:
        self._answer = answer if answer is not None and answer.is_filled else None
        if self._answer is None:
            self.text.setPlainText(self.tr("No answer to this item in the previous report."))
        else:
            self.text.setPlainText(answer_preview(self._answer, self.tr("(nothing to report)")))
        self.copy_button.setEnabled(self._answer is not None and not self._read_only)

    _read_only = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.copy_button.setEnabled(self._answer is not None and not read_only)

    def answer(self) -> Answer | None:
        return self._answer

    def set_expanded(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.heading.setVisible(expanded)
        self.toggle.setText("▾" if expanded else "▸")
        self.toggle.setToolTip(self.tr("Hide the previous period") if expanded
                               else self.tr("Show the previous period"))
        self.setMaximumWidth(16777215 if expanded else self.toggle.sizeHint().width() + 8)

    def _copy(self) -> None:
        if self._answer is not None:
            self.copy_requested.emit(self._answer)
