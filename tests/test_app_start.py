"""The window's start-up path (desktop.app.start): what waits for the first paint, and the lock."""

from __future__ import annotations

import gc

import pytest

from desktop import app as app_module
from desktop import crash
from desktop.instance_lock import is_locked, lock_path


def test_start_shows_the_window_then_asks_the_officer_and_resumes_gc(qapp, qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr("ui.main_window.MainWindow.first_start",  # the welcome, or "who is working?"
                        lambda window: asked.append(window.windowHandle().isExposed()) or "")
    assert gc.isenabled()
    started = app_module.start(["--db", str(tmp_path / "start.db")])
    try:
        assert isinstance(started, app_module.Started)
        assert is_locked(lock_path())  # one window per data folder, from before Qt was loaded
        assert not gc.isenabled()  # paused until the first paint
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        assert asked == [True]  # the "who is working?" prompt came after the window was on screen
        assert gc.isenabled()
    finally:
        started.window.close()
        started.window.deleteLater()
        started.guard.shutdown(started.store)
        started.store.close()
        crash.uninstall_excepthook()
        gc.enable()
    assert not is_locked(lock_path())  # released at shutdown


def test_start_stops_before_the_store_when_another_window_runs(qapp, tmp_path, monkeypatch):
    from desktop.instance_lock import InstanceLock

    monkeypatch.setattr("desktop.single_instance.hand_over", lambda argv, *a, **k: True)
    running = InstanceLock()
    assert running.acquire()
    try:
        assert app_module.start(["--db", str(tmp_path / "second.db")]) == 0
    finally:
        running.release()
        crash.uninstall_excepthook()
    assert not (tmp_path / "second.db").exists()  # the second launch never opened a database
    assert gc.isenabled()


@pytest.mark.parametrize("argv, db, lang, smoke", [
    ([], None, None, False),
    (["--db", "x.db", "--lang", "en"], "x.db", "en", False),
    (["--db=báo cáo.db", "--lang=vi", "--smoke-test"], "báo cáo.db", "vi", True),
    (["--smoke-test", "--unknown", "--db", "--lang"], "--lang", None, True),  # a value may look like an option
])
def test_window_options(argv, db, lang, smoke):
    args = app_module.parse_args(argv)
    assert (args.db, args.lang, args.smoke_test) == (db, lang, smoke)


@pytest.mark.parametrize("argv, message", [
    (["--lang", "fr"], "invalid choice: 'fr'"),
    (["--db"], "argument --db: expected one argument"),
])
def test_bad_window_options_exit_2_with_one_line(argv, message, capsys):
    with pytest.raises(SystemExit) as stop:
        app_module.parse_args(argv)
    err = capsys.readouterr().err
    assert stop.value.code == 2 and message in err and err.count("\n") == 1


# ---- the integrity check around the first paint ---------------------------------------------------

def _store_with_a_report(path):
    from desktop.ops.reports import ensure_demo
    from models.store import Store

    with Store(path) as store:
        ensure_demo(store)
        store.conn.execute("CREATE TABLE unused (k INTEGER PRIMARY KEY, v TEXT)")
        store.conn.execute("CREATE INDEX unused_v ON unused (v)")
        store.conn.executemany("INSERT INTO unused (v) VALUES (?)", [(f"row {i:05}",) for i in range(2000)])
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _damage_a_page_start_up_never_reads(path):
    """Break the b-tree of an index the window never uses: the window loads, quick_check fails."""
    import sqlite3

    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'unused_v'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size] = 0x7F  # not a valid b-tree page type
    path.write_bytes(bytes(data))


def _run_main(qapp, monkeypatch, argv):
    """app.main with the event loop driven here: it runs until the app asks to exit."""
    import time

    exits = []
    monkeypatch.setattr(qapp, "exit", lambda code=0: exits.append(code))

    def exec_until_exit():
        deadline = time.monotonic() + 20
        while not exits and time.monotonic() < deadline:
            qapp.processEvents()
        return exits.pop() if exits else 99

    monkeypatch.setattr(qapp, "exec", exec_until_exit)
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    try:
        return app_module.main(argv)
    finally:
        crash.uninstall_excepthook()
        gc.enable()
        for widget in set(QApplication.topLevelWidgets()) - before:  # windows main() left for the OS
            widget.close()
            widget.deleteLater()
        qapp.processEvents()


def test_damage_found_after_the_first_paint_closes_the_window_and_offers_recovery(qapp, tmp_path, monkeypatch):
    db = tmp_path / "late.db"
    _store_with_a_report(db)
    _damage_a_page_start_up_never_reads(db)
    before = db.read_bytes()
    offered, asked = [], []
    monkeypatch.setattr("ui.recovery_dialog.offer_recovery", lambda check, *a, **k: offered.append(check) or False)
    monkeypatch.setattr("ui.main_window.MainWindow.first_start", lambda window: asked.append(window) or "")
    from desktop.app_guard import AppGuard

    results, finish = [], AppGuard.finish_check
    monkeypatch.setattr(AppGuard, "finish_check",
                        lambda guard: results.append((guard.window.isVisible(), finish(guard))) or results[-1][1])

    assert _run_main(qapp, monkeypatch, ["--db", str(db)]) == 1  # the officer chose "quit"

    assert results == [(True, False)]  # the window was on screen when the check's result came: damaged

    assert len(offered) == 1 and not offered[0].ok and offered[0].db_path == db
    assert asked == []  # no "who is working?" prompt (it writes) before the check passed
    assert db.read_bytes() == before  # nothing was written to the damaged file


def test_a_restored_database_opens_again(qapp, tmp_path, monkeypatch):
    import shutil

    db = tmp_path / "restored.db"
    _store_with_a_report(db)
    good = tmp_path / "good-copy.db"
    shutil.copy(db, good)
    _damage_a_page_start_up_never_reads(db)
    starts = []
    original_start = app_module.start

    def counting_start(argv):
        started = original_start(argv)
        starts.append(started)
        if isinstance(started, app_module.Started) and len(starts) == 2:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: qapp.exit(0))  # the second window: close the session
        return started

    def restore(check, *args, **kwargs):
        shutil.copy(good, check.db_path)  # what "restore the newest good backup" does to the file
        return True

    monkeypatch.setattr(app_module, "start", counting_start)
    monkeypatch.setattr("ui.recovery_dialog.offer_recovery", restore)
    monkeypatch.setattr("ui.main_window.MainWindow.ensure_officer", lambda window: "")

    assert _run_main(qapp, monkeypatch, ["--db", str(db)]) == 0
    assert len(starts) == 2 and all(isinstance(s, app_module.Started) for s in starts)


def test_a_database_that_cannot_even_open_is_offered_for_recovery(qapp, tmp_path, monkeypatch):
    db = tmp_path / "broken.db"
    _store_with_a_report(db)
    data = bytearray(db.read_bytes())
    for offset in range(4096, len(data), 5):
        data[offset] ^= 0x5A
    db.write_bytes(bytes(data))
    offered = []
    monkeypatch.setattr("ui.recovery_dialog.offer_recovery", lambda check, *a, **k: offered.append(check) or False)

    assert _run_main(qapp, monkeypatch, ["--db", str(db)]) == 1
    assert len(offered) == 1 and not offered[0].ok


def test_a_due_migration_is_preceded_by_the_check(qapp, tmp_path, monkeypatch):
    """Opening the store would write (migrate): the check runs before, and the damage stops it."""
    from desktop.app_guard import AppGuard

    db = tmp_path / "old.db"
    _store_with_a_report(db)
    _damage_a_page_start_up_never_reads(db)
    monkeypatch.setattr("models.schema.latest_version", lambda: 999)
    guard = AppGuard([], db, smoke_test=False, single_instance=False)
    offered = []
    monkeypatch.setattr("ui.recovery_dialog.offer_recovery", lambda check, *a, **k: offered.append(check) or False)
    try:
        assert guard.before_store(qapp) == 1  # stopped before the store opened
    finally:
        crash.uninstall_excepthook()
    assert offered and guard.checked
