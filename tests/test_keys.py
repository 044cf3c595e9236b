"""Keys live in the keyring (here the in-memory test backend), never in SQLite or a plain file."""

from __future__ import annotations

import base64

import keyring
import pytest
from keyring.backends import fail
from keyring.errors import KeyringError

from desktop.keys import SERVICE, SIGNING_NAME, KeyStore
from desktop.ops import sync
from models import bundle_crypto as bc
from models.errors import UserError
from models.store import Store
from tests.bundle_helpers import small_outline, small_report


class BrokenKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise KeyringError("locked")

    def set_password(self, service, username, password):
        raise KeyringError("locked")

    def delete_password(self, service, username):
        raise KeyringError("locked")


def test_key_made_once_and_kept_in_keyring():
    keys = KeyStore()
    first = keys.signing_key()
    assert keyring.get_password(SERVICE, SIGNING_NAME) == base64.b64encode(first).decode()
    assert KeyStore().signing_key() == first
    fp = keys.fingerprint()
    assert fp == bc.fingerprint(bc.signing_public(first)) and len(fp.replace(" ", "")) == 64


def test_public_key_export_is_parseable(tmp_path):
    keys = KeyStore()
    path = keys.export_public_key(tmp_path / "unit.pub", "000.00.31.H48", "UBND xã Ba Tơ")
    parsed = bc.PublicKeyFile.parse(path.read_text(encoding="utf-8"), bc.SIGN_KIND)
    assert parsed.key == keys.signing_public()
    assert parsed.comments["unit-name"] == "UBND xã Ba Tơ"
    assert base64.b64encode(keys.signing_key()).decode() not in path.read_text()
    assert [p.name for p in tmp_path.iterdir()] == ["unit.pub"]


def test_private_key_never_written_to_sqlite(db_path, tmp_path):
    outline = small_outline()
    keys = KeyStore()
    with Store(db_path) as store:
        store.save_outline(outline)
        report = small_report(outline, revision=0)
        store.create_report(report)
        sync.export_bundle(store, report.id, tmp_path, keys=keys, render=False)
        store.conn.execute("PRAGMA wal_checkpoint(FULL)")
    private = keys.signing_key()
    blob = b"".join(p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name))
    for form in (private, base64.b64encode(private), private.hex().encode()):
        assert form not in blob
    bundle = next(tmp_path.glob("*.baocao.zip")).read_bytes()
    assert private not in bundle and base64.b64encode(private) not in bundle


def test_no_keyring_backend_says_so_in_vietnamese():
    for backend in (fail.Keyring(), BrokenKeyring()):
        keys = KeyStore(backend, passphrase="")
        with pytest.raises(UserError) as err:
            keys.signing_key()
        assert "kho khóa" in err.value.vi and "mật khẩu" in err.value.vi


def test_passphrase_key_file_fallback(tmp_path):
    keys = KeyStore(fail.Keyring(), key_dir=tmp_path, passphrase="mật khẩu đủ dài")
    private = keys.signing_key()
    stored = (tmp_path / "signing-key.pem").read_bytes()
    assert b'"kdf": {' in stored and b'"scrypt"' in stored and private not in stored
    assert KeyStore(fail.Keyring(), key_dir=tmp_path, passphrase="mật khẩu đủ dài").signing_key() == private
    with pytest.raises(UserError, match="Sai mật khẩu"):
        KeyStore(fail.Keyring(), key_dir=tmp_path, passphrase="mật khẩu sai rồi").signing_key()
    broken = KeyStore(BrokenKeyring(), key_dir=tmp_path, passphrase="mật khẩu đủ dài")
    assert broken.signing_key() == private


def test_province_box_key_is_separate_and_persistent():
    keys = KeyStore()
    assert keys.stored_box_key() is None
    box = keys.box_key()
    assert keys.stored_box_key() == box and box != keys.signing_key()
    assert bc.PublicKeyFile.parse(keys.box_public_text(), bc.BOX_KIND).key == bc.box_public(box)
