"""Logging and the last line of defence: an excepthook that saves what it can, logs, and tells the user.

A windowed build has no console, so everything goes to a rotating log file in the user data dir
(`desktop.paths.log_dir()/baocao.log`). `install_excepthook()` replaces `sys.excepthook` (and
`threading.excepthook`): on an unexpected exception it runs the registered save callbacks (e.g. the
editor's flush of its pending autosave), logs the traceback and shows a message box (in the window's
language) with the log file's path.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Callable

from models.errors import pick

LOG_NAME = "baocao.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

log = logging.getLogger("baocao")
_save_callbacks: list[Callable[[], object]] = []
_handling = threading.local()


def log_file() -> Path:
    from desktop.paths import log_dir

    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the "baocao" logger to the rotating log file (idempotent). Returns the log file's path."""
    import logging.handlers  # ~7 ms: kept off the start-up path until the log is needed

    path = log_file()
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    for handler in [h for h in log.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        log.removeHandler(handler)  # the data dir changed (tests, portable use)
        handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                   encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    return path


def register_save_callback(callback: Callable[[], object]) -> None:
    """Run `callback` (best effort) when an unexpected exception reaches the hook."""
    if callback not in _save_callbacks:
        _save_callbacks.append(callback)


def unregister_save_callback(callback: Callable[[], object]) -> None:
    if callback in _save_callbacks:
        _save_callbacks.remove(callback)


def crash_message(path: Path, lang: str = "vi") -> str:
    return pick(lang,
                "Phần mềm gặp lỗi không mong muốn. Nội dung đang soạn đã được lưu (nếu có thể).\n\n"
                f"Chi tiết lỗi đã được ghi vào tệp nhật ký:\n{path}\n\n"
                "Hãy gửi tệp này cho cán bộ hỗ trợ kỹ thuật. Nếu phần mềm hoạt động không bình thường, "
                "hãy đóng và mở lại.",
                "The program met an unexpected error. Your draft was saved (if it could be).\n\n"
                f"The details were written to the log file:\n{path}\n\n"
                "Send this file to technical support. If the program misbehaves, close it and open it again.")


def _ui_language() -> str:
    i18n = sys.modules.get("desktop.i18n")  # loaded once the window runs; never imported from here
    return i18n.current_language() if i18n is not None else "vi"


def _run_save_callbacks() -> list[str]:
    failures = []
    for callback in list(_save_callbacks):
        try:
            callback()
        except BaseException as exc:  # the app is already in trouble; keep going
            failures.append(f"{getattr(callback, '__qualname__', callback)}: {exc!r}")
    return failures


def _show_dialog(text: str) -> None:
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:
        return
    app = QApplication.instance()
    if app is None or not isinstance(app, QApplication):
        return
    title = pick(_ui_language(), "Lỗi không mong muốn", "Unexpected error")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.exec()


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None, *, show_dialog: bool = True) -> None:
    """Save, log, tell. Never raises."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if getattr(_handling, "active", False):  # an exception inside the handler: do the minimum
        sys.__excepthook__(exc_type, exc, tb)
        return
    _handling.active = True
    try:
        failures = _run_save_callbacks()
        path = setup_logging()
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("Unhandled exception\n%s", text)
        for failure in failures:
            log.error("Save callback failed during crash handling: %s", failure)
        for handler in log.handlers:
            handler.flush()
        if sys.stderr is not None:  # None in a windowed (no console) build
            sys.stderr.write(text)
        if show_dialog:
            _show_dialog(crash_message(path, _ui_language()))
    except BaseException:
        if sys.stderr is not None:
            sys.__excepthook__(exc_type, exc, tb)
    finally:
        _handling.active = False


def _excepthook(exc_type, exc, tb) -> None:
    handle_exception(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    handle_exception(args.exc_type, args.exc_value, args.exc_traceback, show_dialog=False)


def install_excepthook(save_callback: Callable[[], object] | None = None, *, setup_log: bool = True) -> Path | None:
    """Install the hook, and logging unless `setup_log` is False (the hook sets it up when it fires).
    Returns the log file's path when logging was set up."""
    path = setup_logging() if setup_log else None
    if save_callback is not None:
        register_save_callback(save_callback)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
    return path


def uninstall_excepthook() -> None:
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    _save_callbacks.clear()
