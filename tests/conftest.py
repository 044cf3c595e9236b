"""Shared fixtures: every test runs offscreen, with its own data dir and an in-memory keyring."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.memory_keyring import MemoryKeyring  # noqa: E402
from hypothesis import settings as _hypothesis_settings  # noqa: E402

# Locally the fuzz tests explore new random cases on every run; in CI they replay a fixed
# derivation so a landing never hinges on a lucky draw (failures found locally are kept in
# .hypothesis/ and become regular examples).
_hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
_hypothesis_settings.register_profile("dev", deadline=None)
_hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/ from the current output (see tests/golden_docx.py)")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user data dir, cache, config or keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BAOCAO_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("BAOCAO_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("BAOCAO_LANG", "vi")
    import keyring

    from models import key_file

    monkeypatch.setattr(key_file, "scrypt_params", (2 ** 10, 8, 1))  # real strength is in bench/
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialog(monkeypatch):
    """A modal dialog nobody answers would hang the run offscreen: fail the test instead. Tests that
    expect one patch its class's ``exec`` (which wins over this one on QDialog)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:
        yield
        return

    def refuse(dialog, *args, **kwargs):
        raise AssertionError(f"unexpected modal dialog {type(dialog).__name__}: {dialog.windowTitle()!r}")

    monkeypatch.setattr(widgets.QDialog, "exec", refuse)
    yield


@pytest.fixture
def seed_004_text() -> str:
    path = SEEDS / "004_21be767986723207.txt"
    if path.exists():
        return path.read_text(encoding="utf-8")
    from resources import resource_path

    return resource_path("outlines", "seed_004_request.txt").read_text(encoding="utf-8")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"
