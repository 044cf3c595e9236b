"""Settings → "Khóa ký số": fingerprint, .pub export, province key, and a PC without a keyring."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.keys import KeyStore
from desktop.ops import sync
from models import bundle_crypto as bc
from models.store import Store
from tests.ui_shell_helpers import store, vi  # noqa: F401 - fixtures


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes are not shown: their texts are collected instead."""
    shown: list[str] = []

    def fake_exec(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture(autouse=True)
def _fresh_passphrase():
    from ui import key_access

    key_access.forget_passphrase()
    yield
    key_access.forget_passphrase()


def open_keys_tab(qtbot, store):
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert not dialog.keys_tab.loaded  # nothing read while the dialog is built
    dialog.show()
    dialog.tabs.setCurrentIndex(2)  # "Khóa ký số" (each tab scrolls)
    qtbot.waitUntil(lambda: dialog.keys_tab.loaded, timeout=5000)
    return dialog, dialog.keys_tab


def test_keys_tab_shows_this_units_fingerprint(qtbot, store, vi):
    dialog, tab = open_keys_tab(qtbot, store)
    assert dialog.tabs.tabText(2) == "Khóa ký số"
    expected = sync.signing_fingerprint()
    assert tab.fingerprint_text == expected
    assert expected in tab.fingerprint.text()
    assert not tab.passphrase_button.isVisibleTo(tab)


def test_export_public_key_writes_a_pub_the_province_can_register(qtbot, store, vi, tmp_path, monkeypatch,
                                                                   boxes):
    from models.report import UnitProfile
    from ui import file_dialogs

    store.save_profile(UnitProfile(name="UBND xã Sơn Kỳ", code="000.00.31.H48"))
    dialog, tab = open_keys_tab(qtbot, store)
    target = tmp_path / "ba-to"
    monkeypatch.setattr(file_dialogs, "_run", lambda dialog: [str(target)])  # the officer types "ba-to"
    written = tab.export_public_key()
    assert written == tmp_path / "ba-to.pub" and written.exists()
    assert str(written) in boxes[-1]
    pub = bc.PublicKeyFile.parse(written.read_text(encoding="utf-8"), bc.SIGN_KIND)
    assert bc.fingerprint(pub.key) == tab.fingerprint_text
    with Store(tmp_path / "province.db") as province:
        code = sync.register_unit_key(province, written).unit_code
        assert code == store.get_profile().code
        assert province.unit_key(code) == pub.key


def test_province_key_is_stored_shown_and_turned_off(qtbot, store, vi, tmp_path, monkeypatch, boxes):
    dialog, tab = open_keys_tab(qtbot, store)
    assert not tab.province_configured() and "Chưa cấu hình" in tab.province_status.text()
    assert not tab.off_button.isEnabled()
    province_pub = KeyStore().box_public_text("Sở KH&CN")
    tab.province_text.setPlainText(province_pub)
    tab.apply_button.click()
    assert sync.province_key(store) == bc.PublicKeyFile.parse(province_pub, bc.BOX_KIND).key
    assert bc.fingerprint(sync.province_key(store)) in tab.province_status.text()
    assert tab.off_button.isEnabled()
    tab.turn_encryption_off()
    assert sync.province_key(store) is None and "Chưa cấu hình" in tab.province_status.text()
    # Loading the .pub from a file works too; a signing key in its place is refused with a message.
    path = tmp_path / "tinh.pub"
    path.write_text(province_pub, encoding="utf-8")
    from ui import file_dialogs

    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(path))
    assert tab.load_province_file() and tab.province_configured()
    assert not tab.set_province_key(KeyStore().public_key_text("X", "Y"))
    assert "không đúng loại" in boxes[-1]


def test_no_keyring_shows_vietnamese_message_and_offers_a_key_file(qtbot, store, vi, monkeypatch, boxes):
    import keyring
    from keyring.backends import fail

    from ui import key_access

    monkeypatch.delenv("BAOCAO_KEY_PASSPHRASE", raising=False)
    keyring.set_keyring(fail.Keyring())
    dialog, tab = open_keys_tab(qtbot, store)
    assert tab.fingerprint_text == ""
    plain = key_access.no_keyring_text()
    assert plain in tab.fingerprint.text().replace("&#x27;", "'")
    assert "BAOCAO_KEY_PASSPHRASE" not in tab.fingerprint.text() and "docs/" not in tab.fingerprint.text()
    assert tab.passphrase_button.isVisibleTo(tab)
    # Cancelling the passphrase keeps the message, no traceback.
    monkeypatch.setattr(key_access, "ask_passphrase", lambda parent, creating, problem="": None)
    tab.use_passphrase_file()
    assert plain in tab.fingerprint.text().replace("&#x27;", "'")
    # With a passphrase the key is made in a protected file, and read back with the same passphrase.
    asked: list[bool] = []
    monkeypatch.setattr(key_access, "ask_passphrase",
                        lambda parent, creating, problem="": (asked.append(creating), "mat-khau-1")[1])
    tab.use_passphrase_file()
    assert asked == [True]  # no key file yet: the password is being created
    assert tab.fingerprint_text == KeyStore(passphrase="mat-khau-1").fingerprint()
    assert tab.fingerprint_text in tab.fingerprint.text() and "mật khẩu" in tab.key_note.text()
    assert not tab.passphrase_button.isVisibleTo(tab)


def test_wrong_passphrase_is_asked_again(qtbot, store, vi, monkeypatch, boxes):
    import keyring
    from keyring.backends import fail

    from ui import key_access

    monkeypatch.delenv("BAOCAO_KEY_PASSPHRASE", raising=False)
    keyring.set_keyring(fail.Keyring())
    made = KeyStore(passphrase="dung-mat-khau").fingerprint()
    answers = iter(["sai-mat-khau", "dung-mat-khau"])
    reasons: list[tuple[bool, str]] = []
    monkeypatch.setattr(key_access, "ask_passphrase",
                        lambda parent, creating, problem="": (reasons.append((creating, problem)), next(answers))[1])
    assert key_access.with_keys(None, lambda keys: keys.fingerprint()) == made
    assert reasons[0] == (False, "")  # the key file exists: asked once, to open it
    assert "Sai mật khẩu" in reasons[1][1]
    assert key_access.uses_passphrase_file()


def test_a_new_password_is_typed_twice_and_explained_in_plain_words(qtbot, vi, monkeypatch):
    from ui import text_prompt
    from ui.key_access import ask_passphrase

    seen: dict = {}

    def fake_exec(dialog):
        seen["label"] = dialog.label.text()
        seen["repeat"] = dialog.repeat.isVisibleTo(dialog)
        dialog.edit.setText("mat-khau-1")
        dialog.repeat.setText("mat-khau-2")  # a typo
        dialog._accept()
        seen["error"] = dialog.error.text()
        seen["accepted_with_typo"] = dialog.result() == 1
        dialog.repeat.setText("mat-khau-1")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(text_prompt.PromptDialog, "exec", fake_exec)
    assert ask_passphrase(None, creating=True) == "mat-khau-1"
    assert seen["repeat"] and not seen["accepted_with_typo"] and seen["error"]
    for technical in ("BAOCAO_KEY_PASSPHRASE", "docs/", "keyring", "biến môi trường"):
        assert technical not in seen["label"]
    monkeypatch.setattr(text_prompt.PromptDialog, "exec",
                        lambda dialog: (seen.update(repeat=dialog.repeat.isVisibleTo(dialog)),
                                        dialog.edit.setText("mat-khau-1"), 1)[-1])
    assert ask_passphrase(None, creating=False) == "mat-khau-1"
    assert not seen["repeat"]  # opening an existing key: asked once
