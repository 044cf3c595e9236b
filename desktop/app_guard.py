"""Reliability hooks around the window's start-up and shutdown (called from desktop/app.py).

    guard = AppGuard(argv, db_path, smoke_test=...)
    guard.before_app()                 # no Qt yet: the instance lock
    app = QApplication(...)
    code = guard.before_store(app)     # crash hook; a second launch hands over; check now if needed
    if code is not None: return code   # another instance was activated, or the user quit
    ... open the store, build the window ...
    guard.attach(window, store)        # after show: instance server, log, backup timer; smoke quit
    window.show(); guard.start_check() # quick_check in a thread while Qt paints the window
    ... after the first paint: guard.finish_check() (False: DAMAGED, the window is closed)
    code = app.exec()
    guard.shutdown(store)              # backup if changed + quick_check, before store.close()

The integrity check is never skipped, and nothing is written before it passed: ``PRAGMA
quick_check`` runs while Qt paints the first frame and its result is taken right after that frame,
before the "who is working?" prompt, the backup timer or any edit can write. It runs before the
store opens instead when opening writes (a schema migration is due), in a smoke test, and when the
store fails to open or to load (then a damaged file is offered for recovery, as at any start), and
when the system already says the database or its folder cannot be written: then the "read-only"
message comes before any window, instead of after one that flashes up and closes.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Any

log = logging.getLogger("baocao.guard")

SMOKE_OK, SMOKE_FAILED = 0, 3
DAMAGED = 4  # app.exec() result when the check after the first paint failed: desktop.app offers recovery
# The log file and the backup timer start this long after the window is shown, so their imports
# (logging.handlers, the backup module) and the backup scan do not delay the first paint. Until then
# the crash hook opens the log itself if it fires, and shutdown backs up whatever changed.
AFTER_SHOW_DELAY_MS = 1000
# The instance server (QtNetwork) starts this long after show; a second launch meanwhile waits
# for it (desktop.single_instance.hand_over), knowing from the lock that a window is coming.
SERVER_DELAY_MS = 200
# The full check (desktop.db_check: integrity_check, every row read) runs in a thread after the
# backup timer starts; a timer on the UI thread picks its verdict up.
FULL_CHECK_POLL_MS = 250


class AppGuard:
    def __init__(self, argv: list[str], db_path: str | os.PathLike[str] | None, *,
                 smoke_test: bool = False, single_instance: bool = True, lang: str = "vi"):
        from desktop.paths import default_db_path

        self.app: Any = None
        # the language of the prompts about the database: before it is read, the one chosen without
        # it (desktop.app.start_language); desktop.app sets the window's once the store is open
        self.lang = lang
        self.argv = list(argv)
        self.db_path = Path(db_path) if db_path else default_db_path()
        self.smoke_test = smoke_test
        self.use_single_instance = single_instance and not smoke_test
        self.lock = None
        self.checked = False  # the quick_check has run (and passed, or the user chose what to do)
        self.damaged = False  # it failed after the window showed: shut down without touching the file
        self._check: _BackgroundCheck | None = None
        self.recovered = False
        self.instance = None
        self.timer = None
        self._pending: list[Any] = []  # the single-shot timers of attach()
        self.state = None
        self.window = None
        self.full_check: _FullCheck | None = None

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
        if self.smoke_test or _read_only_now(self.db_path) or _migration_due(self.db_path):
            return None if self.check_database() else 1
        return None

    def check_database(self) -> bool:
        """The quick check now (desktop.db_check; the full one when the last full check found damage).
        A damaged file is offered for recovery; a read-only or unreadable one is reported and the app
        stops (nothing typed could be saved). True when the app may open it."""
        self.checked = True
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
            _show_not_writable(result, self.lang)
            return False
        from ui.recovery_dialog import offer_recovery

        return offer_recovery(result, lang=self.lang)

    def start_check(self) -> None:
        """Right after ``window.show()``: quick_check in a thread while Qt paints (its C++ drawing
        runs without the GIL, so the check costs the first frame nothing)."""
        if not self.checked and self._check is None:
            self._check = _BackgroundCheck(self.db_path)

    def finish_check(self) -> bool:
        """After the first paint, before anything writes: True when the file passed. Otherwise the
        window closes and the event loop ends with DAMAGED (desktop.app then offers recovery)."""
        check, self._check = self._check, None
        if check is None or check.result():
            self.checked = True
            return True
        log.error("quick_check after show failed for %s", self.db_path)
        self.damaged = True
        self.app.setQuitOnLastWindowClosed(False)  # a Quit left queued would end the next start's loop
        if self.window is not None:
            self.window.close()
        self.app.exit(DAMAGED)
        return False

    def store_failed(self) -> bool:
        """The store failed to open or load before its check ran: check now. True when the file is
        damaged (recovery was offered; see ``recovered``), False when the failure is something else."""
        if self.checked or _quick_check_ok(self.db_path):
            return False
        self.recovered = self.check_database()
        return True

    # ---- with the window ------------------------------------------------------------------------
    def attach(self, window: Any, store: Any) -> None:
        from PySide6.QtCore import QTimer

        from desktop import crash

        self.window = window
        crash.register_save_callback(self._flush_editor)
        if self.lock is not None:
            self._later(SERVER_DELAY_MS, lambda: self._start_server(window))
        self._later(AFTER_SHOW_DELAY_MS, lambda: self._after_show(window, store))
        if self.smoke_test:
            window.session.set_officer("smoke-test")  # no modal "who is working?" dialog in a build check
            QTimer.singleShot(0, lambda: self._smoke_quit(window, store))

    def _later(self, ms: int, work: Any) -> None:
        """Run ``work`` once after ``ms``, unless the session ends first (``release`` stops it)."""
        from PySide6.QtCore import QTimer

        timer = QTimer(self.window)
        timer.setSingleShot(True)
        timer.timeout.connect(work)
        timer.start(ms)
        self._pending.append(timer)

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
        self.start_full_check(window)

    # ---- the full check, in the background after the first paint ----------------------------------
    def start_full_check(self, parent: Any) -> None:
        """integrity_check and every row read (desktop.db_check) in a thread on its own read-only
        connection; the verdict is picked up by a timer on the UI thread."""
        from PySide6.QtCore import QTimer

        if self.full_check is not None:
            return
        self.full_check = _FullCheck(self.db_path)
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

        from desktop import i18n
        from models.errors import pick

        lang = i18n.current_language() if self.window is not None else self.lang  # switched in Settings?
        QMessageBox.warning(self.window, pick(lang, "Cơ sở dữ liệu bị hỏng", "Damaged database"), pick(
            lang,
            f"Kiểm tra đầy đủ phát hiện cơ sở dữ liệu bị hỏng:\n{self.db_path}\n"
            f"(chi tiết: {result.detail_in(lang)})\n\n"
            "Hãy đóng phần mềm rồi mở lại: phần mềm sẽ đề nghị khôi phục bản sao lưu tốt gần nhất "
            "(tệp hiện tại được giữ lại).",
            f"The full check found the database damaged:\n{self.db_path}\n(details: {result.detail_in(lang)})\n\n"
            "Close the app and open it again: it will offer to restore the newest good backup "
            "(the current file is kept)."))

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
        if self._check is not None:  # the app ended before its first paint: take the check's result
            self.damaged = not self._check.result()
            self._check = None
        if self.damaged:  # no backup of a damaged file (recovery is offered now or at the next start)
            self.release()
            return
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
        for timer in self._pending:
            timer.stop()
        self._pending.clear()
        if self.timer is not None:
            self.timer.stop()
        if self.instance is not None:
            self.instance.close()
            self.instance = None
        if self.lock is not None:
            self.lock.release()


class _BackgroundCheck:
    def __init__(self, db_path: Path):
        self._ok = False
        self._thread = threading.Thread(target=self._run, args=(db_path,), name="quick-check", daemon=True)
        self._thread.start()

    def _run(self, db_path: Path) -> None:
        self._ok = _quick_check_ok(db_path)

    def result(self) -> bool:
        self._thread.join()
        return self._ok


def _read_only_now(db_path: Path) -> bool:
    """True when the system already says the database file or its folder cannot be written. Only
    os.access (a stat, no file made): a healthy start pays nothing noticeable, and what it cannot
    see (a folder's ACL on Windows) the check while Qt paints still finds (desktop.db_check.writable)."""
    return db_path.exists() and not (os.access(db_path, os.W_OK) and os.access(db_path.parent, os.W_OK))


def _migration_due(db_path: Path) -> bool:
    """True when opening the store would migrate (write) the database, or its version is unreadable."""
    from models.schema import latest_version

    if not db_path.exists():
        return False
    rows = _pragma(db_path, "user_version", "ro")
    return rows is None or int(rows[0][0]) != latest_version()


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


def not_writable_text(result: Any, lang: str) -> str:
    """What the officer is told about a read-only, unreadable or locked database, in `lang`."""
    from models.errors import pick

    path, detail = result.db_path, result.detail_in(lang)
    if result.state == "read_only":
        return pick(lang, f"Cơ sở dữ liệu {path} chỉ đọc: không lưu được gì. Hãy bỏ thuộc tính chỉ đọc của tệp "
                          f"hoặc thư mục, hoặc chép thư mục dữ liệu sang nơi ghi được.\n(chi tiết: {detail})",
                    f"The database {path} is read-only: nothing could be saved. Clear the read-only attribute of "
                    f"the file or its folder, or copy the data folder to a place that can be written.\n"
                    f"(details: {detail})")
    if result.state == "busy":
        return pick(lang, f"Cơ sở dữ liệu {path} đang bị một chương trình khác khóa. Hãy đóng chương trình đó rồi "
                          f"mở lại.\n(chi tiết: {detail})",
                    f"The database {path} is locked by another program. Close that program, then open the app "
                    f"again.\n(details: {detail})")
    return pick(lang, f"Cơ sở dữ liệu {path} không đọc được (không có quyền).\n(chi tiết: {detail})",
                f"The database {path} cannot be read (no permission).\n(details: {detail})")


def _show_not_writable(result: Any, lang: str = "vi") -> None:
    """A read-only, unreadable or locked database: say so (no recovery: nothing is damaged)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, "baocao", not_writable_text(result, lang))


class _FullCheck:
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


def _pragma(db_path: Path, pragma: str, mode: str) -> list[tuple] | None:
    """The rows of ``PRAGMA <pragma>`` on an existing file (never created here); None when SQLite fails."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db_path}?mode={mode}", uri=True, timeout=5)
        try:
            return conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
