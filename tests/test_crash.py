"""The excepthook saves what it can, logs the traceback to the rotating log and shows a Vietnamese box."""

from __future__ import annotations

import logging.handlers
import sys

import pytest

from desktop import crash


@pytest.fixture
def hook():
    crash.uninstall_excepthook()
    yield
    crash.uninstall_excepthook()


@pytest.fixture
def shown(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    texts: list[str] = []

    def fake_exec(self):
        texts.append(self.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return texts


def test_setup_logging_uses_rotating_file_in_data_dir():
    from desktop.paths import log_dir

    path = crash.setup_logging()
    assert path.parent == log_dir()
    handlers = [h for h in crash.log.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(handlers) == 1 and handlers[0].maxBytes > 0 and handlers[0].backupCount >= 1
    assert crash.setup_logging() == path
    assert len([h for h in crash.log.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]) == 1


def test_hook_saves_logs_and_shows_vietnamese_dialog(qapp, hook, shown):
    saved = []
    path = crash.install_excepthook(lambda: saved.append("flushed"))
    assert sys.excepthook is crash._excepthook
    try:
        raise RuntimeError("boom in a slot 4711")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert saved == ["flushed"]
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot 4711" in text and "Traceback" in text
    assert len(shown) == 1
    assert str(path) in shown[0] and "lỗi không mong muốn" in shown[0]


def test_exception_in_qt_slot_reaches_the_hook(qtbot, hook, shown):
    from PySide6.QtCore import QTimer

    saved = []
    path = crash.install_excepthook(lambda: saved.append(1))

    def slot():
        raise ValueError("raised inside a Qt slot 9931")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: saved == [1], timeout=3000)
    assert "ValueError: raised inside a Qt slot 9931" in path.read_text(encoding="utf-8")
    assert shown and str(path) in shown[0]


def test_failing_save_callback_is_logged_and_others_still_run(qapp, hook, shown):
    ran = []

    def bad():
        raise OSError("disk gone")

    crash.register_save_callback(bad)
    path = crash.install_excepthook(lambda: ran.append("second"))
    crash.handle_exception(KeyError, KeyError("k"), None)
    assert ran == ["second"]
    log_text = path.read_text(encoding="utf-8")
    assert "disk gone" in log_text and "KeyError" in log_text


def test_thread_exceptions_are_logged_without_dialog(hook, shown):
    import threading

    path = crash.install_excepthook()
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    assert "ZeroDivisionError" in path.read_text(encoding="utf-8")
    assert shown == []


def test_windowed_build_without_stderr_still_logs(hook, shown, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)  # a windowed Windows build has no console
    path = crash.install_excepthook()
    crash.handle_exception(RuntimeError, RuntimeError("no console 5150"), None, show_dialog=False)
    assert "no console 5150" in path.read_text(encoding="utf-8")
