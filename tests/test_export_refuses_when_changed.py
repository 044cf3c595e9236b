"""Render outside the transaction, record only if nothing moved: an export whose report changed
while it was being rendered (edited from another connection: the command line, or the editor) is
refused with a message that says what changed, and leaves nothing behind."""

from __future__ import annotations

import pytest

from desktop.keys import KeyStore
from desktop.ops import editing, export, sync
from desktop.ops.reports import fill_report
from desktop.ops.settings import save_settings
from desktop.ops.snapshot import ReportChanged, differences
from models.report import Answer
from models.store import Store
from tests.export_fixtures import load_sample


@pytest.fixture
def sample(db_path):
    store, report_id = load_sample(db_path)
    profile = store.get_profile()
    profile.code = "000.00.31.H48"
    save_settings(store, profile=profile)
    yield store, report_id
    store.close()


def _edit_while_rendering(monkeypatch, db_path, store, rid, text: str) -> str:
    """Wrap the DOCX/PDF writers so that, in the middle of rendering, another connection saves
    `text` into the report's first answer; returns that answer's key."""
    key = sorted(store.get_report(rid).answers)[0]
    real = export.writer_for

    def writer_for(fmt):
        write = real(fmt)

        def writing(doc, path, *, final, progress):
            with Store(db_path) as other:
                editing.save_answer(other, rid, Answer(key, text=text))
            write(doc, path, final=final, progress=progress)
        return writing

    monkeypatch.setattr(export, "writer_for", writer_for)
    return key


def test_final_export_refused_when_answers_were_edited(sample, db_path, tmp_path, monkeypatch):
    store, rid = sample
    key = _edit_while_rendering(monkeypatch, db_path, store, rid, "Sửa trong lúc xuất.")
    out = tmp_path / "chinh-thuc.pdf"
    revisions = len(store.list_revisions(rid))
    with pytest.raises(ReportChanged) as info:
        export.export_report(store, rid, "pdf", out, final=True, author="Lan")
    assert key in info.value.vi and "đã sửa nội dung mục" in info.value.vi
    assert key in info.value.en and "answers edited" in info.value.en
    report = store.get_report(rid)
    assert report.status == "draft" and report.answers[key].text == "Sửa trong lúc xuất."  # the edit won
    assert len(store.list_revisions(rid)) == revisions  # nothing recorded
    assert not out.exists() and list(tmp_path.glob(".chinh-thuc*")) == []  # nor a staged file
    # once nothing moves, the same export goes through and finalizes
    monkeypatch.undo()
    changed = export.export_report(store, rid, "pdf", out, final=True, author="Lan")
    assert changed.final and changed.status and out.exists()
    assert store.get_report(rid).status == "final"


def test_draft_export_is_not_refused(sample, db_path, tmp_path, monkeypatch):
    store, rid = sample
    _edit_while_rendering(monkeypatch, db_path, store, rid, "Sửa.")
    out = tmp_path / "du-thao.docx"
    changed = export.export_report(store, rid, "docx", out)
    assert out.exists() and not changed.final and not changed.report_list  # a draft records nothing


def test_bundle_refused_when_status_changed(sample, db_path, tmp_path, monkeypatch):
    from exporters import bundle_writer

    store, rid = sample
    real = bundle_writer.render_files

    def render_and_finalize(report, outline):
        with Store(db_path) as other:
            editing.finalize(other, rid, "Hùng")
        return real(report, outline)

    monkeypatch.setattr(bundle_writer, "render_files", render_and_finalize)
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(ReportChanged) as info:
        sync.export_bundle(store, rid, out, keys=KeyStore())
    assert "trạng thái đổi từ dự thảo sang hoàn thành" in info.value.vi
    assert "revision moved from r0 to r1" in info.value.en
    assert store.list_outbox(rid) == [] and list(out.iterdir()) == []
    assert store.get_report(rid).revision == 1  # the finalization, not the refused bundle


def test_bundle_refused_when_details_changed_then_recorded(sample, db_path, tmp_path, monkeypatch):
    from exporters import bundle_writer

    store, rid = sample
    real = bundle_writer.render_files
    calls = []

    def render_while_the_cli_fills(report, outline):
        if not calls:
            with Store(db_path) as other:
                fill_report(other, rid, {"report": {"number": "15"}})
        calls.append(1)
        return real(report, outline)

    monkeypatch.setattr(bundle_writer, "render_files", render_while_the_cli_fills)
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(ReportChanged, match="number"):
        sync.export_bundle(store, rid, out, keys=KeyStore())
    assert list(out.iterdir()) == []
    changed = sync.export_bundle(store, rid, out, keys=KeyStore())  # nothing moves this time
    assert changed.path.exists() and store.get_report(rid).revision == 1
    assert [e.revision for e in store.list_outbox(rid)] == [1]


def test_differences_name_each_kind_of_change(sample):
    store, rid = sample
    before = store.get_report(rid)
    after = store.get_report(rid)
    assert differences(before, after) == []
    after.revision, after.title = 4, "Khác"
    after.appendices = []
    after.answers["X.9"] = Answer("X.9", text="mới")
    text = " | ".join(en for _vi, en in differences(before, after))
    assert "revision moved from r0 to r4" in text and "answers edited: X.9" in text
    assert "report details edited (title)" in text
    assert ("appendix tables edited" in text) == bool(before.appendices)
