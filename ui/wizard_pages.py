"""Pages of the new-report wizard: outline, period, unit and request letter, carry forward."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QFormLayout, QFrame, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QRadioButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget, QWizardPage)

from desktop import i18n
from models import clock
from models.errors import UserError
from models.periods import PERIOD_KINDS, Period, compute_period, guess_period, load_rules
from ui.fonts import emphasize
from ui.screen_fit import elide_combo

DEFAULT_ID = "__default__"


def scrolled_body(page: QWizardPage) -> QWidget:
    """A page body that scrolls when the screen is short (1366×768 at 125 %, a large font)."""
    body = QWidget()
    area = QScrollArea(page)
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return body


class OutlinePage(QWizardPage):
    """Pick the shipped default outline, an imported one, or import a new one."""

    def __init__(self, wizard: Any):
        super().__init__()
        self.w = wizard
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _row: self._selected())
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.w.import_outline)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.meta)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Outline"))
        self.setSubTitle(self.tr("Which outline (đề cương) does this report answer?"))
        self.import_button.setText(self.tr("Import a new outline…"))
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == DEFAULT_ID:
                item.setText(self.tr("Default outline (shipped): %1").replace("%1", item.data(Qt.ItemDataRole.UserRole + 1)))

    def fill(self, entries: list[tuple[str, str]], select: str | None = None) -> None:
        """``entries``: (outline id or DEFAULT_ID, title)."""
        self.list.clear()
        for outline_id, title in entries:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, outline_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, title)
            self.list.addItem(item)
        self.retranslate_ui()
        ids = [e[0] for e in entries]
        self.list.setCurrentRow(ids.index(select) if select in ids else 0)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selected(self) -> None:
        outline = self.w.selected_outline()
        request = outline.request if outline else None
        parts = []
        if request and request.agency:
            parts.append(request.agency)
        if request and request.letter_number:
            parts.append(self.tr("letter no. %1").replace("%1", request.letter_number))
        if request and request.period:
            parts.append(request.period)
        if outline:
            parts.append(self.tr("%1 items").replace("%1", str(len(outline.leaves()))))
        self.meta.setText(" · ".join(parts))
        self.completeChanged.emit()
        self.w.outline_changed()

    def isComplete(self) -> bool:
        return self.selected_id() is not None


class PeriodPage(QWizardPage):
    """Kind + year + number; shows the cut-off dates the rules give."""

    def __init__(self, wizard: Any):
        super().__init__()
        self.w = wizard
        self.rules = load_rules()
        self.kind = QComboBox()
        for kind in PERIOD_KINDS:
            self.kind.addItem(kind, kind)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.number = QSpinBox()
        self.number.setRange(1, 12)
        self.number_label = QLabel()
        self.label = QLineEdit()
        self.dates = QLabel()
        emphasize(self.dates)
        self._auto_label = ""
        self.period: Period | None = None
        self.form = QFormLayout(scrolled_body(self))
        self.kind_label, self.year_label, self.text_label, self.dates_label = QLabel(), QLabel(), QLabel(), QLabel()
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.year_label, self.year)
        self.form.addRow(self.number_label, self.number)
        self.form.addRow(self.dates_label, self.dates)
        self.form.addRow(self.text_label, self.label)
        self.kind.currentIndexChanged.connect(self.recompute)
        self.year.valueChanged.connect(self.recompute)
        self.number.valueChanged.connect(self.recompute)
        self.retranslate_ui()
        self.recompute()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Period"))
        self.setSubTitle(self.tr("The data cut-off dates follow the reporting period rules."))
        lang = i18n.current_language()
        for i, kind in enumerate(PERIOD_KINDS):
            rule = self.rules.rule(kind)
            self.kind.setItemText(i, rule.name_en if lang == "en" else rule.name_vi)
        self.kind_label.setText(self.tr("Kind of period"))
        self.year_label.setText(self.tr("Year"))
        self.dates_label.setText(self.tr("Data from – to"))
        self.text_label.setText(self.tr("Period as printed"))
        self._update_number_label()

    def _update_number_label(self) -> None:
        kind = self.kind.currentData()
        self.number_label.setText(self.tr("Month") if kind == "month" else
                                  self.tr("Quarter") if kind == "quarter" else
                                  self.tr("Half (1 = first, 2 = second)") if kind == "half" else self.tr("Number"))

    def set_period(self, kind: str, year: int, number: int) -> None:
        self.kind.setCurrentIndex(PERIOD_KINDS.index(kind))
        self.year.setValue(year)
        self.number.setValue(number)
        self.recompute()

    def recompute(self) -> None:
        kind = self.kind.currentData()
        rule = self.rules.rule(kind)
        self.number.setMaximum(rule.count)
        self.number.setEnabled(rule.count > 1)
        self.number_label.setEnabled(rule.count > 1)
        self._update_number_label()
        try:
            self.period = compute_period(kind, self.year.value(), self.number.value(), self.rules)
        except UserError as err:
            self.period = None
            self.dates.setText(err.message(i18n.current_language()))
            return
        self.dates.setText(f"{self.period.start:%d/%m/%Y} – {self.period.end:%d/%m/%Y}")
        if not self.label.text() or self.label.text() == self._auto_label:
            self.label.setText(self.period.label_vi)
        self._auto_label = self.period.label_vi
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.period is not None and bool(self.label.text().strip())


class UnitPage(QWizardPage):
    """Unit type and name (from the settings) and the request letter being answered. When the unit
    typed differs from the settings, "Ghi nhớ …" offers to save it there (once, for every report)."""

    def __init__(self, wizard: Any):
        super().__init__()
        self.w = wizard
        self.commune = QRadioButton()
        self.department = QRadioButton()
        type_row = QHBoxLayout()
        type_row.addWidget(self.commune)
        type_row.addWidget(self.department)
        type_row.addStretch(1)
        self.unit_name = QLineEdit()
        self.place = QLineEdit()
        self.remember = QCheckBox()
        self.remember.setVisible(False)
        self._profile: Any = None
        for signal in (self.unit_name.textChanged, self.place.textChanged, self.commune.toggled):
            signal.connect(self._offer_remember)
        self.letter_number = QLineEdit()
        self.letter_date = QDateEdit()
        self.letter_date.setCalendarPopup(True)
        self.letter_date.setDisplayFormat("dd/MM/yyyy")
        self.has_deadline = QCheckBox()
        self.deadline = QDateTimeEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        self.unit_box, self.request_box = QGroupBox(), QGroupBox()
        unit_form = QFormLayout(self.unit_box)
        request_form = QFormLayout(self.request_box)
        self.labels = [QLabel() for _ in range(6)]
        unit_form.addRow(self.labels[0], type_row)
        unit_form.addRow(self.labels[1], self.unit_name)
        unit_form.addRow(self.labels[2], self.place)
        unit_form.addRow(self.remember)
        request_form.addRow(self.labels[3], self.letter_number)
        request_form.addRow(self.labels[4], self.letter_date)
        request_form.addRow(self.labels[5], deadline_row)
        for form in (unit_form, request_form):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout = QVBoxLayout(scrolled_body(self))
        layout.addWidget(self.unit_box)
        layout.addWidget(self.request_box)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.remember.setText(self.tr("Remember this unit name and place in the settings (for the next "
                                      "reports and the exports)"))
        self.setTitle(self.tr("Unit and request letter"))
        self.setSubTitle(self.tr("Pre-filled from the settings and the imported letter; change them if needed."))
        self.unit_box.setTitle(self.tr("Reporting unit"))
        self.request_box.setTitle(self.tr("Request letter answered"))
        self.commune.setText(self.tr("Commune / ward"))
        self.department.setText(self.tr("Department / agency"))
        self.has_deadline.setText(self.tr("Has a deadline"))
        for label, text in zip(self.labels, (self.tr("Unit type"), self.tr("Unit name"), self.tr("Place"),
                                             self.tr("Letter number"), self.tr("Letter date"), self.tr("Deadline"))):
            label.setText(text)

    def fill_unit(self, profile: Any) -> None:
        self._profile = profile
        (self.department if profile.unit_type == "department" else self.commune).setChecked(True)
        self.unit_name.setText(profile.name)
        self.place.setText(profile.place)
        self.remember.setChecked(not profile.name.strip())  # a first report sets the profile up
        self._offer_remember()

    def _offer_remember(self, *_args: Any) -> None:
        from desktop.ops.reports import unit_differs_from_profile

        self.remember.setVisible(bool(self.unit_name.text().strip()) and unit_differs_from_profile(
            self.w.store, self.unit_type(), self.unit_name.text(), self.place.text()))

    def remember_unit(self) -> bool:
        return not self.remember.isHidden() and self.remember.isChecked()

    def fill_request(self, request: Any) -> None:
        self.letter_number.setText(request.letter_number or "")
        letter = QDate.fromString((request.letter_date or "")[:10], "yyyy-MM-dd")
        self.letter_date.setDate(letter if letter.isValid() else QDate.currentDate())
        deadline = QDateTime.fromString((request.deadline or "")[:16], "yyyy-MM-ddTHH:mm")
        if not deadline.isValid():
            day = QDate.fromString((request.deadline or "")[:10], "yyyy-MM-dd")
            deadline = QDateTime(day, QTime(17, 0)) if day.isValid() else QDateTime()
        self.has_deadline.setChecked(deadline.isValid())
        self.deadline.setEnabled(deadline.isValid())
        self.deadline.setDateTime(deadline if deadline.isValid() else QDateTime.currentDateTime().addDays(7))

    def unit_type(self) -> str:
        return "department" if self.department.isChecked() else "commune"


class CarryPage(QWizardPage):
    """Optionally start from a previous report's answers."""

    def __init__(self, wizard: Any):
        super().__init__()
        self.w = wizard
        self.enabled = QCheckBox()
        self.reports = QComboBox()
        self.reports.setEnabled(False)
        self.enabled.toggled.connect(self.reports.setEnabled)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addWidget(self.reports)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Start from a previous report"))
        self.enabled.setText(self.tr("Copy the answers of a previous report"))
        self.note.setText(self.tr("Answers are copied where the items match (same item, or a title that is "
                                  "almost the same). Review every copied answer before finishing the report."))

    def fill(self, summaries: list[Any]) -> None:
        self.reports.clear()
        for s in summaries:
            sample = self.tr(" (sample)") if s.sample else ""
            self.reports.addItem(f"{s.unit_name}{sample} — {s.period} — {s.title or s.outline_title}", s.id)
        elide_combo(self.reports)
        self.enabled.setEnabled(bool(summaries))

    def selected_report(self) -> str | None:
        return self.reports.currentData() if self.enabled.isChecked() and self.reports.count() else None


def retranslate_pages(*pages: Any) -> None:
    for page in pages:
        page.retranslate_ui()

