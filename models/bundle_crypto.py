"""Signing, verifying and encrypting bundles with ``cryptography``. Pure: no keyring, no files.

- Signing: Ed25519; keys travel as their 32 raw bytes (base64 in text).
- Fingerprint: SHA-256 of the raw public key, hex in groups of four ("3f2a 91c0 …").
- Public key file (``.pub``): a small text file, first line ``baocao-ed25519 <base64>`` (or
  ``baocao-x25519 <base64>`` for a province encryption key), then ``# key: value`` comment lines.
- Encryption to the province: X25519 ephemeral-static ECDH, HKDF-SHA256, ChaCha20-Poly1305.
  Outer file = MAGIC (8) | ephemeral public key (32) | nonce (12) | ciphertext+tag; the header is the
  AEAD associated data.
- Passphrase-protected private keys (no usable OS keyring): models/key_file.py.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import UserError

SIGN_KIND = "baocao-ed25519"
BOX_KIND = "baocao-x25519"
MAGIC = b"BAOCENC1"
_HKDF_INFO = b"baocao-bundle/1 chacha20poly1305"
_RAW = serialization.Encoding.Raw


def _private_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _public_raw(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(_RAW, serialization.PublicFormat.Raw)


# ---- signing ---------------------------------------------------------------------------------
def new_signing_key() -> bytes:
    """A fresh Ed25519 private key, as its 32 raw bytes."""
    return _private_raw(Ed25519PrivateKey.generate())


def signing_public(private_raw: bytes) -> bytes:
    return _public_raw(Ed25519PrivateKey.from_private_bytes(private_raw).public_key())


def sign(private_raw: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_raw).sign(data)


def verify(public_raw: bytes, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_raw: bytes) -> str:
    digest = hashlib.sha256(public_raw).hexdigest()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


# ---- public key text files --------------------------------------------------------------------
@dataclass
class PublicKeyFile:
    kind: str  # SIGN_KIND or BOX_KIND
    key: bytes  # 32 raw bytes
    comments: dict[str, str] = field(default_factory=dict)  # "unit-code", "unit-name", ...

    def to_text(self) -> str:
        lines = [f"{self.kind} {base64.b64encode(self.key).decode('ascii')}"]
        lines.append(f"# fingerprint: {fingerprint(self.key)}")
        lines += [f"# {k}: {v}" for k, v in self.comments.items() if k != "fingerprint"]
        return "\n".join(lines) + "\n"

    @classmethod
    def parse(cls, text: str, kind: str | None = None) -> "PublicKeyFile":
        bad = UserError("Tệp khóa công khai không hợp lệ.", "Invalid public key file.")
        lines = [ln.strip() for ln in (text or "").lstrip("\ufeff").splitlines() if ln.strip()]
        if not lines:
            raise bad
        head = lines[0].split()
        if len(head) != 2 or head[0] not in (SIGN_KIND, BOX_KIND):
            raise bad
        if kind and head[0] != kind:
            want = "khóa ký của đơn vị" if kind == SIGN_KIND else "khóa mã hóa của tỉnh"
            raise UserError(f"Tệp khóa công khai không đúng loại (cần {want}).",
                            f"Wrong kind of public key file (expected {kind}).")
        try:
            key = base64.b64decode(head[1], validate=True)
        except ValueError as exc:
            raise bad from exc
        if len(key) != 32:
            raise bad
        comments: dict[str, str] = {}
        for line in lines[1:]:
            if line.startswith("#") and ":" in line:
                k, _, v = line[1:].partition(":")
                comments[k.strip()] = v.strip()
        return cls(kind=head[0], key=key, comments=comments)


# ---- encryption to the province ---------------------------------------------------------------
def new_box_key() -> bytes:
    """A fresh X25519 private key (the province's), as its 32 raw bytes."""
    return _private_raw(X25519PrivateKey.generate())


def box_public(private_raw: bytes) -> bytes:
    return _public_raw(X25519PrivateKey.from_private_bytes(private_raw).public_key())


def _derive(shared: bytes, eph_pub: bytes, recipient_pub: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + recipient_pub,
                info=_HKDF_INFO).derive(shared)


def is_encrypted(data: bytes) -> bool:
    return data[:len(MAGIC)] == MAGIC


def encrypt(plain: bytes, recipient_public_raw: bytes) -> bytes:
    eph = X25519PrivateKey.generate()
    eph_pub = _public_raw(eph.public_key())
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_public_raw))
    key = _derive(shared, eph_pub, recipient_public_raw)
    nonce = os.urandom(12)
    header = MAGIC + eph_pub + nonce
    return header + ChaCha20Poly1305(key).encrypt(nonce, plain, header)


def decrypt(data: bytes, recipient_private_raw: bytes) -> bytes:
    header_len = len(MAGIC) + 32 + 12
    if not is_encrypted(data) or len(data) < header_len + 16:
        raise UserError("Gói mã hóa bị hỏng hoặc cắt cụt.", "The encrypted bundle is damaged or truncated.")
    eph_pub = data[len(MAGIC):len(MAGIC) + 32]
    nonce = data[len(MAGIC) + 32:header_len]
    private = X25519PrivateKey.from_private_bytes(recipient_private_raw)
    recipient_pub = _public_raw(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        key = _derive(shared, eph_pub, recipient_pub)
        return ChaCha20Poly1305(key).decrypt(nonce, data[header_len:], data[:header_len])
    except (InvalidTag, ValueError) as exc:
        raise UserError("Không giải mã được gói: gói không được mã hóa cho khóa của đơn vị này, "
                        "hoặc đã bị sửa đổi/hỏng.",
                        "Cannot decrypt the bundle: it was not encrypted to this office's key, "
                        "or it was altered/damaged.") from exc
