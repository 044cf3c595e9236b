"""Start-up recovery: a damaged database is detected, and restored from the newest good backup
(or set aside for a fresh start) without losing the damaged file; the app guard wires it in."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop import backup
from desktop.ops import maintenance
from models.store import Store
from ui.recovery_dialog import offer_recovery


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 5):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def _store_with_setting(path: Path, value: str) -> None:
    with Store(path) as store:
        store.set_setting("marker", value)
        store.set_setting("padding", "x" * 20000)


def _marker(path: Path) -> str:
    with Store(path) as store:
        return store.get_setting("marker")


def test_restore_newest_good_backup_when_the_user_agrees(db_path):
    _store_with_setting(db_path, "saved before backup")
    backup.make_backup(db_path, now=datetime(2025, 9, 20, 9, 0))
    _damage(db_path)
    check = backup.startup_check(db_path)
    assert not check.ok and check.newest_good_backup is not None
    asked, told = [], []
    ok = offer_recovery(check, choose=lambda t, text, labels: asked.append((text, labels)) or 0,
                        inform=lambda t, text: told.append(text))
    assert ok
    assert "Khôi phục bản sao lưu" in asked[0][1] and str(db_path) in asked[0][0]
    assert _marker(db_path) == "saved before backup"
    kept = list((db_path.parent / "backups" / "replaced").glob("*.db"))
    assert len(kept) == 1 and not backup.quick_check(kept[0]).ok  # the damaged file is kept
    assert str(kept[0]) in told[0]


def test_quitting_changes_nothing(db_path):
    _store_with_setting(db_path, "x")
    backup.make_backup(db_path)
    _damage(db_path)
    before = db_path.read_bytes()
    check = backup.startup_check(db_path)
    assert offer_recovery(check, choose=lambda *a: 1, inform=lambda *a: None) is False
    assert db_path.read_bytes() == before


def test_without_backup_start_fresh_keeps_the_damaged_file(db_path):
    _store_with_setting(db_path, "x")
    _damage(db_path)
    check = backup.startup_check(db_path)
    assert not check.ok and check.newest_good_backup is None
    assert offer_recovery(check, choose=lambda *a: 0, inform=lambda *a: None)
    assert not db_path.exists()
    assert list((db_path.parent / "backups" / "replaced").glob("*.db"))
    with Store(db_path) as store:  # a new, empty database opens
        assert store.get_setting("marker") is None


def test_backup_if_changed_only_copies_after_changes(db_path):
    with Store(db_path) as store:
        state = maintenance.start_state(store)
        first = maintenance.backup_if_changed(store, state)
        assert first is not None  # no backup existed yet
        assert maintenance.backup_if_changed(store, state) is None  # nothing changed
        store.set_setting("k", "v")
        second = maintenance.backup_if_changed(store, state)
        assert second is not None and second.path != first.path
        conn = sqlite3.connect(second.path)
        assert conn.execute("SELECT value FROM settings WHERE key='k'").fetchone()[0] == '"v"'
        conn.close()
        assert maintenance.close_check(store).ok
        assert maintenance.backup_interval_ms(store) == 10 * 60_000


def test_restore_cli_picks_newest_good_backup(db_path, capsys):
    from desktop.cli import main

    _store_with_setting(db_path, "from backup")
    assert main(["--db", str(db_path), "db", "backup"]) == 0
    _store_with_setting(db_path, "after backup")
    assert main(["--db", str(db_path), "db", "check"]) == 0
    _damage(db_path)
    assert main(["--db", str(db_path), "db", "check"]) == 1
    assert main(["--db", str(db_path), "db", "restore"]) == 0
    assert _marker(db_path) == "from backup"
    out = capsys.readouterr().out
    assert "Đã khôi phục" in out and "replaced" in out
    assert main(["--db", str(db_path.parent / "none.db"), "db", "restore"]) == 2


def test_guard_smoke_quits_with_the_demo_loaded(qapp, tmp_path, monkeypatch):
    import sys
    import threading

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from desktop import app as app_module
    from desktop import crash

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    before = set(QApplication.topLevelWidgets())
    exits = []
    monkeypatch.setattr(qapp, "exit", lambda code=0: exits.append(code))
    monkeypatch.setattr(qapp, "exec", lambda: qapp.processEvents() or (exits[-1] if exits else 99))
    try:
        code = app_module.main(["--db", str(tmp_path / "smoke.db"), "--smoke-test"])
    finally:
        crash.uninstall_excepthook()
        for widget in set(QApplication.topLevelWidgets()) - before:
            widget.close()
            widget.deleteLater()
        qapp.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone, with its pending timers
    assert exits == [0] and code == 0  # the window was shown with the demo report, then asked to quit
    assert backup.list_backups(tmp_path / "smoke.db")  # the close-time backup was made


def test_guard_check_passes_good_and_new_databases_and_stops_on_damage(qapp, db_path, monkeypatch):
    from desktop.app_guard import AppGuard

    assert AppGuard([], db_path, smoke_test=True).check_database()  # not created yet
    _store_with_setting(db_path, "x")
    assert AppGuard([], db_path, smoke_test=True).check_database()
    _damage(db_path)
    assert not AppGuard([], db_path, smoke_test=True).check_database()  # no dialog in a smoke test
    offered = []
    monkeypatch.setattr("ui.recovery_dialog.offer_recovery", lambda check, **kw: offered.append(check) or False)
    assert not AppGuard([], db_path).check_database()
    assert offered and not offered[0].ok and offered[0].db_path == db_path


def test_restore_cli_refuses_while_the_window_runs(qapp, capsys):
    from desktop.cli import main
    from desktop.paths import default_db_path
    from desktop.instance_lock import InstanceLock

    _store_with_setting(default_db_path(), "live")
    assert main(["db", "backup"]) == 0
    running = InstanceLock()  # what a window holds from its first instant
    assert running.acquire()
    try:
        assert main(["db", "restore"]) == 2
        assert "đang mở" in capsys.readouterr().err
    finally:
        running.release()
    assert main(["db", "restore"]) == 0
