"""History dialog: list revisions, diff against the current text, restore (with a "restored" revision)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.ops import editing
from models.outline_import import load_default_outline
from models.report import Answer, AppendixTable, Report
from tests.editor_support import make_report, new_store
from tests.test_editor_page import open_page
from ui.history_dialog import HistoryDialog, diff_reports


@pytest.fixture
def store(db_path):
    s = new_store(db_path)
    yield s
    s.close()


def test_diff_reports_per_item():
    outline = load_default_outline()
    old = Report("r", "o", "p", answers={"I.1.1": Answer("I.1.1", text="Dòng một\nDòng hai"),
                                         "I.1.2": Answer("I.1.2", text="Giữ nguyên")})
    new = Report("r", "o", "p", answers={"I.1.1": Answer("I.1.1", text="Dòng một\nDòng hai đã sửa"),
                                         "I.1.2": Answer("I.1.2", text="Giữ nguyên"),
                                         "II.1.1": Answer("II.1.1", not_applicable=True)},
                 appendices=[AppendixTable("Phụ lục I", ["TT"], [["1"]])])
    text = diff_reports(old, new, outline)
    assert "=== I.1.1 Công tác tổ chức" in text
    assert "-Dòng hai" in text and "+Dòng hai đã sửa" in text
    assert "I.1.2" not in text
    assert "=== II.1.1" in text and "+(không phát sinh)" in text
    assert "=== Phụ lục" in text
    assert diff_reports(old, old, outline) == ""


def test_dialog_lists_revisions_and_restores(qtbot, store, monkeypatch):
    rid = make_report(store)
    editing.save_answer(store, rid, Answer("I.1.1", text="Bản cũ"))
    old_rev = editing.checkpoint(store, rid, "Lan", "first draft").revision_id
    editing.save_answer(store, rid, Answer("I.1.1", text="Bản mới"))
    editing.checkpoint(store, rid, "Hùng")
    dialog = HistoryDialog(store, rid, lambda: "Hùng")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["Hùng", "Lan"]
    assert dialog.table.item(1, 3).text() == "first draft"
    assert dialog.show_diff() == ""  # newest revision equals the current report
    dialog.select_revision(old_rev)
    diff = dialog.diff.toPlainText()
    assert "-Bản cũ" in diff and "+Bản mới" in diff
    assert dialog.restore_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    assert dialog.restore_selected()
    assert dialog.restored
    assert store.get_report(rid).answers["I.1.1"].text == "Bản cũ"
    kinds = [r.kind for r in store.list_revisions(rid)]
    assert kinds[0] == "restored" and kinds.count("checkpoint") == 3
    assert dialog.table.rowCount() == 4


def test_restore_declined_changes_nothing(qtbot, store, monkeypatch):
    rid = make_report(store)
    editing.save_answer(store, rid, Answer("I.1.1", text="A"))
    rev = editing.checkpoint(store, rid, "Lan").revision_id
    editing.save_answer(store, rid, Answer("I.1.1", text="B"))
    dialog = HistoryDialog(store, rid, lambda: "Lan")
    qtbot.addWidget(dialog)
    dialog.select_revision(rev)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    assert not dialog.restore_selected()
    assert store.get_report(rid).answers["I.1.1"].text == "B"


def test_page_history_restore_reloads_editor(qtbot, store, monkeypatch):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.select_item("I.1.1")
    page.item_editor.text.insertPlainText("Phien ban mot, du dai de tao mot moc luu trong lich su.")
    page.select_item("I.1.2")  # leaving a substantially changed item writes a checkpoint
    first = store.list_revisions(rid)[0]
    assert first.kind == "checkpoint" and first.author == "Nguyễn Thị Lan"
    page.select_item("I.1.1")
    page.item_editor.text.insertPlainText("Phien ban hai")

    def fake_exec(dialog):
        dialog.select_revision(first.id)
        dialog.restore_selected(confirm=False)
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", fake_exec)
    page.show_history()
    assert page.current_key() == "I.1.1"
    assert page.item_editor.text.stored_text() == "Phien ban mot, du dai de tao mot moc luu trong lich su."
    assert store.list_revisions(rid)[0].kind == "restored"
