"""The window's start check uses the same verdicts as `baocao db check`: a quick check before the
store opens, the full check in the background after the first paint. Damage found in the
background is shown, remembered, and turned into the recovery offer at the next start."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop import app_guard
from desktop.app_guard import AppGuard
from tests.store_damage import flipped_copy, make_demo_db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return make_demo_db(tmp_path_factory.mktemp("demo") / "demo.db")


def _guard(qapp, db, **kwargs) -> AppGuard:
    guard = AppGuard([], db, **kwargs)
    guard.app = qapp
    return guard


def test_read_only_database_is_reported_not_offered_for_recovery(qapp, demo_db, tmp_path, monkeypatch):
    db = tmp_path / "ro.db"
    shutil.copy(demo_db, db)
    monkeypatch.setattr("desktop.db_check.writable", lambda path: False)
    shown, offered = [], []
    monkeypatch.setattr(app_guard, "_show_not_writable", lambda result, lang: shown.append(result))
    monkeypatch.setattr("ui.recovery_dialog.offer_recovery", lambda check, **kw: offered.append(check) or True)
    assert not _guard(qapp, db).check_database()
    assert [r.state for r in shown] == ["read_only"] and offered == []


@pytest.mark.parametrize("content", [b"", b"not a database" * 20])
def test_empty_or_foreign_file_goes_to_recovery(qapp, tmp_path, monkeypatch, content):
    db = tmp_path / "z.db"
    db.write_bytes(content)
    offered = []
    monkeypatch.setattr("ui.recovery_dialog.offer_recovery", lambda check, **kw: offered.append(check) or False)
    assert not _guard(qapp, db).check_database()
    assert offered[0].state == "damaged" and db.read_bytes() == content


def test_background_full_check_finds_what_the_quick_check_misses(qapp, qtbot, demo_db, tmp_path, monkeypatch):
    db = tmp_path / "live.db"
    shutil.copy(flipped_copy(demo_db, tmp_path, "answers"), db)
    guard = _guard(qapp, db)
    assert guard.check_database()  # the quick check at start passes: the window opens
    warned = []
    monkeypatch.setattr(guard, "warn_damaged", warned.append)
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    guard.start_full_check(parent)
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert warned[0].state == "damaged" and "answers" in warned[0].detail
    assert app_guard.damage_marker(db).exists()
    # next start: the full check runs before the store opens and recovery is offered
    offered = []
    monkeypatch.setattr("ui.recovery_dialog.offer_recovery", lambda check, **kw: offered.append(check) or False)
    assert not _guard(qapp, db).check_database()
    assert offered and offered[0].state == "damaged"
    # once the database is good again (restored), the mark goes away
    shutil.copy(demo_db, db)
    assert _guard(qapp, db).check_database() and not app_guard.damage_marker(db).exists()


def test_background_check_of_a_good_database_says_nothing(qapp, qtbot, demo_db, tmp_path, monkeypatch):
    db = tmp_path / "good.db"
    shutil.copy(demo_db, db)
    guard = _guard(qapp, db)
    warned = []
    monkeypatch.setattr(guard, "warn_damaged", warned.append)
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    guard.start_full_check(parent)
    qtbot.waitUntil(lambda: guard.full_check.result(wait=False) is not None, timeout=10_000)
    qtbot.wait(app_guard.FULL_CHECK_POLL_MS * 2)
    assert warned == [] and not app_guard.damage_marker(db).exists()


# ---- a read-only place: told before any window -----------------------------------------------------
def _read_only_for_the_system(monkeypatch, db) -> None:
    """What os.access says of a read-only file (or folder) to a user who is not root."""
    import os

    real = os.access
    places = {db, db.parent}

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path) in places:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_read_only_database_is_told_before_the_window_is_built(qapp, demo_db, tmp_path, monkeypatch, lang):
    from PySide6.QtWidgets import QMessageBox

    from desktop import app as app_module
    from desktop import crash

    db = tmp_path / "ro.db"
    shutil.copy(demo_db, db)
    _read_only_for_the_system(monkeypatch, db)
    monkeypatch.setenv("BAOCAO_LANG", lang)
    events = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: events.append(text)))
    build = app_module.build_window
    monkeypatch.setattr(app_module, "build_window", lambda store: events.append("window") or build(store))
    try:
        started = app_module.start(["--db", str(db)])
        if isinstance(started, app_module.Started):  # the old way: a window first, the check after it
            started.window.close()
            started.window.deleteLater()
            started.guard.shutdown(started.store)
            started.store.close()
    finally:
        crash.uninstall_excepthook()
    assert started == 1 and events and events[0] != "window"
    assert events == [events[0]] and str(db) in events[0]  # the message, and no window at all
    assert ("read-only" if lang == "en" else "chỉ đọc") in events[0]


def test_a_writable_database_is_still_checked_while_the_window_paints(qapp, demo_db, tmp_path):
    from desktop import crash

    db = tmp_path / "rw.db"
    shutil.copy(demo_db, db)
    guard = AppGuard([], db, single_instance=False)
    try:
        assert guard.before_store(qapp) is None
    finally:
        crash.uninstall_excepthook()
    assert not guard.checked  # the quick check is left for the first paint (guard.start_check)
