"""Finalize from the page: refused with the missing-items dialog, a summary of what the final copy
prints confirmed first (and a signer required), read-only banner, reopen with a reason."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from models.report import Answer
from tests.editor_support import fill_all, make_report, new_store
from tests.test_editor_page import open_page
from ui.editor import finalize as finalize_module


@pytest.fixture
def store(db_path):
    s = new_store(db_path)
    yield s
    s.close()


@pytest.fixture
def summaries(monkeypatch):
    """Confirm the finalize summary, keeping what it showed."""
    shown: list = []

    def fake_exec(dialog):
        shown.append(dialog)
        return QDialog.DialogCode.Accepted if dialog.finalize_button.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(finalize_module.FinalizeSummaryDialog, "exec", fake_exec)
    return shown


@pytest.fixture
def reasons(monkeypatch):
    """Answer the "why reopen" question (None: cancelled)."""
    answer = {"text": "Sở yêu cầu bổ sung số liệu"}
    from ui.editor import status_actions

    monkeypatch.setattr(status_actions, "ask_text", lambda *a, **k: answer["text"])
    return answer


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


def test_finalize_after_filling_makes_page_read_only(qtbot, store, summaries):
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
    before = editor.text.stored_text()
    editor.text.insertPlainText("x")  # programmatic insert is still blocked from saving
    page.flush()
    assert store.get_report(rid).answers["I.1.1"].text == before


def test_reopen_asks_reason_and_records_it(qtbot, store, summaries, reasons):
    rid = make_report(store)
    fill_all(store, rid)
    page = open_page(qtbot, store, rid)
    assert page.finalize()
    page.reopen_button.click()
    assert store.get_report(rid).status == "draft"
    latest = store.list_revisions(rid)[0]
    assert latest.kind == "reopened" and latest.note == "Sở yêu cầu bổ sung số liệu"
    assert latest.author == "Nguyễn Thị Lan"
    assert not page.banner.isVisible() and not page.item_editor.text.isReadOnly()
    page.select_item("I.1.1")
    page.item_editor.text.set_stored_text("Sửa lại")
    page.item_editor.text.insertPlainText("!")
    page.flush()
    assert store.get_report(rid).answers["I.1.1"].text == "!Sửa lại"


def test_reopen_cancelled_keeps_final(qtbot, store, summaries, reasons):
    rid = make_report(store)
    fill_all(store, rid)
    page = open_page(qtbot, store, rid)
    page.finalize()
    reasons["text"] = None
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


def test_finalize_summary_shows_what_prints_and_cancel_keeps_draft(qtbot, store, monkeypatch):
    from models.report import UnitProfile

    rid = make_report(store, answers={"I.1.1": Answer("I.1.1", not_applicable=True)})
    fill_all(store, rid, skip=("I.1.1",))
    store.update_report_fields(rid, unit=UnitProfile(name="UBND xã Sơn Kỳ", code="000.00.31.H48",
                                                     place="Sơn Kỳ", signer_title="Phó Chủ tịch",
                                                     signer_authority="KT.", signer_name="Phạm Văn Bình"))
    page = open_page(qtbot, store, rid)
    seen: dict = {}

    def look(dialog):
        seen["text"] = dialog.body.text()
        seen["finalize"] = dialog.finalize_button.isEnabled()
        return QDialog.DialogCode.Rejected  # the officer cancels

    monkeypatch.setattr(finalize_module.FinalizeSummaryDialog, "exec", look)
    assert page.finalize() is False
    text = seen["text"]
    for printed in ("ỦY BAN NHÂN DÂN", "XÃ SƠN KỲ", "000.00.31.H48", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                    "Phạm Văn Bình", "/BC-UBND", "Sơn Kỳ, ngày", "I.1.1"):
        assert printed in text
    assert seen["finalize"]
    assert store.get_report(rid).status == "draft"


def test_finalize_without_signer_asks_for_it_first(qtbot, store, summaries, monkeypatch):
    from models.report import UnitProfile
    from ui import unit_setup

    rid = make_report(store)
    fill_all(store, rid)
    store.update_report_fields(rid, unit=UnitProfile(name="UBND xã Sơn Kỳ"))
    page = open_page(qtbot, store, rid)
    with pytest.raises(Exception, match="người ký"):
        from desktop.ops import editing

        editing.finalize(store, rid, "Lan")  # the rule itself, in the operations layer
    asked: list = []

    def fill_signer(dialog):
        asked.append(dialog.missing)
        dialog.form.edits["signer_name"].setText("Phạm Văn Bình")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(unit_setup.UnitSetupDialog, "exec", fill_signer)

    def exec_summary(dialog):
        summaries.append(dialog)
        assert not dialog.finalize_button.isEnabled() and dialog.signer_button.isVisibleTo(dialog)
        dialog.signer_button.click()  # "Nhập người ký…"
        return QDialog.DialogCode.Accepted if dialog.finalize_button.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(finalize_module.FinalizeSummaryDialog, "exec", exec_summary)
    assert page.finalize() is True
    assert asked == [["signer_name"]]
    report = store.get_report(rid)
    assert report.status == "final" and report.unit.signer_name == "Phạm Văn Bình"
    assert store.get_profile().signer_name == "Phạm Văn Bình"  # saved for the next reports too
