"""Passphrase-protected private key files (used only when the PC has no usable OS keyring).

Format 2 (written since version 0.2): a small JSON text file

    {"format": "baocao-key/2", "kind": "baocao-ed25519",
     "kdf": {"name": "scrypt", "n": 65536, "r": 8, "p": 1, "salt": "<base64, 16 bytes>"},
     "cipher": "chacha20poly1305", "nonce": "<base64, 12 bytes>", "data": "<base64 ciphertext+tag>"}

The 32-byte key-encryption key is scrypt(passphrase, salt, n, r, p) — memory-hard, 64 MiB and about
0.4 s per guess on a 2-core PC — and the raw private key is sealed with ChaCha20-Poly1305. Every
field except "data" is the AEAD's associated data, so weakening the parameters in the file makes
it fail to open. Parameters read from a file are bounded (a hostile file cannot ask for gigabytes).

Format 1 (version 0.1): PKCS#8 PEM from `cryptography`'s BestAvailableEncryption, which is
PBKDF2-SHA256 with 2,048 iterations. It still opens; `KeyStore` rewrites it as format 2 on first use.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .errors import UserError

FORMAT = "baocao-key/2"
KINDS = ("baocao-ed25519", "baocao-x25519")
DEFAULT_SCRYPT = (2 ** 16, 8, 1)  # n, r, p: 64 MiB, about 0.4 s on a 2-core PC (bench/keyfile_bench.py)
scrypt_params = DEFAULT_SCRYPT  # what new files get; tests lower it to stay quick
_MAX_MEMORY = 256 * 1024 * 1024  # bound for parameters read from a file: 128·r·n bytes
_MAX_R, _MAX_P = 16, 4
MIN_PASSPHRASE = 8

_WRONG = UserError("Sai mật khẩu hoặc tệp khóa bị hỏng.", "Wrong passphrase or damaged key file.")
_BAD_FILE = UserError("Tệp khóa không đúng định dạng hoặc đã bị sửa.",
                      "The key file is not in a known format, or it was altered.")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=2 * 128 * r * n + (1 << 20), dklen=32)


def _header_bytes(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def is_legacy(data: bytes) -> bool:
    """True for a format-1 (PKCS#8 PEM) key file."""
    return data.lstrip().startswith(b"-----BEGIN")


def protect(private_raw: bytes, passphrase: str, kind: str, *, n: int | None = None, r: int | None = None,
            p: int | None = None) -> bytes:
    """The format-2 file bytes sealing `private_raw` (32 bytes) under `passphrase`."""
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise UserError("Mật khẩu bảo vệ khóa phải có ít nhất 8 ký tự.",
                        "The key passphrase must be at least 8 characters long.")
    if kind not in KINDS or len(private_raw) != 32:
        raise ValueError("a 32-byte Ed25519 or X25519 private key is expected")
    n, r, p = n or scrypt_params[0], r or scrypt_params[1], p or scrypt_params[2]
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"format": FORMAT, "kind": kind, "cipher": "chacha20poly1305", "nonce": _b64(nonce),
              "kdf": {"name": "scrypt", "n": n, "r": r, "p": p, "salt": _b64(salt)}}
    sealed = ChaCha20Poly1305(_kek(passphrase, salt, n, r, p)).encrypt(nonce, private_raw, _header_bytes(header))
    return (json.dumps({**header, "data": _b64(sealed)}, indent=1) + "\n").encode("utf-8")


def _parse(data: bytes) -> tuple[dict[str, Any], bytes, bytes, bytes, tuple[int, int, int]]:
    try:
        doc = json.loads(data.decode("utf-8"))
        header = {k: doc[k] for k in ("format", "kind", "cipher", "nonce", "kdf")}
        kdf = header["kdf"]
        params = (kdf["n"], kdf["r"], kdf["p"])
        salt, nonce = base64.b64decode(kdf["salt"], validate=True), base64.b64decode(header["nonce"], validate=True)
        sealed = base64.b64decode(doc["data"], validate=True)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise _BAD_FILE from exc
    n, r, p = params
    ok = (header["format"] == FORMAT and header["kind"] in KINDS and header["cipher"] == "chacha20poly1305"
          and kdf.get("name") == "scrypt" and all(type(v) is int for v in params)
          and n >= 2 and n & (n - 1) == 0 and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P
          and 128 * r * n <= _MAX_MEMORY
          and len(salt) >= 16 and len(nonce) == 12)
    if not ok:
        raise _BAD_FILE
    return header, salt, nonce, sealed, params


def unprotect(data: bytes, passphrase: str) -> tuple[bytes, str]:
    """(raw private key, kind) from a key file of either format."""
    if is_legacy(data):
        return _unprotect_legacy(data, passphrase)
    header, salt, nonce, sealed, (n, r, p) = _parse(data)
    try:
        raw = ChaCha20Poly1305(_kek(passphrase or "", salt, n, r, p)).decrypt(nonce, sealed, _header_bytes(header))
    except InvalidTag as exc:
        raise _WRONG from exc
    return raw, header["kind"]


def _unprotect_legacy(pem: bytes, passphrase: str) -> tuple[bytes, str]:
    try:
        key = serialization.load_pem_private_key(pem, password=(passphrase or "").encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise _WRONG from exc
    if isinstance(key, Ed25519PrivateKey):
        kind = KINDS[0]
    elif isinstance(key, X25519PrivateKey):
        kind = KINDS[1]
    else:
        raise UserError("Tệp khóa không đúng loại.", "Wrong kind of key file.")
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    return raw, kind


def protect_legacy(private_raw: bytes, passphrase: str, kind: str) -> bytes:
    """A format-1 file, as older versions wrote it (for tests of the upgrade path)."""
    cls = Ed25519PrivateKey if kind == KINDS[0] else X25519PrivateKey
    return cls.from_private_bytes(private_raw).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
