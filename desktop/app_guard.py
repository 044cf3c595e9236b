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
FULL_CHECK_POLL_MS = 250


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
        self.full_check: BackgroundCheck | None = None

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
        """The start check (desktop.db_check): quick at start, full when the last full check found
        damage. A damaged database offers recovery; a read-only or unreadable one says so and stops
        (nothing typed could be saved)."""
        if _quick_check_ok(self.db_path):  # the common case, without importing the backup machinery
            return True
        from desktop.backup import startup_check

        result = startup_check(self.db_path, full=damage_marker(self.db_path).exists())
        if result.ok:
            damage_marker(self.db_path).unlink(missing_ok=True)
            return True
        log.error("start-up check failed for %s: %s (%s)", self.db_path, result.detail, result.state)
        if self.smoke_test:
            return False
        if result.state != "damaged":
            _show_not_writable(result)
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
        self.start_full_check(window)

    # ---- the full check, in the background after the first paint ----------------------------------
    def start_full_check(self, parent: Any) -> None:
        """integrity_check and every row read (desktop.db_check) in a thread on its own read-only
        connection; the verdict is picked up by a timer on the UI thread."""
        from PySide6.QtCore import QTimer

        if self.full_check is not None:
            return
        self.full_check = BackgroundCheck(self.db_path)
        poll = QTimer(parent)
        poll.setInterval(FULL_CHECK_POLL_MS)

        def pick_up() -> None:
            result = self.full_check.result(wait=False) if self.full_check else None
            if result is not None:
                poll.stop()
                self.full_check_done(result)

        poll.timeout.connect(pick_up)
        poll.start()

    def full_check_done(self, result: Any) -> None:
        """A damaged verdict is logged, remembered for the next start (which then runs the full
        check before opening and offers recovery) and shown to the officer."""
        if result.state != "damaged":
            return
        log.error("full check found damage in %s: %s", self.db_path, result.detail)
        try:
            from models.atomic import atomic_write_bytes

            atomic_write_bytes(damage_marker(self.db_path), result.detail.encode("utf-8", "replace"))
        except Exception:  # noqa: BLE001 - the warning below still tells the officer
            log.exception("could not record the damage marker")
        if not self.smoke_test:
            self.warn_damaged(result)

    def warn_damaged(self, result: Any) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self.window, "Cơ sở dữ liệu bị hỏng",
            f"Kiểm tra đầy đủ phát hiện cơ sở dữ liệu bị hỏng:\n{self.db_path}\n(chi tiết: {result.detail})\n\n"
            "Hãy đóng phần mềm rồi mở lại: phần mềm sẽ đề nghị khôi phục bản sao lưu tốt gần nhất "
            "(tệp hiện tại được giữ lại).")

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


def damage_marker(db_path: Path) -> Path:
    """Beside the database: written when the background full check finds damage, removed once a
    check passes again."""
    return Path(f"{db_path}.damaged")


def _quick_check_ok(db_path: Path) -> bool:
    """True for a missing database (first run) or one that passes the quick check (desktop.db_check:
    a 0-byte or non-SQLite file fails it); False too when the last full check found damage."""
    from desktop.db_check import MISSING, check_file

    if damage_marker(db_path).exists():
        return False
    return check_file(db_path, full=False).state in ("ok", MISSING)


def _show_not_writable(result: Any) -> None:
    """A read-only, unreadable or locked database: say so (no recovery: nothing is damaged)."""
    from PySide6.QtWidgets import QMessageBox

    words = {"read_only": "chỉ đọc: không lưu được gì. Hãy bỏ thuộc tính chỉ đọc của tệp hoặc thư mục, "
                          "hoặc chép thư mục dữ liệu sang nơi ghi được",
             "busy": "đang bị một chương trình khác khóa. Hãy đóng chương trình đó rồi mở lại"}
    why = words.get(result.state, "không đọc được (không có quyền)")
    QMessageBox.critical(None, "baocao", f"Cơ sở dữ liệu {result.db_path} {why}.\n(chi tiết: {result.detail})")


class BackgroundCheck:
    """desktop.db_check.check_file(full=True) in a daemon thread (SQLite releases the GIL while it reads)."""

    def __init__(self, db_path: Path):
        import threading

        self.db_path = db_path
        self._result: Any = None
        self._thread = threading.Thread(target=self._run, name="full-db-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from desktop.db_check import check_file

        try:
            self._result = check_file(self.db_path, full=True)
        except Exception:  # noqa: BLE001 - a check that cannot run is not a verdict
            log.exception("full check of %s could not run", self.db_path)

    def result(self, *, wait: bool = True) -> Any:
        """The CheckResult, or None while it runs (`wait=False`) or when it could not run."""
        if wait:
            self._thread.join()
        return None if self._thread.is_alive() else self._result
