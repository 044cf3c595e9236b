"""The autosaver: debounce, flush, failure retry and the checkpoint policy."""

from __future__ import annotations

import pytest

from desktop.autosave import Autosaver, substantial_change
from desktop.ops import editing
from models.report import Answer
from tests.editor_support import fill_all, make_report, new_store


@pytest.fixture
def store(db_path):
    s = new_store(db_path)
    yield s
    s.close()


def make_saver(qtbot, store, rid, delay_ms=50, **kw):
    saver = Autosaver(store, lambda: "Lan", delay_ms=delay_ms, **kw)
    saver.set_report(rid, store.get_report(rid).answers)
    return saver


def test_debounce_saves_once_after_pause(qtbot, store, monkeypatch):
    rid = make_report(store)
    calls = []
    real = editing.save_answer
    monkeypatch.setattr(editing, "save_answer", lambda *a, **k: calls.append(a[2].text) or real(*a, **k))
    saver = make_saver(qtbot, store, rid)
    for text in ("a", "ab", "abc"):
        saver.schedule(Answer("I.1.1", text=text))
    assert calls == [] and saver.has_pending
    with qtbot.waitSignal(saver.saved, timeout=2000):
        pass
    assert calls == ["abc"]
    assert not saver.has_pending
    assert store.get_report(rid).answers["I.1.1"].text == "abc"


def test_flush_saves_immediately(qtbot, store):
    rid = make_report(store)
    saver = make_saver(qtbot, store, rid, delay_ms=60_000)
    saver.schedule(Answer("I.1.1", text="ngay"))
    saver.schedule(Answer("I.1.2", text="luôn"))
    assert saver.flush()
    report = store.get_report(rid)
    assert report.answers["I.1.1"].text == "ngay" and report.answers["I.1.2"].text == "luôn"


def test_failed_save_keeps_edit_and_reports(qtbot, store):
    rid = make_report(store)
    fill_all(store, rid)
    editing.finalize(store, rid, "Lan")
    saver = make_saver(qtbot, store, rid, delay_ms=60_000)
    messages = []
    saver.failed.connect(messages.append)
    saver.schedule(Answer("I.1.1", text="không được mất"))
    assert saver.flush() is False
    assert saver.has_pending and "hoàn thành" in messages[0]
    editing.reopen(store, rid, "Lan", "sửa")
    assert saver.flush() is True
    assert store.get_report(rid).answers["I.1.1"].text == "không được mất"


def test_substantial_change():
    assert not substantial_change("abc", "abc")
    assert not substantial_change("Kết quả tốt.", "Kết quả rất tốt.")
    assert substantial_change("", "x" * 40)
    long = "Đã tổ chức hội nghị quán triệt cho toàn thể cán bộ, công chức. " * 3
    assert substantial_change(long, long.replace("hội nghị", "hai hội nghị chuyên đề về khoa học "
                                                             "công nghệ và đổi mới sáng tạo"))
    assert not substantial_change(long, long + " Tốt.")


def test_item_left_checkpoints_only_substantial_changes(qtbot, store):
    rid = make_report(store)
    saver = make_saver(qtbot, store, rid, delay_ms=60_000)
    small = Answer("I.1.1", text="ngắn")
    saver.schedule(small)
    saver.flush()
    saver.item_left(small)
    assert store.list_revisions(rid) == []
    big = Answer("I.1.1", text="Đã ban hành 3 kế hoạch và 2 chương trình về chuyển đổi số trong năm.")
    saver.schedule(big)
    saver.flush()
    saver.item_left(big)
    revs = store.list_revisions(rid)
    assert [(r.kind, r.author, r.note) for r in revs] == [("checkpoint", "Lan", "item I.1.1")]
    saver.item_left(big)  # nothing new since
    assert len(store.list_revisions(rid)) == 1
    na = Answer("I.1.2", not_applicable=True)
    saver.schedule(na)
    saver.flush()
    saver.item_left(na)  # the không phát sinh flag is a meaningful change
    assert len(store.list_revisions(rid)) == 2


def test_periodic_checkpoint_and_close(qtbot, store):
    rid = make_report(store)
    saver = make_saver(qtbot, store, rid, delay_ms=60_000, checkpoint_minutes=0)
    saver.schedule(Answer("I.1.1", text="a"))
    saver.flush()
    assert [r.note for r in store.list_revisions(rid)] == ["periodic"]
    saver2 = make_saver(qtbot, store, rid, delay_ms=60_000)
    saver2.close()  # nothing saved: no revision
    assert len(store.list_revisions(rid)) == 1
    saver2.schedule(Answer("I.1.1", text="b"))
    saver2.close()
    assert [r.note for r in store.list_revisions(rid)] == ["closed", "periodic"]
    assert store.get_report(rid).answers["I.1.1"].text == "b"



def test_disk_error_keeps_edit_and_retries(qtbot, store, monkeypatch):
    rid = make_report(store)
    saver = make_saver(qtbot, store, rid, delay_ms=30)
    real = store.save_answer
    failures = [OSError("disk I/O error")]

    def flaky(report_id, answer):
        if failures:
            raise failures.pop()
        return real(report_id, answer)

    monkeypatch.setattr(store, "save_answer", flaky)
    messages = []
    saver.failed.connect(messages.append)
    saver.schedule(Answer("I.1.1", text="giữ lại"))
    with qtbot.waitSignal(saver.saved, timeout=3000):  # the retry after the failure succeeds
        pass
    assert "disk I/O error" in messages[0]
    assert store.get_report(rid).answers["I.1.1"].text == "giữ lại"


def test_steady_typing_is_saved_within_the_maximum_wait(qtbot, store):
    """No pause ever comes: the pause timer alone would never save; the maximum wait does."""
    import time

    rid = make_report(store)
    saver = make_saver(qtbot, store, rid, delay_ms=700, max_wait_ms=1500)
    pending: list[bool] = []
    saver.pending_changed.connect(pending.append)
    saves: list[float] = []
    saver.saved.connect(lambda _iso: saves.append(time.monotonic()))
    start = time.monotonic()
    text = ""
    while time.monotonic() - start < 4.0:
        text += "a"
        saver.schedule(Answer("I.1.1", text=text))
        qtbot.wait(50)
    assert len(saves) >= 2  # saved while the typing went on
    assert pending[0] is True and False in pending
    gaps = [b - a for a, b in zip([start, *saves], saves)]  # an edit never waits more than 1.5 s
    assert max(gaps) <= 1.5 + 0.25
    saver.flush()
    assert store.get_report(rid).answers["I.1.1"].text == text
