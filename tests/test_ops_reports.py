"""Report operations: new report, duplicate, delete/restore, fill, demo; outline import."""

from __future__ import annotations

import pytest

from desktop.ops import outlines
from desktop.ops import reports as ops
from models.errors import UserError
from models.outline import RequestMeta
from models.report import UnitProfile
from models.store import Store
from tests.store_fixtures import seed004_outline

SAMPLE = {
    "format": "baocao-fill/1",
    "report": {"title": "Báo cáo mẫu", "number": "", "report_date": "2025-09-20", "period": "9 tháng đầu năm 2025"},
    "unit": {"name": "UBND xã Mẫu", "parent_agency": "UBND tỉnh Quảng Ngãi", "unit_type": "commune",
             "signer_name": "Nguyễn Văn A", "signer_authority": "TM.", "recipients": ["Sở KH&CN"]},
    "answers": {"I.1.1": {"text": "Đã quán triệt[^1].", "footnotes": [{"id": "1", "text": "Kế hoạch 359-KH/TU"}]},
                "II.2.5": {"not_applicable": True}, "IV.1": "Tiếp tục triển khai."},
    "appendices": [{"title": "Phụ lục I", "columns": ["TT", "Chỉ tiêu"], "rows": [["1", "Tỷ lệ"]]}],
}


@pytest.fixture
def store(db_path):
    with Store(db_path) as s:
        yield s


@pytest.fixture
def outline_id(store):
    return store.save_outline(seed004_outline())


def test_create_report_snapshots_profile_and_request(store, outline_id):
    store.save_profile(UnitProfile(name="UBND xã Ba Tơ", signer_name="Đinh Văn Hưng"))
    rid = ops.new_report(store, outline_id, "9 tháng đầu năm 2025", "commune", author="cán bộ").report_id
    store.save_profile(UnitProfile(name="changed later"))
    report = store.get_report(rid)
    assert report.unit.name == "UBND xã Ba Tơ" and report.unit.signer_name == "Đinh Văn Hưng"
    assert report.request.deadline == "2025-09-22T14:00" and report.request.letter_number == "1234/SKHCN-KH&ĐMST"
    assert report.title == seed004_outline().title
    assert report.year == 2025 and report.status == "draft"
    assert [(r.kind, r.author) for r in store.list_revisions(rid)] == [("created", "cán bộ")]


def test_create_report_with_explicit_values(store, outline_id):
    rid = ops.new_report(store, outline_id, "Quý I năm 2026", "department", unit=UnitProfile(name="Sở X"),
                         request=RequestMeta(deadline="2026-04-05T17:00"), title="Tiêu đề riêng",
                         period_kind="quarter", period_start="2026-01-01", period_end="2026-03-31").report_id
    report = store.get_report(rid)
    assert (report.unit.name, report.unit_type, report.unit.unit_type) == ("Sở X", "department", "department")
    assert report.request.deadline == "2026-04-05T17:00" and report.request.letter_number is None
    assert (report.title, report.period_kind, report.period_end, report.year) == ("Tiêu đề riêng", "quarter",
                                                                                 "2026-03-31", 2026)


def test_create_report_rejects_bad_input(store, outline_id):
    with pytest.raises(UserError, match="Loại đơn vị"):
        ops.new_report(store, outline_id, "Quý I", "province")
    with pytest.raises(UserError, match="đề cương"):
        ops.new_report(store, "0" * 64, "Quý I", "commune")
    assert store.list_reports() == []


def test_fill_report_applies_everything_in_one_go(store, outline_id):
    rid = ops.new_report(store, outline_id, "9 tháng", "commune").report_id
    changed = ops.fill_report(store, rid, SAMPLE, author="cán bộ")
    assert changed.report_id == rid and changed.report_list and changed.saved_at
    assert sorted(changed.answer_keys) == ["I.1.1", "II.2.5", "IV.1"]
    report = store.get_report(rid)
    assert report.title == "Báo cáo mẫu" and report.report_date == "2025-09-20"
    assert report.unit.name == "UBND xã Mẫu" and report.unit.recipients == ["Sở KH&CN"]
    assert report.answers["I.1.1"].footnotes[0].text == "Kế hoạch 359-KH/TU"
    assert report.answers["IV.1"].text == "Tiếp tục triển khai."
    assert report.appendices[0].title == "Phụ lục I"
    assert [r.kind for r in store.list_revisions(rid)] == ["checkpoint", "created"]
    assert store.get_revision(store.list_revisions(rid)[0].id).answers["IV.1"].text == "Tiếp tục triển khai."


def test_fill_report_with_an_error_changes_nothing(store, outline_id):
    rid = ops.new_report(store, outline_id, "9 tháng", "commune").report_id
    ops.fill_report(store, rid, {"answers": {"I.1.1": "trước"}})
    before = store.get_report(rid).to_dict()
    bad = {"report": {"title": "mới"}, "answers": {"I.1.1": "sau", "I.1.2": {"figures": [{"label": "x", "value": "1,2,3"}]}}}
    with pytest.raises(UserError, match="I.1.2"):
        ops.fill_report(store, rid, bad)
    assert store.get_report(rid).to_dict() == before
    assert len(store.list_revisions(rid)) == 2


def test_fill_report_refuses_final_report(store, outline_id):
    rid = ops.new_report(store, outline_id, "9 tháng", "commune").report_id
    store.set_status(rid, "final")
    with pytest.raises(UserError, match="hoàn thành"):
        ops.fill_report(store, rid, {"answers": {"I.1.1": "x"}})


def test_duplicate_delete_restore(store, outline_id):
    rid = ops.new_report(store, outline_id, "9 tháng", "commune").report_id
    ops.fill_report(store, rid, SAMPLE)
    copy_id = ops.duplicate_report(store, rid).report_id
    original, copy_ = store.get_report(rid), store.get_report(copy_id)
    assert copy_id != rid and copy_.answers == original.answers and copy_.appendices == original.appendices
    assert copy_.status == "draft" and copy_.revision == 0
    changed = ops.delete_report(store, rid)
    assert changed.report_list and [s.id for s in ops.list_reports(store)] == [copy_id]
    ops.restore_report(store, rid)
    assert {s.id for s in ops.list_reports(store)} == {rid, copy_id}


def test_load_demo_with_fixture_outline_and_sample(store):
    rid = ops.load_demo(store, outline=seed004_outline(), sample=SAMPLE)
    report = store.get_report(rid)
    assert report.unit.name == "UBND xã Mẫu" and report.period == "9 tháng đầu năm 2025"
    assert not store.has_profile()  # the sample carries its own unit; the settings stay empty
    assert store.is_sample(rid) and [s.sample for s in store.list_reports()] == [True]
    assert report.answers["II.2.5"].not_applicable


def test_load_demo_keeps_an_existing_profile(store):
    store.save_profile(UnitProfile(name="UBND phường Của Tôi"))
    rid = ops.load_demo(store, outline=seed004_outline(), sample=SAMPLE)
    assert store.get_profile().name == "UBND phường Của Tôi"
    assert store.get_report(rid).unit.name == "UBND xã Mẫu"


def test_load_demo_is_all_or_nothing(store):
    bad = {**SAMPLE, "answers": {"NOPE": "x"}}
    with pytest.raises(UserError, match="NOPE"):
        ops.load_demo(store, outline=seed004_outline(), sample=bad)
    assert store.list_outlines() == [] and store.list_reports() == [] and not store.has_profile()


def test_shipped_demo_loads_and_is_valid(store):
    rid = ops.load_demo(store)
    report = store.get_report(rid)
    outline = store.get_outline(report.outline_id)
    assert report.unit.name and report.answers
    assert all(outline.find(key) is not None for key in report.answers)
    summary = store.list_reports()[0]
    assert summary.id == rid and 0 < summary.completeness <= 1


def test_ensure_demo_only_on_an_empty_database(store, outline_id):
    first = ops.ensure_demo(store)
    assert first is not None
    assert ops.ensure_demo(store) is None
    ops.delete_report(store, first)
    assert ops.ensure_demo(store) is None  # deleting the demo does not bring it back
    assert len(store.list_reports(include_deleted=True)) == 1


def test_ensure_demo_skips_a_database_with_reports(store, outline_id):
    ops.new_report(store, outline_id, "9 tháng", "commune")
    assert ops.ensure_demo(store) is None


def test_import_outline_from_text_and_file(store, seed_004_text, tmp_path):
    oid = outlines.import_outline(store, seed_004_text, is_text=True).outline_id
    outline = store.get_outline(oid)
    assert len(outline.leaves()) == 39 and outline.request.deadline == "2025-09-22T14:00"
    path = tmp_path / "de_cuong.txt"
    path.write_text(seed_004_text, encoding="utf-8")
    assert outlines.import_outline(store, path).outline_id == oid  # same content, same id
    assert len(store.list_outlines()) == 1


def test_import_outline_errors(store, tmp_path):
    with pytest.raises(UserError, match="Không tìm thấy tệp"):
        outlines.import_outline(store, tmp_path / "missing.txt")
    with pytest.raises(UserError, match="thư mục"):
        outlines.import_outline(store, tmp_path)
    with pytest.raises(UserError):
        outlines.import_outline(store, "   ", is_text=True)
