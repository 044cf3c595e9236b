"""The answer's text field: plain text as stored, with footnote anchors shown as superscript numbers.

The stored text keeps its format (`[^1]` anchors, "- " bullets; models/report.py). On screen an
anchor is its footnote id drawn small and raised (a character format carrying the id), so
"…Nghị quyết 57[^1], …" reads "…Nghị quyết 57¹, …". `stored_text()` / `set_stored_text()` convert
between the two; copy and paste carry the stored form, so anchors survive a cut and paste.
Typing next to an anchor never extends it: the cursor's format is reset to plain text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QWidget

from models.report import FOOTNOTE_ANCHOR

ANCHOR_ID = QTextFormat.Property.UserProperty + 1
ANCHOR_COLOR = QColor("#1a5fb4")
_LINE_BREAKS = re.compile("[\u2028\u2029]")


def anchor_format(fid: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    fmt.setForeground(ANCHOR_COLOR)
    fmt.setFontWeight(700)
    fmt.setProperty(ANCHOR_ID, fid)
    fmt.setToolTip(f"[^{fid}]")
    return fmt


def display_offset(stored: str, offset: int) -> int:
    """Where position `offset` of the stored text falls in the shown text (anchors are shorter)."""
    shift = 0
    for match in FOOTNOTE_ANCHOR.finditer(stored):
        if match.start() >= offset:
            break
        inside = min(offset, match.end()) - match.start()
        shown = len(match.group(1))
        shift += inside - min(inside, shown)
    return offset - shift


class AnswerTextEdit(QTextEdit):
    focus_left = Signal()  # the officer moved to another field or window: a moment to save

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptRichText(False)
        self._plain = QTextCharFormat()
        self.currentCharFormatChanged.connect(self._leave_anchor)

    # ---- stored form ↔ screen ---------------------------------------------------------------
    def set_stored_text(self, text: str) -> None:
        """Show `text` (stored form); resets undo history, as loading a new item should."""
        self.setUndoRedoEnabled(False)
        self.clear()
        self._insert_stored(self.textCursor(), text)
        self.setUndoRedoEnabled(True)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(self._plain)

    def stored_text(self) -> str:
        return self._stored(self.document().begin(), None)

    def _stored(self, block, cursor: QTextCursor | None) -> str:
        lines: list[str] = []
        start, end = (cursor.selectionStart(), cursor.selectionEnd()) if cursor is not None else (0, 1 << 30)
        while block.isValid():
            if block.position() > end:
                break
            parts: list[str] = []
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                lo, hi = fragment.position(), fragment.position() + fragment.length()
                if hi > start and lo < end:
                    fid = fragment.charFormat().property(ANCHOR_ID)
                    if fid:
                        parts.append(f"[^{fid}]")
                    else:
                        parts.append(fragment.text()[max(start - lo, 0): min(end, hi) - lo])
                it += 1
            if block.position() + block.length() > start:
                lines.append(_LINE_BREAKS.sub("\n", "".join(parts)))
            block = block.next()
        return "\n".join(lines)

    def _insert_stored(self, cursor: QTextCursor, text: str) -> None:
        pos = 0
        for match in FOOTNOTE_ANCHOR.finditer(text):
            cursor.insertText(text[pos:match.start()], self._plain)
            cursor.insertText(match.group(1), anchor_format(match.group(1)))
            pos = match.end()
        cursor.insertText(text[pos:], self._plain)

    # ---- editing ----------------------------------------------------------------------------
    def insert_anchor(self, fid: str) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(fid, anchor_format(fid))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(self._plain)

    def insert_stored(self, text: str) -> None:
        """Insert text in stored form at the cursor (anchors become superscript numbers)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        self._insert_stored(cursor, text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def replace_all(self, text: str) -> None:
        """Replace everything as one undoable edit."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        self._insert_stored(cursor, text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def select_stored_range(self, start: int, length: int) -> None:
        stored = self.stored_text()
        first, last = display_offset(stored, start), display_offset(stored, start + length)
        cursor = self.textCursor()
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _leave_anchor(self, fmt: QTextCharFormat) -> None:
        """Text typed after (or inside) an anchor is plain text, never part of the anchor."""
        if fmt.property(ANCHOR_ID) and not self.textCursor().hasSelection():
            self.setCurrentCharFormat(self._plain)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.text() and event.text().isprintable() and self.textCursor().hasSelection() \
                and not self.isReadOnly():
            cursor = self.textCursor()
            cursor.removeSelectedText()
            self.setTextCursor(cursor)
            self.setCurrentCharFormat(self._plain)
        super().keyPressEvent(event)

    # ---- clipboard: the stored form travels -------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt naming
        mime = QMimeData()
        mime.setText(self._stored(self.document().begin(), self.textCursor()))
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt naming
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt naming
        if source.hasText():
            text = _LINE_BREAKS.sub("\n", source.text().replace("\r\n", "\n").replace("\r", "\n"))
            self.insert_stored(text)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().focusOutEvent(event)
        self.focus_left.emit()

