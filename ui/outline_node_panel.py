"""The selected node of the import screen: its fields, the importer's doubts about it, and the lines
of the letter it came from.

Edits are committed when a field loses focus (or Enter in a one-line field) and go through the tree
editor, so each is one undoable step. "Tách tại con trỏ" splits the title at the cursor (the rest
becomes guidance) or, in the guidance, moves the text before the cursor up into the title.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget)

from models.outline import KINDS

from ui.outline_tree_editor import APPLIES, NODE_ROLE, OutlineTreeEditor


class _FieldText(QPlainTextEdit):
    """A small multi-line field that says when the officer leaves it."""

    committed = Signal()

    def __init__(self, lines: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 10)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.committed.emit()


class NodePanel(QWidget):
    def __init__(self, editor: OutlineTreeEditor, kind_text: Callable[[str], str],
                 applies_text: Callable[[str | None], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.kind_text, self.applies_text = kind_text, applies_text
        self.item: QTreeWidgetItem | None = None
        self.source_lines: Callable[[str | None], list[tuple[int, str, bool]]] = lambda key: []
        self.number = QLineEdit()
        self.number.setMaximumWidth(110)
        self.kind = QComboBox()
        self.applies = QComboBox()
        self.title = _FieldText(3)
        self.guidance = _FieldText(3)
        self.split_button = QPushButton()
        self.doubts = QLabel()
        self.doubts.setWordWrap(True)
        self.doubts.setStyleSheet("color: #a03000;")
        self.source_label = QLabel()
        self.source = QPlainTextEdit()
        self.source.setReadOnly(True)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.source.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.number.setMaximumWidth(70)
        row = QHBoxLayout()
        row.addWidget(self.number)
        row.addWidget(self.kind, 1)
        row.addWidget(self.applies, 1)
        self.number_label = QLabel()
        self.title_label, self.guidance_label = QLabel(), QLabel()
        self.form.addRow(self.number_label, row)
        self.form.addRow(self.title_label, self.title)
        self.form.addRow(self.guidance_label, self.guidance)
        marks = QHBoxLayout()
        marks.addWidget(self.doubts, 1)
        marks.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.form)
        layout.addLayout(marks)
        layout.addWidget(self.source_label)
        layout.addWidget(self.source, 1)

        self.number.editingFinished.connect(lambda: self._commit(number=self.number.text().strip()))
        self.title.committed.connect(lambda: self._commit(title=" ".join(self.title.toPlainText().split())))
        self.guidance.committed.connect(lambda: self._commit(guidance=self.guidance.toPlainText().strip() or None))
        self.kind.activated.connect(lambda index: self._commit(kind=KINDS[index]))
        self.applies.activated.connect(lambda index: self._commit(applies_to=APPLIES[index]))
        self.split_button.clicked.connect(self.split_at_cursor)
        editor.current_changed.connect(self.show_item)
        editor.edited.connect(lambda: self.show_item(editor.current()))
        self.retranslate()

    def retranslate(self) -> None:
        self.number_label.setText(self.tr("Number, kind:"))
        self.applies.setToolTip(self.tr("Applies to:"))
        self.title_label.setText(self.tr("Title:"))
        self.guidance_label.setText(self.tr("Guidance:"))
        self.split_button.setText(self.tr("Split at the cursor"))
        self.split_button.setToolTip(self.tr("In the title: the text after the cursor becomes guidance. In the "
                                             "guidance: the text before the cursor goes up into the title."))
        self.source_label.setText(self.tr("In the letter:"))
        self.kind.clear()
        self.kind.addItems([self.kind_text(k) for k in KINDS])
        self.applies.clear()
        self.applies.addItems([self.applies_text(a) for a in APPLIES])
        self.show_item(self.item)

    # ---- showing ------------------------------------------------------------------------------------
    def show_item(self, item: QTreeWidgetItem | None) -> None:
        self.item = item
        self.setEnabled(item is not None)
        data = item.data(0, NODE_ROLE) if item is not None else {}
        self.number.setText(item.text(0) if item else "")
        self.title.setPlainText(item.text(1) if item else "")
        self.guidance.setPlainText(data.get("guidance") or "")
        self.kind.setCurrentIndex(KINDS.index(data["kind"]) if data.get("kind") in KINDS else 0)
        self.applies.setCurrentIndex(APPLIES.index(data.get("applies_to")) if data.get("applies_to") in APPLIES else 0)
        marks = self.editor.doubts.get(data.get("uid"), []) if item else []
        self.doubts.setText("\n".join(f"⚠ {m}" for m in marks))
        self._show_source(data.get("key0") if item else None)

    def _show_source(self, key: str | None) -> None:
        lines = self.source_lines(key)
        self.source.clear()
        if not lines:
            self.source.setPlainText(self.tr("(not in the letter: added or moved here by hand)") if key is None
                                     and self.item is not None else "")
            return
        cursor = self.source.textCursor()
        plain, strong = QTextCharFormat(), QTextCharFormat()
        strong.setFontWeight(QFont.Weight.Bold)
        first_own = None
        for index, (number, text, own) in enumerate(lines):
            if index:
                cursor.insertText("\n", plain)
            if own and first_own is None:
                first_own = cursor.position()
            cursor.insertText(f"{number + 1:>4}  {text}", strong if own else plain)
        if first_own is not None:
            cursor.setPosition(first_own)
            self.source.setTextCursor(cursor)
            self.source.centerCursor()

    # ---- editing ------------------------------------------------------------------------------------
    def _commit(self, **fields) -> None:
        if self.item is None or self.item is not self.editor.current():
            return
        data = self.item.data(0, NODE_ROLE)
        current = {"number": self.item.text(0), "title": self.item.text(1), **data}
        if all(current.get(k) == v for k, v in fields.items()):
            return
        self.editor.update_current(self.tr("Edit"), **fields)

    def split_at_cursor(self) -> bool:
        if self.guidance.hasFocus() or (not self.title.hasFocus() and self.guidance.textCursor().position()):
            position = self.guidance.textCursor().position()
            self._commit(guidance=self.guidance.toPlainText().strip() or None)
            return self.editor.join_guidance(position)
        position = self.title.textCursor().position()
        self._commit(title=" ".join(self.title.toPlainText().split()))
        return self.editor.split_title(position)

    def place_cursor(self, field: str, position: int) -> None:
        """Put the text cursor of ``field`` ("title" or "guidance") at ``position`` (used by tests)."""
        edit = self.title if field == "title" else self.guidance
        cursor = edit.textCursor()
        cursor.setPosition(min(position, len(edit.toPlainText())), QTextCursor.MoveMode.MoveAnchor)
        edit.setTextCursor(cursor)
        edit.setFocus()
