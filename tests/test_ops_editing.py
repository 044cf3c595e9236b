"""desktop.ops.editing against a real store and the seed-004 default outline."""

from __future__ import annotations

import copy

import pytest

from desktop.ops import editing
from models.errors import UserError
from models.outline_import import load_default_outline
from models.report import Answer, Figure
from tests.editor_support import fill_all, make_report, new_store


@pytest.fixture
def store(db_path):
    s = new_store(db_path)
    yield s
    s.close()


def test_save_answer_persists_and_reports_time(store, db_path):
    rid = make_report(store)
    changed = editing.save_answer(store, rid, Answer("I.1.1", text="Đã quán triệt."), "Lan")
    assert changed.report_id == rid and changed.answer_keys == ["I.1.1"]
    assert changed.saved_at and changed.saved_at[:4].isdigit()
    store.close()
    again = new_store(db_path)
    assert again.get_report(rid).answers["I.1.1"].text == "Đã quán triệt."
    again.close()


def test_save_answer_rejects_bad_figure(store):
    rid = make_report(store)
    bad = Answer("I.2.1", text="x", figures=[Figure("Tỷ lệ", "95.17.3", "%")])
    with pytest.raises(UserError) as err:
        editing.save_answer(store, rid, bad)
    assert "95.17.3" in str(err.value)
    assert "I.2.1" not in store.get_report(rid).answers


def test_finalize_lists_missing_then_succeeds(store):
    rid = make_report(store)
    fill_all(store, rid, skip=("I.1.2", "II.4.2"))
    with pytest.raises(editing.MissingItemsError) as err:
        editing.finalize(store, rid, "Lan")
    assert err.value.keys == ["I.1.2", "II.4.2"]
    assert "I.1.2" in str(err.value) and "II.4.2" in str(err.value)
    assert store.get_report(rid).status == "draft"
    editing.save_answer(store, rid, Answer("I.1.2", text="Có."))
    editing.save_answer(store, rid, Answer("II.4.2", not_applicable=True))  # không phát sinh counts
    changed = editing.finalize(store, rid, "Lan")
    report = store.get_report(rid)
    assert changed.report_id == rid and report.status == "final" and report.revision == 1
    kinds = [r.kind for r in store.list_revisions(rid)]
    assert kinds[0] == "finalized"


def test_department_only_item_not_required_for_commune(store):
    rid = make_report(store, unit_type="commune")
    fill_all(store, rid)
    assert "II.2.5" not in store.get_report(rid).answers
    editing.finalize(store, rid, "Lan")
    dept = make_report(store, unit_type="department")
    fill_all(store, dept, skip=("II.2.5",))
    with pytest.raises(editing.MissingItemsError) as err:
        editing.finalize(store, dept, "Lan")
    assert err.value.keys == ["II.2.5"]


def test_final_report_refuses_edits_until_reopened_with_reason(store):
    rid = make_report(store)
    fill_all(store, rid)
    editing.finalize(store, rid, "Lan")
    with pytest.raises(UserError):
        editing.save_answer(store, rid, Answer("I.1.1", text="sửa"))
    with pytest.raises(UserError):
        editing.reopen(store, rid, "Lan", "   ")
    editing.reopen(store, rid, "Hùng", "Bổ sung số liệu quý III")
    assert store.get_report(rid).status == "draft"
    latest = store.list_revisions(rid)[0]
    assert (latest.kind, latest.author, latest.note) == ("reopened", "Hùng", "Bổ sung số liệu quý III")
    editing.save_answer(store, rid, Answer("I.1.1", text="sửa"))
    assert store.get_report(rid).answers["I.1.1"].text == "sửa"


def test_restore_revision_brings_old_text_back_and_records_it(store):
    rid = make_report(store)
    editing.save_answer(store, rid, Answer("I.1.1", text="Bản đầu."))
    first = editing.checkpoint(store, rid, "Lan", "first").revision_id
    editing.save_answer(store, rid, Answer("I.1.1", text="Bản sau."))
    editing.save_answer(store, rid, Answer("I.1.3", text="Mục mới."))
    changed = editing.restore_revision(store, rid, first, "Lan")
    report = store.get_report(rid)
    assert report.answers["I.1.1"].text == "Bản đầu."
    assert not report.answer("I.1.3").is_filled
    assert set(changed.answer_keys) == {"I.1.1", "I.1.3"}
    revisions = store.list_revisions(rid)
    assert revisions[0].kind == "restored"
    # the state before restoring is kept as a checkpoint
    before = store.get_revision(revisions[1].id)
    assert before.answers["I.1.1"].text == "Bản sau."


def test_restore_rejects_foreign_revision(store):
    a, b = make_report(store), make_report(store)
    rev = editing.checkpoint(store, a, "Lan").revision_id
    with pytest.raises(UserError):
        editing.restore_revision(store, b, rev, "Lan")


def test_carry_forward_same_outline_fills_only_empty_items(store):
    old = make_report(store, period="6 tháng đầu năm 2025", created_at="2025-06-01T08:00:00")
    editing.save_answer(store, old, Answer("I.1.1", text="Cũ 1", figures=[Figure("Lượt", "957.600", "lượt")]))
    editing.save_answer(store, old, Answer("I.1.2", text="Cũ 2"))
    editing.save_answer(store, old, Answer("II.2.5", not_applicable=True))
    new = make_report(store, created_at="2025-09-16T08:00:00")
    editing.save_answer(store, new, Answer("I.1.2", text="Mới 2"))
    count = editing.carry_forward(store, new, old).count
    report = store.get_report(new)
    assert count == 2
    assert report.answers["I.1.1"].text == "Cũ 1"
    assert report.answers["I.1.1"].figures[0].value == "957.600"
    assert report.answers["I.1.2"].text == "Mới 2"


def test_carry_forward_across_outlines_matches_titles(store):
    old_outline = load_default_outline()
    new_outline = copy.deepcopy(old_outline)
    section = new_outline.find("I.1")
    inserted = copy.deepcopy(section.children[0])
    inserted.title = "Một mục hoàn toàn mới về đào tạo nguồn nhân lực số."
    section.children.insert(0, inserted)
    for i, child in enumerate(section.children, 1):  # keys are positional
        child.key = f"I.1.{i}"
    old = make_report(store, outline=old_outline, created_at="2025-06-01T08:00:00")
    editing.save_answer(store, old, Answer("I.1.1", text="Quán triệt đầy đủ."))
    new = make_report(store, outline=new_outline, created_at="2025-09-16T08:00:00")
    assert editing.carry_forward(store, new, old).count == 1
    report = store.get_report(new)
    assert report.answers["I.1.2"].text == "Quán triệt đầy đủ."  # the same title, shifted key
    assert "I.1.1" not in report.answers


def test_previous_report_and_answer(store):
    assert editing.previous_report(store, make_report(store, unit_name="X")) is None
    old = make_report(store, period="6 tháng", created_at="2025-06-01T08:00:00")
    older = make_report(store, period="quý I", created_at="2025-03-01T08:00:00")
    other_unit = make_report(store, period="6 tháng", unit_name="UBND xã Khác",
                             created_at="2025-07-01T08:00:00")
    new = make_report(store, created_at="2025-09-16T08:00:00")
    editing.save_answer(store, old, Answer("I.1.1", text="Kỳ trước."))
    editing.save_answer(store, other_unit, Answer("I.1.1", text="Đơn vị khác."))
    assert editing.previous_report(store, new) == old
    assert editing.previous_report(store, old) == older
    assert editing.previous_answer(store, new, "I.1.1").text == "Kỳ trước."
    assert editing.previous_answer(store, new, "I.1.2") is None
    prev = editing.previous_period(store, new)
    assert prev.period == "6 tháng"
