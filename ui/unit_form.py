"""The unit profile form: who the reporting unit is and who signs. Used by Settings (every field)
and by the first-start welcome / "before a final copy" setup (the fields printed on a report).

Fields stack in two groups (unit, signature) so the form stays narrow; the caller puts it in a
scroll area when the screen is short.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from models.report import AUTHORITIES, UnitProfile
from ui.retranslate import Retranslatable

TEXT_FIELDS = ("name", "parent_agency", "code", "place", "doc_code", "signer_name", "signer_title",
               "authority_body", "archive_abbr")
ESSENTIAL_UNIT = ("name", "code", "unit_type", "parent_agency", "place")
ESSENTIAL_SIGNER = ("signer_name", "signer_title", "signer_authority", "authority_body")  # the name first
MISSING_STYLE = "border: 2px solid #c62828;"


class UnitProfileForm(Retranslatable, QWidget):
    def __init__(self, profile: UnitProfile, essential: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.base = profile
        self.edits: dict[str, QLineEdit] = {name: QLineEdit(getattr(profile, name) or "")
                                            for name in TEXT_FIELDS}
        self.unit_type = QComboBox()
        self.unit_type.addItems(["", ""])
        self.unit_type.setCurrentIndex(1 if profile.unit_type == "department" else 0)
        self.authority = QComboBox()
        self.authority.addItems([a or "—" for a in AUTHORITIES])
        self.authority.setCurrentIndex(AUTHORITIES.index(profile.signer_authority)
                                       if profile.signer_authority in AUTHORITIES else 0)
        self.recipients = QPlainTextEdit("\n".join(profile.recipients))
        self.recipients.setTabChangesFocus(True)
        self.unit_box, self.signer_box = QGroupBox(), QGroupBox()
        unit_form, signer_form = QFormLayout(self.unit_box), QFormLayout(self.signer_box)
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {**self.edits, "unit_type": self.unit_type,
                                            "signer_authority": self.authority, "recipients": self.recipients}
        unit_keys = ESSENTIAL_UNIT + (() if essential else ("doc_code", "archive_abbr"))
        signer_keys = ESSENTIAL_SIGNER + (() if essential else ("recipients",))
        for form, keys in ((unit_form, unit_keys), (signer_form, signer_keys)):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for key in keys:
                label = QLabel()
                label.setWordWrap(True)
                label.setBuddy(self.widgets[key])
                self.labels[key] = label
                form.addRow(label, self.widgets[key])
        self.recipients.setVisible(not essential)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unit_box)
        layout.addWidget(self.signer_box)
        self._fit_recipients()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.unit_box.setTitle(self.tr("Reporting unit"))
        self.signer_box.setTitle(self.tr("Signature and recipients"))
        self.unit_type.setItemText(0, self.tr("Commune / ward"))
        self.unit_type.setItemText(1, self.tr("Department / agency"))
        texts = {
            "name": self.tr("Unit name"), "parent_agency": self.tr("Parent agency"),
            "code": self.tr("Unit code"), "place": self.tr("Place (date line)"),
            "unit_type": self.tr("Unit type"), "doc_code": self.tr("Document code"),
            "archive_abbr": self.tr("Archive abbreviation"), "signer_authority": self.tr("Signing authority"),
            "authority_body": self.tr("Authority body"), "signer_title": self.tr("Signer's title"),
            "signer_name": self.tr("Signer's name"), "recipients": self.tr("Recipients (one per line)"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.edits["name"].setPlaceholderText(self.tr("e.g. UBND xã Sơn Kỳ"))
        self.edits["parent_agency"].setPlaceholderText(self.tr("e.g. UBND tỉnh Quảng Ngãi"))
        self.edits["code"].setPlaceholderText(self.tr("e.g. 000.00.31.H48 (ask the province)"))
        self.edits["place"].setPlaceholderText(self.tr("e.g. Sơn Kỳ"))
        self.edits["signer_name"].setPlaceholderText(self.tr("e.g. Nguyễn Văn A"))
        self.edits["doc_code"].setPlaceholderText("BC-UBND")
        self.authority.setToolTip(self.tr("TM.: signs for the committee · KT.: a deputy signs for the "
                                          "chairman · TL.: signs by order"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_recipients()

    def _fit_recipients(self) -> None:
        self.recipients.setFixedHeight(self.recipients.fontMetrics().lineSpacing() * 4 + 12)

    def profile(self) -> UnitProfile:
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        profile = UnitProfile(**{**self.base.to_dict(), **values})
        profile.unit_type = "department" if self.unit_type.currentIndex() == 1 else "commune"
        profile.signer_authority = AUTHORITIES[self.authority.currentIndex()]
        profile.recipients = [line.strip() for line in self.recipients.toPlainText().splitlines()
                              if line.strip()]
        return profile

    def mark_missing(self, names: list[str]) -> None:
        """Outline the fields still needed and put the cursor in the first one."""
        for key, widget in self.widgets.items():
            widget.setStyleSheet(MISSING_STYLE if key in names else "")
        if names and names[0] in self.widgets:
            self.widgets[names[0]].setFocus()
