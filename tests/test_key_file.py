"""Passphrase-protected key files: scrypt + ChaCha20-Poly1305, bounded parameters, and the upgrade
of older PBKDF2 (PKCS#8) files on first use."""

from __future__ import annotations

import json

import pytest

from desktop.keys import KeyStore, SIGNING_NAME, KEY_FILES
from models import bundle_crypto as bc
from models import key_file
from models.errors import UserError

PASS = "mật khẩu dài"
FAST = {"n": 2 ** 10, "r": 8, "p": 1}  # small parameters keep the tests quick; defaults are checked below


def test_round_trip_and_wrong_passphrase():
    raw = bc.new_signing_key()
    data = key_file.protect(raw, PASS, bc.SIGN_KIND, **FAST)
    assert raw not in data
    doc = json.loads(data)
    assert doc["format"] == "baocao-key/2" and doc["kdf"]["name"] == "scrypt"
    assert key_file.unprotect(data, PASS) == (raw, bc.SIGN_KIND)
    with pytest.raises(UserError, match="Sai mật khẩu"):
        key_file.unprotect(data, "sai mật khẩu")
    with pytest.raises(UserError, match="8 ký tự"):
        key_file.protect(raw, "ngắn", bc.SIGN_KIND)


def test_default_parameters_are_memory_hard():
    n, r, _p = key_file.DEFAULT_SCRYPT
    assert n * r * 128 >= 64 * 1024 * 1024  # 64 MiB per guess


@pytest.mark.parametrize("change", [
    {"kdf": {"n": 2 ** 4}},          # weakened work factor: the header is authenticated
    {"kind": bc.BOX_KIND},
])
def test_altered_header_does_not_open(change):
    data = key_file.protect(bc.new_signing_key(), PASS, bc.SIGN_KIND, **FAST)
    doc = json.loads(data)
    for key, value in change.items():
        doc[key] = {**doc[key], **value} if isinstance(value, dict) else value
    with pytest.raises(UserError):
        key_file.unprotect(json.dumps(doc).encode(), PASS)


@pytest.mark.parametrize("params", [{"n": 2 ** 30}, {"n": 1000}, {"r": 10 ** 6}, {"n": "65536"}, {"p": 0}])
def test_hostile_parameters_are_refused_before_any_work(params):
    data = key_file.protect(bc.new_signing_key(), PASS, bc.SIGN_KIND, **FAST)
    doc = json.loads(data)
    doc["kdf"].update(params)
    with pytest.raises(UserError, match="không đúng định dạng"):
        key_file.unprotect(json.dumps(doc).encode(), PASS)


@pytest.mark.parametrize("junk", [b"", b"{}", b"not json", b"\xff\xfe", b'{"format": "baocao-key/2"}'])
def test_junk_is_a_clear_error(junk):
    with pytest.raises(UserError):
        key_file.unprotect(junk, PASS)


class _NoKeyring:
    priority = 0


def test_old_pbkdf2_file_opens_and_is_rewritten(tmp_path):
    raw = bc.new_signing_key()
    path = tmp_path / KEY_FILES[SIGNING_NAME]
    path.write_bytes(key_file.protect_legacy(raw, PASS, bc.SIGN_KIND))
    assert key_file.is_legacy(path.read_bytes())
    keys = KeyStore(_NoKeyring(), key_dir=tmp_path, passphrase=PASS)
    assert keys.signing_key() == raw
    upgraded = path.read_bytes()
    assert not key_file.is_legacy(upgraded)
    assert key_file.unprotect(upgraded, PASS) == (raw, bc.SIGN_KIND)
    assert KeyStore(_NoKeyring(), key_dir=tmp_path, passphrase=PASS).signing_key() == raw
