"""The outbox: bundles exported by this office, and whether each was uploaded to the province."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.ops import Changed, sync
from ui.ops_runner import OpsRunner
from ui.report_list import format_date
from ui.screen_fit import fit_to_screen


class OutboxDialog(QDialog):
    def __init__(self, store: Any, parent: QWidget | None = None, *, report_id: str | None = None,
                 runner: OpsRunner | None = None):
        super().__init__(parent)
        self.setObjectName("outbox_dialog")
        self.store = store
        self.runner = runner or OpsRunner(store, self)
        self.runner.changed.connect(self._on_changed)
        self.report_id = report_id
        self.entries: list = []
        layout = QVBoxLayout(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.mark_button = QPushButton(self)
        self.mark_button.clicked.connect(lambda: self.mark_selected(True))
        self.unmark_button = QPushButton(self)
        self.unmark_button.clicked.connect(lambda: self.mark_selected(False))
        row.addWidget(self.mark_button)
        row.addWidget(self.unmark_button)
        row.addStretch(1)
        layout.addLayout(row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setWindowTitle(self.tr("Outbox: exported bundles"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Revision"), self.tr("Exported at"),
                                              self.tr("Uploaded")])
        self.mark_button.setText(self.tr("Mark as uploaded"))
        self.unmark_button.setText(self.tr("Mark as not uploaded"))
        self.refresh()
        fit_to_screen(self, 900, 420)

    def refresh(self) -> None:
        self.entries = sync.list_outbox(self.store, self.report_id)
        self.table.setRowCount(len(self.entries))
        for i, e in enumerate(self.entries):
            uploaded = format_date(e.uploaded_at) if e.uploaded_at else self.tr("not yet")
            cells = [Path(e.file_path).name, f"r{e.revision}", format_date(e.created_at), uploaded]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setToolTip(e.file_path)  # the whole path: where the file went
                if c == 3 and not e.uploaded_at:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.entries and self.table.currentRow() < 0:
            self.table.selectRow(0)
        pending = self.store.pending_uploads()
        self.info.setText(self.tr("Bundles waiting to be uploaded: %1").replace("%1", str(pending)))
        self._update_buttons()

    def _on_changed(self, changed: Changed) -> None:
        if changed.outbox:
            row = self.table.currentRow()
            self.refresh()
            self.table.selectRow(row)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.mark_button.setEnabled(entry is not None and not entry.uploaded_at)
        self.unmark_button.setEnabled(entry is not None and bool(entry.uploaded_at))

    def mark_selected(self, uploaded: bool) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.runner.run(sync.mark_uploaded, entry.id, uploaded)  # redrawn by _on_changed
