"""The outline tree on the left of the editor: a mark per leaf and completeness per section.

Marks: ● filled, ○ empty, – không phát sinh (not applicable) — for what is *saved*: typing keeps
the working copy (`update_answer`), and the mark changes when the autosaver has written it
(`mark_saved`). Rows show what tells an item from its siblings (models/outline_labels.py); the
full title is the tooltip. Items that do not apply to the report's unit type are hidden; the
"Show items that do not apply" toggle shows them greyed. A "Phụ lục" (appendices) node closes
the tree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from models.completeness import completeness
from models.outline import Outline, OutlineNode
from models.outline_labels import distinct_labels, shorten
from models.report import Answer

MARK_FILLED = "●"
MARK_EMPTY = "○"
MARK_NOT_APPLICABLE = "–"
APPENDIX_KEY = "__appendix__"
KEY_ROLE = Qt.ItemDataRole.UserRole
APPLIES_ROLE = Qt.ItemDataRole.UserRole + 1


def mark_for(answer: Answer | None) -> str:
    if answer is None:
        return MARK_EMPTY
    if answer.not_applicable:
        return MARK_NOT_APPLICABLE
    return MARK_FILLED if answer.is_filled else MARK_EMPTY


class OutlinePanel(QWidget):
    item_selected = Signal(str)  # a leaf key, or APPENDIX_KEY

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._outline: Outline | None = None
        self._unit_type: str | None = None
        self._answers: dict[str, Answer] = {}  # as typed (what an item shows when selected again)
        self._saved: dict[str, Answer] = {}  # as saved (what the marks and counts show)
        self._labels: dict[str, str] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._applicable: set[str] = set()
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.currentItemChanged.connect(self._on_current)
        self.show_all = QCheckBox(self.tr("Show items that do not apply"), self)
        self.show_all.toggled.connect(self._apply_visibility)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.show_all)

    # ---- building ---------------------------------------------------------------------------
    def set_outline(self, outline: Outline, unit_type: str | None, answers: dict[str, Answer]) -> None:
        self._outline = outline
        self._unit_type = unit_type
        self._answers = dict(answers)
        self._saved = dict(answers)
        self._applicable = {n.key for n in outline.leaves(unit_type)}
        self._labels = {}
        for parent in outline.walk():  # the parts keep their own words; below them, what differs
            for node, label in zip(parent.children, distinct_labels([n.title for n in parent.children])):
                self._labels[node.key] = label
        self.tree.blockSignals(True)
        self.tree.clear()
        self._items.clear()
        for node in outline.nodes:
            self.tree.addTopLevelItem(self._build(node, True))
        appendix = QTreeWidgetItem([self.tr("Appendices (Phụ lục)")])
        appendix.setData(0, KEY_ROLE, APPENDIX_KEY)
        appendix.setData(0, APPLIES_ROLE, True)
        self.tree.addTopLevelItem(appendix)
        self._items[APPENDIX_KEY] = appendix
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._apply_visibility()
        self.refresh_counts()

    def _build(self, node: OutlineNode, visible: bool) -> QTreeWidgetItem:
        visible = visible and node.applies(self._unit_type)
        item = QTreeWidgetItem()
        item.setData(0, KEY_ROLE, node.key)
        item.setData(0, APPLIES_ROLE, visible)
        item.setToolTip(0, f"{node.key} {node.title}" + (f"\n\n{node.guidance}" if node.guidance else ""))
        if not node.is_leaf:
            font = QFont(item.font(0))
            font.setBold(node.kind == "part")
            item.setFont(0, font)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        for child in node.children:
            item.addChild(self._build(child, visible))
        if not visible:
            item.setForeground(0, QBrush(QColor("#9a9a9a")))
        self._items[node.key] = item
        return item

    def _label(self, node: OutlineNode, counts: dict[str, tuple[int, int]]) -> str:
        if node.is_leaf:
            title = self._labels.get(node.key) or shorten(node.title, 70) or self.tr("(free text)")
            return f"{mark_for(self._saved.get(node.key))} {node.key}  {title}"
        number = node.number or node.key
        done, total = counts.get(node.key, (0, 0))
        return f"{number} {self._labels.get(node.key) or shorten(node.title, 60)}  ({done}/{total})"

    def refresh_counts(self) -> None:
        if self._outline is None:
            return
        comp = completeness(self._outline, self._saved, self._unit_type)
        for node in self._outline.walk():
            item = self._items.get(node.key)
            if item is not None:
                item.setText(0, self._label(node, comp.per_section))
        self.summary.setText(self.tr("Filled {0} of {1} items").format(comp.filled, comp.total))

    def _apply_visibility(self) -> None:
        show = self.show_all.isChecked()
        for item in self._items.values():
            applies = bool(item.data(0, APPLIES_ROLE))
            item.setHidden(not applies and not show)

    # ---- updates and navigation -------------------------------------------------------------
    def update_answer(self, answer: Answer) -> None:
        """Keep the answer as typed (the marks wait for the save: `mark_saved`)."""
        self._answers[answer.node_key] = answer

    def mark_saved(self, answer: Answer) -> None:
        """The answer was written: redraw its mark and the counts when its filled state changed."""
        old = self._saved.get(answer.node_key)
        self._saved[answer.node_key] = answer
        self._answers.setdefault(answer.node_key, answer)
        if old is None or (old.is_filled, old.not_applicable) != (answer.is_filled, answer.not_applicable):
            self.refresh_counts()

    def saved_answers(self) -> dict[str, Answer]:
        return dict(self._saved)

    def answers(self) -> dict[str, Answer]:
        return dict(self._answers)

    def applicable_leaves(self) -> list[str]:
        if self._outline is None:
            return []
        return [n.key for n in self._outline.leaves(self._unit_type)]

    def is_applicable(self, key: str) -> bool:
        return key in self._applicable

    def current_key(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    def select(self, key: str) -> bool:
        item = self._items.get(key)
        if item is None:
            return False
        if item.isHidden():
            self.show_all.setChecked(True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True

    def next_empty(self, after: str | None) -> str | None:
        """The next applicable leaf after `after` (wrapping) that is neither filled nor không phát sinh."""
        keys = self.applicable_leaves()
        if not keys:
            return None
        start = keys.index(after) + 1 if after in keys else 0
        for key in keys[start:] + keys[:start]:
            answer = self._answers.get(key)
            if key != after and not (answer and answer.is_filled):
                return key
        return None

    def _on_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        key = current.data(0, KEY_ROLE)
        if key == APPENDIX_KEY or current.childCount() == 0:
            self.item_selected.emit(key)
