"""The window's start-up path (desktop.app.start): what waits for the first paint, and the lock."""

from __future__ import annotations

import gc

import pytest

from desktop import app as app_module
from desktop import crash
from desktop.instance_lock import is_locked, lock_path


def test_start_shows_the_window_then_asks_the_officer_and_resumes_gc(qapp, qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr("ui.main_window.MainWindow.ensure_officer",
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
