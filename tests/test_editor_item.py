"""Item-level editing: figures validation, footnotes, bullets, undo, previous period, appendices."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ops import editing
from models.report import Answer, AppendixTable, Figure, Footnote
from tests.editor_support import make_report, new_store
from tests.test_editor_page import open_page
from ui.editor.figures_table import VALUE
from ui.editor.outline_panel import APPENDIX_KEY


@pytest.fixture
def store(db_path):
    s = new_store(db_path)
    yield s
    s.close()


def test_good_figures_are_saved(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.select_item("I.2.1")
    figures = page.item_editor.figures
    for label, value, unit in (("Lượt truy cập", "957.600", "lượt"), ("Tỷ lệ", "95,17", "%"),
                               ("Địa phương", "57/96", "")):
        figures.add_row()
        row = figures.table.rowCount() - 1
        figures.set_value(row, 0, label)
        figures.set_value(row, 2, unit)
        figures.set_value(row, VALUE, value)
    assert not figures.error.isVisible()
    page.flush()
    saved = store.get_report(rid).answers["I.2.1"].figures
    assert [(f.label, f.value, f.unit) for f in saved] == [
        ("Lượt truy cập", "957.600", "lượt"), ("Tỷ lệ", "95,17", "%"), ("Địa phương", "57/96", "")]


def test_bad_figure_shows_message_and_is_not_saved(qtbot, store):
    rid = make_report(store, answers={"I.2.1": Answer("I.2.1", figures=[Figure("Lượt", "957.600", "lượt")])})
    page = open_page(qtbot, store, rid)
    page.select_item("I.2.1")
    figures = page.item_editor.figures
    figures.add_row()
    figures.set_value(1, 0, "Tỷ lệ")
    figures.set_value(1, VALUE, "95.17.3")
    assert not figures.error.isHidden()
    assert "95.17.3" in figures.error.text() and "không phải là số hợp lệ" in figures.error.text()
    assert figures.table.item(1, VALUE).foreground().color().name() == "#b00020"
    page.flush()
    saved = store.get_report(rid).answers["I.2.1"].figures
    assert [f.value for f in saved] == ["957.600"]
    figures.set_value(1, VALUE, "95,17")
    assert figures.error.isHidden()
    page.flush()
    assert [f.value for f in store.get_report(rid).answers["I.2.1"].figures] == ["957.600", "95,17"]


def test_insert_footnote_adds_anchor_and_row(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.select_item("I.1.2")
    editor = page.item_editor
    qtbot.keyClicks(editor.text, "Ban hanh Ke hoach 359")
    editor.footnote_action.trigger()
    assert editor.text.stored_text() == "Ban hanh Ke hoach 359[^1]"
    assert editor.text.toPlainText() == "Ban hanh Ke hoach 3591"  # shown as a raised number
    assert editor.extras.currentWidget() is editor.footnotes and editor.footnotes.isVisible()
    editor.footnotes.set_text("1", "Kế hoạch số 359-KH/TU ngày 29/4/2025 của Ban Thường vụ Tỉnh ủy.")
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, " va 327")
    editor.footnote_action.trigger()
    assert editor.text.stored_text().endswith("va 327[^2]")
    page.flush()
    saved = store.get_report(rid).answers["I.1.2"]
    assert saved.anchors() == ["1", "2"]
    assert saved.footnotes[0] == Footnote("1", "Kế hoạch số 359-KH/TU ngày 29/4/2025 của Ban Thường vụ Tỉnh ủy.")
    assert [f.id for f in saved.footnotes] == ["1", "2"]


def test_dash_bullet_and_undo(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.select_item("I.1.1")
    editor = page.item_editor
    qtbot.keyClicks(editor.text, "Hoi nghi quan triet")
    editor.bullet_action.trigger()
    assert editor.text.toPlainText() == "- Hoi nghi quan triet"
    editor.bullet_action.trigger()  # no double bullet
    assert editor.text.toPlainText() == "- Hoi nghi quan triet"
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text.toPlainText() == "Hoi nghi quan triet"


def test_previous_period_panel_and_copy_in_is_undoable(qtbot, store):
    old = make_report(store, period="6 tháng đầu năm 2025", created_at="2025-06-01T08:00:00")
    editing.save_answer(store, old, Answer("I.1.1", text="Kỳ trước đã quán triệt[^1].",
                                           footnotes=[Footnote("1", "Nghị quyết 57-NQ/TW.")]))
    new = make_report(store, created_at="2025-09-16T08:00:00")
    page = open_page(qtbot, store, new)
    assert page.previous_panel.isVisible()
    assert "6 tháng đầu năm 2025" in page.previous_panel.heading.text()
    page.select_item("I.1.1")
    assert "Kỳ trước đã quán triệt" in page.previous_panel.text.toPlainText()
    qtbot.keyClicks(page.item_editor.text, "Ban nhap")
    page.previous_panel.copy_button.click()
    assert page.item_editor.text.stored_text() == "Kỳ trước đã quán triệt[^1]."
    page.flush()
    saved = store.get_report(new).answers["I.1.1"]
    assert saved.footnotes == [Footnote("1", "Nghị quyết 57-NQ/TW.")]
    page.item_editor.text.undo()
    assert page.item_editor.text.toPlainText() == "Ban nhap"
    page.select_item("I.1.2")
    assert not page.previous_panel.copy_button.isEnabled()  # nothing answered there last time
    page.previous_panel.toggle.click()
    assert page.previous_panel.body.isHidden()


def test_no_previous_report_hides_panel(qtbot, store):
    page = open_page(qtbot, store, make_report(store))
    assert not page.previous_panel.isVisible()


def test_carry_forward_shows_prefilled_text_and_previous_beside(qtbot, store):
    old = make_report(store, period="6 tháng", created_at="2025-06-01T08:00:00")
    editing.save_answer(store, old, Answer("II.1.1", text="Ban hành 3 kế hoạch."))
    new = make_report(store, created_at="2025-09-16T08:00:00")
    assert editing.carry_forward(store, new, old).count == 1
    page = open_page(qtbot, store, new)
    page.select_item("II.1.1")
    assert page.item_editor.text.toPlainText() == "Ban hành 3 kế hoạch."
    assert page.previous_panel.text.toPlainText() == "Ban hành 3 kế hoạch."


def test_appendix_grid_editor_saves_tables(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.select_item(APPENDIX_KEY)
    assert page.right.currentWidget() is page.appendix_editor
    editor = page.appendix_editor
    editor.add_table()
    editor.title.setText("Phụ lục I: Kết quả chỉ tiêu")
    editor.title.textEdited.emit(editor.title.text())
    editor.add_row()
    editor.add_column()
    editor.rename_column(3, "Ghi chú")
    editor.grid.item(0, 1) or None
    from PySide6.QtWidgets import QTableWidgetItem
    editor.grid.setItem(0, 2, QTableWidgetItem("95,17%"))
    editor.grid.setItem(1, 1, QTableWidgetItem("Chỉ tiêu 2"))
    page.flush()
    tables = store.get_report(rid).appendices
    assert len(tables) == 1
    assert tables[0].title == "Phụ lục I: Kết quả chỉ tiêu"
    assert tables[0].columns == ["TT", "Nội dung", "Kết quả", "Ghi chú"]
    assert tables[0].rows[0][2] == "95,17%" and tables[0].rows[1][1] == "Chỉ tiêu 2"
    editor.grid.setCurrentCell(1, 0)
    editor.remove_row()
    editor.grid.setCurrentCell(0, 3)
    editor.remove_column()
    page.flush()
    table = store.get_report(rid).appendices[0]
    assert table.columns == ["TT", "Nội dung", "Kết quả"] and len(table.rows) == 1
    # reopening shows the saved table
    page.open_report(rid)
    page.select_item(APPENDIX_KEY)
    assert editor.tables() == [AppendixTable("Phụ lục I: Kết quả chỉ tiêu", ["TT", "Nội dung", "Kết quả"],
                                             [["1", "", "95,17%"]], "")]
