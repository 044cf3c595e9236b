"""Settings: the unit profile printed on every report, the language, the font size, whether exports
print the report's number and date, the signing keys, and — for a province office — the "Kính gửi"
of its synthesis reports.

Each tab scrolls when the screen is short (1366×768 at 125 %, or a large font); the font size
applies as soon as it is saved, back and forth.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QPlainTextEdit, QScrollArea, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from desktop import i18n
from desktop.settings import FONT_SIZES, AppSettings
from models.errors import UserError
from models.report import UnitProfile
from ui import messages
from ui.ops_runner import OpsRunner
from ui.retranslate import Retranslatable
from ui.screen_fit import fit_to_screen
from ui.settings_keys import KeysTab
from ui.unit_form import UnitProfileForm


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class SettingsDialog(Retranslatable, QDialog):
    """Edits the unit profile and app settings; saved through ``desktop.ops.settings``."""

    def __init__(self, store: Any, parent: QWidget | None = None, runner: OpsRunner | None = None):
        super().__init__(parent)
        from desktop.ops.province import get_province_profile
        from desktop.ops.settings import get_profile, get_settings

        self.store = store
        self.runner = runner or OpsRunner(store, self)
        self.profile = get_profile(store)
        self.settings = get_settings(store)
        self.saved_settings: AppSettings | None = None
        self.saved_profile: UnitProfile | None = None

        self.form = UnitProfileForm(self.profile)
        self.edits = self.form.edits
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(1 if self.settings.language == "en" else 0)
        self.font_size = QSpinBox()
        self.font_size.setRange(FONT_SIZES.start, FONT_SIZES.stop - 1)
        self.font_size.setValue(self.settings.font_size)
        self.font_size.setSuffix(" pt")
        app_page = QWidget()
        app_form = QFormLayout(app_page)
        self.language_label, self.font_label = QLabel(), QLabel()
        app_form.addRow(self.language_label, self.language)
        app_form.addRow(self.font_label, self.font_size)
        self.font_note = QLabel()
        self.font_note.setWordWrap(True)
        app_form.addRow(self.font_note)
        self.fill_number_date = QCheckBox()
        self.fill_number_date.setChecked(self.settings.fill_number_date)
        self.fill_note = QLabel()
        self.fill_note.setWordWrap(True)
        app_form.addRow(self.fill_number_date)
        app_form.addRow(self.fill_note)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(self.form), "")
        self.tabs.addTab(scrolling(app_page), "")
        self.keys_tab = KeysTab(store, runner=self.runner)  # reads the key only when first shown
        self.tabs.addTab(scrolling(self.keys_tab), "")
        province_page = QWidget()
        province_form = QVBoxLayout(province_page)
        self.kinh_gui_label, self.kinh_gui_note = QLabel(), QLabel()
        self.kinh_gui_label.setWordWrap(True)
        self.kinh_gui_note.setWordWrap(True)
        self.kinh_gui = QPlainTextEdit("\n".join(get_province_profile(store).kinh_gui))
        self.kinh_gui.setTabChangesFocus(True)
        self.kinh_gui_label.setBuddy(self.kinh_gui)
        for widget in (self.kinh_gui_label, self.kinh_gui, self.kinh_gui_note):
            province_form.addWidget(widget)
        province_form.addStretch(1)
        self.tabs.addTab(scrolling(province_page), "")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        fit_to_screen(self, 760, 640)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.tabs.setTabText(0, self.tr("Unit profile"))
        self.tabs.setTabText(1, self.tr("Display"))
        self.tabs.setTabText(2, self.tr("Signing key"))
        self.tabs.setTabText(3, self.tr("Province synthesis"))
        self.kinh_gui_label.setText(self.tr("\"Kính gửi\" of the synthesis reports (one addressee per line)"))
        self.kinh_gui_note.setText(self.tr("Only for an office that compiles the units' reports (a department, "
                                           "the province): the agency, signer and \"Nơi nhận\" come from the "
                                           "unit profile."))
        self.language_label.setText(self.tr("Language"))
        self.font_label.setText(self.tr("Font size"))
        self.font_note.setText(self.tr("The new size applies to every window as soon as you save."))
        self.fill_number_date.setText(self.tr("Print the report's number and date in exports"))
        self.fill_note.setText(self.tr("Off (the usual way): \"Số: …/BC-UBND\" and the day are left blank for "
                                       "the office to write when the report is signed and registered."))

    def collect(self) -> tuple[UnitProfile, AppSettings]:
        settings = AppSettings(language=self.language.currentData(), font_size=self.font_size.value(),
                               last_officer=self.settings.last_officer,
                               recent_officers=list(self.settings.recent_officers),
                               fill_number_date=self.fill_number_date.isChecked())
        return self.form.profile(), settings

    def save(self) -> None:
        from desktop.ops.province import ProvinceProfile, save_province_profile

        profile, settings = self.collect()
        kinh_gui = [line.strip() for line in self.kinh_gui.toPlainText().splitlines() if line.strip()]
        try:
            self.runner.run(save_province_profile, ProvinceProfile(profile, kinh_gui), settings)
        except UserError as err:
            messages.warn(self, self.tr("Cannot save"), err.message(i18n.current_language()))
            return
        self.saved_profile, self.saved_settings = profile, settings
        self.accept()
