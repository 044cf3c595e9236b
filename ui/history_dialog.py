"""Revision history of a report: who saved what when, a diff against the current text, restore.

Restoring goes through desktop.ops.editing.restore_revision, which checkpoints the current state
first and records a "restored" revision, so nothing is lost.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QPlainTextEdit, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.ops import editing
from models.errors import UserError
from models.outline import Outline
from models.report import Answer, Report
from desktop import i18n
from ui import messages
from ui.ops_runner import OpsRunner
from ui.screen_fit import fit_to_screen


def _answer_lines(answer: Answer | None) -> list[str]:
    if answer is None:
        return []
    lines = answer.text.splitlines()
    if answer.not_applicable:
        lines.insert(0, "(không phát sinh)")
    lines += [f"[^{f.id}]: {f.text}" for f in answer.footnotes]
    lines += [f"# {f.label}: {f.value} {f.unit}".rstrip() for f in answer.figures]
    return lines


def diff_reports(old: Report, new: Report, outline: Outline | None = None) -> str:
    """Unified diff per changed item (old = the revision, new = the current report)."""
    order = [n.key for n in outline.walk()] if outline is not None else []
    keys = list(dict.fromkeys([k for k in order if k in old.answers or k in new.answers]
                              + sorted(set(old.answers) | set(new.answers))))
    chunks: list[str] = []
    for key in keys:
        a, b = _answer_lines(old.answers.get(key)), _answer_lines(new.answers.get(key))
        if a == b:
            continue
        node = outline.find(key) if outline is not None else None
        title = f"{key} {node.title}".strip() if node is not None else key
        chunks.append(f"=== {title}")
        chunks.extend(difflib.unified_diff(a, b, fromfile="revision", tofile="current", lineterm="", n=1))
    old_tables = [(t.title, t.columns, t.rows, t.note) for t in old.appendices]
    new_tables = [(t.title, t.columns, t.rows, t.note) for t in new.appendices]
    if old_tables != new_tables:
        chunks.append("=== Phụ lục")
        render = lambda tables: [" | ".join([title, *cols]) for title, cols, _r, _n in tables] + [
            " | ".join(row) for _t, _c, rows, _n in tables for row in rows]
        chunks.extend(difflib.unified_diff(render(old_tables), render(new_tables), "revision", "current",
                                           lineterm="", n=1))
    return "\n".join(chunks)


class HistoryDialog(QDialog):
    def __init__(self, store, report_id: str, officer_provider: Callable[[], str],
                 parent: QWidget | None = None, runner: OpsRunner | None = None):
        super().__init__(parent)
        self._store = store
        self._runner = runner or OpsRunner(store, self)
        self._report_id = report_id
        self._officer = officer_provider
        self.restored = False
        self.setWindowTitle(self.tr("Report history"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("Kind"),
                                              self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.currentCellChanged.connect(lambda *_: self.show_diff())
        self.diff = QPlainTextEdit(self)
        self.diff.setReadOnly(True)
        self.diff.setStyleSheet("font-family: monospace;")  # the size follows the font-size setting
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        hint = QLabel(self.tr("Differences between the selected revision (−) and the current "
                              "report (+):"), self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(hint)
        right_layout.addWidget(self.diff, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([450, 550])
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("Restore this revision"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._revisions = []
        self.reload()
        fit_to_screen(self, 1000, 620)

    def reload(self) -> None:
        self._revisions = self._store.list_revisions(self._report_id)
        self.table.setRowCount(len(self._revisions))
        for row, rev in enumerate(self._revisions):
            kind = self.kind_label(rev.kind)
            for col, text in enumerate((rev.created_at.replace("T", " "), rev.author, kind, rev.note)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self._revisions:
            self.table.selectRow(0)
        self.show_diff()

    def kind_label(self, kind: str) -> str:
        labels = {"created": self.tr("Created"), "checkpoint": self.tr("Checkpoint"),
                  "finalized": self.tr("Finalized"), "reopened": self.tr("Reopened"),
                  "restored": self.tr("Restored"), "exported": self.tr("Exported"),
                  "imported": self.tr("Imported")}
        return labels.get(kind, kind)

    def selected_revision_id(self) -> int | None:
        row = self.table.currentRow()
        return self._revisions[row].id if 0 <= row < len(self._revisions) else None

    def select_revision(self, revision_id: int) -> None:
        for row, rev in enumerate(self._revisions):
            if rev.id == revision_id:
                self.table.selectRow(row)

    def show_diff(self) -> str:
        rev_id = self.selected_revision_id()
        if rev_id is None:
            self.diff.setPlainText("")
            self.restore_button.setEnabled(False)
            return ""
        current = self._store.get_report(self._report_id)
        old = self._store.get_revision(rev_id)
        text = diff_reports(old, current, self._store.get_outline(current.outline_id))
        self.diff.setPlainText(text or self.tr("No differences: this revision matches the current report."))
        self.restore_button.setEnabled(current.status != "final" and bool(text))
        return text

    def restore_selected(self, confirm: bool = True) -> bool:
        rev_id = self.selected_revision_id()
        if rev_id is None:
            return False
        rev = next(r for r in self._revisions if r.id == rev_id)
        if confirm:
            if not messages.confirm(
                    self, self.tr("Restore revision"),
                    self.tr("Replace the current text with the revision of {0}? The current text is kept "
                            "in the history.").format(rev.created_at.replace("T", " ")),
                    self.tr("Restore")):
                return False
        try:
            self._runner.run(editing.restore_revision, self._report_id, rev_id, self._officer())
        except UserError as err:
            messages.warn(self, self.tr("Cannot restore"), err.message(i18n.current_language()))
            return False
        self.restored = True
        self.reload()
        return True
