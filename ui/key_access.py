"""The window's way to the office's keys: the OS keyring, or a passphrase-protected key file.

When no usable keyring exists, ``desktop.keys`` raises ``NO_KEYRING``; the window then shows that
message (in the UI language) and asks for the passphrase of the key file (docs/keys.md). The
passphrase is kept in memory for this run only, never stored.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop import i18n
from desktop.keys import NO_KEYRING, KeyStore
from models.errors import UserError
from ui import messages

T = TypeVar("T")
MIN_PASSPHRASE = 8
_passphrase: str | None = None


translate = QCoreApplication.translate


def is_no_keyring(err: BaseException) -> bool:
    return isinstance(err, UserError) and err.en == NO_KEYRING.en


def current_keys() -> KeyStore:
    """A KeyStore with this run's passphrase (if one was given; else BAOCAO_KEY_PASSPHRASE applies)."""
    return KeyStore(passphrase=_passphrase)


def uses_passphrase_file() -> bool:
    return _passphrase is not None


def forget_passphrase() -> None:
    global _passphrase
    _passphrase = None


def ask_passphrase(parent: QWidget | None, reason: str) -> str | None:
    """Ask for the key file's passphrase (hidden input); None when cancelled."""
    label = reason + "\n\n" + translate("KeyAccess", "Passphrase of the key file (at least 8 characters; it "
                                                    "is not stored, you will be asked again next time):")
    while True:
        text, ok = QInputDialog.getText(parent, translate("KeyAccess", "Key file passphrase"), label,
                                        QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if len(text) >= MIN_PASSPHRASE:
            return text
        messages.warn(parent, translate("KeyAccess", "Passphrase too short"),
                      translate("KeyAccess", "The passphrase needs at least 8 characters."))


def with_keys(parent: QWidget | None, action: Callable[[KeyStore], T]) -> T:
    """Run ``action(keys)``; without a keyring, ask for the key-file passphrase and run it again.

    Raises the UserError (NO_KEYRING, wrong passphrase, …) when the officer cancels, so callers show
    it like any other refusal."""
    global _passphrase
    try:
        return action(current_keys())
    except UserError as err:
        if not is_no_keyring(err):
            raise
        reason = err.message(i18n.current_language())
    while True:
        passphrase = ask_passphrase(parent, reason)
        if passphrase is None:
            raise NO_KEYRING
        try:
            result = action(KeyStore(passphrase=passphrase))
        except UserError as err:
            if is_no_keyring(err):
                raise
            reason = err.message(i18n.current_language())  # e.g. a wrong passphrase: ask again
            continue
        _passphrase = passphrase
        return result
