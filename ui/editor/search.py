"""Ctrl+F across the whole report: item titles and answer text. Matching ignores case and Vietnamese
diacritics, so "cong nghe" finds "công nghệ". Enter jumps to the next hit, Shift+Enter to the previous.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from models.outline import Outline
from models.report import Answer
from models.text import fold


@dataclass(frozen=True)
class Hit:
    key: str
    where: str  # "title" | "text"
    start: int  # position in the title or text
    length: int


def find_hits(outline: Outline, answers: dict[str, Answer], unit_type: str | None,
              query: str, include_hidden: bool = False) -> list[Hit]:
    needle = fold(query.strip())
    if not needle:
        return []
    hits: list[Hit] = []
    leaves = outline.leaves(None if include_hidden else unit_type)
    for node in leaves:
        title = fold(node.title)
        pos = title.find(needle)
        if pos >= 0:
            hits.append(Hit(node.key, "title", pos, len(needle)))
        answer = answers.get(node.key)
        if answer is None:
            continue
        text = fold(answer.text)
        pos = text.find(needle)
        while pos >= 0:
            hits.append(Hit(node.key, "text", pos, len(needle)))
            pos = text.find(needle, pos + len(needle))
    return hits


class SearchBar(QWidget):
    hit_chosen = Signal(object)  # Hit
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._index = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Search titles and text in this report"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.next_hit)
        self.count = QLabel(self)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("▲")
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.prev_button.clicked.connect(self.previous_hit)
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.next_button.clicked.connect(self.next_hit)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close search (Esc)"))
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self._source = None  # callable returning (outline, answers, unit_type, include_hidden)
        self.field.textChanged.connect(self._reset)

    def set_source(self, source) -> None:
        self._source = source

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous_hit()
            return
        super().keyPressEvent(event)

    def _reset(self) -> None:
        self._hits = []
        self._index = -1
        self.count.setText("")

    def search(self) -> list[Hit]:
        if self._source is None:
            return []
        outline, answers, unit_type, include_hidden = self._source()
        self._hits = find_hits(outline, answers, unit_type, self.field.text(), include_hidden)
        return self._hits

    def _go(self, step: int) -> None:
        if not self._hits:
            self.search()
            self._index = -1 if step > 0 else 0
        if not self._hits:
            self.count.setText(self.tr("No match"))
            return
        self._index = (self._index + step) % len(self._hits)
        self.count.setText(f"{self._index + 1}/{len(self._hits)}")
        self.hit_chosen.emit(self._hits[self._index])

    def next_hit(self) -> None:
        self._go(1)

    def previous_hit(self) -> None:
        self._go(-1)
