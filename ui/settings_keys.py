"""Settings tab "Khóa ký số": this office's signing-key fingerprint and .pub export, and the
province's public key that bundles are encrypted to (optional). Changes here apply at once."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from desktop import i18n
from desktop.ops import sync
from models.errors import UserError
from ui import file_dialogs, key_access, messages
from ui.ops_runner import OpsRunner
from ui.retranslate import Retranslatable


class KeysTab(Retranslatable, QWidget):
    """Loads the key lazily: the first time the tab is shown (the key is made on first use)."""

    def __init__(self, store: Any, parent: QWidget | None = None, runner: OpsRunner | None = None):
        super().__init__(parent)
        self.store = store
        self.runner = runner or OpsRunner(store, self)
        self.loaded = False
        self.fingerprint_text = ""
        self._key_error: str = ""
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        self.sign_box = QGroupBox()
        self.sign_hint = QLabel()
        self.sign_hint.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setTextFormat(Qt.TextFormat.RichText)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_public_key)
        self.passphrase_button = QPushButton()
        self.passphrase_button.clicked.connect(self.use_passphrase_file)
        self.passphrase_button.hide()
        sign_buttons = QHBoxLayout()
        sign_buttons.addWidget(self.export_button)
        sign_buttons.addWidget(self.passphrase_button)
        sign_buttons.addStretch(1)
        sign_layout = QVBoxLayout(self.sign_box)
        sign_layout.addWidget(self.sign_hint)
        sign_layout.addWidget(self.fingerprint)
        sign_layout.addWidget(self.key_note)
        sign_layout.addLayout(sign_buttons)

        self.province_box = QGroupBox()
        self.province_hint = QLabel()
        self.province_hint.setWordWrap(True)
        self.province_status = QLabel()
        self.province_status.setWordWrap(True)
        self.province_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.province_text = QPlainTextEdit()
        self.province_text.setFont(mono)
        self.province_text.setFixedHeight(self.province_text.fontMetrics().lineSpacing() * 3 + 14)
        self.load_button = QPushButton()
        self.load_button.clicked.connect(self.load_province_file)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(lambda: self.set_province_key(self.province_text.toPlainText()))
        self.off_button = QPushButton()
        self.off_button.clicked.connect(self.turn_encryption_off)
        province_buttons = QHBoxLayout()
        for button in (self.load_button, self.apply_button, self.off_button):
            province_buttons.addWidget(button)
        province_buttons.addStretch(1)
        province_layout = QVBoxLayout(self.province_box)
        province_layout.addWidget(self.province_hint)
        province_layout.addWidget(self.province_status)
        province_layout.addWidget(self.province_text)
        province_layout.addLayout(province_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.sign_box)
        layout.addWidget(self.province_box)
        layout.addStretch(1)
        self.retranslate_ui()

    # ---- i18n ----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.sign_box.setTitle(self.tr("This unit's signing key"))
        self.sign_hint.setText(self.tr("Every bundle sent to the province is signed with this key. Send the "
                                       "public key file (.pub) to the province once, and read the fingerprint "
                                       "to them by phone so they can check it."))
        self.export_button.setText(self.tr("Export public key…"))
        self.passphrase_button.setText(self.tr("Keep the key in a file with a password…"))
        self.province_box.setTitle(self.tr("Province encryption key (optional)"))
        self.province_hint.setText(self.tr("If the province gives you its public key (.pub), bundles are "
                                           "encrypted so only the province can open them. Changes here apply "
                                           "at once."))
        self.province_text.setPlaceholderText(self.tr("Paste the text of the province's .pub file here…"))
        self.load_button.setText(self.tr("Load .pub file…"))
        self.apply_button.setText(self.tr("Use pasted key"))
        self.off_button.setText(self.tr("Turn encryption off"))
        self._show_key_state()
        self._show_province_state()

    # ---- signing key ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:
            QTimer.singleShot(0, self.ensure_loaded)

    def ensure_loaded(self) -> None:
        """Read (or make) the key without asking anything; a missing keyring is shown, not raised."""
        if self.loaded:
            return
        self.loaded = True
        try:
            self.fingerprint_text = key_access.current_keys().fingerprint()
            self._key_error = ""
        except UserError as err:
            self.fingerprint_text = ""
            no_keyring = key_access.is_no_keyring(err)
            self._key_error = key_access.no_keyring_text() if no_keyring else err.message(i18n.current_language())
            self.passphrase_button.setVisible(no_keyring)
        self._show_key_state()

    def use_passphrase_file(self) -> None:
        try:
            self.fingerprint_text = key_access.with_keys(self, lambda keys: keys.fingerprint())
        except UserError as err:
            self._key_error = (key_access.no_keyring_text() if key_access.is_no_keyring(err)
                               else err.message(i18n.current_language()))
            self._show_key_state()
            return
        self._key_error = ""
        self.passphrase_button.hide()
        self._show_key_state()

    def _show_key_state(self) -> None:
        if self._key_error:
            self.fingerprint.setText(f'<span style="color:#c62828">{html.escape(self._key_error)}</span>')
            self.key_note.hide()
        else:
            value = (f'<span style="font-family:monospace; font-weight:bold">{self.fingerprint_text}</span>'
                     if self.fingerprint_text else html.escape(self.tr("Reading the key…")))
            self.fingerprint.setText(html.escape(self.tr("Fingerprint: %1")).replace("%1", value))
            self.key_note.show()
            self.key_note.setText(self.tr("Kept in a file locked with a password on this computer.")
                                  if key_access.uses_passphrase_file() else
                                  self.tr("Kept in the operating system's key store (Windows Credential "
                                          "Manager), never in the report database."))

    def export_public_key(self) -> Path | None:
        code = (self.store.get_profile().code or "").strip().replace("/", "-") or "baocao"
        path = file_dialogs.save_file(self, self.tr("Export public key"), f"{code}.pub",
                                      self.tr("Public key (*.pub)"), suffix=".pub")
        if not path:
            return None
        try:
            written = key_access.with_keys(self, lambda keys: self.runner.run(sync.export_public_key, path,
                                                                             keys).path)
        except UserError as err:
            messages.warn(self, self.tr("Cannot export the key"), err.message(i18n.current_language()))
            return None
        if not self.fingerprint_text:
            self.loaded = False
            self.ensure_loaded()
        messages.inform(self, self.tr("Public key exported"),
                        self.tr("The public key was saved to:\n%1\n\nSend this file to the province.")
                        .replace("%1", str(written)))
        return written

    # ---- province key --------------------------------------------------------------------------
    def _show_province_state(self) -> None:
        try:
            key = sync.province_key(self.store)
        except UserError:
            key = None
        if key is None:
            self.province_status.setText(self.tr("Not configured: bundles are signed but not encrypted."))
        else:
            from models.bundle_crypto import fingerprint

            self.province_status.setText(self.tr("Configured: bundles are encrypted to the province key %1.")
                                         .replace("%1", fingerprint(key)))
        self.off_button.setEnabled(key is not None)

    def province_configured(self) -> bool:
        return sync.province_key(self.store) is not None

    def load_province_file(self) -> bool:
        path = file_dialogs.open_file(self, self.tr("Province public key"),
                                      self.tr("Public key (*.pub);;All files (*)"))
        if not path:
            return False
        return self._set_province_key(sync.set_province_key_file, path)

    def set_province_key(self, text: str) -> bool:
        if not text.strip():
            messages.warn(self, self.tr("Cannot use this key"),
                          self.tr("Paste the province's public key or load its .pub file first."))
            return False
        return self._set_province_key(sync.set_province_key, text)

    def _set_province_key(self, op, source: str) -> bool:
        try:
            self.runner.run(op, source)
        except UserError as err:
            messages.warn(self, self.tr("Cannot use this key"), err.message(i18n.current_language()))
            return False
        self.province_text.clear()
        self._show_province_state()
        return True

    def turn_encryption_off(self) -> None:
        if not messages.confirm(self, self.tr("Turn encryption off"),
                                self.tr("Bundles will no longer be encrypted to the province key. Continue?"),
                                self.tr("Turn off")):
            return
        try:
            self.runner.run(sync.set_province_key, "")
        except UserError as err:
            messages.warn(self, self.tr("Cannot do that"), err.message(i18n.current_language()))
        self._show_province_state()
