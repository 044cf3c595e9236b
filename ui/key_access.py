"""The window's way to the office's keys: the OS keyring, or a passphrase-protected key file.

When no usable keyring exists, ``desktop.keys`` raises ``NO_KEYRING``; the window then explains in
plain words that the key will be kept in a file locked by a passphrase, and asks for it — twice
when the file is being made (a typo would lock the key for good), once to open it. The
passphrase is kept in memory for this run only, never stored.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import i18n
from desktop.keys import NO_KEYRING, KeyStore
from models.errors import UserError
from ui.text_prompt import ask_text

T = TypeVar("T")
MIN_PASSPHRASE = 8
_passphrase: str | None = None


translate = QCoreApplication.translate


def is_no_keyring(err: BaseException) -> bool:
    return isinstance(err, UserError) and err.en == NO_KEYRING.en


def current_keys() -> KeyStore:
    """A KeyStore with this run's passphrase (if one was given)."""
    return KeyStore(passphrase=_passphrase)


def uses_passphrase_file() -> bool:
    return _passphrase is not None


def forget_passphrase() -> None:
    global _passphrase
    _passphrase = None


def no_keyring_text() -> str:
    """Why a passphrase is needed, without technical terms (shown instead of NO_KEYRING's text)."""
    return translate("KeyAccess", "This computer has no safe place of its own for the unit's signing key "
                                  "(the key that signs the reports sent to the province), so the key is "
                                  "kept in a file locked with a password.")


def _check_new(text: str, repeat: str) -> str:
    if len(text) < MIN_PASSPHRASE:
        return translate("KeyAccess", "The password needs at least 8 characters.")
    if text != repeat:
        return translate("KeyAccess", "The two passwords are not the same. Type them again.")
    return ""


def _check_old(text: str, _repeat: str) -> str:
    return translate("KeyAccess", "The password needs at least 8 characters.") if len(text) < MIN_PASSPHRASE else ""


def ask_passphrase(parent: QWidget | None, creating: bool, problem: str = "") -> str | None:
    """Ask for the key file's password (hidden input); None when cancelled. Creating it asks twice."""
    if creating:
        text = (no_keyring_text() + "\n\n" + translate(
            "KeyAccess", "Choose a password of at least 8 characters, write it down and keep it in a safe "
                         "place. The program asks for it when you send a report to the province. If it is "
                         "lost, a new key must be made and sent to the province again."))
        return ask_text(parent, translate("KeyAccess", "Set a password for the signing key"), text,
                        password=True, repeat_label=translate("KeyAccess", "Type the password again:"),
                        ok_text=translate("KeyAccess", "Set password"), check=_check_new)
    text = translate("KeyAccess", "Type the password of the unit's signing key (the one chosen the first "
                                  "time on this computer).")
    if problem:
        text += "\n\n" + problem
    return ask_text(parent, translate("KeyAccess", "Signing key password"), text, password=True,
                    check=_check_old)


def with_keys(parent: QWidget | None, action: Callable[[KeyStore], T]) -> T:
    """Run ``action(keys)``; without a keyring, ask for the key file's password and run it again.

    Raises the UserError (NO_KEYRING, wrong password, …) when the officer cancels, so callers show
    it like any other refusal."""
    global _passphrase
    try:
        return action(current_keys())
    except UserError as err:
        if not is_no_keyring(err):
            raise
    creating = not KeyStore().has_key_files()
    problem = ""
    while True:
        passphrase = ask_passphrase(parent, creating, problem)
        if passphrase is None:
            raise NO_KEYRING
        try:
            result = action(KeyStore(passphrase=passphrase))
        except UserError as err:
            if is_no_keyring(err):
                raise
            problem = err.message(i18n.current_language())  # e.g. a wrong password: ask again
            creating = False
            continue
        _passphrase = passphrase
        return result
