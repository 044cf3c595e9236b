"""Settings: the unit profile printed on every report, the language and the font size, the signing keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop import i18n
from desktop.settings import FONT_SIZES, AppSettings
from models.errors import UserError
from ui import messages
from ui.ops_runner import OpsRunner
from ui.retranslate import Retranslatable
from ui.settings_keys import KeysTab
from models.report import AUTHORITIES, UnitProfile

TEXT_FIELDS = ("name", "parent_agency", "code", "place", "doc_code", "signer_name", "signer_title",
               "authority_body", "archive_abbr")


class SettingsDialog(Retranslatable, QDialog):
    """Edits the unit profile and app settings; saved through ``desktop.ops.settings``."""

    def __init__(self, store: Any, parent: QWidget | None = None, runner: OpsRunner | None = None):
        super().__init__(parent)
        from desktop.ops.settings import get_profile, get_settings

        self.store = store
        self.runner = runner or OpsRunner(store, self)
        self.profile = get_profile(store)
        self.settings = get_settings(store)
        self.saved_settings: AppSettings | None = None
        self.saved_profile: UnitProfile | None = None
        self.resize(1080, 560)

        self.edits: dict[str, QLineEdit] = {name: QLineEdit(getattr(self.profile, name) or "")
                                            for name in TEXT_FIELDS}
        self.unit_type = QComboBox()
        self.unit_type.addItems(["", ""])
        self.unit_type.setCurrentIndex(1 if self.profile.unit_type == "department" else 0)
        self.authority = QComboBox()
        self.authority.addItems([a or "—" for a in AUTHORITIES])
        self.authority.setCurrentIndex(AUTHORITIES.index(self.profile.signer_authority)
                                       if self.profile.signer_authority in AUTHORITIES else 0)
        self.recipients = QPlainTextEdit("\n".join(self.profile.recipients))
        self.recipients.setFixedHeight(110)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if self.settings.language == "en" else 0)
        self.font_size = QSpinBox()
        self.font_size.setRange(FONT_SIZES.start, FONT_SIZES.stop - 1)
        self.font_size.setValue(self.settings.font_size)
        self.font_size.setSuffix(" pt")

        self.unit_box = QGroupBox()
        unit_form = QFormLayout(self.unit_box)
        self.signer_box = QGroupBox()
        signer_form = QFormLayout(self.signer_box)
        self.labels: dict[str, QLabel] = {}

        for form in (unit_form, signer_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(form: QFormLayout, key: str, widget: QWidget) -> None:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)

        for key in ("name", "parent_agency", "code", "place"):
            row(unit_form, key, self.edits[key])
        row(unit_form, "unit_type", self.unit_type)
        for key in ("doc_code", "archive_abbr"):
            row(unit_form, key, self.edits[key])
        row(signer_form, "signer_authority", self.authority)
        for key in ("authority_body", "signer_title", "signer_name"):
            row(signer_form, key, self.edits[key])
        row(signer_form, "recipients", self.recipients)

        profile_page = QWidget()
        columns = QHBoxLayout(profile_page)
        columns.addWidget(self.unit_box, 1)
        columns.addWidget(self.signer_box, 1)
        app_page = QWidget()
        app_form = QFormLayout(app_page)
        row(app_form, "language", self.language)
        row(app_form, "font_size", self.font_size)
        self.tabs = QTabWidget()
        self.tabs.addTab(profile_page, "")
        self.tabs.addTab(app_page, "")
        self.keys_tab = KeysTab(store, runner=self.runner)  # reads the key only when first shown
        self.tabs.addTab(self.keys_tab, "")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()


    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.tabs.setTabText(0, self.tr("Unit profile"))
        self.tabs.setTabText(1, self.tr("Display"))
        self.tabs.setTabText(2, self.tr("Signing key"))
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
            "language": self.tr("Language"), "font_size": self.tr("Font size"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.edits["name"].setPlaceholderText(self.tr("e.g. UBND xã Ba Tơ"))
        self.edits["parent_agency"].setPlaceholderText(self.tr("e.g. UBND tỉnh Quảng Ngãi"))
        self.edits["code"].setPlaceholderText(self.tr("e.g. 000.00.31.H48"))
        self.edits["doc_code"].setPlaceholderText("BC-UBND")

    def collect(self) -> tuple[UnitProfile, AppSettings]:
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        profile = UnitProfile(**{**self.profile.to_dict(), **values})
        profile.unit_type = "department" if self.unit_type.currentIndex() == 1 else "commune"
        profile.signer_authority = AUTHORITIES[self.authority.currentIndex()]
        profile.recipients = [line.strip() for line in self.recipients.toPlainText().splitlines() if line.strip()]
        settings = AppSettings(language=self.language.currentData(), font_size=self.font_size.value(),
                               last_officer=self.settings.last_officer,
                               recent_officers=list(self.settings.recent_officers))
        return profile, settings

    def save(self) -> None:
        from desktop.ops.settings import save_settings

        profile, settings = self.collect()
        try:
            self.runner.run(save_settings, profile=profile, settings=settings)
        except UserError as err:
            messages.warn(self, self.tr("Cannot save"), err.message(i18n.current_language()))
            return
        self.saved_profile, self.saved_settings = profile, settings
        self.accept()
