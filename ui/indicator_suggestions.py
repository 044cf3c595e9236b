"""The import screen's "Chỉ tiêu" tab: indicators suggested from the items' wording ("Số lượng …",
"Tỷ lệ …", "có/chưa …") and from the letter's statistic tables (models/indicator_suggest.py), each
with a check box; the officer keeps, edits (label, kind, unit) or drops them, and the kept ones are
attached to their items when the outline is saved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from models.indicator_suggest import Suggestion, suggest
from models.indicators import KINDS, Indicator
from models.outline import Outline
from ui.retranslate import Retranslatable

KEY, LABEL, KIND, UNIT = range(4)


class SuggestionsTab(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._suggestions: list[Suggestion] = []
        # (item key, suggested label) → (checked, label, kind, unit) as the officer left them: kept
        # when the tab is shown again (the suggestions are made again from the outline as edited)
        self._kept: dict[tuple[str, str], tuple[bool, str, str, str]] = {}
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()  # the indicator's label takes the room; the rest fit their content
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (KEY, KIND, UNIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr("Indicators are figures every unit answers in the same form, so the province "
                                  "can add them up. Tick those to keep; double-click a label or unit to change "
                                  "it. They are attached to their items when the outline is saved."))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Indicator"), self.tr("Kind"), self.tr("Unit")])
        for i in range(self.tree.topLevelItemCount()):
            combo = self.tree.itemWidget(self.tree.topLevelItem(i), KIND)
            for k, kind in enumerate(KINDS):
                combo.setItemText(k, self.kind_text(kind))

    def kind_text(self, kind: str) -> str:
        return {"number": self.tr("Number (summed)"), "count": self.tr("Count (summed)"),
                "yes_no": self.tr("Yes / not yet (k/N)"), "ratio": self.tr("Ratio (numerator/denominator)"),
                "percent": self.tr("Percent (no base)"), "choice": self.tr("Choice"),
                "text": self.tr("Short text")}[kind]

    def refresh(self, outline: Outline) -> None:
        """Suggest for the outline as it is now (its importer's report gives the table cells)."""
        self._remember()
        self._suggestions = suggest(outline)
        self.tree.clear()
        for s in self._suggestions:
            ind = s.indicator
            checked, label, kind, unit = self._kept.get((s.node_key, ind.label), (True, ind.label, ind.kind, ind.unit))
            row = QTreeWidgetItem([s.node_key, label, "", unit])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            row.setCheckState(KEY, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            row.setToolTip(LABEL, self.tr("From: {0}").format(s.reason))
            self.tree.addTopLevelItem(row)
            combo = QComboBox(self.tree)
            combo.addItems([self.kind_text(k) for k in KINDS])
            combo.setCurrentIndex(KINDS.index(kind))
            self.tree.setItemWidget(row, KIND, combo)
        for column in (KEY, KIND, UNIT):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(UNIT, max(self.tree.columnWidth(UNIT), self.fontMetrics().horizontalAdvance("M") * 8))

    def _remember(self) -> None:
        for i, s in enumerate(self._suggestions):
            row = self.tree.topLevelItem(i)
            if row is not None:
                kind = KINDS[self.tree.itemWidget(row, KIND).currentIndex()]
                self._kept[(s.node_key, s.indicator.label)] = (
                    row.checkState(KEY) == Qt.CheckState.Checked, row.text(LABEL), kind, row.text(UNIT))

    def accepted(self) -> dict[str, list[Indicator]]:
        """Item key → the indicators the officer kept, as edited."""
        out: dict[str, list[Indicator]] = {}
        for i, s in enumerate(self._suggestions):
            row = self.tree.topLevelItem(i)
            if row is None or row.checkState(KEY) != Qt.CheckState.Checked:
                continue
            kind = KINDS[self.tree.itemWidget(row, KIND).currentIndex()]
            label = row.text(LABEL).strip() or s.indicator.label
            options = s.indicator.options if kind == "choice" else []
            out.setdefault(s.node_key, []).append(replace(s.indicator, label=label, kind=kind,
                                                          unit=row.text(UNIT).strip(), options=options))
        return out
