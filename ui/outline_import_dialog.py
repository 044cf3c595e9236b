"""Import an outline (ĐỀ CƯƠNG): paste text or open a .docx/.txt, check the parsed tree, fix it, save.

Parsing runs off the UI thread (ui/workers.py). The officer can edit a title (double-click), move a
line in or out a level, and set who a line applies to; keys are recomputed on save.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop import i18n
from models.errors import UserError
from models.outline import Outline, OutlineNode
from ui import messages
from ui.ops_runner import OpsRunner
from ui.retranslate import Retranslatable

NODE_ROLE = Qt.ItemDataRole.UserRole
APPLIES = (None, "commune", "department")


class OutlineImportDialog(Retranslatable, QDialog):
    def __init__(self, store: Any, parent: QWidget | None = None, runner: OpsRunner | None = None):
        super().__init__(parent)
        self.store = store
        self.runner = runner or OpsRunner(store, self)
        self.outline: Outline | None = None
        self.source_name = ""
        self.saved_outline_id: str | None = None
        self.parse_task = None
        self.resize(1200, 680)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.choose_file)
        self.parse_button = QPushButton()
        self.parse_button.clicked.connect(self.parse_text)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.title_label = QLabel()
        self.title_edit = QLineEdit()
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(2, 110)
        self.tree.setColumnWidth(3, 150)
        self.indent_button = QPushButton()
        self.indent_button.clicked.connect(self.indent_selected)
        self.outdent_button = QPushButton()
        self.outdent_button.clicked.connect(self.outdent_selected)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.parse_button)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.title_edit, 1)
        right_layout.addLayout(title_row)
        right_layout.addWidget(self.meta_label)
        right_layout.addWidget(self.tree, 1)
        level_row = QHBoxLayout()
        level_row.addWidget(self.outdent_button)
        level_row.addWidget(self.indent_button)
        level_row.addStretch(1)
        right_layout.addLayout(level_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 820])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_buttons()

    # ---- i18n ----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import outline"))
        self.hint.setText(self.tr("Paste the request letter or its outline (ĐỀ CƯƠNG) here, or open a "
                                  ".docx/.txt file."))
        self.text.setPlaceholderText(self.tr("Paste the text here…"))
        self.open_button.setText(self.tr("Open file…"))
        self.parse_button.setText(self.tr("Read outline"))
        self.title_label.setText(self.tr("Title:"))
        self.tree.setHeaderLabels([self.tr("Number"), self.tr("Title"), self.tr("Kind"), self.tr("Applies to")])
        self.indent_button.setText(self.tr("Move in a level →"))
        self.outdent_button.setText(self.tr("← Move out a level"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save outline"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._retranslate_tree()
        self._show_meta()

    def _kind_text(self, kind: str) -> str:
        return {"part": self.tr("Part"), "section": self.tr("Section"), "subsection": self.tr("Subsection"),
                "item": self.tr("Item"), "placeholder": self.tr("Free text")}.get(kind, kind)

    def _applies_texts(self) -> list[str]:
        return [self.tr("All units"), self.tr("Communes only"), self.tr("Departments only")]

    def _retranslate_tree(self) -> None:
        for item in self._items():
            item.setText(2, self._kind_text(item.data(0, NODE_ROLE)["kind"]))
            combo = self.tree.itemWidget(item, 3)
            if isinstance(combo, QComboBox):
                for index, text in enumerate(self._applies_texts()):
                    combo.setItemText(index, text)

    # ---- parsing -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open outline"), "",
                                              self.tr("Documents (*.docx *.txt *.md);;All files (*)"))
        if path:
            self.parse_file(path)

    def parse_text(self) -> None:
        self._start_parse(self.text.toPlainText(), is_text=True, source_name="")

    def parse_file(self, path: str | Path) -> None:
        self._start_parse(str(path), is_text=False, source_name=Path(path).name)

    def _start_parse(self, source: str, *, is_text: bool, source_name: str) -> None:
        from desktop.ops.outlines import parse_outline

        self.status.setText(self.tr("Reading the outline…"))
        self.parse_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.source_name = source_name
        # reading a file or pasted text touches no data: a plain background task, nothing to publish
        self.parse_task = self.runner.tasks.start(parse_outline, source, is_text=is_text,
                                                  on_done=self._parsed, on_error=self._parse_failed)

    def _parsed(self, outline: Outline) -> None:
        self.parse_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.set_outline(outline)
        leaves = len(outline.leaves())
        self.status.setText(self.tr("Found %1 items to fill in. Check the tree, fix what is wrong, then save.")
                            .replace("%1", str(leaves)))

    def _parse_failed(self, exc: BaseException) -> None:
        self.parse_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.status.setText("")
        message = exc.message(i18n.current_language()) if isinstance(exc, UserError) else str(exc)
        messages.warn(self, self.tr("Cannot read the outline"), message)

    # ---- tree ----------------------------------------------------------------------------------
    def set_outline(self, outline: Outline) -> None:
        self.outline = copy.deepcopy(outline)
        self.title_edit.setText(outline.title)
        self.tree.clear()
        for node in outline.nodes:
            self.tree.addTopLevelItem(self._make_item(node))
        for item in self._items():
            self._attach_combo(item)
        self.tree.expandAll()
        self._show_meta()
        self._update_buttons()

    def _make_item(self, node: OutlineNode) -> QTreeWidgetItem:
        item = QTreeWidgetItem([node.number, node.title, self._kind_text(node.kind), ""])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(0, NODE_ROLE, {"kind": node.kind, "guidance": node.guidance, "applies_to": node.applies_to})
        if node.guidance:
            item.setToolTip(1, node.guidance)
        for child in node.children:
            item.addChild(self._make_item(child))
        return item

    def _attach_combo(self, item: QTreeWidgetItem) -> None:
        combo = QComboBox()
        combo.addItems(self._applies_texts())
        applies = item.data(0, NODE_ROLE).get("applies_to")
        combo.setCurrentIndex(APPLIES.index(applies) if applies in APPLIES else 0)
        self.tree.setItemWidget(item, 3, combo)

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []

        def visit(item: QTreeWidgetItem) -> None:
            out.append(item)
            for i in range(item.childCount()):
                visit(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(i))
        return out

    def _show_meta(self) -> None:
        if not hasattr(self, "meta_label"):
            return
        request = self.outline.request if self.outline else None
        if not request:
            self.meta_label.setText("")
            return
        parts = []
        if request.letter_number:
            parts.append(self.tr("Letter no. %1").replace("%1", request.letter_number))
        if request.letter_date:
            parts.append(self.tr("dated %1").replace("%1", request.letter_date))
        if request.agency:
            parts.append(request.agency)
        if request.deadline:
            parts.append(self.tr("deadline %1").replace("%1", request.deadline.replace("T", " ")))
        self.meta_label.setText(" · ".join(parts))

    def _update_buttons(self) -> None:
        has_tree = self.tree.topLevelItemCount() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(has_tree)
        self.indent_button.setEnabled(has_tree)
        self.outdent_button.setEnabled(has_tree)

    def _take(self, item: QTreeWidgetItem) -> tuple[QTreeWidgetItem | None, int]:
        """Detach ``item`` (keeping its applies-to choice); returns (old parent, old index)."""
        self._remember_combos(item)
        parent = item.parent()
        if parent is None:
            index = self.tree.indexOfTopLevelItem(item)
            self.tree.takeTopLevelItem(index)
        else:
            index = parent.indexOfChild(item)
            parent.takeChild(index)
        return parent, index

    def _remember_combos(self, item: QTreeWidgetItem) -> None:
        combo = self.tree.itemWidget(item, 3)
        if isinstance(combo, QComboBox):
            data = dict(item.data(0, NODE_ROLE))
            data["applies_to"] = APPLIES[combo.currentIndex()]
            item.setData(0, NODE_ROLE, data)
        for i in range(item.childCount()):
            self._remember_combos(item.child(i))

    def _reattach(self, item: QTreeWidgetItem) -> None:
        self._attach_combo(item)
        for i in range(item.childCount()):
            self._reattach(item.child(i))
        item.setExpanded(True)
        self.tree.setCurrentItem(item)

    def _set_kind_for_depth(self, item: QTreeWidgetItem) -> None:
        data = dict(item.data(0, NODE_ROLE))
        parent = item.parent()
        if parent is None:
            data["kind"] = "part"
        elif data["kind"] == "part":
            data["kind"] = "section" if parent.parent() is None else "subsection"
        item.setData(0, NODE_ROLE, data)
        item.setText(2, self._kind_text(data["kind"]))

    def indent_selected(self) -> bool:
        """Make the selected line the last child of the line above it at the same level."""
        item = self.tree.currentItem()
        if item is None:
            return False
        parent = item.parent()
        index = parent.indexOfChild(item) if parent else self.tree.indexOfTopLevelItem(item)
        if index <= 0:
            return False
        sibling = parent.child(index - 1) if parent else self.tree.topLevelItem(index - 1)
        self._take(item)
        sibling.addChild(item)
        self._set_kind_for_depth(item)
        self._reattach(item)
        return True

    def outdent_selected(self) -> bool:
        """Move the selected line out of its parent, just after it."""
        item = self.tree.currentItem()
        parent = item.parent() if item else None
        if item is None or parent is None:
            return False
        grand = parent.parent()
        self._take(item)
        if grand is None:
            self.tree.insertTopLevelItem(self.tree.indexOfTopLevelItem(parent) + 1, item)
        else:
            grand.insertChild(grand.indexOfChild(parent) + 1, item)
        self._set_kind_for_depth(item)
        self._reattach(item)
        return True

    def set_applies_to(self, item: QTreeWidgetItem, applies_to: str | None) -> None:
        combo = self.tree.itemWidget(item, 3)
        combo.setCurrentIndex(APPLIES.index(applies_to))

    def find_item(self, title_start: str) -> QTreeWidgetItem | None:
        return next((i for i in self._items() if i.text(1).startswith(title_start)), None)

    # ---- saving --------------------------------------------------------------------------------
    def _node_from(self, item: QTreeWidgetItem) -> OutlineNode:
        data = item.data(0, NODE_ROLE)
        combo = self.tree.itemWidget(item, 3)
        applies = APPLIES[combo.currentIndex()] if isinstance(combo, QComboBox) else data.get("applies_to")
        return OutlineNode(key="", kind=data["kind"], number=item.text(0).strip(), title=item.text(1).strip(),
                           guidance=data.get("guidance"), applies_to=applies,
                           children=[self._node_from(item.child(i)) for i in range(item.childCount())])

    def edited_outline(self) -> Outline:
        from desktop.ops.outlines import renumber_keys

        nodes = [self._node_from(self.tree.topLevelItem(i)) for i in range(self.tree.topLevelItemCount())]
        request = copy.deepcopy(self.outline.request) if self.outline else None
        outline = Outline(title=self.title_edit.text().strip(), nodes=renumber_keys(nodes))
        if request is not None:
            outline.request = request
        return outline

    def save(self) -> None:
        from desktop.ops.outlines import save_outline

        try:
            self.saved_outline_id = self.runner.run(save_outline, self.edited_outline(),
                                                    self.source_name).outline_id
        except UserError as err:
            messages.warn(self, self.tr("Cannot save the outline"), err.message(i18n.current_language()))
            return
        self.accept()

    def done(self, result: int) -> None:
        if self.parse_task is not None and self.parse_task.is_running():
            self.parse_task.cancel()
            self.parse_task.wait()
        super().done(result)
