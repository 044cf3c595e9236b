"""The request letter's details on the import screen, all editable: number, date, agency and its
parent, subject, period, deadline — dates the Vietnamese way (dd/MM/yyyy) — with the letter's own
words for the deadline shown beside the date they were read as."""

from __future__ import annotations

import copy

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDateTimeEdit, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QScrollArea, QVBoxLayout, QWidget)

from models.outline import RequestMeta

DATE_FORMAT = "dd/MM/yyyy"
DATETIME_FORMAT = "HH:mm dd/MM/yyyy"


def vn_date(iso: str | None) -> str:
    """"2025-09-16" → "16/09/2025"; "2025-09-22T14:00" → "14:00 22/09/2025"."""
    if not iso:
        return ""
    if "T" in iso:
        moment = QDateTime.fromString(iso[:16], "yyyy-MM-ddTHH:mm")
        return moment.toString(DATETIME_FORMAT) if moment.isValid() else iso
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return day.toString(DATE_FORMAT) if day.isValid() else iso


class MetaForm(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.request = RequestMeta()
        body = QWidget()
        self.letter_number = QLineEdit()
        self.letter_date = QDateEdit()
        self.letter_date.setDisplayFormat(DATE_FORMAT)
        self.letter_date.setCalendarPopup(True)
        self.has_date = QCheckBox()
        self.agency = QLineEdit()
        self.parent_agency = QLineEdit()
        self.place = QLineEdit()
        self.subject = QLineEdit()
        self.period = QLineEdit()
        self.deadline = QDateTimeEdit()
        self.deadline.setDisplayFormat(DATETIME_FORMAT)
        self.deadline.setCalendarPopup(True)
        self.has_deadline = QCheckBox()
        self.deadline_text = QLineEdit()
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setStyleSheet("color: #555;")
        self.has_date.toggled.connect(self.letter_date.setEnabled)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.labels = [QLabel() for _ in range(9)]
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.letter_date, 1)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        rows = (self.letter_number, date_row, self.agency, self.parent_agency, self.place, self.subject,
                self.period, deadline_row, self.deadline_text)
        for label, field in zip(self.labels, rows):
            form.addRow(label, field)
        layout = QVBoxLayout(body)
        layout.addLayout(form)
        layout.addWidget(self.reading)
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("Letter number:"), self.tr("Letter date:"), self.tr("Agency:"), self.tr("Parent agency:"),
                 self.tr("Place:"), self.tr("Subject (V/v):"), self.tr("Period:"), self.tr("Deadline:"),
                 self.tr("In the letter's words:"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.has_date.setText(self.tr("known"))
        self.has_deadline.setText(self.tr("has a deadline"))
        self.reading.setText(self.tr(
            "“trước ngày D” (before day D) is read as due by the end of the day before D; “chậm nhất "
            "ngày D” (at the latest on D) as the end of D; a time written in the letter is kept."))

    def set_request(self, request: RequestMeta) -> None:
        self.request = copy.deepcopy(request)
        self.letter_number.setText(request.letter_number or "")
        day = QDate.fromString(request.letter_date or "", "yyyy-MM-dd")
        self.has_date.setChecked(day.isValid())
        self.letter_date.setEnabled(day.isValid())
        self.letter_date.setDate(day if day.isValid() else QDate.currentDate())
        self.agency.setText(request.agency or "")
        self.parent_agency.setText(request.parent_agency or "")
        self.place.setText(request.place or "")
        self.subject.setText(request.subject or "")
        self.subject.setCursorPosition(0)
        self.period.setText(request.period or "")
        moment = QDateTime.fromString((request.deadline or "")[:16], "yyyy-MM-ddTHH:mm")
        self.has_deadline.setChecked(moment.isValid())
        self.deadline.setEnabled(moment.isValid())
        self.deadline.setDateTime(moment if moment.isValid() else QDateTime(QDate.currentDate(), QTime(23, 59)))
        self.deadline_text.setText(request.deadline_text or "")

    def edited_request(self) -> RequestMeta:
        out = copy.deepcopy(self.request)
        out.letter_number = self.letter_number.text().strip() or None
        out.letter_date = self.letter_date.date().toString("yyyy-MM-dd") if self.has_date.isChecked() else None
        out.agency = self.agency.text().strip() or None
        out.parent_agency = self.parent_agency.text().strip() or None
        out.place = self.place.text().strip() or None
        out.subject = self.subject.text().strip() or None
        out.period = self.period.text().strip() or None
        out.deadline = self.deadline.dateTime().toString("yyyy-MM-ddTHH:mm") if self.has_deadline.isChecked() else None
        out.deadline_text = self.deadline_text.text().strip() or None
        return out

    def summary(self) -> str:
        """One line for the tree tab: "Số 12/SNV · 16/09/2025 · Sở Nội vụ · hạn 23:59 19/12/2025 (“trước ngày
        20/12/2025”)"."""
        r = self.edited_request()
        parts = []
        if r.letter_number:
            parts.append(self.tr("Letter no. %1").replace("%1", r.letter_number))
        if r.letter_date:
            parts.append(self.tr("dated %1").replace("%1", vn_date(r.letter_date)))
        if r.agency:
            parts.append(r.agency)
        if r.deadline:
            due = self.tr("deadline %1").replace("%1", vn_date(r.deadline))
            parts.append(f"{due} (“{r.deadline_text}”)" if r.deadline_text else due)
        elif r.deadline_text:
            parts.append(f"“{r.deadline_text}”")
        return " · ".join(parts)
