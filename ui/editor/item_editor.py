"""The selected item: number + title (bold), guidance (italic, grey), the text, footnotes, key
figures and the "Không phát sinh" switch.

Text is plain: paragraphs on their own lines, "- " at a line start makes a dash bullet, ``[^N]``
anchors a footnote. Undo/redo is Qt's own (Ctrl+Z / Ctrl+Y); programmatic replacements (copying the
previous period's text in) go through a text cursor so they are undoable too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (QCheckBox, QLabel, QPlainTextEdit, QSizePolicy, QToolBar,
                               QVBoxLayout, QWidget)

from models.outline import OutlineNode
from models.report import FOOTNOTE_ANCHOR, Answer

from .figures_table import FiguresTable
from .footnotes import FootnotesWidget, next_footnote_id

BULLET = "- "


class ItemEditor(QWidget):
    changed = Signal()  # the officer edited something: text, footnotes, figures or the switch

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._key: str | None = None
        self._loading = False
        self._read_only = False
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.guidance = QLabel(self)
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("color: #666; font-style: italic;")
        self.not_applicable = QCheckBox(self.tr("Nothing to report (không phát sinh)"), self)
        self.not_applicable.toggled.connect(self._on_switch)

        self.toolbar = QToolBar(self)
        self.bullet_action = QAction(self.tr("Dash bullet"), self)
        self.bullet_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.bullet_action.setToolTip(self.tr("Start the current line with a dash bullet (Ctrl+Shift+B)"))
        self.bullet_action.triggered.connect(self.insert_bullet)
        self.footnote_action = QAction(self.tr("Insert footnote"), self)
        self.footnote_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.footnote_action.setToolTip(self.tr("Insert a footnote mark at the cursor (Ctrl+Shift+N)"))
        self.footnote_action.triggered.connect(self.insert_footnote)
        for action in (self.bullet_action, self.footnote_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(action)
            self.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.not_applicable)

        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Write the report for this item here. "
                                             "Start a line with \"- \" for a dash bullet."))
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.text.textChanged.connect(self._on_edit)
        self.footnotes = FootnotesWidget(self)
        self.footnotes.changed.connect(self._on_edit)
        self.footnotes.hide()
        self.figures = FiguresTable(self)
        self.figures.changed.connect(self._on_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.guidance)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.footnotes)
        layout.addWidget(self.figures)

    # ---- loading ----------------------------------------------------------------------------
    @property
    def key(self) -> str | None:
        return self._key

    def load(self, node: OutlineNode, answer: Answer, applies: bool = True) -> None:
        self._loading = True
        self._key = node.key
        title = node.title.strip() or self.tr("(free text)")
        self.title.setText(f"{node.key}  {title}")
        note = "" if applies else self.tr("This item does not apply to your unit type.")
        guidance = "\n".join(t for t in (node.guidance or "", note) if t)
        self.guidance.setText(guidance)
        self.guidance.setVisible(bool(guidance))
        self.text.setPlainText(answer.text)  # also resets Qt's undo stack for the new item
        self.footnotes.set_footnotes(answer.footnotes)
        self.figures.set_figures(answer.figures)
        self.not_applicable.setChecked(answer.not_applicable)
        self._loading = False
        self._apply_enabled()

    def answer(self) -> Answer:
        """The answer as shown (only valid figures; footnotes without anchor or text dropped)."""
        text = self.text.toPlainText()
        anchors = set(FOOTNOTE_ANCHOR.findall(text))
        notes = [f for f in self.footnotes.footnotes() if f.id in anchors or f.text.strip()]
        return Answer(node_key=self._key or "", text=text, footnotes=notes,
                      figures=self.figures.figures(), not_applicable=self.not_applicable.isChecked())

    # ---- editing operations -----------------------------------------------------------------
    def insert_bullet(self) -> None:
        if self._read_only:
            return
        cursor = self.text.textCursor()
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        if not cursor.block().text().startswith(BULLET):
            cursor.insertText(BULLET)
        cursor.endEditBlock()
        self.text.setFocus()

    def insert_footnote(self) -> str | None:
        if self._read_only or self.not_applicable.isChecked():
            return None
        fid = next_footnote_id(self.footnotes.footnotes(), self.text.toPlainText())
        self.text.textCursor().insertText(f"[^{fid}]")
        self.footnotes.add(fid)
        self.footnotes.edit_last()
        return fid

    def replace_text(self, text: str) -> None:
        """Replace the whole text as one undoable edit (Ctrl+Z brings the old text back)."""
        cursor = self.text.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.text.setTextCursor(cursor)

    def copy_from(self, answer: Answer) -> None:
        """Copy another answer in (the previous period): text undoable, footnotes and figures merged."""
        self.replace_text(answer.text)
        self._loading = True
        self.footnotes.set_footnotes(answer.footnotes)
        if not self.figures.figures() and answer.figures:
            self.figures.set_figures(answer.figures)
        self._loading = False
        self._on_edit()

    def select_range(self, start: int, length: int) -> None:
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_enabled()

    def _apply_enabled(self) -> None:
        editable = not self._read_only
        self.not_applicable.setEnabled(editable)
        text_on = editable and not self.not_applicable.isChecked()
        self.text.setReadOnly(not text_on)
        self.text.setEnabled(text_on or self._read_only)
        self.bullet_action.setEnabled(text_on)
        self.footnote_action.setEnabled(text_on)
        self.footnotes.set_read_only(not text_on)
        self.figures.set_read_only(not text_on)
        self.figures.setEnabled(text_on or self._read_only)

    def _on_switch(self, _checked: bool) -> None:
        self._apply_enabled()
        self._on_edit()

    def _on_edit(self) -> None:
        if not self._loading and self._key is not None and not self._read_only:
            self.changed.emit()
