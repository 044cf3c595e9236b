"""The current item's indicators (chỉ tiêu): one field per indicator in the form of its kind, the
previous period's value beside it, and the reason under a value that was refused.

A value is saved when the officer leaves its field (or picks a choice): through the window's
operations runner (desktop.ops.indicators.save_indicator_value), which checks it in Vietnamese
notation; a refused value stays in its field, marked, with the message under it, until corrected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QWidget

from desktop import i18n
from desktop.ops import indicators as ops
from models.errors import UserError
from models.indicators import Indicator, format_value, input_text

_ERROR_STYLE = "QLineEdit, QComboBox { border: 1px solid #b00020; }"


class _Field(QWidget):
    """The input of one indicator; `text()` is what the officer typed, as parse_value reads it."""

    committed = Signal()

    def __init__(self, indicator: Indicator, parent: QWidget | None = None):
        super().__init__(parent)
        self.indicator = indicator
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edits: list[QLineEdit] = []
        self.combo: QComboBox | None = None
        kind = indicator.kind
        if kind in ("yes_no", "choice"):
            self.combo = QComboBox(self)
            choices = [self.tr("Yes"), self.tr("Not yet")] if kind == "yes_no" else list(indicator.options)
            self.combo.addItems(["", *choices])
            self.combo.activated.connect(lambda _i: self.committed.emit())
            layout.addWidget(self.combo, 1)
        elif kind == "ratio":
            for i, hint in enumerate((self.tr("numerator"), self.tr("denominator"))):
                if i:
                    layout.addWidget(QLabel("/", self))
                self.edits.append(self._edit(hint))
                layout.addWidget(self.edits[-1], 1)
        else:
            self.edits.append(self._edit(self._hint(kind)))
            layout.addWidget(self.edits[-1], 1)
        if indicator.unit or kind == "percent":
            layout.addWidget(QLabel("%" if kind == "percent" else indicator.unit, self))

    def _hint(self, kind: str) -> str:
        return {"count": self.tr("e.g. 12"), "number": self.tr("e.g. 1.250,5"),
                "percent": self.tr("e.g. 95,17")}.get(kind, "")

    def _edit(self, hint: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(hint)
        edit.editingFinished.connect(self._finished)
        return edit

    def _finished(self) -> None:
        if any(e.isModified() for e in self.edits):
            for e in self.edits:
                e.setModified(False)
            self.committed.emit()

    def text(self) -> Any:
        if self.combo is not None:
            index = self.combo.currentIndex()
            if self.indicator.kind == "yes_no":
                return None if index <= 0 else index == 1
            return self.combo.currentText()
        if self.indicator.kind == "ratio":
            num, den = (e.text().strip() for e in self.edits)
            return f"{num}/{den}" if num or den else ""
        return self.edits[0].text()

    def set_value(self, value: Any) -> None:
        if self.combo is not None:
            if self.indicator.kind == "yes_no":
                self.combo.setCurrentIndex(0 if value is None else 1 if value else 2)
            else:
                self.combo.setCurrentIndex(max(self.combo.findText(value or ""), 0))
            return
        text = input_text(self.indicator, value)
        parts = text.split("/") if self.indicator.kind == "ratio" and text else [text] * len(self.edits)
        for edit, part in zip(self.edits, parts):
            edit.setText(part)
            edit.setModified(False)

    def set_read_only(self, read_only: bool) -> None:
        if self.combo is not None:
            self.combo.setEnabled(not read_only)
        for edit in self.edits:
            edit.setReadOnly(read_only)


class IndicatorFields(QScrollArea):
    """A tab under the item's text: the item's indicators, one row each."""

    saved = Signal(str)  # ISO time of the save
    refused = Signal(str, str)  # code, message

    def __init__(self, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.report_id: str | None = None
        self.fields: dict[str, _Field] = {}
        self.previous: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 1)
        self.setWidget(self.body)
        self.setWidgetResizable(True)

    def load(self, report_id: str, rows: list[ops.IndicatorRow], *, read_only: bool) -> None:
        """Show the item's indicators (`rows` from desktop.ops.indicators.indicator_rows)."""
        self.report_id = report_id
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.fields.clear(), self.previous.clear(), self.errors.clear()
        for i, row in enumerate(rows):
            ind = row.indicator
            label = QLabel(ind.label, self)
            label.setWordWrap(True)
            label.setToolTip(f"{ind.code} — {ind.kind_label}")
            field = _Field(ind, self)
            field.set_value(row.value)
            field.set_read_only(read_only)
            field.committed.connect(lambda code=ind.code: self.commit(code))
            before = format_value(ind, row.previous) if row.previous is not None else "—"
            previous = QLabel(self.tr("Previous: {0}").format(before), self)
            previous.setStyleSheet("color: #666;")
            previous.setToolTip(row.previous_period)
            error = QLabel(self)
            error.setWordWrap(True)
            error.setStyleSheet("color: #b00020;")
            error.hide()
            self.grid.addWidget(label, 2 * i, 0)
            self.grid.addWidget(field, 2 * i, 1)
            self.grid.addWidget(previous, 2 * i, 2)
            self.grid.addWidget(error, 2 * i + 1, 0, 1, 3)
            self.fields[ind.code], self.previous[ind.code], self.errors[ind.code] = field, previous, error
        self.grid.setRowStretch(2 * len(rows), 1)

    def commit(self, code: str) -> bool:
        """Save one field now (when the officer leaves it); False, with the reason shown, if refused."""
        field = self.fields.get(code)
        if field is None or self.report_id is None:
            return False
        try:
            changed = self.runner.run(ops.save_indicator_value, self.report_id, code, field.text())
        except UserError as err:
            message = err.message(i18n.current_language())
            self.errors[code].setText(message)
            self.errors[code].show()
            field.setStyleSheet(_ERROR_STYLE)
            self.refused.emit(code, message)
            return False
        self.errors[code].hide()
        field.setStyleSheet("")
        if changed.saved_at:
            self.saved.emit(changed.saved_at)
        return True

    def commit_all(self) -> bool:
        """Save every field whose text changed (before leaving the item)."""
        ok = True
        for code, field in self.fields.items():
            if any(e.isModified() for e in field.edits):
                ok = self.commit(code) and ok
        return ok
