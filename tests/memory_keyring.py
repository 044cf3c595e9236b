"""An in-memory keyring backend for tests. It refuses to be used outside a pytest run."""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        if "PYTEST_CURRENT_TEST" not in os.environ and "pytest" not in os.environ.get("_", "") \
                and not os.environ.get("BAOCAO_TEST_KEYRING"):
            import sys

            if "pytest" not in sys.modules:
                raise RuntimeError("MemoryKeyring is for tests only")
        self._data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._data[(service, username)]
        except KeyError as exc:
            raise PasswordDeleteError(username) from exc
