"""The inbox table: one row per expected or seen unit, coloured by status; a bundle set aside when
it was checked shows its reason in the last column (and, whole, in the row's tooltip)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from models.sync_types import UnitStatus

STATE_COLOURS = {"received": QColor("#d9f2d9"), "late": QColor("#fff0c2"), "missing": QColor("#f8d7d7"),
                 "refused": QColor("#e8d5f0")}


def _lang() -> str:
    from desktop import i18n

    return i18n.current_language()


class InboxModel(QAbstractTableModel):
    COLUMNS = ("code", "name", "state", "revision", "created_at", "received_at", "note")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[UnitStatus] = []

    def set_rows(self, rows: list[UnitStatus]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        labels = (self.tr("Code"), self.tr("Unit"), self.tr("Status"), self.tr("Revision"),
                  self.tr("Made at"), self.tr("Received at"), self.tr("Note"))
        return labels[section]

    def state_label(self, state: str) -> str:
        return {"received": self.tr("Received"), "late": self.tr("Late"),
                "missing": self.tr("Missing"), "refused": self.tr("Refused")}.get(state, state)

    def note(self, row: UnitStatus) -> str:
        """Why the unit's newest bundle was set aside, or ""."""
        if row.refusal is None:
            return ""
        return self.tr("r%1 refused: %2").replace("%1", str(row.refusal.revision)) \
            .replace("%2", row.refusal.message(_lang()))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "state":
                text = self.state_label(row.state)
                return text if row.expected else self.tr("%1 (not on the list)").replace("%1", text)
            if column == "revision":
                return "" if row.revision is None else f"r{row.revision}"
            if column == "note":
                return self.note(row)
            value = getattr(row, column)
            return (value or "").replace("T", " ") if column.endswith("_at") else value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.note(row) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATE_COLOURS.get(row.state, QColor("white")))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def counts(self) -> dict[str, int]:
        return {k: sum(r.state == k for r in self.rows) for k in STATE_COLOURS}


class InboxTable(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inbox_table")
        self.model_ = InboxModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = len(InboxModel.COLUMNS) - 1  # a refusal's reason: cut to the column, whole in its tooltip
        header.setSectionResizeMode(note, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(note, self.fontMetrics().horizontalAdvance("M") * 12)

    def set_rows(self, rows: list[UnitStatus]) -> None:
        self.model_.set_rows(rows)
