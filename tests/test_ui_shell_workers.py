"""Task runner (work off the UI thread), officer session, app start-up helpers."""

from __future__ import annotations

import threading

import pytest

from models.errors import UserError
from tests.ui_shell_helpers import store, vi  # noqa: F401  (fixtures)
from ui.workers import Cancelled, TaskRunner


def test_task_runs_off_the_ui_thread_with_progress(qtbot):
    runner = TaskRunner()
    seen: dict[str, object] = {"progress": []}

    def work(a, b, progress):
        seen["thread"] = threading.get_ident()
        for i in range(3):
            progress(i + 1, 3, f"step {i + 1}")
        return a + b

    task = runner.start(work, 2, 3, with_progress=True, on_progress=lambda d, t, m: seen["progress"].append((d, t, m)))
    with qtbot.waitSignal(task.done, timeout=5000) as blocker:
        pass
    assert blocker.args == [5]
    assert seen["thread"] != threading.get_ident()
    assert seen["progress"] == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    qtbot.waitUntil(lambda: runner.running() == [])


def test_task_errors_reach_the_ui_thread(qtbot):
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail():
        raise UserError("Tệp hỏng", "Broken file")

    task = runner.start(fail, on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(errors[0], UserError) and errors[0].vi == "Tệp hỏng"


def test_join_all_cancels_and_waits(qtbot):
    runner = TaskRunner()
    started = threading.Event()
    outcome: list[str] = []

    def slow(progress):
        started.set()
        try:
            for _ in range(500):
                progress(0, 0)
                threading.Event().wait(0.01)
        except Cancelled:
            outcome.append("cancelled")
            raise
        outcome.append("finished")

    task = runner.start(slow, with_progress=True)
    assert started.wait(5)
    assert runner.join_all(timeout_ms=5000)
    assert outcome == ["cancelled"]
    assert task.cancelled


def test_import_parsing_runs_in_a_worker_thread(qtbot, store, vi, monkeypatch, seed_004_text):
    from desktop.ops import outlines
    from ui.outline_import_dialog import OutlineImportDialog

    threads: list[int] = []
    real = outlines.parse_outline

    def recording(source, *, is_text):
        threads.append(threading.get_ident())
        return real(source, is_text=is_text)

    monkeypatch.setattr(outlines, "parse_outline", recording)
    dialog = OutlineImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(seed_004_text)
    dialog.parse_text()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=10000)
    assert threads and threads[0] != threading.get_ident()


def test_session_asks_the_officer_once_and_remembers_per_pc_user(store):
    from desktop.session import Session
    from desktop.settings import load_settings

    asked: list[tuple[str, list[str]]] = []
    session = Session(store, ask=lambda suggested, recent: asked.append((suggested, recent)) or "Lê Thị Hoa",
                      user="hoa")
    assert session.officer() == "Lê Thị Hoa"
    assert session() == "Lê Thị Hoa"
    assert len(asked) == 1
    settings = load_settings(store)
    assert settings.last_officer == "Lê Thị Hoa" and settings.recent_officers == ["Lê Thị Hoa"]
    assert settings.officers_by_user == {"hoa": "Lê Thị Hoa"}
    # The next start on the same Windows account: not asked again.
    again = Session(store, ask=lambda suggested, recent: asked.append((suggested, recent)) or "X", user="hoa")
    assert again.officer() == "Lê Thị Hoa" and len(asked) == 1
    # Another account on the same PC is asked once; cancelled: falls back to the last name.
    other = Session(store, ask=lambda suggested, recent: asked.append((suggested, recent)) or None, user="dung")
    assert other.officer() == "Lê Thị Hoa"
    assert asked[-1] == ("Lê Thị Hoa", ["Lê Thị Hoa"])
    # "Đổi người làm việc" asks even when a name is known.
    again.ask = lambda suggested, recent: "Phạm Văn Dũng"
    assert again.change_officer() == "Phạm Văn Dũng" and again.officer() == "Phạm Văn Dũng"
    assert load_settings(store).officers_by_user["hoa"] == "Phạm Văn Dũng"


def test_settings_values_are_normalized(store):
    from desktop.ops.settings import remember_officer, save_settings
    from desktop.settings import AppSettings, load_settings

    save_settings(store, settings=AppSettings(language="fr", font_size=99))
    loaded = load_settings(store)
    assert (loaded.language, loaded.font_size) == ("vi", 20)
    with pytest.raises(UserError):
        remember_officer(store, "  ")


def test_app_start_up_helpers(qapp, db_path, monkeypatch):
    from desktop import app, i18n

    store = app.open_store(db_path)
    try:
        assert app.choose_language(store, None) == "vi"
        store.set_setting("app.language", "en")
        assert app.choose_language(store, None) == "en"
        assert app.choose_language(store, "vi") == "vi"
        assert app.prepare_store(store) is not None
        assert app.prepare_store(store) is None  # only once
        app.apply_preferences(qapp, store, "en")
        assert i18n.current_language() == "en"
    finally:
        i18n.uninstall(qapp)
        store.close()


def test_main_opens_the_window_and_returns_on_close(qapp, db_path, monkeypatch):
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import app, i18n
    from ui.main_window import MainWindow

    shown: list[MainWindow] = []

    def close_soon():  # once the window is up and has welcomed the officer (just after its first paint)
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
                   and (asked or welcomed)]
        shown.extend(windows)
        for window in windows:
            window.close()
        if not windows:
            QTimer.singleShot(50, close_soon)
    asked: list[str] = []
    monkeypatch.setattr("ui.officer_dialog.ask_officer_name",
                        lambda parent, suggested, recent: asked.append(suggested) or "Phạm Văn Dũng")

    welcomed: list[str] = []
    QTimer.singleShot(50, close_soon)

    def welcome(dialog):  # the first start on an empty database: the welcome, filled in
        welcomed.append(dialog.windowTitle())
        dialog.officer.setText("Phạm Văn Dũng")
        dialog.form.edits["name"].setText("UBND xã Sơn Kỳ")
        dialog.form.edits["signer_name"].setText("Đinh Thị Mai")
        return 1

    monkeypatch.setattr("ui.unit_setup.UnitSetupDialog.exec", welcome)
    monkeypatch.setattr(QApplication, "exec", lambda self=None: (qapp.processEvents(), _spin(qapp, shown))[1])
    try:
        assert app.main(["--db", str(db_path), "--lang", "vi"]) == 0
    finally:
        i18n.uninstall(qapp)
    assert shown and shown[0].report_list.table.rowCount() == 1
    assert welcomed and shown[0].session.officer_name == "Phạm Văn Dũng"
    assert asked == []  # the welcome took the name: no second question
    from models.store import Store

    with Store(db_path) as reopened:
        profile = reopened.get_profile()
        assert (profile.name, profile.signer_name) == ("UBND xã Sơn Kỳ", "Đinh Thị Mai")
    for window in shown:  # delete the window, and with it the start-up timers it still holds
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _spin(qapp, shown) -> int:
    import time

    deadline = time.monotonic() + 10
    while not shown and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.01)
    return 0
