"""Beside the province's synthesis: every unit's answer to the current item, and the item's
aggregated indicators ready to insert.

- Filters: one unit or all, "answered" / "not answered", and a search that ignores case and accents.
- The list shows each unit with its state; the text below is the chosen unit's answer (with its
  indicator values). "Copy with the unit's name" puts the selected passage (or the whole answer) on
  the clipboard as "Xã Ba Tơ: …".
- The aggregates of the item as sentences ("Có 57/96 xã, phường …"), inserted into the province's
  text (`insert_text_requested`) or as rows of its figures table (`insert_figures_requested`); the
  page puts them in the item editor, where Ctrl+Z undoes them and autosave keeps them.
The data comes from desktop.ops.synthesis / desktop.ops.units_panel, read once per report.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from desktop.ops import units_panel as ops
from desktop.ops.synthesis import SynthesisData
from models.indicators import format_value
from models.report import Report
from ui.fonts import emphasize
from ui.retranslate import Retranslatable

_STATE_COLOURS = {"received": "#1b5e20", "late": "#8a5a00", "missing": "#b00020"}


class UnitsPanel(Retranslatable, QWidget):
    insert_text_requested = Signal(list)  # lines to add to the province's text
    insert_figures_requested = Signal(list)  # models.report.Figure rows to add to its table

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._data: SynthesisData | None = None
        self._reports: dict[str, Report] = {}
        self._key: str | None = None
        self._answers: list[ops.UnitAnswer] = []
        self._shown: list[ops.UnitAnswer] = []
        self._sentences: list = []
        self._read_only = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        emphasize(self.heading)
        self.show_filter = QComboBox(self)
        self.show_filter.addItems(["", "", ""])
        self.unit_filter = QComboBox(self)
        self.unit_filter.addItem("", None)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        for signal in (self.show_filter.currentIndexChanged, self.unit_filter.currentIndexChanged,
                       self.search.textChanged):
            signal.connect(self._refilter)
        self.units = QListWidget(self)
        self.units.currentRowChanged.connect(self._show_unit)
        self.answer = QPlainTextEdit(self)
        self.answer.setReadOnly(True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_passage)
        self.aggregates_label = QLabel(self)
        self.aggregates = QPlainTextEdit(self)
        self.aggregates.setReadOnly(True)
        self.insert_text_button = QPushButton(self)
        self.insert_text_button.clicked.connect(self._insert_text)
        self.insert_table_button = QPushButton(self)
        self.insert_table_button.clicked.connect(self._insert_figures)
        self._build()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("All units"), self.tr("Answered this item"), self.tr("Not answered"))):
            self.show_filter.setItemText(i, text)
        self.unit_filter.setItemText(0, self.tr("Every unit"))
        self.search.setPlaceholderText(self.tr("Search units and their text…"))
        self.copy_button.setText(self.tr("Copy with the unit's name"))
        self.copy_button.setToolTip(self.tr("Copy the selected passage (or the whole answer) as "
                                            "\"Xã …: …\" to paste into the province's text"))
        self.aggregates_label.setText(self.tr("Aggregated indicators"))
        self.insert_text_button.setText(self.tr("Insert sentences"))
        self.insert_text_button.setToolTip(self.tr("Add these sentences at the end of the province's text "
                                                   "(Ctrl+Z undoes it)"))
        self.insert_table_button.setText(self.tr("Insert table"))
        self.insert_table_button.setToolTip(self.tr("Add these figures to the item's key figures table"))
        if self._key:
            self.set_item(self._key)

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.show_filter, 1)
        filters.addWidget(self.unit_filter, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.units, 1)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.answer, 1)
        middle_layout.addWidget(self.copy_button)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.aggregates_label)
        bottom_layout.addWidget(self.aggregates, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_text_button)
        buttons.addWidget(self.insert_table_button)
        bottom_layout.addLayout(buttons)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        for part in (top, middle, bottom):
            self.split.addWidget(part)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.split, 1)

    # ---- data ---------------------------------------------------------------------------------
    def set_data(self, data: SynthesisData, reports: dict[str, Report]) -> None:
        """The inbox as read for the synthesis (desktop.ops.synthesis.gather, received_reports)."""
        self._data, self._reports = data, reports
        self.unit_filter.blockSignals(True)
        while self.unit_filter.count() > 1:
            self.unit_filter.removeItem(1)
        for code, name in data.names.items():
            self.unit_filter.addItem(name, code)
        self.unit_filter.blockSignals(False)
        if self._key:
            self.set_item(self._key)

    def set_item(self, key: str) -> None:
        self._key = key
        if self._data is None:
            return
        self._answers = ops.unit_answers(self._data, self._reports, key)
        done = sum(a.answered for a in self._answers)
        self.heading.setText(self.tr("{0}/{1} units answered this item").format(done, len(self._answers)))
        self._sentences = ops.item_aggregates(self._data, key)
        self.aggregates.setPlainText("\n".join(f"- {text}" for _, text in self._sentences)
                                     or self.tr("This item has no indicators."))
        self._update_buttons()
        self._refilter()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self._sentences)
        self.insert_text_button.setEnabled(has and not self._read_only)
        self.insert_table_button.setEnabled(has and not self._read_only)

    # ---- list ---------------------------------------------------------------------------------
    def _refilter(self) -> None:
        show = ops.FILTERS[max(self.show_filter.currentIndex(), 0)]
        self._shown = ops.filter_answers(self._answers, show=show, unit=self.unit_filter.currentData(),
                                         search=self.search.text())
        states = {"received": self.tr("received"), "late": self.tr("late"), "missing": self.tr("not reported")}
        self.units.blockSignals(True)
        self.units.clear()
        for item in self._shown:
            mark = "✓" if item.answered else "–"
            row = QListWidgetItem(f"{mark} {item.name} ({states.get(item.state, item.state)})")
            row.setForeground(QColor(_STATE_COLOURS.get(item.state, "#000")))
            self.units.addItem(row)
        self.units.blockSignals(False)
        self.units.setCurrentRow(0 if self._shown else -1)
        self._show_unit(self.units.currentRow())

    def _show_unit(self, row: int) -> None:
        item = self._shown[row] if 0 <= row < len(self._shown) else None
        self.copy_button.setEnabled(item is not None and item.answer is not None and bool(item.answer.text.strip()))
        if item is None:
            self.answer.setPlainText("")
            return
        parts = [item.answer.text.strip()] if item.answer and item.answer.text.strip() else []
        if item.answer is not None and item.answer.not_applicable:
            parts.insert(0, self.tr("(nothing to report)"))
        node = self._data.outline.find(self._key) if self._data and self._key else None
        for ind in node.indicators if node else []:
            if ind.code in item.values:
                parts.append(f"{ind.label}: {format_value(ind, item.values[ind.code])}")
        self.answer.setPlainText("\n".join(parts) or self.tr("No answer to this item."))

    def current(self) -> ops.UnitAnswer | None:
        row = self.units.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    # ---- actions ------------------------------------------------------------------------------
    def copy_passage(self) -> str:
        item = self.current()
        if item is None:
            return ""
        selected = self.answer.textCursor().selectedText().replace("\u2029", "\n")
        text = ops.passage_with_name(item, selected or None)
        QGuiApplication.clipboard().setText(text)
        return text

    def _insert_text(self) -> None:
        self.insert_text_requested.emit([f"- {text}" for _, text in self._sentences])

    def _insert_figures(self) -> None:
        self.insert_figures_requested.emit([f for agg, _ in self._sentences for f in ops.aggregate_figures(agg)])
