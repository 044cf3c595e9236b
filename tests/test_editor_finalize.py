"""Finalize from the page: refused with the missing-items dialog, read-only banner, reopen with a reason."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from models.report import Answer
from tests.editor_support import fill_all, make_report, new_store
from tests.test_editor_page import open_page
from ui.editor import finalize as finalize_module


@pytest.fixture
def store(db_path):
    s = new_store(db_path)
    yield s
    s.close()


def test_finalize_refused_lists_missing_and_jumps_to_pick(qtbot, store, monkeypatch):
    rid = make_report(store)
    fill_all(store, rid, skip=("I.3.2", "II.4.4"))
    page = open_page(qtbot, store, rid)
    shown: dict = {}

    def fake_exec(dialog):
        shown["rows"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        dialog.list.setCurrentRow(1)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(finalize_module.MissingItemsDialog, "exec", fake_exec)
    assert page.finalize() is False
    assert [r.split()[0] for r in shown["rows"]] == ["I.3.2", "II.4.4"]
    assert "Công tác Truyền thông" in shown["rows"][0]
    assert page.current_key() == "II.4.4"
    assert store.get_report(rid).status == "draft"


def test_finalize_after_filling_makes_page_read_only(qtbot, store):
    rid = make_report(store)
    fill_all(store, rid, skip=("V.1",))
    page = open_page(qtbot, store, rid)
    assert page.current_key() == "V.1"
    page.item_editor.not_applicable.setChecked(True)  # không phát sinh counts as filled
    changed = []
    page.report_changed.connect(changed.append)
    assert page.finalize() is True
    assert changed == [rid]
    assert store.get_report(rid).status == "final"
    assert page.banner.isVisible()
    assert page.reopen_button.isVisible() and not page.finalize_button.isVisible()
    page.select_item("I.1.1")
    editor = page.item_editor
    assert editor.text.isReadOnly()
    assert not editor.not_applicable.isEnabled()
    assert not editor.footnote_action.isEnabled() and not editor.figures.add_button.isEnabled()
    before = editor.text.toPlainText()
    editor.text.insertPlainText("x")  # programmatic insert is still blocked from saving
    page.flush()
    assert store.get_report(rid).answers["I.1.1"].text == before


def test_reopen_asks_reason_and_records_it(qtbot, store, monkeypatch):
    rid = make_report(store)
    fill_all(store, rid)
    page = open_page(qtbot, store, rid)
    assert page.finalize()
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Sở yêu cầu bổ sung số liệu", True)))
    page.reopen_button.click()
    assert store.get_report(rid).status == "draft"
    latest = store.list_revisions(rid)[0]
    assert latest.kind == "reopened" and latest.note == "Sở yêu cầu bổ sung số liệu"
    assert latest.author == "Nguyễn Thị Lan"
    assert not page.banner.isVisible() and not page.item_editor.text.isReadOnly()
    page.select_item("I.1.1")
    page.item_editor.text.setPlainText("Sửa lại")
    page.flush()
    assert store.get_report(rid).answers["I.1.1"].text == "Sửa lại"


def test_reopen_cancelled_keeps_final(qtbot, store, monkeypatch):
    rid = make_report(store)
    fill_all(store, rid)
    page = open_page(qtbot, store, rid)
    page.finalize()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    assert page.reopen() is False
    assert store.get_report(rid).status == "final"


def test_opening_a_final_report_is_read_only(qtbot, store):
    rid = make_report(store, answers={"I.1.1": Answer("I.1.1", text="x")})
    fill_all(store, rid)
    from desktop.ops import editing

    editing.finalize(store, rid, "Lan")
    page = open_page(qtbot, store, rid)
    assert page.banner.isVisible() and page.item_editor.text.isReadOnly()
    assert not page.appendix_editor.add_table_button.isEnabled()
