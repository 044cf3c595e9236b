"""The SQLite store: pragmas, outlines, profile, settings, reports, answers, revisions."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from models.errors import UserError
from models.report import Answer, AppendixTable, Figure, Footnote, Report, UnitProfile
from models.store import Store
from tests.store_fixtures import seed004_outline


@pytest.fixture
def store(db_path):
    with Store(db_path) as s:
        yield s


def _report(outline_id: str, **kw) -> Report:
    return Report(id=str(uuid.uuid4()), outline_id=outline_id, period=kw.pop("period", "9 tháng 2025"), **kw)


def test_connection_pragmas(store):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert store.schema_version() >= 1


def test_settings_roundtrip_and_default(store, db_path):
    assert store.get_setting("lang", "vi") == "vi"
    store.set_setting("lang", "en")
    store.set_setting("recent", {"files": ["a", "ă"]})
    store.close()
    with Store(db_path) as again:
        assert again.get_setting("lang") == "en"
        assert again.get_setting("recent") == {"files": ["a", "ă"]}


def test_profile_default_then_saved(store):
    assert store.get_profile() == UnitProfile()
    assert not store.has_profile()
    profile = UnitProfile(name="UBND xã Ba Tơ", parent_agency="UBND tỉnh Quảng Ngãi", code="000.00.31.H48",
                          place="Ba Tơ", signer_name="Nguyễn Văn A", signer_authority="KT.",
                          signer_title="PHÓ CHỦ TỊCH", recipients=["Sở KH&CN;", "Lưu: VT."])
    store.save_profile(profile)
    assert store.get_profile() == profile
    assert store.has_profile()


def test_outline_save_is_idempotent_and_listed(store):
    outline = seed004_outline()
    oid = store.save_outline(outline, "seed004.txt")
    assert oid == outline.sha256
    assert store.save_outline(outline) == oid
    infos = store.list_outlines()
    assert [(i.id, i.period, i.deadline) for i in infos] == [(oid, "9 tháng đầu năm 2025", "2025-09-22T14:00")]
    assert store.get_outline(oid).to_dict() == outline.to_dict()
    with pytest.raises(UserError, match="Không tìm thấy đề cương"):
        store.get_outline("f" * 64)


def test_report_roundtrip_with_answers_and_appendices(store, db_path):
    oid = store.save_outline(seed004_outline())
    report = _report(oid, unit=UnitProfile(name="UBND xã Ba Tơ"), title="BC", number="12", year=2025,
                     report_date="2025-09-20", period_kind="nine_months")
    report.answers["I.1.1"] = Answer("I.1.1", "Đoạn một[^1].\n- Gạch đầu dòng.",
                                     [Footnote("1", "Quyết định số 1827-QĐ/TU")],
                                     [Figure("Lượt truy cập", "957.600", "lượt")])
    report.appendices = [AppendixTable("Phụ lục I", ["TT", "Chỉ tiêu"], [["1", "Tỷ lệ"]], "ghi chú")]
    assert store.create_report(report) == report.id
    store.close()
    with Store(db_path) as again:
        loaded = again.get_report(report.id)
    assert loaded.to_dict() == report.to_dict()


def test_create_report_rejects_unknown_outline_and_duplicate_id(store):
    with pytest.raises(UserError, match="đề cương"):
        store.create_report(_report("0" * 64))
    oid = store.save_outline(seed004_outline())
    report = _report(oid)
    store.create_report(report)
    with pytest.raises(UserError, match="đã có"):
        store.create_report(report)


def test_get_report_unknown_id(store):
    with pytest.raises(UserError, match="Không tìm thấy báo cáo"):
        store.get_report("nope")


def test_metadata_writes_touch_only_the_named_fields(store):
    oid = store.save_outline(seed004_outline())
    report = _report(oid)
    report.answers["I.1.1"] = Answer("I.1.1", "kept")
    store.create_report(report)
    store.update_report_fields(report.id, number="12")  # another writer, meanwhile
    store.update_report_fields(report.id, title="Tiêu đề mới", unit=UnitProfile(name="UBND xã Mới"))
    store.set_status(report.id, "final")
    assert store.bump_revision(report.id) == 1 and store.bump_revision(report.id) == 2
    loaded = store.get_report(report.id)
    assert (loaded.title, loaded.status, loaded.revision) == ("Tiêu đề mới", "final", 2)
    assert loaded.number == "12" and loaded.unit.name == "UBND xã Mới"  # not written back stale
    assert loaded.answers["I.1.1"].text == "kept"
    assert store.report_state(report.id).status == "final"
    with pytest.raises(ValueError):
        store.update_report_fields(report.id, status="draft")  # status has its own method
    with pytest.raises(UserError):
        store.update_report_fields("missing", title="x")


def test_save_answer_upserts_and_bumps_updated_at(store):
    oid = store.save_outline(seed004_outline())
    report = _report(oid, updated_at="2000-01-01T00:00:00")
    store.create_report(report)
    saved_at = store.save_answer(report.id, Answer("I.1.2", "một"))
    store.save_answer(report.id, Answer("I.1.2", "hai", not_applicable=False))
    loaded = store.get_report(report.id)
    assert loaded.answers["I.1.2"].text == "hai"
    assert loaded.updated_at == saved_at > "2000"
    assert store.conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 1
    with pytest.raises(UserError):
        store.save_answer("missing", Answer("I.1.2", "x"))


def test_save_appendices_replaces(store):
    oid = store.save_outline(seed004_outline())
    report = _report(oid)
    report.appendices = [AppendixTable("A", ["x"], [["1"]]), AppendixTable("B", ["y"], [])]
    store.create_report(report)
    store.save_appendices(report.id, [AppendixTable("C", ["z"], [["2"], ["3"]])])
    assert [t.title for t in store.get_report(report.id).appendices] == ["C"]


def test_list_reports_completeness_and_soft_delete(store):
    oid = store.save_outline(seed004_outline())
    commune = _report(oid, unit_type="commune", unit=UnitProfile(name="UBND xã A"))
    dept = _report(oid, unit_type="department", unit=UnitProfile(name="Sở X"))
    store.create_report(commune)
    store.create_report(dept)
    store.save_answer(commune.id, Answer("I.1.1", "có"))
    store.save_answer(commune.id, Answer("II.2.5", "department-only, not counted for a commune"))
    store.save_answer(commune.id, Answer("I.1.2", "   "))  # blank: not filled
    store.save_answer(dept.id, Answer("II.2.5", "", not_applicable=True))
    by_id = {s.id: s for s in store.list_reports()}
    assert by_id[commune.id].completeness == pytest.approx(1 / 38)
    assert by_id[dept.id].completeness == pytest.approx(1 / 37)
    assert by_id[commune.id].unit_name == "UBND xã A"
    assert by_id[commune.id].deadline is None  # the report's own request is empty here

    store.delete_report(commune.id)
    assert [s.id for s in store.list_reports()] == [dept.id]
    assert {s.id for s in store.list_reports(include_deleted=True)} == {commune.id, dept.id}
    with pytest.raises(UserError):
        store.get_report(commune.id)
    assert store.get_report(commune.id, include_deleted=True).id == commune.id
    with pytest.raises(UserError):
        store.delete_report(commune.id)
    store.restore_report(commune.id)
    assert store.get_report(commune.id).answers["I.1.1"].text == "có"


def test_list_reports_most_recently_updated_first(store):
    oid = store.save_outline(seed004_outline())
    old = _report(oid, updated_at="2025-01-01T08:00:00")
    new = _report(oid, updated_at="2025-02-01T08:00:00")
    store.create_report(old)
    store.create_report(new)
    assert [s.id for s in store.list_reports()] == [new.id, old.id]
    store.save_answer(old.id, Answer("I.1.1", "touched now"))
    assert [s.id for s in store.list_reports()] == [old.id, new.id]


def test_revisions_snapshot_the_report(store):
    oid = store.save_outline(seed004_outline())
    report = _report(oid)
    store.create_report(report)
    store.save_answer(report.id, Answer("I.1.1", "v1"))
    first = store.add_revision(report.id, "cán bộ", "created")
    store.save_answer(report.id, Answer("I.1.1", "v2"))
    second = store.add_revision(report.id, "cán bộ", "checkpoint", "trước khi trình")
    infos = store.list_revisions(report.id)
    assert [(i.id, i.kind, i.note) for i in infos] == [(second, "checkpoint", "trước khi trình"),
                                                       (first, "created", "")]
    assert store.get_revision(first).answers["I.1.1"].text == "v1"
    assert store.get_revision(second).answers["I.1.1"].text == "v2"
    with pytest.raises(ValueError):
        store.add_revision(report.id, "", "bogus")
    with pytest.raises(UserError):
        store.get_revision(999)


def test_transaction_rolls_back_and_nests(store):
    oid = store.save_outline(seed004_outline())
    report = _report(oid)
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.create_report(report)  # nested: joins the outer transaction
            store.save_answer(report.id, Answer("I.1.1", "x"))
            raise RuntimeError("boom")
    with pytest.raises(UserError):
        store.get_report(report.id)
    assert not store.conn.in_transaction
    with store.transaction():
        store.create_report(report)
        store.set_setting("k", 1)
    assert store.get_report(report.id) and store.get_setting("k") == 1


def test_committed_data_visible_to_another_connection(store, db_path):
    oid = store.save_outline(seed004_outline())
    report = _report(oid)
    store.create_report(report)
    store.save_answer(report.id, Answer("I.1.1", "đã lưu"))
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT text FROM answers").fetchone()[0] == "đã lưu"
    other.close()


def test_id_prefix_resolution(store):
    oid = store.save_outline(seed004_outline())
    assert store.resolve_outline_id(oid[:6]) == oid
    assert store.resolve_outline_id(oid.upper()[:8]) == oid
    with pytest.raises(UserError, match="ít nhất 6"):
        store.resolve_outline_id(oid[:5])
    a = Report(id="abcdef01-0000", outline_id=oid, period="p")
    b = Report(id="abcdef02-0000", outline_id=oid, period="p")
    store.create_report(a)
    store.create_report(b)
    assert store.resolve_report_id("abcdef01") == a.id
    with pytest.raises(UserError, match="nhiều"):
        store.resolve_report_id("abcdef")
    with pytest.raises(UserError, match="Không tìm thấy"):
        store.resolve_report_id("zzzzzzzz")
    store.delete_report(a.id)
    with pytest.raises(UserError):
        store.resolve_report_id(a.id)
    assert store.resolve_report_id("abcdef") == b.id


def test_open_errors_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="thư mục"):
        Store(tmp_path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(UserError, match="không phải cơ sở dữ liệu"):
        Store(junk)
    with pytest.raises(UserError, match="không tồn tại"):
        Store(tmp_path / "missing" / "x.db")
