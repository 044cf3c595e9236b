"""The import screen's tree: the parsed outline, every edit an officer needs, undo and redo.

Columns: number, title (editable in place), kind, applies to. Each row carries its node's data
(kind, guidance, applies_to, keys the app does not know, the import-time key that ties it to the
importer's doubts and source lines) and a stable ``uid``.

Every edit goes through ``apply(label, change)``: the tree is snapshotted before and after, and the
pair is pushed on a QUndoStack, so undo/redo restore the whole tree and the selection. An outline
has at most a few thousand nodes; a snapshot of that is cheap next to a click.
"""

from __future__ import annotations

import itertools
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from models.outline import HEADING_KINDS, Outline, OutlineNode, assign_keys

NODE_ROLE = Qt.ItemDataRole.UserRole
APPLIES = (None, "commune", "department")
_uids = itertools.count(1)


class _Edit(QUndoCommand):
    def __init__(self, editor: "OutlineTreeEditor", label: str, before: tuple, after: tuple):
        super().__init__(label)
        self.editor, self.before, self.after = editor, before, after
        self.first = True

    def redo(self) -> None:
        if self.first:  # the change is already on screen
            self.first = False
            return
        self.editor.restore(*self.after)

    def undo(self) -> None:
        self.editor.restore(*self.before)


class OutlineTreeEditor(QWidget):
    edited = Signal()
    current_changed = Signal(object)  # QTreeWidgetItem | None

    def __init__(self, kind_text: Callable[[str], str], applies_text: Callable[[str | None], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.kind_text, self.applies_text = kind_text, applies_text
        self.undo_stack = QUndoStack(self)
        self.doubts: dict[int, list[str]] = {}  # uid → messages shown as marks
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 72), (2, 90), (3, 118)):
            self.tree.setColumnWidth(column, width)
        self.tree.currentItemChanged.connect(lambda item, _old: self.current_changed.emit(item))
        self.tree.itemChanged.connect(self._edited_in_place)
        self._quiet = 0  # > 0 while the code itself changes rows (no in-place edit to record)
        self._state: tuple = ([], None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    # ---- loading and saving -----------------------------------------------------------------------
    def load(self, outline: Outline, doubts: dict[str, list[str]] | None = None) -> None:
        """Show ``outline``; ``doubts`` maps import-time keys to the marks to show on them."""
        def node_dict(node: OutlineNode) -> dict[str, Any]:
            return {"uid": next(_uids), "key0": node.key, "number": node.number, "title": node.title,
                    "kind": node.kind, "guidance": node.guidance, "applies_to": node.applies_to,
                    "extra": dict(node.extra), "children": [node_dict(c) for c in node.children]}

        nodes = [node_dict(n) for n in outline.nodes]
        by_key = {d["key0"]: d["uid"] for d in _walk(nodes)}
        self.doubts = {by_key[k]: list(v) for k, v in (doubts or {}).items() if k in by_key}
        self.undo_stack.clear()
        self.restore(nodes, nodes[0]["uid"] if nodes else None)

    def nodes(self) -> list[OutlineNode]:
        """The edited tree as outline nodes, keys recomputed from the positions."""
        def node(d: dict[str, Any]) -> OutlineNode:
            return OutlineNode(key="", kind=d["kind"], number=d["number"].strip(), title=d["title"].strip(),
                               guidance=(d["guidance"] or "").strip() or None, applies_to=d["applies_to"],
                               children=[node(c) for c in d["children"]], extra=dict(d["extra"]))
        return assign_keys([node(d) for d in self.snapshot()])

    # ---- snapshots ----------------------------------------------------------------------------------
    def snapshot(self) -> list[dict[str, Any]]:
        def item_dict(item: QTreeWidgetItem) -> dict[str, Any]:
            data = dict(item.data(0, NODE_ROLE))
            data["number"], data["title"] = item.text(0), item.text(1)
            data["children"] = [item_dict(item.child(i)) for i in range(item.childCount())]
            return data
        return [item_dict(self.tree.topLevelItem(i)) for i in range(self.tree.topLevelItemCount())]

    def restore(self, nodes: list[dict[str, Any]], current_uid: int | None) -> None:
        self._quiet += 1
        try:
            self.tree.clear()
            for d in nodes:
                self.tree.addTopLevelItem(self._make_item(d))
            self.tree.expandAll()
            found = self.find_uid(current_uid) if current_uid is not None else None
            self.tree.setCurrentItem(found or self.tree.topLevelItem(0))
        finally:
            self._quiet -= 1
        self._state = (nodes, current_uid)
        self.current_changed.emit(self.tree.currentItem())
        self.edited.emit()

    def _make_item(self, d: dict[str, Any]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([d["number"], d["title"], self.kind_text(d["kind"]), self.applies_text(d["applies_to"])])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(0, NODE_ROLE, {k: v for k, v in d.items() if k not in ("number", "title", "children")})
        self._decorate(item)
        for child in d["children"]:
            item.addChild(self._make_item(child))
        return item

    def _decorate(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, NODE_ROLE)
        marks = self.doubts.get(data["uid"], [])
        tip = "\n".join(f"⚠ {m}" for m in marks)
        if data.get("guidance"):
            tip = f"{tip}\n\n{data['guidance']}" if tip else data["guidance"]
        item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if marks else QIcon())
        for column in (0, 1):
            item.setToolTip(column, tip)

    # ---- the edit primitive -----------------------------------------------------------------------
    def apply(self, label: str, change: Callable[[], Any]) -> Any:
        """Run ``change`` on the tree and make it one undoable step (nothing if it changed nothing)."""
        before = self._state
        self._quiet += 1
        try:
            result = change()
        finally:
            self._quiet -= 1
        current = self.tree.currentItem()
        after = (self.snapshot(), current.data(0, NODE_ROLE)["uid"] if current else None)
        if after[0] != before[0]:
            self._state = after
            self.undo_stack.push(_Edit(self, label, before, after))
            self.edited.emit()
        return result

    def _edited_in_place(self, item: QTreeWidgetItem, column: int) -> None:
        if self._quiet or column not in (0, 1):
            return
        before = self._state
        after = (self.snapshot(), item.data(0, NODE_ROLE)["uid"])
        if after[0] != before[0]:
            self._state = after
            self.undo_stack.push(_Edit(self, self.tr("Edit"), before, after))
            self.edited.emit()

    # ---- finding ------------------------------------------------------------------------------------
    def items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []

        def visit(item: QTreeWidgetItem) -> None:
            out.append(item)
            for i in range(item.childCount()):
                visit(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            visit(self.tree.topLevelItem(i))
        return out

    def find_uid(self, uid: int) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if i.data(0, NODE_ROLE)["uid"] == uid), None)

    def current(self) -> QTreeWidgetItem | None:
        return self.tree.currentItem()

    def next_marked(self) -> QTreeWidgetItem | None:
        """The next row with a mark after the current one (wrapping), selected."""
        items = self.items()
        if not items:
            return None
        start = items.index(self.current()) + 1 if self.current() in items else 0
        for item in items[start:] + items[:start]:
            if self.doubts.get(item.data(0, NODE_ROLE)["uid"]):
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return item
        return None

    # ---- edits --------------------------------------------------------------------------------------
    def _siblings(self, item: QTreeWidgetItem) -> tuple[QTreeWidgetItem | None, int]:
        parent = item.parent()
        return parent, parent.indexOfChild(item) if parent else self.tree.indexOfTopLevelItem(item)

    def _take(self, item: QTreeWidgetItem) -> None:
        parent, index = self._siblings(item)
        (parent.takeChild(index) if parent else self.tree.takeTopLevelItem(index))

    def _insert(self, parent: QTreeWidgetItem | None, index: int, item: QTreeWidgetItem) -> None:
        (parent.insertChild(index, item) if parent else self.tree.insertTopLevelItem(index, item))
        item.setExpanded(True)
        self.tree.setCurrentItem(item)

    def add_after(self) -> QTreeWidgetItem:
        def change() -> QTreeWidgetItem:
            current = self.current()
            kind = current.data(0, NODE_ROLE)["kind"] if current else "part"
            item = self._make_item({"uid": next(_uids), "key0": None, "number": "", "title": self.tr("New item"),
                                    "kind": kind, "guidance": None, "applies_to": None, "extra": {}, "children": []})
            parent, index = self._siblings(current) if current else (None, -1)
            self._insert(parent, index + 1, item)
            return item
        return self.apply(self.tr("Add"), change)

    def delete_current(self) -> bool:
        current = self.current()
        if current is None:
            return False

        def change() -> None:
            parent, index = self._siblings(current)
            self._take(current)
            count = parent.childCount() if parent else self.tree.topLevelItemCount()
            neighbour = (parent.child(min(index, count - 1)) if parent else self.tree.topLevelItem(min(index, count - 1))) \
                if count else parent
            if neighbour is not None:
                self.tree.setCurrentItem(neighbour)
        self.apply(self.tr("Delete"), change)
        return True

    def move(self, step: int) -> bool:
        current = self.current()
        if current is None:
            return False
        parent, index = self._siblings(current)
        count = parent.childCount() if parent else self.tree.topLevelItemCount()
        if not 0 <= index + step < count:
            return False

        def change() -> None:
            self._take(current)
            self._insert(parent, index + step, current)
        self.apply(self.tr("Move"), change)
        return True

    def indent(self) -> bool:
        """Make the current row the last child of the row above it at the same level."""
        current = self.current()
        if current is None:
            return False
        parent, index = self._siblings(current)
        if index <= 0:
            return False
        above = parent.child(index - 1) if parent else self.tree.topLevelItem(index - 1)

        def change() -> None:
            self._take(current)
            self._insert(above, above.childCount(), current)
            self._kind_for_depth(current)
        self.apply(self.tr("Move in"), change)
        return True

    def outdent(self) -> bool:
        """Move the current row out of its parent, just after it."""
        current = self.current()
        parent = current.parent() if current else None
        if current is None or parent is None:
            return False
        grand, index = self._siblings(parent)

        def change() -> None:
            self._take(current)
            self._insert(grand, index + 1, current)
            self._kind_for_depth(current)
        self.apply(self.tr("Move out"), change)
        return True

    def merge_next(self) -> bool:
        """Join the next row at the same level into the current one (title, guidance, children)."""
        current = self.current()
        if current is None:
            return False
        parent, index = self._siblings(current)
        following = parent.child(index + 1) if parent else self.tree.topLevelItem(index + 1)
        if following is None:
            return False

        def change() -> None:
            mine, theirs = current.data(0, NODE_ROLE), following.data(0, NODE_ROLE)
            current.setText(1, f"{current.text(1).rstrip()} {following.text(1).strip()}".strip())
            guidance = "\n".join(g for g in (mine.get("guidance"), theirs.get("guidance")) if g) or None
            self._set(current, guidance=guidance)
            while following.childCount():
                current.addChild(following.takeChild(0))
            self._take(following)
            self.tree.setCurrentItem(current)
        self.apply(self.tr("Merge"), change)
        return True

    def update_current(self, label: str, **fields: Any) -> None:
        """Set number/title (columns) or kind/guidance/applies_to (data) of the current row."""
        current = self.current()
        if current is not None:
            self.apply(label, lambda: self._set(current, **fields))

    def _set(self, item: QTreeWidgetItem, **fields: Any) -> None:
        if "number" in fields:
            item.setText(0, fields.pop("number"))
        if "title" in fields:
            item.setText(1, fields.pop("title"))
        data = dict(item.data(0, NODE_ROLE))
        data.update(fields)
        item.setData(0, NODE_ROLE, data)
        item.setText(2, self.kind_text(data["kind"]))
        item.setText(3, self.applies_text(data["applies_to"]))
        self._decorate(item)

    def split_title(self, position: int) -> bool:
        """Title text from ``position`` on becomes the start of the guidance."""
        current = self.current()
        if current is None or not 0 < position < len(current.text(1)):
            return False
        title = current.text(1)
        guidance = current.data(0, NODE_ROLE).get("guidance")
        moved = title[position:].strip()
        self.update_current(self.tr("Split"), title=title[:position].rstrip(" ,;:"),
                            guidance="\n".join(g for g in (moved, guidance) if g))
        return True

    def join_guidance(self, position: int) -> bool:
        """Guidance text before ``position`` goes to the end of the title."""
        current = self.current()
        guidance = (current.data(0, NODE_ROLE).get("guidance") or "") if current else ""
        if current is None or not 0 < position <= len(guidance):
            return False
        moved = " ".join(guidance[:position].split())
        self.update_current(self.tr("Split"), title=f"{current.text(1).rstrip()} {moved}".strip(),
                            guidance=guidance[position:].strip() or None)
        return True

    def _kind_for_depth(self, item: QTreeWidgetItem) -> None:
        """A heading moved to another level takes that level's kind: a part at the top, a section
        under a part or group, a subsection under a section; items and free-text areas keep theirs."""
        kind = item.data(0, NODE_ROLE)["kind"]
        if kind not in HEADING_KINDS:
            return
        parent = item.parent()
        parent_kind = parent.data(0, NODE_ROLE)["kind"] if parent is not None else None
        if parent_kind is None:
            kind = kind if kind in ("group", "part") else "part"
        elif parent_kind == "group":
            kind = "part"
        elif parent_kind == "part":
            kind = "section"
        else:
            kind = "subsection"
        self._set(item, kind=kind)


def _walk(nodes: list[dict[str, Any]]):
    for d in nodes:
        yield d
        yield from _walk(d["children"])
