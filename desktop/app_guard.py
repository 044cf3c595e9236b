"""Reliability hooks around the window's start-up and shutdown (called from desktop/app.py).

    guard = AppGuard(app, argv, db_path, smoke_test=...)
    code = guard.before_store()        # crash hook + log, single instance, quick_check/recovery
    if code is not None: return code   # another instance was activated, or the user quit
    ... open the store, build the window ...
    guard.attach(window, store)        # backup timer, raise on activation, crash-save, smoke quit
    code = app.exec()
    guard.shutdown(store)              # backup if changed + quick_check, before store.close()
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


class AppGuard:
    def __init__(self, app: Any, argv: list[str], db_path: str | os.PathLike[str] | None, *,
                 smoke_test: bool = False, single_instance: bool = True):
        from desktop.paths import default_db_path

        self.app = app
        self.argv = list(argv)
        self.db_path = Path(db_path) if db_path else default_db_path()
        self.smoke_test = smoke_test
        self.use_single_instance = single_instance and not smoke_test
        self.instance = None
        self.timer = None
        self.state = None
        self.window = None

    # ---- before the store is opened ---------------------------------------------------------------
    def before_store(self) -> int | None:
        """None to go on; an exit code when the app must stop now."""
        from desktop import crash

        crash.install_excepthook(setup_log=False)  # the log file is opened after the window shows
        if self.use_single_instance:
            from desktop.single_instance import claim

            self.instance = claim(self.argv)
            if self.instance is None:
                log.info("another instance is running; asked it to come forward")
                return 0
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
        if self.instance is not None:
            from desktop.single_instance import raise_window

            def activate(argv: list[str]) -> None:
                log.info("second launch %s: window raised", argv)
                raise_window(window)

            self.instance.activated.connect(activate)
        QTimer.singleShot(AFTER_SHOW_DELAY_MS, window, lambda: self._after_show(window, store))
        if self.smoke_test:
            window.session.set_officer("smoke-test")  # no modal "who is working?" dialog in a build check
            QTimer.singleShot(0, lambda: self._smoke_quit(window, store))

    def _after_show(self, window: Any, store: Any) -> None:
        """Work kept off the start-up path: the log file and the backup timer."""
        from PySide6.QtCore import QTimer

        if self.timer is not None:  # already started
            return

        from desktop import crash
        from desktop.ops import maintenance

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
        if self.instance is not None:
            self.instance.close()


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
