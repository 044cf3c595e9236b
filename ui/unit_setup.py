"""The first-start welcome, and the same unit setup asked again before anything prints the unit's
identity (a final copy, a bundle for the province, a compiled report).

Welcome: who is working on this PC (remembered for this Windows account) and the unit — name,
code, type, parent agency, place, signer with TM./KT./TL. "Để sau" skips it; the fields are asked
for again when they are needed. Nothing here writes to the database: the caller saves what
`profile()` / `officer_name()` return through the operations layer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QScrollArea,
                               QVBoxLayout, QWidget)

from models.report import UnitProfile
from ui.fonts import emphasize
from ui.screen_fit import fit_to_screen
from ui.unit_form import UnitProfileForm


class UnitSetupDialog(QDialog):
    """``welcome=True``: the first-start greeting with the officer's name and a "later" button.
    Otherwise ``missing`` names the profile fields the next step needs (outlined in red)."""

    def __init__(self, profile: UnitProfile, parent: QWidget | None = None, *, welcome: bool = False,
                 officer: str = "", missing: list[str] | None = None, purpose: str = ""):
        super().__init__(parent)
        self.welcome = welcome
        self.missing = list(missing or [])
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        emphasize(self.heading, scale=1.2)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.officer = QLineEdit(officer)
        self.officer_label = QLabel()
        self.officer_label.setBuddy(self.officer)
        officer_form = QFormLayout()
        officer_form.addRow(self.officer_label, self.officer)
        self.form = UnitProfileForm(profile, essential=True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        if welcome:
            body_layout.addLayout(officer_form)
        body_layout.addWidget(self.form)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._texts(purpose)
        self.form.mark_missing(self.missing)
        fit_to_screen(self, 640, 680)

    def _texts(self, purpose: str) -> None:
        if self.welcome:
            self.setWindowTitle(self.tr("Welcome"))
            self.heading.setText(self.tr("Welcome to baocao"))
            self.intro.setText(self.tr("Before the first report, tell the program who you are and which unit "
                                       "reports: these words are printed on every report (header, date line "
                                       "and signature). You can change them later in Settings."))
            self.officer_label.setText(self.tr("Your full name"))
            self.officer.setPlaceholderText(self.tr("Recorded with each saved version of a report"))
            self.save_button.setText(self.tr("Save and start"))
            self.later_button.setText(self.tr("Later"))
            return
        self.setWindowTitle(self.tr("Unit and signer"))
        what = {"bundle": self.tr("Before a bundle is sent to the province"),
                "compile": self.tr("Before the compiled report is written")}.get(
            purpose, self.tr("Before the report is finalized"))
        self.heading.setText(what)
        self.intro.setText(self.tr("These details are printed on the report or name the bundle. Fill in the "
                                   "fields outlined in red; they are saved in Settings for the next reports."))
        self.save_button.setText(self.tr("Save"))
        self.later_button.setText(self.tr("Cancel"))

    def profile(self) -> UnitProfile:
        return self.form.profile()

    def officer_name(self) -> str:
        return self.officer.text().strip()

    def _accept(self) -> None:
        from desktop.ops.identity import missing_identity

        still = missing_identity(self.profile(), "bundle" if "code" in self.missing else "final") \
            if self.missing else []
        still = [name for name in still if name in self.missing]
        if still:
            self.form.mark_missing(still)
            self.error.setText(self.tr("Fill in the fields outlined in red."))
            self.error.show()
            return
        self.accept()
