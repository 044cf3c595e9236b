"""Reliability hooks around the window's start-up and shutdown (called from desktop/app.py).

    guard = AppGuard(argv, db_path, smoke_test=...)
    guard.before_app()                 # no Qt yet: the instance lock
    app = QApplication(...)
    code = guard.before_store(app)     # crash hook; a second launch hands over; quick_check/recovery
    if code is not None: return code   # another instance was activated, or the user quit
    ... open the store, build the window ...
    guard.attach(window, store)        # after show: instance server, log, backup timer; smoke quit
    code = app.exec()
    guard.shutdown(store)              # backup if changed + quick_check, before store.close()

The integrity check is never skipped: the store is opened only after ``PRAGMA quick_check`` passed
(or the user chose what to do about a damaged file).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger("baocao.guard")

SMOKE_OK, SMOKE_FAILED = 0, 3
# The log file and the backup timer start this long after the window is shown, so their imports
# (logging.handlers, the backup module) and the backup scan do not delay the first paint. Until then
# the crash hook opens the log itself if it fires, and shutdown backs up whatever changed.
AFTER_SHOW_DELAY_MS = 1000
# The instance server (QtNetwork) starts this long after show; a second launch meanwhile waits
# for it (desktop.single_instance.hand_over), knowing from the lock that a window is coming.
SERVER_DELAY_MS = 200


class AppGuard:
    def __init__(self, argv: list[str], db_path: str | os.PathLike[str] | None, *,
                 smoke_test: bool = False, single_instance: bool = True):
        from desktop.paths import default_db_path

        self.app: Any = None
        self.argv = list(argv)
        self.db_path = Path(db_path) if db_path else default_db_path()
        self.smoke_test = smoke_test
        self.use_single_instance = single_instance and not smoke_test
        self.lock = None
        self.instance = None
        self.timer = None
        self.state = None
        self.window = None

    # ---- before the store is opened ---------------------------------------------------------------
    def before_app(self) -> None:
        """Before Qt is imported: take the instance lock (a second launch hands over in before_store)."""
        if self.use_single_instance:
            from desktop.instance_lock import InstanceLock

            self.lock = InstanceLock()
            self.lock.acquire()

    def before_store(self, app: Any) -> int | None:
        """None to go on; an exit code when the app must stop now."""
        from desktop import crash

        self.app = app
        crash.install_excepthook(setup_log=False)  # the log file is opened after the window shows
        if self.lock is not None and not self.lock.held:
            from desktop.single_instance import hand_over

            if hand_over(self.argv):
                log.info("another instance is running; asked it to come forward")
                return 0
            log.warning("the running instance does not answer; starting anyway")
            self.lock = None
        return None if self.check_database() else 1

    def check_database(self) -> bool:
        if _quick_check_ok(self.db_path):  # the common case, without importing the backup machinery
            return True
        from desktop.backup import startup_check

        result = startup_check(self.db_path)
        if result.ok:
            return True
        log.error("start-up check failed for %s: %s", self.db_path, result.detail)
        if self.smoke_test:
            return False
        from ui.recovery_dialog import offer_recovery

        return offer_recovery(result)

    # ---- with the window ------------------------------------------------------------------------
    def attach(self, window: Any, store: Any) -> None:
        from PySide6.QtCore import QTimer

        from desktop import crash

        self.window = window
        crash.register_save_callback(self._flush_editor)
        if self.lock is not None:
            QTimer.singleShot(SERVER_DELAY_MS, window, lambda: self._start_server(window))
        QTimer.singleShot(AFTER_SHOW_DELAY_MS, window, lambda: self._after_show(window, store))
        if self.smoke_test:
            window.session.set_officer("smoke-test")  # no modal "who is working?" dialog in a build check
            QTimer.singleShot(0, lambda: self._smoke_quit(window, store))

    def _start_server(self, window: Any) -> None:
        """Listen for second launches and bring the window forward when one asks."""
        from desktop.single_instance import SingleInstance, raise_window

        if self.instance is not None:
            return

        def activate(argv: list[str]) -> None:
            from desktop import crash

            crash.setup_logging()  # may come before _after_show opened the log
            log.info("second launch %s: window raised", argv)
            raise_window(window)

        self.instance = SingleInstance()
        self.instance.activated.connect(activate)
        if not self.instance.listen():
            log.warning("instance server %s could not listen", self.instance.name)

    def _after_show(self, window: Any, store: Any) -> None:
        """Work kept off the start-up path: the log file and the backup timer."""
        from PySide6.QtCore import QTimer

        if self.timer is not None:  # already started
            return

        from desktop import crash
        from desktop.ops import maintenance

        if self.lock is not None:
            self._start_server(window)  # in case its own timer has not fired yet
        crash.setup_logging()
        log.info("start %s db=%s", self.argv, self.db_path)
        if self.state is None:
            self.state = maintenance.start_state(store)
        self.timer = QTimer(window)
        self.timer.setInterval(maintenance.backup_interval_ms(store))
        self.timer.timeout.connect(lambda: self._backup(store))
        self.timer.start()

    def _flush_editor(self) -> None:
        if self.window is not None and self.window.editor is not None:
            self.window.editor.flush()

    def _backup(self, store: Any) -> None:
        from desktop.ops import maintenance

        info = maintenance.backup_if_changed(store, self.state)
        if info is not None:
            log.info("backup %s", info.path)
        elif self.state is not None and self.state.errors:
            message = self.state.errors.pop()
            log.warning("backup failed: %s", message)
            if self.window is not None:
                self.window.show_status(message)

    def _smoke_quit(self, window: Any, store: Any) -> None:
        reports = store.list_reports()
        ok = window.isVisible() and len(reports) > 0
        print(f"smoke-test: window {'shown' if window.isVisible() else 'NOT shown'}, {len(reports)} report(s)",
              flush=True)
        self.app.exit(SMOKE_OK if ok else SMOKE_FAILED)

    # ---- shutdown -------------------------------------------------------------------------------
    def shutdown(self, store: Any) -> None:
        """Back up if anything changed and quick-check the database; never raises."""
        from desktop import crash
        from desktop.ops import maintenance

        crash.unregister_save_callback(self._flush_editor)
        if self.timer is not None:
            self.timer.stop()
        try:
            crash.setup_logging()
            if self.state is None:
                self.state = maintenance.start_state(store)
            self._backup(store)
            result = maintenance.close_check(store)
            if not result.ok:
                log.error("quick_check on close failed: %s", result.detail)
        except Exception:
            log.exception("shutdown checks failed")
        self.release()

    def release(self) -> None:
        """Stop the instance server and let go of the instance lock (the next launch may start)."""
        if self.instance is not None:
            self.instance.close()
            self.instance = None
        if self.lock is not None:
            self.lock.release()


def _quick_check_ok(db_path: Path) -> bool:
    """True for a missing database (first run) or one that passes ``PRAGMA quick_check``."""
    import sqlite3

    if not db_path.exists():
        return True
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=rw", uri=True, timeout=5)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return rows == [("ok",)]
