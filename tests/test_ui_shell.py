"""Main window and report list: demo report row, deadline countdown, delete/restore, language switch."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from tests.ui_shell_helpers import OFFICER, make_window, own_report, store, vi  # noqa: F401  (fixtures)
from ui.report_list import OVERDUE_COLOR, RATIO_ROLE


def with_deadline(store) -> str:
    """The officer's own report answering the sample's letter (deadline 22/9/2025 14:00)."""
    rid = own_report(store, "9 tháng đầu năm 2025")
    store.update_report_fields(rid, request=store.get_report(store.demo_id).request)
    return rid


def test_report_list_shows_demo_with_completeness_and_deadline(qtbot, store, vi):
    window = make_window(qtbot, store, today=date(2025, 9, 19))
    page = window.report_list
    assert page.table.rowCount() == 1
    summary = page.summaries()[0]
    assert summary.id == store.demo_id
    unit, period, outline, status, _bar, deadline, _saved = page.row_texts(0)
    assert unit == "Ủy ban nhân dân xã Ba Tơ"
    assert period == "9 tháng đầu năm 2025"
    assert status == "Báo cáo mẫu" and deadline == "(mẫu)"  # the sample: never due
    rid = with_deadline(store)
    page.refresh()
    assert page.select_report(rid)
    row = page.table.currentRow()
    assert page.row_texts(row)[3] == "Dự thảo"
    assert page.row_texts(row)[5] == "còn 3 ngày"  # deadline 22/9/2025 14:00
    ratio = page.table.item(row, 4).data(RATIO_ROLE)
    assert ratio == page.summaries()[row].completeness == 0
    assert page.table.item(1 - row, 4).data(RATIO_ROLE) == summary.completeness > 0
    assert page.count_label.text() == "2 báo cáo"


def test_overdue_deadline_is_red(qtbot, store, vi):
    rid = with_deadline(store)
    window = make_window(qtbot, store, today=date(2025, 9, 24))
    row = [s.id for s in window.report_list.summaries()].index(rid)
    item = window.report_list.table.item(row, 5)
    assert item.text() == "quá hạn 2 ngày"
    assert item.foreground().color() == OVERDUE_COLOR
    window.report_list._today = lambda: date(2025, 9, 22)
    window.report_list.refresh()
    row = [s.id for s in window.report_list.summaries()].index(rid)
    assert window.report_list.row_texts(row)[5] == "hết hạn hôm nay"


def test_delete_asks_first_then_restore(qtbot, store, vi, monkeypatch):
    window = make_window(qtbot, store)
    page = window.report_list
    questions: list[str] = []
    answer = {"value": QMessageBox.StandardButton.Cancel}

    def fake_exec(box):
        questions.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Yes).text() == "Xóa"
        return answer["value"]

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert window.delete_report() is False
    assert page.table.rowCount() == 1 and len(questions) == 1
    assert "Ủy ban nhân dân xã Ba Tơ" in questions[0]

    answer["value"] = QMessageBox.StandardButton.Yes
    assert window.delete_report() is True
    assert page.table.rowCount() == 0
    assert [s.id for s in store.list_reports(include_deleted=True) if s.deleted_at] == [store.demo_id]
    assert not window.actions_.delete_report.isEnabled()

    page.show_deleted.setChecked(True)
    assert page.table.rowCount() == 1
    assert page.row_texts(0)[3] == "Đã xóa"
    assert page.restore_button.isVisible() or not window.isVisible()
    assert page.restore_button.isEnabled()
    page.restore_button.click()
    assert page.table.rowCount() == 0  # still on the deleted view, now empty
    page.show_deleted.setChecked(False)
    assert [s.id for s in page.summaries()] == [store.demo_id]


def test_duplicate_adds_a_report(qtbot, store, vi):
    window = make_window(qtbot, store)
    new_id = window.duplicate_report()
    assert new_id and new_id != store.demo_id
    assert {s.id for s in window.report_list.summaries()} == {store.demo_id, new_id}
    assert window.report_list.selected_report_id() == new_id
    assert window.asked == [""]  # the officer was asked once for the revision author


def test_language_switch_retranslates_the_window(qtbot, store, vi):
    with_deadline(store)
    store.delete_report(store.demo_id)
    window = make_window(qtbot, store)
    window.show()
    qtbot.waitExposed(window)
    actions, page = window.actions_, window.report_list
    assert actions.new_report.text() == "Báo cáo &mới…"
    assert window.menus.report.title() == "&Báo cáo"
    assert page.title.text() == "Báo cáo"
    assert page.row_texts(0)[3] == "Dự thảo"
    assert page.table.horizontalHeaderItem(5).text() == "Hạn nộp"

    window.set_language("en")
    qtbot.waitUntil(lambda: actions.new_report.text() == "&New report…")
    assert window.menus.report.title() == "&Report"
    assert page.title.text() == "Reports"
    assert page.row_texts(0)[3] == "Draft"
    assert page.row_texts(0)[5] == "3 days left"
    assert page.table.horizontalHeaderItem(5).text() == "Deadline"
    assert actions.lang_en.isChecked()
    assert store.get_setting("app.language") == "en"

    window.set_language("vi")
    qtbot.waitUntil(lambda: actions.new_report.text() == "Báo cáo &mới…")
    assert page.row_texts(0)[5] == "còn 3 ngày"


def test_open_report_shows_editor_and_back_refreshes(qtbot, store, vi):
    window = make_window(qtbot, store)
    window.open_report(store.demo_id)
    assert window.stack.currentWidget() is window.editor
    assert window.current_report_id() == store.demo_id
    assert not window.toolbar.isVisibleTo(window)
    assert window.actions_.back_to_list.isEnabled()
    flushed: list[bool] = []
    original = window.editor.flush
    window.editor.flush = lambda: (flushed.append(True), original())[1]
    window.editor.back_requested.emit()
    assert window.stack.currentWidget() is window.report_list
    assert flushed == [True]
    assert window.toolbar.isVisibleTo(window)


def test_close_flushes_the_editor_and_joins_workers(qtbot, store, vi):
    import threading

    window = make_window(qtbot, store)
    window.open_report(store.demo_id)
    calls: list[str] = []
    window.editor.flush = lambda: calls.append("flush")
    release = threading.Event()
    window.runner.tasks.start(lambda: (release.wait(5), calls.append("task"))[1])
    release.set()
    window.close()
    assert calls[0] == "flush" and "task" in calls
    assert window.runner.running() == [] or all(not t._thread.isRunning() for t in window.runner.running())


def test_actions_redraw_the_list_through_the_runner(qtbot, store, vi):
    from desktop.ops import Changed
    from desktop.ops.reports import delete_report

    window = make_window(qtbot, store)
    heard: list[Changed] = []
    window.runner.changed.connect(heard.append)
    new_id = window.duplicate_report()
    assert [c.report_id for c in heard] == [new_id] and heard[0].report_list
    assert window.report_list.table.rowCount() == 2  # redrawn from the Changed, not by hand
    window.report_list.select_report(new_id)
    window.open_report(store.demo_id)  # the list is hidden now: a change marks it stale
    window.runner.run(delete_report, new_id)
    assert window.report_list.table.rowCount() == 2
    window.show_home()
    assert window.report_list.table.rowCount() == 1


def test_export_docx_runs_in_the_background(qtbot, store, vi, monkeypatch, tmp_path):
    import zipfile

    from ui import file_dialogs

    target = tmp_path / "bao-cao"
    monkeypatch.setattr(file_dialogs, "_run", lambda dialog: [str(target)])  # "bao-cao" typed, no suffix
    window = make_window(qtbot, store)
    task = window.export_report("docx")
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert task.exception is None
    written = tmp_path / "bao-cao.docx"
    assert zipfile.is_zipfile(written)
    with zipfile.ZipFile(written) as docx:
        assert "Ba Tơ" in docx.read("word/document.xml").decode("utf-8")
    assert window.status_label.text().startswith("Exported to") or "bao-cao.docx" in window.status_label.text()


def test_print_is_the_export_operation_writing_a_temp_pdf(qtbot, store, vi):
    from ui.print_preview import PrintPreviewDialog

    window = make_window(qtbot, store)
    task = window.print_report()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert task.exception is None and task.result.path.exists()
    dialog = window.findChild(PrintPreviewDialog)
    assert dialog is not None and dialog.page_count > 1
    dialog.reject()
    assert not task.result.path.exists()  # the temp PDF goes with the preview
