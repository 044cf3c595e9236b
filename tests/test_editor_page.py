"""EditorPage end to end with pytest-qt: autosave, persistence, hidden items, navigation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models.report import Answer
from tests.editor_support import make_report, new_store
from ui.editor import EditorPage
from ui.editor.outline_panel import MARK_EMPTY, MARK_FILLED, MARK_NOT_APPLICABLE


@pytest.fixture
def store(db_path):
    s = new_store(db_path)
    yield s
    s.close()


def open_page(qtbot, store, report_id, officer="Nguyễn Thị Lan"):
    page = EditorPage(store, lambda: officer)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)  # shortcuts need the active window
    page.open_report(report_id)
    return page


def test_typing_autosaves_and_survives_reopen(qtbot, store, db_path):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    assert page.report_id == rid
    page.select_item("I.1.2")
    page.item_editor.text.setFocus()
    with qtbot.waitSignal(page.saved, timeout=5000) as blocker:
        qtbot.keyClicks(page.item_editor.text, "Da ban hanh ke hoach")
    assert len(blocker.args[0]) >= 19
    assert page.saved_label.text().endswith(blocker.args[0][11:19])
    qtbot.waitUntil(lambda: store.get_report(rid).answer("I.1.2").text == "Da ban hanh ke hoach",
                    timeout=5000)
    page.go_back()
    page.close()
    store.close()

    fresh = new_store(db_path)
    try:
        page2 = open_page(qtbot, fresh, rid)
        page2.select_item("I.1.2")
        assert page2.item_editor.text.toPlainText() == "Da ban hanh ke hoach"
        item = page2.outline_panel._items["I.1.2"]
        assert item.text(0).startswith(MARK_FILLED)
        # closing the page wrote a checkpoint with the officer's name
        assert any(r.kind == "checkpoint" and r.author == "Nguyễn Thị Lan"
                   for r in fresh.list_revisions(rid))
        page2.close_report()
    finally:
        fresh.close()


def test_flush_on_item_switch_saves_without_waiting(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.autosaver._timer.setInterval(60_000)  # only the switch may save
    page.select_item("I.1.3")
    qtbot.keyClicks(page.item_editor.text, "Chu dong")
    assert "I.1.3" not in store.get_report(rid).answers
    page.select_item("I.1.4")
    assert store.get_report(rid).answers["I.1.3"].text == "Chu dong"


def test_department_item_hidden_for_commune_and_shown_with_toggle(qtbot, store):
    rid = make_report(store, unit_type="commune")
    page = open_page(qtbot, store, rid)
    items = page.outline_panel._items
    assert items["II.2.5"].isHidden()
    assert not items["II.3.3"].isHidden()  # commune-only item applies
    page.outline_panel.show_all.setChecked(True)
    assert not items["II.2.5"].isHidden()
    assert items["II.2.5"].foreground(0).color().name() == "#9a9a9a"
    page.outline_panel.show_all.setChecked(False)
    assert items["II.2.5"].isHidden()
    dept = make_report(store, unit_type="department")
    page.open_report(dept)
    items = page.outline_panel._items
    assert not items["II.2.5"].isHidden() and items["II.3.3"].isHidden()


def test_section_counts_and_marks(qtbot, store):
    rid = make_report(store, answers={"I.1.1": Answer("I.1.1", text="x"),
                                      "I.1.2": Answer("I.1.2", not_applicable=True)})
    page = open_page(qtbot, store, rid)
    items = page.outline_panel._items
    assert items["I.1"].text(0).endswith("(2/5)")
    assert items["II.2"].text(0).endswith("(0/6)")  # II.2.5 does not count for a commune
    assert items["I.1.1"].text(0).startswith(MARK_FILLED)
    assert items["I.1.2"].text(0).startswith(MARK_NOT_APPLICABLE)
    assert items["I.1.3"].text(0).startswith(MARK_EMPTY)
    page.select_item("I.1.3")
    qtbot.keyClicks(page.item_editor.text, "a")
    # the mark follows what is saved, not what is typed: still empty until the autosave writes it
    assert items["I.1.3"].text(0).startswith(MARK_EMPTY)
    assert page.saved_label.text() == "Writing…" or "soạn" in page.saved_label.text()
    page.flush()
    assert store.get_report(rid).answer("I.1.3").text == "a"
    assert items["I.1.3"].text(0).startswith(MARK_FILLED)
    assert items["I.1"].text(0).endswith("(3/5)")


def test_ctrl_down_goes_to_next_empty_applicable_item(qtbot, store):
    rid = make_report(store, answers={k: Answer(k, text="x") for k in ("I.1.1", "I.1.2", "I.1.4")})
    page = open_page(qtbot, store, rid)
    assert page.current_key() == "I.1.3"  # opening lands on the first empty item
    page.item_editor.text.setFocus()
    qtbot.keyClick(page.item_editor.text, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.current_key() == "I.1.5"
    page.select_item("II.2.4")
    qtbot.keyClick(page.item_editor.text, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.current_key() == "II.2.6"  # II.2.5 is department-only: skipped for a commune
    page.outline_panel.tree.setFocus()
    qtbot.keyClick(page.outline_panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.current_key() == "II.2.7"


def test_not_applicable_switch_disables_text_and_counts_as_filled(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.select_item("II.3.3")
    page.item_editor.not_applicable.setChecked(True)
    assert page.item_editor.text.isReadOnly()
    page.flush()
    assert page.outline_panel._items["II.3.3"].text(0).startswith(MARK_NOT_APPLICABLE)
    saved = store.get_report(rid).answers["II.3.3"]
    assert saved.not_applicable and saved.is_filled
    page.item_editor.not_applicable.setChecked(False)
    assert not page.item_editor.text.isReadOnly()


def test_ctrl_f_searches_titles_and_text_and_jumps(qtbot, store):
    rid = make_report(store, answers={"II.4.3": Answer("II.4.3", text="Đã cài đặt VNeID cho 1.200 người dân.")})
    page = open_page(qtbot, store, rid)
    page.item_editor.text.setFocus()
    qtbot.keyClick(page.item_editor.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_bar.isVisible()
    qtbot.keyClicks(page.search_bar.field, "1.200 nguoi dan")  # diacritics ignored
    qtbot.keyClick(page.search_bar.field, Qt.Key.Key_Return)
    assert page.current_key() == "II.4.3"
    assert page.item_editor.text.textCursor().selectedText() == "1.200 người dân"
    page.search_bar.field.setText("bưu chính")
    qtbot.keyClick(page.search_bar.field, Qt.Key.Key_Return)
    assert page.current_key() == "II.3.3"  # a title hit


def test_hiding_the_page_saves_and_checkpoints(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.autosaver._timer.setInterval(60_000)
    page.select_item("I.1.1")
    qtbot.keyClicks(page.item_editor.text, "Van ban dang go")
    page.hide()  # the shell switched to the report list or the window closed
    assert store.get_report(rid).answers["I.1.1"].text == "Van ban dang go"
    assert store.list_revisions(rid)[0].note == "closed"
