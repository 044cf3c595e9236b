"""Start the window: QApplication, language, store, demo data, main window.

Start-up is split into small functions so single-instance, crash handling and backups can hook in
between them. Heavy imports stay inside the functions: start-up time is measured
(bench/startup_bench.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="baocao", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=("vi", "en"), default=None)
    parser.add_argument("--smoke-test", action="store_true")  # open, load the demo, quit when idle
    args, _unknown = parser.parse_known_args(argv)
    return args


def create_application(argv: list[str]) -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "baocao", *argv])
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


def choose_language(store: Any, cli_lang: str | None) -> str:
    """--lang wins, then the saved setting, then BAOCAO_LANG, then Vietnamese."""
    from desktop.settings import load_settings

    if cli_lang:
        return cli_lang
    saved = store.get_setting("app.language", None)
    if saved:
        return load_settings(store).language
    env = os.environ.get("BAOCAO_LANG", "")
    return env if env in ("vi", "en") else "vi"


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


def schedule_after_show(window: Any) -> None:
    """Work that waits until the window is on screen: the first-start welcome, or the officer's
    name when this PC user has none yet."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, window.first_start)


def show_user_error(err: Exception, lang: str = "vi") -> None:
    from PySide6.QtWidgets import QMessageBox

    from models.errors import UserError

    text = err.message(lang) if isinstance(err, UserError) else str(err)
    QMessageBox.critical(None, "baocao", text)


def main(argv: list[str] | None = None) -> int:
    from models.errors import UserError

    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    app = create_application(argv)
    from desktop.app_guard import AppGuard

    guard = AppGuard(app, argv, args.db, smoke_test=args.smoke_test)
    early_exit = guard.before_store()  # crash log, single instance, quick_check + recovery
    if early_exit is not None:
        return early_exit
    try:
        store = open_store(args.db)
    except UserError as err:
        show_user_error(err, args.lang or "vi")
        return 2
    try:
        lang = choose_language(store, args.lang)
        apply_preferences(app, store, lang)
        prepare_store(store)
        window = build_window(store)
        guard.attach(window, store)  # backup timer, raise on second launch, save on crash
        window.show()
        schedule_after_show(window)
        code = app.exec()
    except UserError as err:
        show_user_error(err, args.lang or "vi")
        code = 2
    finally:
        guard.shutdown(store)  # backup if changed, quick_check
        store.close()
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
