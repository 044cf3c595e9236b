"""The office's private keys: kept in the OS keyring, never in SQLite or a plain file.

- The signing key (Ed25519) is made on first use; its public half is exported as a ``.pub`` file
  for the province to register, and its fingerprint is shown in the settings.
- The province's decryption key (X25519) is made on first use on the province's computer; its
  public half is given to the units so their bundles can be encrypted to it.

When no usable keyring backend exists (``keyring.backends.fail.Keyring``, or the backend errors),
the keys can live instead in passphrase-encrypted key files in the data folder (models/key_file.py): pass
``passphrase=`` (the window asks for it) or set ``BAOCAO_KEY_PASSPHRASE`` (the CLI). See docs/keys.md.
The keyring backend is injectable; tests use the in-memory one from tests/conftest.py.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from models import bundle_crypto as bc
from models import key_file
from models.atomic import atomic_write_bytes, atomic_write_text
from models.errors import UserError

SERVICE = "baocao"
SIGNING_NAME = "signing-key-ed25519"
BOX_NAME = "province-key-x25519"
PASSPHRASE_ENV = "BAOCAO_KEY_PASSPHRASE"
KEY_FILES = {SIGNING_NAME: "signing-key.pem", BOX_NAME: "province-key.pem"}

NO_KEYRING = UserError(
    "Máy này không có kho khóa an toàn của hệ điều hành (Windows Credential Manager / Secret Service), "
    "nên không thể cất khóa ký số. Cách khác: dùng tệp khóa được mã hóa bằng mật khẩu — nhập mật khẩu "
    f"khi được hỏi, hoặc đặt biến môi trường {PASSPHRASE_ENV} (xem tài liệu docs/keys.md).",
    "No usable OS keyring (Windows Credential Manager / Secret Service) on this computer, so the signing "
    "key cannot be stored. Alternative: a passphrase-encrypted key file — enter a passphrase when asked, "
    f"or set {PASSPHRASE_ENV} (see docs/keys.md).")


def keyring_usable(backend) -> bool:
    from keyring.backends import fail

    if backend is None or isinstance(backend, fail.Keyring):
        return False
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:  # noqa: BLE001 - some backends raise from priority when unavailable
        return False


class KeyStore:
    def __init__(self, backend=None, *, key_dir: str | Path | None = None, passphrase: str | None = None):
        if backend is None:
            import keyring

            backend = keyring.get_keyring()
        self.backend = backend
        self._key_dir = Path(key_dir) if key_dir else None
        self.passphrase = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV)

    # ---- storage -----------------------------------------------------------------------------
    @property
    def key_dir(self) -> Path:
        if self._key_dir is None:
            from desktop.paths import data_dir

            self._key_dir = data_dir() / "keys"
        self._key_dir.mkdir(parents=True, exist_ok=True)
        return self._key_dir

    def has_key_files(self) -> bool:
        """True when a passphrase-protected key file was already made here (so a passphrase exists)."""
        return any((self.key_dir / name).exists() for name in KEY_FILES.values())

    @property
    def uses_keyring(self) -> bool:
        return keyring_usable(self.backend)

    def _load(self, name: str) -> bytes | None:
        if self.uses_keyring:
            try:
                value = self.backend.get_password(SERVICE, name)
            except Exception as exc:  # noqa: BLE001 - keyring backends raise many error types
                if self.passphrase:
                    return self._load_file(name)
                raise NO_KEYRING from exc
            return base64.b64decode(value) if value else None
        return self._load_file(name)

    def _save(self, name: str, raw: bytes, kind: str) -> None:
        if self.uses_keyring:
            try:
                self.backend.set_password(SERVICE, name, base64.b64encode(raw).decode("ascii"))
                return
            except Exception as exc:  # noqa: BLE001
                if not self.passphrase:
                    raise NO_KEYRING from exc
        self._save_file(name, raw, kind)

    def _load_file(self, name: str) -> bytes | None:
        if not self.passphrase:
            raise NO_KEYRING
        path = self.key_dir / KEY_FILES[name]
        if not path.exists():
            return None
        data = path.read_bytes()
        raw, kind = key_file.unprotect(data, self.passphrase)
        if key_file.is_legacy(data):  # an older, weaker file: rewrite it with the current scheme
            atomic_write_bytes(path, key_file.protect(raw, self.passphrase, kind))
        return raw

    def _save_file(self, name: str, raw: bytes, kind: str) -> None:
        if not self.passphrase:
            raise NO_KEYRING
        atomic_write_bytes(self.key_dir / KEY_FILES[name], key_file.protect(raw, self.passphrase, kind))

    def _get_or_make(self, name: str, kind: str) -> bytes:
        raw = self._load(name)
        if raw is None:
            raw = bc.new_signing_key() if kind == bc.SIGN_KIND else bc.new_box_key()
            self._save(name, raw, kind)
        return raw

    # ---- signing key (every unit) ------------------------------------------------------------
    def signing_key(self) -> bytes:
        """The Ed25519 private key, made and stored on first use."""
        return self._get_or_make(SIGNING_NAME, bc.SIGN_KIND)

    def signing_public(self) -> bytes:
        return bc.signing_public(self.signing_key())

    def fingerprint(self) -> str:
        return bc.fingerprint(self.signing_public())

    def public_key_text(self, unit_code: str = "", unit_name: str = "") -> str:
        return bc.PublicKeyFile(bc.SIGN_KIND, self.signing_public(),
                                {"unit-code": unit_code, "unit-name": unit_name}).to_text()

    def export_public_key(self, path: str | Path, unit_code: str = "", unit_name: str = "") -> Path:
        path = Path(path)
        atomic_write_text(path, self.public_key_text(unit_code, unit_name))
        return path

    # ---- province decryption key --------------------------------------------------------------
    def box_key(self) -> bytes:
        return self._get_or_make(BOX_NAME, bc.BOX_KIND)

    def stored_box_key(self) -> bytes | None:
        """The province decryption key if one was made, without making one."""
        return self._load(BOX_NAME)

    def box_public_text(self, agency: str = "") -> str:
        return bc.PublicKeyFile(bc.BOX_KIND, bc.box_public(self.box_key()), {"agency": agency}).to_text()

    def export_box_public(self, path: str | Path, agency: str = "") -> Path:
        path = Path(path)
        atomic_write_text(path, self.box_public_text(agency))
        return path
