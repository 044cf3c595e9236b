"""Start the window: QApplication, language, store, demo data, main window.

Start-up is split into small functions so single-instance, crash handling and backups can hook in
between them (desktop/app_guard.py). Heavy imports stay inside the functions, and what the first
frame does not need waits for it (``schedule_after_show``): start-up time is measured against a bare
PySide6 window (``python bench/startup_bench.py``, ``--phases`` for the time of each step).
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any


WINDOW_LANGS = ("vi", "en")


def parse_args(argv: list[str]) -> SimpleNamespace:
    """The window's options: ``--db PATH``, ``--lang vi|en``, ``--smoke-test`` (open, load the demo,
    quit when idle); anything else is the command line's business (desktop/cli.py). Read by hand:
    building an argparse parser costs ~3 ms of start-up (gettext looks for catalogs, loads locale)."""
    args = SimpleNamespace(db=None, lang=None, smoke_test=False)
    rest = iter(argv)
    for arg in rest:
        name, has_value, value = arg.partition("=")
        if name in ("--db", "--lang"):
            value = value if has_value else next(rest, None)
            if value is None:
                _usage_error(f"argument {name}: expected one argument")
            if name == "--lang" and value not in WINDOW_LANGS:
                _usage_error(f"argument --lang: invalid choice: {value!r} (choose from 'vi', 'en')")
            setattr(args, name[2:], value)
        elif arg == "--smoke-test":
            args.smoke_test = True
    return args


def _usage_error(message: str) -> None:
    print(f"baocao: {message}", file=sys.stderr)  # as argparse does: one line, exit status 2
    raise SystemExit(2)


def create_application(argv: list[str]) -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "baocao", *argv])
    app.setQuitOnLastWindowClosed(True)  # (a start after recovery reuses the application object)
    app.setApplicationName("baocao")
    app.setOrganizationName("baocao")
    app.setApplicationDisplayName("baocao")
    return app


def open_store(db: str | os.PathLike[str] | None) -> Any:
    from desktop.paths import default_db_path
    from models.store import Store

    return Store(Path(db) if db else default_db_path())


def prepare_store(store: Any) -> str | None:
    """Load the sample report into an empty database; returns its id when loaded."""
    from desktop.ops.reports import ensure_demo

    return ensure_demo(store)


def start_language(cli_lang: str | None) -> str:
    """The language before the database is read (its prompts when it is damaged or read-only):
    --lang, then BAOCAO_LANG, then Vietnamese."""
    if cli_lang:
        return cli_lang
    env = os.environ.get("BAOCAO_LANG", "")
    return env if env in WINDOW_LANGS else "vi"


def choose_language(store: Any, cli_lang: str | None) -> str:
    """--lang wins, then the saved setting, then BAOCAO_LANG, then Vietnamese."""
    from desktop.settings import load_settings

    if cli_lang:
        return cli_lang
    saved = store.get_setting("app.language", None)
    if saved:
        return load_settings(store).language
    return start_language(None)


def apply_preferences(app: Any, store: Any, lang: str) -> None:
    from desktop import i18n
    from desktop.settings import load_settings
    from ui.fonts import apply_font_size

    i18n.install(lang, app)
    apply_font_size(load_settings(store).font_size)


def build_window(store: Any) -> Any:
    from ui.icons import app_icon
    from ui.main_window import MainWindow
    from PySide6.QtWidgets import QApplication

    QApplication.instance().setWindowIcon(app_icon())
    return MainWindow(store)


FIRST_PAINT_WAIT_MS = 1000  # a window started minimized paints later: do not wait for it longer


def schedule_after_show(window: Any, *work: Any) -> None:
    """Run ``work`` in order just after the window's first paint (a step returning False stops the
    rest), then the first-start welcome on a PC never set up, else ask who is working when this PC
    user has no name yet: a dialog must not hold the window back from the screen."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done = []

    def after_paint() -> None:
        if done or not window.isVisible():  # once; never for a window already closed
            return
        done.append(True)
        for step in work:
            if step() is False:
                return
        window.first_start()

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, window, after_paint)
                self.deleteLater()
            return False

    window.installEventFilter(FirstPaint(window))
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, window, after_paint)


def show_user_error(err: Exception, lang: str = "vi") -> None:
    from PySide6.QtWidgets import QMessageBox

    from models.errors import UserError

    text = err.message(lang) if isinstance(err, UserError) else str(err)
    QMessageBox.critical(None, "baocao", text)


class Started:
    """A window on screen, with what ``main`` needs to run and close it. ``gc_paused``: the cyclic
    GC resumes after the first paint, or when ``main`` ends at the latest."""

    def __init__(self, app: Any, window: Any, store: Any, guard: Any, gc_paused: bool = False):
        self.app, self.window, self.store, self.guard, self.gc_paused = app, window, store, guard, gc_paused


def start(argv: list[str]) -> Started | int:
    """Everything up to the window shown (the path bench/startup_bench.py times); an exit code when
    the app stops before that (another instance came forward, the user quit recovery, an error).

    The cyclic garbage collector is paused until the window has painted: start-up creates many
    long-lived objects (modules, classes, Qt's enum types) and no garbage worth a collection; they
    are then frozen out of later collections (``gc.freeze``)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        started = _open_window(argv, gc_paused=paused)
    except BaseException:
        if paused:
            gc.enable()
        raise
    if paused and not isinstance(started, Started):
        gc.enable()
    return started


RESTART = -1  # _open_window: a damaged database was restored (or started fresh); open again


def _open_window(argv: list[str], gc_paused: bool = False) -> Started | int:
    import sqlite3

    from desktop.app_guard import AppGuard
    from models.errors import UserError

    args = parse_args(argv)
    guard = AppGuard(argv, args.db, smoke_test=args.smoke_test, lang=start_language(args.lang))
    guard.before_app()  # the instance lock, before Qt loads
    app = create_application(argv)
    early_exit = guard.before_store(app)  # crash hook, second launch hands over, a check due now
    if early_exit is not None:
        guard.release()
        return early_exit
    store = None
    try:
        store = open_store(args.db)
        guard.lang = choose_language(store, args.lang)
        apply_preferences(app, store, guard.lang)
        prepare_store(store)
        window = build_window(store)
        guard.attach(window, store)  # instance server, log, backup timer: after show
        window.show()
        guard.start_check()  # quick_check while Qt paints; its result is taken right after the paint
        schedule_after_show(window, guard.finish_check, *([_resume_gc] if gc_paused else []))
    except BaseException as err:
        if store is not None:
            guard.shutdown(store)
            store.close()
        guard.release()
        if not isinstance(err, (UserError, sqlite3.DatabaseError)):
            raise
        if guard.store_failed():  # the file is damaged: recovery was offered
            return RESTART if guard.recovered else 1
        if not isinstance(err, UserError):
            raise
        show_user_error(err, guard.lang)
        return 2
    return Started(app, window, store, guard, gc_paused)


def _resume_gc() -> None:
    gc.freeze()
    gc.enable()


def main(argv: list[str] | None = None) -> int:
    from desktop.app_guard import DAMAGED
    from models.errors import UserError

    argv = list(sys.argv[1:] if argv is None else argv)
    for _attempt in range(3):  # a damaged database that was restored is opened again
        started = start(argv)
        if started == RESTART:
            continue
        if not isinstance(started, Started):
            return started
        try:
            code = started.app.exec()
        except UserError as err:
            show_user_error(err, started.guard.lang)
            code = 2
        finally:
            started.guard.shutdown(started.store)  # backup if changed, quick_check
            started.store.close()
            if started.gc_paused:
                gc.enable()
        if code != DAMAGED:
            return int(code)
        if not started.guard.check_database():  # found after the first paint: offer recovery now
            return 1
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
